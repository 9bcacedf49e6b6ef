/**
 * What the script include TeamViewerApi gives admins' own scripts (background scripts, flows, other server
 * scripts): the client's read operations, with the caller's own TeamViewer grant (refreshed as needed), or
 * with the company admin token for x_tvgh_teamviewer.admin only. A thin layer over the same client and
 * settings — never a second client. Calls from other application scopes are refused unless
 * x_tvgh_teamviewer.script_api.allow_other_scopes is true.
 */
import { gs } from '@servicenow/glide'
import { AppError } from '../shared/errors.ts'
import { withGrant } from '../oauth/grants.ts'
import type { TeamViewerClient } from '../teamviewer/client.ts'
import type { Account, ConnectionPage, ConnectionQuery, Group, Session, SessionPage, SessionState } from '../teamviewer/model.ts'
import { adminClient, clientWithToken } from '../entry/wiring/clients.ts'
import { platformOAuthDeps } from '../entry/wiring/oauth.ts'
import { propertyText } from '../platform/settings.ts'
import { ROLE, SCOPE } from '../shared/names.ts'
import { readFlag, SETTING } from '../shared/settings.ts'

export interface ScriptApiOptions {
    /** Use the company admin token instead of the caller's grant (admins only). */
    useAdminToken?: boolean
}

export interface ScriptApi {
    ping(): { tokenValid: boolean }
    account(): Account
    groups(name?: string): Group[]
    getSession(code: string): Session
    listSessions(q?: { groupId?: string; assignedUserId?: string; states?: SessionState[]; offset?: string }): SessionPage
    connectionPage(q: ConnectionQuery): ConnectionPage
}

/** Whether a caller in `callerScope` may use the API ('' = global or unknown). */
export function scopeAllowed(callerScope: string, allowOthers: boolean): boolean {
    return allowOthers || callerScope === SCOPE
}

export function createScriptApi(callerScope: string, options: ScriptApiOptions = {}): ScriptApi {
    const allowOthers = readFlag(propertyText, SETTING.scriptApiOtherScopes)
    if (!scopeAllowed(callerScope, allowOthers)) {
        throw new AppError('not_allowed', `TeamViewerApi is not available to the scope "${callerScope || 'global'}": an administrator can allow other scopes with ${SETTING.scriptApiOtherScopes.name}.`)
    }
    let run: <T>(fn: (c: TeamViewerClient) => T) => T
    if (options.useAdminToken) {
        if (!gs.hasRole(ROLE.admin)) throw new AppError('not_allowed', `The admin token is for ${ROLE.admin} only.`)
        run = (fn) => fn(adminClient())
    } else {
        const user = String(gs.getUserID())
        run = (fn) => withGrant(platformOAuthDeps(), user, (token) => fn(clientWithToken(token)))
    }
    return {
        ping: () => run((c) => c.ping()),
        account: () => run((c) => c.account()),
        groups: (name) => run((c) => c.groups(name)),
        getSession: (code) => run((c) => c.getSession(code)),
        listSessions: (q = {}) => run((c) => c.listSessions(q)),
        connectionPage: (q) => run((c) => c.connectionPage(q)),
    }
}
