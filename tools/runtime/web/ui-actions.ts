/**
 * Server-side UI actions on the local form and list pages: which buttons a user sees (form buttons, list banner
 * buttons of the table and its parents, active, server-side, roles and condition passing), the HTML form that
 * posts one, and the POST route that runs it (`rt.runUiAction`) and redirects back with its messages.
 * Client-side actions (`client = true`: their onclick runs in the browser) are not emulated and not shown.
 */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { escapeHtml } from './html'
import { localPath } from './redirect'

export type ActionKind = 'form_button' | 'list_banner_button'

export interface UiActionButton {
    sysId: string
    name: string
    actionName: string
    hint: string
}

const truthy = (v: string | undefined) => v === 'true' || v === '1'

/** The actions of `kind` on the table (or a parent) the user may run here, by order then name. */
export function visibleActions(
    rt: Runtime,
    user: string,
    table: string,
    kind: ActionKind,
    current: GlideRecord,
    parent: GlideRecord | null,
): UiActionButton[] {
    const tables = rt.schema.ancestry(table).map((t) => t.name)
    const out: Array<UiActionButton & { order: number }> = []
    for (const a of rt.query('sys_ui_action')) {
        if (!tables.includes(a.table) || !truthy(a.active) || !truthy(a[kind]) || truthy(a.client)) continue
        const roles = rt
            .query('sys_ui_action_role', `sys_ui_action=${a.sys_id}`)
            .map((r) => rt.query('sys_user_role', `sys_id=${r.sys_user_role}`)[0]?.name)
        if (roles.length && !roles.some((r) => r && rt.hasRole(user, r))) continue
        if (a.condition && rt.runAs(user, () => rt.execute(`return (${a.condition});`, { current, parent, action: null })) !== true)
            continue
        out.push({ sysId: a.sys_id, name: a.name, actionName: a.action_name, hint: a.hint ?? '', order: Number(a.order || 100) })
    }
    return out.sort((x, y) => x.order - y.order || x.name.localeCompare(y.name)).map(({ order: _o, ...b }) => b)
}

/** A button: a small POST form to the table's page (as the platform posts sys_action), with the session's token. */
export function actionButtons(
    buttons: UiActionButton[],
    o: { table: string; sysId: string; token: string; back: string; parent?: { table: string; sysId: string } },
): string {
    return buttons
        .map((b) => {
            const hidden: Record<string, string> = {
                sys_action: b.sysId,
                sys_id: o.sysId,
                sysparm_ck: o.token,
                sysparm_goto: o.back,
                sysparm_parent_table: o.parent?.table ?? '',
                sysparm_parent_sys_id: o.parent?.sysId ?? '',
            }
            const fields = Object.entries(hidden)
                .map(([k, v]) => `<input type="hidden" name="${k}" value="${escapeHtml(v)}">`)
                .join('')
            return `<form method="post" action="/${escapeHtml(o.table)}.do" class="tv-action">${fields}<button type="submit" class="btn btn-default" data-action="${escapeHtml(b.actionName)}"${b.hint ? ` title="${escapeHtml(b.hint)}"` : ''}>${escapeHtml(b.name)}</button></form>`
        })
        .join('')
}

export interface Flash {
    info: string[]
    error: string[]
}

/** Runs a posted action as the user; returns the page to go back to and the messages to show there. */
export function runPostedAction(rt: Runtime, user: string, table: string, form: URLSearchParams): { back: string; flash: Flash } {
    const goto = form.get('sysparm_goto') ?? ''
    const back = localPath(goto, `/${table}_list.do`)
    const action = rt.query('sys_ui_action', `sys_id=${form.get('sys_action') ?? ''}`)[0]
    if (!action || truthy(action.client)) return { back, flash: { info: [], error: ['That action is not available here.'] } }
    const sysId = form.get('sys_id') || null
    const parentTable = form.get('sysparm_parent_table') ?? ''
    const parentId = form.get('sysparm_parent_sys_id') ?? ''
    try {
        if (sysId && !rt.can(user, 'read', table, sysId)) throw new Error('Record not found')
        if (parentTable && parentId && !rt.can(user, 'read', parentTable, parentId)) throw new Error('Record not found')
        const r = rt.runUiAction(
            action.action_name,
            table,
            sysId,
            user,
            parentTable && parentId ? { parent: { table: parentTable, sysId: parentId } } : {},
        )
        return { back, flash: { info: r.infoMessages, error: r.errorMessages } }
    } catch (e) {
        return { back, flash: { info: [], error: [e instanceof Error ? e.message : String(e)] } }
    }
}

export function flashHtml(f: Flash | undefined): string {
    if (!f) return ''
    return [
        ...f.info.map((m) => `<div class="alert alert-success" role="status">${escapeHtml(m)}</div>`),
        ...f.error.map((m) => `<div class="alert alert-danger" role="alert">${escapeHtml(m)}</div>`),
    ].join('')
}
