/** The platform's clock (the one Clock of shared/clock.ts on the instance) and the current glide date-time value. */
import { GlideDateTime } from '@servicenow/glide'
import type { Clock } from '../shared/clock.ts'

export const platformClock: Clock = () => new GlideDateTime().getNumericValue()

/** Now as a glide_date_time value ('YYYY-MM-DD HH:mm:ss', UTC). */
export function nowGlide(): string {
    return new GlideDateTime().getValue()
}
