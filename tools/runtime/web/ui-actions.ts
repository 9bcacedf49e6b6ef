/**
 * Server-side UI actions on the local form and list pages: which buttons a user sees (form buttons, list banner
 * buttons of the table and its parents, active, server-side, roles and condition passing), the HTML form that
 * posts one, and the POST route that runs it (`rt.runUiAction`) and redirects back with its messages — or to
 * where the action sent it (`action.setRedirectURL`, a path on this server).
 * List choices (`list_choice`, the list's "Actions on selected rows…"): offered by role; posted with the checked
 * rows (`sysparm_checked_items`), the action runs once per row the user may read and whose condition holds,
 * as on an instance; rows where it does not are left alone and counted in the answer.
 * Client-side actions (`client = true`: their onclick runs in the browser) are not emulated and not shown.
 */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { escapeHtml } from './html'
import { localPath } from './redirect'

export type ActionKind = 'form_button' | 'list_banner_button' | 'list_choice'

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
        // a list choice's condition is a question about each selected row: asked when it runs
        if (
            kind !== 'list_choice' &&
            a.condition &&
            rt.runAs(user, () => rt.execute(`return (${a.condition});`, { current, parent, action: null })) !== true
        )
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

/**
 * The list's "Actions on selected rows…": a form posting the checked rows (the rows' checkboxes belong to it by
 * their `form` attribute) with the chosen list choice.
 */
export function listChoiceForm(buttons: UiActionButton[], o: { table: string; token: string; back: string }): string {
    if (!buttons.length) return ''
    const options = buttons
        .map((b) => `<option value="${escapeHtml(b.sysId)}" data-action="${escapeHtml(b.actionName)}">${escapeHtml(b.name)}</option>`)
        .join('')
    return `<form method="post" action="/${escapeHtml(o.table)}.do" id="tv-list-choice" class="tv-list-choice">
<input type="hidden" name="sysparm_ck" value="${escapeHtml(o.token)}"><input type="hidden" name="sysparm_goto" value="${escapeHtml(o.back)}">
<input type="hidden" name="sysparm_list_choice" value="true"><label for="list-choice">Actions on selected rows</label> <select id="list-choice" name="sys_action" class="form-control">${options}</select>
<button type="submit" class="btn btn-default" id="list-choice-run">Apply to selected rows</button></form>`
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
    if (form.get('sysparm_list_choice') === 'true') {
        const checked = form
            .getAll('sysparm_checked_items')
            .flatMap((v) => v.split(','))
            .filter(Boolean)
        return runListChoice(rt, user, table, action, checked, back)
    }
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
        return { back: redirected(r.redirect, back), flash: { info: r.infoMessages, error: r.errorMessages } }
    } catch (e) {
        return { back, flash: { info: [], error: [e instanceof Error ? e.message : String(e)] } }
    }
}

/** Where `action.setRedirectURL` sends the browser: a path on this server (relative = from the root), else `back`. */
function redirected(url: string | null, back: string): string {
    if (!url) return back
    return localPath(url.startsWith('/') ? url : `/${url}`, back)
}

/** A list choice on the checked rows: once per row the user may read and whose condition holds (roles checked by runUiAction). */
function runListChoice(
    rt: Runtime,
    user: string,
    table: string,
    action: Record<string, string>,
    checked: string[],
    back: string,
): { back: string; flash: Flash } {
    if (!truthy(action.list_choice) || !rt.schema.ancestry(table).some((t) => t.name === action.table))
        return { back, flash: { info: [], error: ['That action is not available here.'] } }
    if (!checked.length) return { back, flash: { info: [], error: ['Select the rows to apply the action to.'] } }
    const flash: Flash = { info: [], error: [] }
    let skipped = 0
    let to = back
    for (const sysId of [...new Set(checked)]) {
        if (!/^[0-9a-f]{32}$/.test(sysId) || !rt.query(table, `sys_id=${sysId}`).length || !rt.can(user, 'read', table, sysId)) {
            skipped++
            continue
        }
        try {
            if (action.condition) {
                const current = new (rt.globalGlide.GlideRecord as new (t: string) => GlideRecord)(table)
                const applies = rt.runAs(
                    user,
                    () => current.get(sysId) && rt.execute(`return (${action.condition});`, { current, parent: null, action: null }),
                )
                if (applies !== true) {
                    skipped++
                    continue
                }
            }
            const r = rt.runUiAction(action.action_name, table, sysId, user)
            flash.info.push(...r.infoMessages)
            flash.error.push(...r.errorMessages)
            to = redirected(r.redirect, to)
        } catch (e) {
            flash.error.push(e instanceof Error ? e.message : String(e))
        }
    }
    if (skipped)
        flash.error.push(
            `${action.name}: not applied to ${skipped} of the selected rows (not found, or the action does not apply to them).`,
        )
    return { back: to, flash }
}

export function flashHtml(f: Flash | undefined): string {
    if (!f) return ''
    return [
        ...f.info.map((m) => `<div class="alert alert-success" role="status">${escapeHtml(m)}</div>`),
        ...f.error.map((m) => `<div class="alert alert-danger" role="alert">${escapeHtml(m)}</div>`),
    ].join('')
}
