/** The calling user, as the supporter-facing features need it. */
import { gs } from '@servicenow/glide'

export interface Caller {
    sysId: string
    userName: string
    hasRole(role: string): boolean
}

export function currentCaller(): Caller {
    return { sysId: String(gs.getUserID()), userName: String(gs.getUserName()), hasRole: (r: string) => !!gs.hasRole(r) }
}
