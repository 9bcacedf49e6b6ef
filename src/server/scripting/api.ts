/**
 * What the script include TeamViewerApi gives admins' own scripts (background scripts, flows, other server
 * scripts): the client's read operations, with the caller's own TeamViewer grant (refreshed as needed), or
 * with the company admin token for x_tvgh_teamviewer.admin only. A thin layer over the same client and
 * settings — never a second client. Calls from other application scopes are refused unless
 * x_tvgh_teamviewer.script_api.allow_other_scopes is true.
 */
import type { ScriptApiDeps, ScriptClient } from '../ports/scripting.ts'
import { AppError } from '../shared/errors.ts'
import { ROLE, SCOPE } from '../shared/names.ts'
import { SETTING } from '../shared/settings.ts'

export interface ScriptApiOptions {
    /** Use the company admin token instead of the caller's grant (admins only). */
    useAdminToken?: boolean
}

/** What a script gets: the client's read operations, each on the chosen token. */
export type ScriptApi = ScriptClient

/** Whether a caller in `callerScope` may use the API ('' = global or unknown). */
export function scopeAllowed(callerScope: string, allowOthers: boolean): boolean {
    return allowOthers || callerScope === SCOPE
}

export function createScriptApi(deps: ScriptApiDeps, callerScope: string, options: ScriptApiOptions = {}): ScriptApi {
    if (!scopeAllowed(callerScope, deps.allowOtherScopes)) {
        throw new AppError(
            'not_allowed',
            `TeamViewerApi is not available to the scope "${callerScope || 'global'}": an administrator can allow other scopes with ${SETTING.scriptApiOtherScopes.name}.`,
        )
    }
    let run: <T>(fn: (c: ScriptClient) => T) => T
    if (options.useAdminToken) {
        if (!deps.caller.hasRole(ROLE.admin)) throw new AppError('not_allowed', `The admin token is for ${ROLE.admin} only.`)
        run = (fn) => fn(deps.adminClient())
    } else {
        run = (fn) => deps.withCallerClient(fn)
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
