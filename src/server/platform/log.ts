/** The system log (gs.info / gs.warn / gs.error): the Log port of ports/log.ts on the platform. */
import { gs } from '@servicenow/glide'
import type { Log } from '../ports/log.ts'

export const platformLog: Log = { info: (m) => gs.info(m), warn: (m) => gs.warn(m) }

/** An error line in the system log (an unexpected failure; never a token or a secret). */
export function logError(message: string): void {
    gs.error(message)
}
