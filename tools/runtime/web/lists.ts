/**
 * List pages and related lists of the local web server:
 *   GET /<table>_list.do[?sysparm_query=<encoded query>]   the rows the user may read (ACLs), first 100
 * Columns come from sys_ui_list/sys_ui_list_element (table + view, then the Default view) when the database has
 * them, else a default set (the display field and the table's first fields). Every row links to its form
 * (/<class>.do?sys_id=…); list banner UI actions of the table show above the rows; list choices ("Actions on
 * selected rows") below them, with a checkbox per row. Read-only.
 */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { fieldInfo, tableLabelOf } from './dictionary'
import { escapeHtml } from './html'
import { actionButtons, listChoiceForm, visibleActions } from './ui-actions'
import { cellHtml, displayValue } from './values'

export const MAX_ROWS = 100
const DEFAULT_VIEW = 'Default view'
const TASK_COLUMNS = ['number', 'short_description', 'state', 'priority', 'assigned_to']

type NewRecord = new (table: string) => GlideRecord

export function newRecord(rt: Runtime, table: string): GlideRecord {
    return new (rt.globalGlide.GlideRecord as NewRecord)(table)
}

export function label(rt: Runtime, table: string, field: string): string {
    const info = fieldInfo(rt, table, field)
    if (info) return info.label
    const words = field.replace(/_id$/, '').replace(/_/g, ' ')
    return words.charAt(0).toUpperCase() + words.slice(1)
}

export function tableLabel(rt: Runtime, table: string): string {
    return tableLabelOf(rt, table)
}

/** The base instance's list layouts of the platform tables the admin's steps open (sys_ui_list of a new instance). */
const PLATFORM_LIST_COLUMNS: Record<string, string[]> = {
    sys_properties: ['name', 'value', 'type', 'description'],
    sysauto_script: ['name', 'active', 'run_type', 'run_period', 'sys_updated_on'],
    sp_instance: ['sp_widget', 'title', 'order', 'sys_updated_on'],
    sys_email_canned_message: ['title', 'table', 'active', 'sys_updated_on'],
    sys_email_client_template: ['name', 'table', 'subject', 'sys_updated_on'],
}

/** The sys_ui_view sys_id of a view name ('' or unknown: the Default view). */
export function viewId(rt: Runtime, viewName: string): string {
    if (!viewName) return DEFAULT_VIEW
    return rt.query('sys_ui_view', `name=${viewName}`)[0]?.sys_id ?? DEFAULT_VIEW
}

/** The list's columns: sys_ui_list for the table (or a parent) in the view or the Default view, else defaults. */
export function listColumns(rt: Runtime, table: string, view: string): string[] {
    if (rt.schema.has('sys_ui_list')) {
        for (const t of rt.schema.ancestry(table)) {
            for (const v of [...new Set([view, DEFAULT_VIEW])]) {
                const list = rt.query('sys_ui_list', `name=${t.name}^view=${v}^sys_userISEMPTY^parentISEMPTY`)[0]
                if (!list) continue
                const cols = rt
                    .query('sys_ui_list_element', `list_id=${list.sys_id}^ORDERBYposition`)
                    .map((e) => e.element)
                    .filter((f) => rt.schema.column(table, f))
                if (cols.length) return cols
            }
        }
    }
    const platform = PLATFORM_LIST_COLUMNS[table]?.filter((f) => rt.schema.column(table, f))
    if (platform?.length) return platform
    const names = rt.schema.columns(table).map((c) => c.name)
    if (names.includes('number') && rt.schema.ancestry(table).some((t) => t.name === 'task')) return TASK_COLUMNS
    const display = rt.schema.displayColumn(table)
    const own = rt.schema
        .columns(table)
        .filter(
            (c) =>
                !c.name.startsWith('sys_') &&
                c.name !== display &&
                !['password2', 'journal_input'].includes(c.type) &&
                (c.maxLength ?? 0) <= 255,
        )
        .map((c) => c.name)
    return [display, ...own].filter((f) => f !== 'sys_id').slice(0, 7)
}

export interface Rows {
    columns: string[]
    rows: Array<{ sysId: string; cls: string; cells: Array<string | null>; raw: string[] }>
    /** rows the query matched that the user may read (before the MAX_ROWS cut) */
    total: number
}

/** Runs the query (built by `build` on a GlideRecord) and keeps the rows and cells the user may read. */
export function readableRows(rt: Runtime, user: string, table: string, columns: string[], gr: GlideRecord): Rows {
    const rows: Rows['rows'] = []
    let total = 0
    gr.query()
    while (gr.next()) {
        const sysId = gr.getUniqueValue()
        if (!rt.can(user, 'read', table, sysId)) continue
        total++
        if (rows.length >= MAX_ROWS) continue
        const cls = gr.getRecordClassName()
        // a password2 value (or a password2 property's value) is never shown, not even encrypted
        const secret = (f: string) => table === 'sys_properties' && f === 'value' && /^password2?$/.test(gr.getValue('type') ?? '')
        const cells = columns.map((f) => (rt.can(user, 'read', table, sysId, f) && !secret(f) ? displayValue(rt, gr, f) : null))
        rows.push({ sysId, cls, cells, raw: columns.map((f) => gr.getValue(f) ?? '') })
    }
    return { columns, rows, total }
}

/** `choose`: each row gets a checkbox posted with the list's "Actions on selected rows" form (#tv-list-choice). */
export function rowsTable(rt: Runtime, table: string, r: Rows, caption: string, choose = false): string {
    const head =
        (choose ? '<th scope="col"><span class="sr-only">Select</span></th>' : '') +
        r.columns.map((c) => `<th scope="col">${escapeHtml(label(rt, table, c))}</th>`).join('')
    if (!r.rows.length) return `<p class="tv-empty">No records to display</p>`
    const body = r.rows
        .map((row) => {
            const cells = row.cells.map((v, i) => {
                const text = v === null ? '' : i === 0 ? escapeHtml(v) : cellHtml(rt, table, r.columns[i], v, row.raw[i])
                return i === 0
                    ? `<td><a href="/${escapeHtml(row.cls)}.do?sys_id=${row.sysId}">${text || '(empty)'}</a></td>`
                    : `<td>${text}</td>`
            })
            const box = choose
                ? `<td><input type="checkbox" form="tv-list-choice" name="sysparm_checked_items" value="${row.sysId}" aria-label="Select ${escapeHtml(row.cells[0] ?? row.sysId)}"></td>`
                : ''
            return `<tr data-sys-id="${row.sysId}">${box}${cells.join('')}</tr>`
        })
        .join('\n')
    const more =
        r.total > r.rows.length
            ? `<p class="tv-more">Showing ${r.rows.length} of ${r.total} rows (the local runtime shows the first ${MAX_ROWS}).</p>`
            : ''
    return `<table class="table tv-list"><caption class="sr-only">${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${more}`
}

/** The list page of a table. */
export function listPage(
    rt: Runtime,
    user: string,
    token: string,
    table: string,
    query: string,
    view: string,
    back: string,
): { title: string; body: string } {
    const title = tableLabel(rt, table)
    const columns = listColumns(rt, table, viewId(rt, view))
    const gr = newRecord(rt, table)
    if (query) gr.addEncodedQuery(query)
    const r = rt.runAs(user, () => readableRows(rt, user, table, columns, gr))
    const buttons = actionButtons(
        rt.runAs(user, () => visibleActions(rt, user, table, 'list_banner_button', newRecord(rt, table), null)),
        { table, sysId: '', token, back },
    )
    const choices = rt.runAs(user, () => visibleActions(rt, user, table, 'list_choice', newRecord(rt, table), null))
    const choose = choices.length > 0 && r.rows.length > 0
    const body = `<header class="tv-list-header"><h1>${escapeHtml(title)}</h1><div class="tv-actions">${buttons}</div></header>
${query ? `<p class="tv-query" data-query="${escapeHtml(query)}">${escapeHtml(conditionText(rt, table, query))}</p>` : ''}
<p class="tv-count">${r.total} ${r.total === 1 ? 'record' : 'records'}</p>
${rowsTable(rt, table, r, title, choose)}
${choose ? listChoiceForm(choices, { table, token, back }) : ''}`
    return { title, body }
}

const OPERATORS: Array<[string, string]> = [
    ['DOES NOT CONTAIN', 'does not contain'],
    ['STARTSWITH', 'starts with'],
    ['ENDSWITH', 'ends with'],
    ['CONTAINS', 'contains'],
    ['ISNOTEMPTY', 'is not empty'],
    ['ISEMPTY', 'is empty'],
    ['NOT IN', 'is not one of'],
    ['LIKE', 'contains'],
    ['IN', 'is one of'],
    ['!=', 'is not'],
    ['>=', 'at or after'],
    ['<=', 'at or before'],
    ['>', 'greater than'],
    ['<', 'less than'],
    ['=', 'is'],
]

function termText(rt: Runtime, table: string, term: string): string {
    const order = /^ORDERBY(DESC)?(.+)$/.exec(term)
    if (order) return `Order by ${label(rt, table, order[2])}${order[1] ? ' (descending)' : ''}`
    const field = /^[a-z0-9_.]+/.exec(term)?.[0] ?? ''
    const rest = term.slice(field.length)
    for (const [op, words] of OPERATORS) {
        if (!rest.startsWith(op)) continue
        const raw = rest.slice(op.length)
        const info = field && !field.includes('.') ? fieldInfo(rt, table, field) : null
        const shown = raw
            .split(',')
            .map(
                (v) =>
                    info?.choices?.find((c) => c.value === v)?.label ?? (info?.type === 'boolean' ? String(v === 'true' || v === '1') : v),
            )
            .join(', ')
        return `${label(rt, table, field)} ${words}${op === 'ISEMPTY' || op === 'ISNOTEMPTY' ? '' : ` ${shown}`}`
    }
    return term
}

/** An encoded query as the list's breadcrumb reads it: "All > Title starts with TV_ > Order by Title". */
export function conditionText(rt: Runtime, table: string, query: string): string {
    const groups = query.split('^NQ').map((g) => {
        const ands: string[][] = []
        for (const t of g.split('^').filter(Boolean)) {
            if (t.startsWith('OR') && !t.startsWith('ORDERBY') && ands.length) ands[ands.length - 1].push(t.slice(2))
            else ands.push([t])
        }
        return ands.map((ors) => ors.map((o) => termText(rt, table, o)).join(' or '))
    })
    const fixed = groups.map((g) => g.filter((w) => !w.startsWith('Order by')))
    const orders = groups.flat().filter((w) => w.startsWith('Order by'))
    const conditions = fixed.map((g) => g.join(' > ')).filter(Boolean)
    return ['All', conditions.join(' or '), ...orders].filter(Boolean).join(' > ')
}
