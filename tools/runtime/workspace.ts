/**
 * Workspace UI actions (Configurable Workspace): an action's `client_script_v2` runs as a scoped app's
 * workspace client script does — with only the documented APIs: `g_form` (messages, the record), `g_modal`
 * (alert/confirm), `g_user`, `g_aw` (openRecord), `GlideAjax` (asynchronous). `window`, `document`, `top`,
 * `self`, `fetch`, `XMLHttpRequest` and `g_ck` do not exist (scoped client code runs with browser globals
 * blocked; nothing documents them there): using one throws a ReferenceError, which fails the action.
 * GlideAjax reaches only client-callable script includes, after their `client_callable_script_include`
 * execute ACL (its roles; no ACL = refused), and runs the include as the user (AbstractAjaxProcessor,
 * `getParameter`, the method named by `sysparm_name`; its return value is the answer).
 */
import vm from 'node:vm'
import type { RuntimeContext } from './context'

export interface WorkspaceActionResult {
    infoMessages: string[]
    errorMessages: string[]
    /** g_modal.alert/confirm calls: [title, message] */
    modals: [string, string][]
    /** g_aw.openRecord calls: "table sys_id" */
    opened: string[]
    /** GlideAjax calls: "<processor>.<sysparm_name>" → answer (or the refusal) */
    ajax: { call: string; answer: string | null; refused?: string }[]
}

export interface WorkspaceDeps {
    ctx: RuntimeContext
    hasRole(userName: string, role: string): boolean
    /** The script include's class (evaluated by ScriptIncludes). */
    scriptInclude(name: string): unknown
    scope: string
}

type Row = Record<string, unknown>

/** The platform's AbstractAjaxProcessor (global), as scoped includes extend it with Object.extendsObject. */
export function AbstractAjaxProcessorClass(): new (request: { getParameter(n: string): string | null }) => Row {
    function AbstractAjaxProcessor(this: Row, request: unknown) {
        this.request = request
    }
    AbstractAjaxProcessor.prototype = {
        initialize(this: Row, request: unknown) {
            this.request = request
        },
        getParameter(this: Row, name: string) {
            return (this.request as { getParameter(n: string): string | null }).getParameter(name)
        },
        getName(this: Row) {
            return (this as unknown as { getParameter(n: string): string | null }).getParameter('sysparm_name')
        },
        type: 'AbstractAjaxProcessor',
    }
    return AbstractAjaxProcessor as unknown as new (request: { getParameter(n: string): string | null }) => Row
}

/** Prototype.js's Object.extendsObject as the platform has it: the parent's prototype plus the members. */
export function extendsObject(parent: { prototype: object }, members: object): object {
    return Object.assign(Object.create(parent.prototype), members)
}

function aclRoles(ctx: RuntimeContext, name: string): string[] | null {
    const acls = ctx
        .query('sys_security_acl', `type=client_callable_script_include^name=${name}`)
        .filter((a) => a.active !== '0' && a.active !== 'false' && (!a.operation || a.operation === 'execute'))
    if (!acls.length) return null
    const roles: string[] = []
    for (const a of acls)
        for (const r of ctx.query('sys_security_acl_role', `sys_security_acl=${a.sys_id}`)) {
            const role = ctx.query('sys_user_role', `sys_id=${r.sys_user_role}`)[0]?.name
            roles.push(String(role ?? r.sys_user_role))
        }
    return roles
}

/** One GlideAjax call as the user: client callable, ACL, then the include's method. Returns the answer or throws the refusal. */
export function serveAjax(deps: WorkspaceDeps, userName: string, processor: string, params: Map<string, string>): string | null {
    const { ctx } = deps
    const short = processor.startsWith(`${deps.scope}.`) ? processor.slice(deps.scope.length + 1) : processor
    const si = ctx.query('sys_script_include', `name=${short}`)[0]
    if (!si || si.active === '0' || si.active === 'false') throw new Error(`no script include ${processor}`)
    if (si.client_callable !== '1' && si.client_callable !== 'true') throw new Error(`script include ${processor} is not client callable`)
    const apiName = String(si.api_name || `${deps.scope}.${short}`)
    const roles = aclRoles(ctx, apiName)
    if (roles === null) throw new Error(`no client_callable_script_include ACL admits ${apiName}`)
    if (roles.length && !roles.some((r) => deps.hasRole(userName, r)))
        throw new Error(`Security restricted: ${userName} may not execute ${apiName} (roles ${roles.join(', ')})`)
    const method = params.get('sysparm_name') ?? ''
    return ctx.runAs(userName, () => {
        const Include = deps.scriptInclude(short) as new (request: unknown) => Row
        const request = { getParameter: (n: string) => (params.has(n) ? (params.get(n) as string) : null) }
        const instance = new Include(request)
        const fn = instance[method]
        if (!method.match(/^[a-zA-Z]\w*$/) || typeof fn !== 'function' || method === 'initialize')
            throw new Error(`${apiName} has no method ${method}`)
        const answer = (fn as () => unknown).call(instance)
        return answer === undefined || answer === null ? null : String(answer)
    })
}

/** Runs a workspace UI action's client script (`onClick(g_form)`) for a user on a record, GlideAjax included. */
export async function runWorkspaceAction(
    deps: WorkspaceDeps,
    actionName: string,
    table: string,
    sysId: string,
    userName: string,
): Promise<WorkspaceActionResult> {
    const { ctx } = deps
    const tables = ctx.schema.ancestry(table).map((t) => t.name)
    const action = ctx.query('sys_ui_action', `action_name=${actionName}`).find((a) => tables.includes(a.table as string))
    if (!action) throw new Error(`no UI action "${actionName}" on ${table}`)
    if (action.format_for_configurable_workspace !== 'true' && action.format_for_configurable_workspace !== '1')
        throw new Error(`UI action "${actionName}" is not a workspace action`)
    const roles = ctx
        .query('sys_ui_action_role', `sys_ui_action=${action.sys_id}`)
        .map((r) => ctx.query('sys_user_role', `sys_id=${r.sys_user_role}`)[0]?.name)
    if (roles.length && !roles.some((r) => r && deps.hasRole(userName, r)))
        throw new Error(`UI action "${actionName}" is not available to ${userName} (roles ${roles.join(', ')})`)
    ctx.runAs(userName, () => {
        const current = new ctx.SystemRecord(table)
        if (!current.get(sysId)) throw new Error(`${table} ${sysId} not found`)
        if (action.condition && ctx.runScript(`return (${action.condition});`, { current }) !== true)
            throw new Error(`UI action "${actionName}": its condition is false here`)
    })
    const script = String(action.client_script_v2 ?? '')
    if (!script.trim()) throw new Error(`UI action "${actionName}" has no workspace client script`)

    const out: WorkspaceActionResult = { infoMessages: [], errorMessages: [], modals: [], opened: [], ajax: [] }
    const pending: (() => void)[] = []
    const sandbox = workspaceSandbox(deps, userName, table, sysId, out, pending)
    const context = vm.createContext(sandbox, { name: `workspace action ${actionName}` })
    const done = vm.runInContext(`${script}\n;onClick(g_form);`, context, {
        filename: `sys_ui_action ${actionName} client_script_v2`,
    }) as unknown
    // the platform answers GlideAjax calls asynchronously: serve them until the script stops asking
    for (let round = 0; round < 100; round++) {
        await Promise.resolve(done)
        await new Promise((r) => setImmediate(r))
        const next = pending.splice(0)
        if (!next.length) break
        for (const p of next) p()
    }
    await Promise.resolve(done)
    return out
}

/** The globals a scoped workspace client script sees: the documented APIs only. */
function workspaceSandbox(
    deps: WorkspaceDeps,
    userName: string,
    table: string,
    sysId: string,
    out: WorkspaceActionResult,
    pending: (() => void)[],
): Row {
    const { ctx } = deps
    class GlideAjax {
        private readonly params = new Map<string, string>()
        constructor(private readonly processor: string) {}
        addParam(name: string, value: unknown) {
            this.params.set(String(name), String(value))
        }
        getXMLAnswer(callback: (answer: string | null) => void) {
            pending.push(() => {
                const entry: WorkspaceActionResult['ajax'][number] = {
                    call: `${this.processor}.${this.params.get('sysparm_name')}`,
                    answer: null,
                }
                out.ajax.push(entry)
                try {
                    entry.answer = serveAjax(deps, userName, this.processor, this.params)
                } catch (e) {
                    entry.refused = (e as Error).message
                }
                callback(entry.answer)
            })
        }
        getXML() {
            throw new Error('GlideAjax.getXML with a response document is not supported by the local runtime: use getXMLAnswer')
        }
        getXMLWait() {
            throw new Error('GlideAjax.getXMLWait is not available in workspace client scripts')
        }
    }
    const g_form = {
        getUniqueValue: () => sysId,
        getTableName: () => table,
        addInfoMessage: (m: unknown) => void out.infoMessages.push(String(m)),
        addErrorMessage: (m: unknown) => void out.errorMessages.push(String(m)),
    }
    const user = ctx.query('sys_user', `user_name=${userName}`)[0] ?? {}
    return {
        g_form,
        g_modal: {
            alert: (title: unknown, message?: unknown) =>
                void out.modals.push([String(message === undefined ? 'Alert' : title), String(message ?? title)]),
            confirm: (title: unknown, message?: unknown) => (
                out.modals.push([String(title), String(message ?? '')]),
                Promise.resolve(true)
            ),
        },
        g_user: { userName, userID: String(user.sys_id ?? ''), hasRole: (r: string) => deps.hasRole(userName, r) },
        g_aw: { openRecord: (t: unknown, id: unknown) => void out.opened.push(`${String(t)} ${String(id)}`) },
        GlideAjax,
        console: { log: () => undefined, warn: () => undefined, error: () => undefined },
    }
}

/** `typeof <name>` in a workspace client script (what the runtime's sandbox offers), for tests. */
export function workspaceGlobalType(deps: WorkspaceDeps, name: string): string {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`not a global name: ${name}`)
    const out: WorkspaceActionResult = { infoMessages: [], errorMessages: [], modals: [], opened: [], ajax: [] }
    const context = vm.createContext(workspaceSandbox(deps, 'system', 'task', '', out, []))
    return String(vm.runInContext(`typeof ${name}`, context))
}
