/**
 * Server-side UI actions (`sys_ui_action`) run as a user: the action of the table or a parent, its roles
 * (`sys_ui_action_role`) and condition checked, its script run with `current`, `parent` and `action`;
 * the info/error messages it adds (gs.addInfoMessage/addErrorMessage) come back with its redirect.
 */
import type { RuntimeContext } from './context'
import type { GlideRecord } from './glide/record'

export interface UiActionResult {
    infoMessages: string[]
    errorMessages: string[]
    redirect: string | null
    result: unknown
}

/** What gs.addInfoMessage/addErrorMessage collect. */
export interface Messages {
    info: string[]
    error: string[]
}

/** Runs a server-side UI action as a user, with `current` (the record, or a new one) and `parent`. */
export function runUiAction(
    ctx: RuntimeContext,
    hasRole: (userName: string, role: string) => boolean,
    messages: Messages,
    actionName: string,
    table: string,
    sysId: string | null,
    userName: string,
    opts: { parent?: { table: string; sysId: string } } = {},
): UiActionResult {
    const tables = ctx.schema.ancestry(table).map((t) => t.name)
    const action = ctx.query('sys_ui_action', `action_name=${actionName}`).find((a) => tables.includes(a.table as string))
    if (!action) throw new Error(`no UI action "${actionName}" on ${table}`)
    const roles = ctx
        .query('sys_ui_action_role', `sys_ui_action=${action.sys_id}`)
        .map((r) => ctx.query('sys_user_role', `sys_id=${r.sys_user_role}`)[0]?.name)
    if (roles.length && !roles.some((r) => r && hasRole(userName, r)))
        throw new Error(`UI action "${actionName}" is not available to ${userName} (roles ${roles.join(', ')})`)
    return ctx.runAs(userName, () => {
        messages.info = []
        messages.error = []
        // the platform loads `current` and `parent` (not app code)
        const GR = ctx.SystemRecord
        const current = new GR(table)
        if (sysId && !current.get(sysId)) throw new Error(`${table} ${sysId} not found`)
        let parent: GlideRecord | null = null
        if (opts.parent) {
            parent = new GR(opts.parent.table)
            if (!parent.get(opts.parent.sysId)) throw new Error(`${opts.parent.table} ${opts.parent.sysId} not found`)
        }
        let redirect: string | null = null
        const act = { setRedirectURL: (u: unknown) => (redirect = String(u)), getGlideURI: () => ({ get: () => '' }) }
        if (action.condition && ctx.runScript(`return (${action.condition});`, { current, parent, action: act }) !== true)
            throw new Error(`UI action "${actionName}": its condition is false here`)
        const result = ctx.runScript(action.script as string, { current, parent, action: act })
        return { infoMessages: [...messages.info], errorMessages: [...messages.error], redirect, result }
    })
}
