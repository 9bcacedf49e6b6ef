/**
 * Form pages, list pages, UI scripts and UI actions of the local web server (registered by server.ts):
 *   GET  /<table>.do?sys_id=<id>[&sysparm_view=<view>]   the record's form, read-only, as the session's user
 *   GET  /<table>_list.do[?sysparm_query=<encoded>]      the table's list (lists.ts)
 *   POST /<table>.do                                      a server-side UI action (sys_action, sysparm_ck) → back
 *   GET  /<ui script name>.jsdbx                          an active sys_ui_script of the database
 * The form's layout is read from the DATABASE (sys_ui_form → sys_ui_form_section → sys_ui_section →
 * sys_ui_element; related lists from sys_ui_related_list(_entry)), for the table and view, falling back to the
 * Default view, then to the parent table's form, then to every field of the table. Formatters render their UI
 * macro with the Jelly subset of jelly.ts (g:requires, g:evaluate with `current`, ${JS:/HTML:jvar_…}).
 * A record the user may not read answers the platform's "Record not found" (nothing of it leaks).
 */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { escapeHtml } from './html'
import { renderMacro, UnsupportedJelly } from './jelly'
import { label, listColumns, listPage, newRecord, readableRows, rowsTable, tableLabel, viewId } from './lists'
import { actionButtons, flashHtml, runPostedAction, visibleActions, type Flash } from './ui-actions'
import { displayValue, recordDisplay } from './values'
import { fieldInfo } from './dictionary'
import { canEditField, inputHtml, instanceOptionsHtml, isMultiLine, isSecret, saveRecord } from './edit'
import { activityHtml } from './activity'
import { POPUP_OPEN_EMAIL_CLIENT_JS } from './email-client'
import { chromePage, notAllowedHtml } from './chrome'
import { formExtrasHtml, platformActionButtons, PLATFORM_FORM_FIELDS, runPlatformAction } from './platform-actions'
import { GLIDE_LIST_SCRIPT, registerGlideList, type RelatedListRequest } from './glide-list'
import type { Handler, WebRequest } from './http'

const DEFAULT_VIEW = 'Default view'
const SYS_ID = /^[0-9a-f]{32}$/
export const READ_ONLY_NOTICE = 'You may not change this record: its fields are read-only for you.'

interface Element {
    element: string
    type: string
    formatter: string
}
interface Section {
    caption: string
    elements: Element[]
}
export interface FormLayout {
    /** where the layout came from, e.g. "incident/Default view" or "default: every field" */
    source: string
    sections: Section[]
    relatedLists: string[]
}

function sectionElements(rt: Runtime, sectionId: string): Element[] {
    return rt
        .query('sys_ui_element', `sys_ui_section=${sectionId}^sys_userISEMPTY^ORDERBYposition`)
        .map((e) => ({ element: e.element, type: e.type, formatter: e.sys_ui_formatter }))
}

/** The layout the platform would show for table + view (see the fallback order above). */
export function formLayout(rt: Runtime, table: string, view: string): FormLayout {
    const views = [...new Set([viewId(rt, view), DEFAULT_VIEW])]
    for (const t of rt.schema.ancestry(table).map((a) => a.name)) {
        for (const v of views) {
            const form = rt.query('sys_ui_form', `name=${t}^view=${v}^sys_userISEMPTY`)[0]
            let sections: Section[] = []
            if (form) {
                sections = rt
                    .query('sys_ui_form_section', `sys_ui_form=${form.sys_id}^ORDERBYposition`)
                    .map((l) => rt.query('sys_ui_section', `sys_id=${l.sys_ui_section}`)[0])
                    .filter(Boolean)
                    .map((s) => ({ caption: s.caption, elements: sectionElements(rt, s.sys_id) }))
            } else {
                sections = rt
                    .query('sys_ui_section', `name=${t}^view=${v}^sys_userISEMPTY^ORDERBYsys_created_on`)
                    .map((s) => ({ caption: s.caption, elements: sectionElements(rt, s.sys_id) }))
            }
            if (!sections.length) continue
            const list = rt.query('sys_ui_related_list', `name=${t}^view=${v}^sys_userISEMPTY`)[0]
            const relatedLists = list
                ? rt.query('sys_ui_related_list_entry', `list_id=${list.sys_id}^ORDERBYposition`).map((e) => e.related_list)
                : []
            return { source: `${t}/${v}`, sections, relatedLists }
        }
    }
    const platform = PLATFORM_FORM_FIELDS[table]?.filter((f) => rt.schema.column(table, f))
    if (platform?.length)
        return {
            source: `${table}/platform default`,
            sections: [{ caption: '', elements: platform.map((f) => ({ element: f, type: '', formatter: '' })) }],
            relatedLists: [],
        }
    const fields = rt.schema
        .columns(table)
        .filter((c) => !c.name.startsWith('sys_') && c.type !== 'password2')
        .map((c) => ({ element: c.name, type: '', formatter: '' }))
    return { source: 'default: every field', sections: [{ caption: '', elements: fields }], relatedLists: [] }
}

function fieldHtml(rt: Runtime, user: string, table: string, gr: GlideRecord, field: string): string {
    const col = rt.schema.column(table, field)
    if (!col) return '' // a field the local schema does not hold (the platform shows only dictionary fields)
    const sysId = gr.getUniqueValue()
    if (!rt.can(user, 'read', table, sysId, field)) return ''
    const id = `${table}.${field}`
    const text = escapeHtml(label(rt, table, field))
    if (col.type === 'journal_input') {
        const entries = rt.query('sys_journal_field', `element_id=${sysId}^element=${field}^ORDERBYDESCsys_created_on`)
        const items = entries
            .map(
                (e) =>
                    `<li><span class="tv-journal-meta">${escapeHtml(e.sys_created_on)} ${escapeHtml(e.sys_created_by)}</span><pre>${escapeHtml(e.value)}</pre></li>`,
            )
            .join('')
        return `<div class="tv-field tv-journal" data-field="${escapeHtml(field)}"><span class="tv-label" id="label.${escapeHtml(id)}">${text}</span><ul aria-labelledby="label.${escapeHtml(id)}">${items || '<li class="tv-empty">(none)</li>'}</ul></div>`
    }
    const info = fieldInfo(rt, table, field)
    if (info && info.type !== 'reference' && canEditField(rt, user, table, sysId, field))
        return `<div class="tv-field" data-field="${escapeHtml(field)}"><label for="${escapeHtml(id)}" id="label.${escapeHtml(id)}">${text}</label>${inForm(inputHtml(rt, table, gr, info))}</div>`
    if (isSecret(rt, table, field, gr)) {
        // a secret is never sent, not even encrypted: only whether one is stored
        const state = (gr.getValue(field) ?? '') !== '' ? 'stored' : 'empty'
        return `<div class="tv-field" data-field="${escapeHtml(field)}"><label for="${escapeHtml(id)}">${text}</label><input id="${escapeHtml(id)}" class="form-control" type="password" value="" placeholder="${state}" readonly> <span class="secret-state">${state}</span></div>`
    }
    const value = escapeHtml(displayValue(rt, gr, field))
    const input =
        // the dictionary decides, not the local schema (which stores platform columns as long strings)
        info && isMultiLine(info)
            ? `<textarea id="${escapeHtml(id)}" class="form-control" readonly>${value}</textarea>`
            : `<input id="${escapeHtml(id)}" class="form-control" value="${value}" readonly>`
    return `<div class="tv-field" data-field="${escapeHtml(field)}"><label for="${escapeHtml(id)}">${text}</label>${input}</div>`
}

function formatterHtml(rt: Runtime, user: string, table: string, sysId: string, el: Element): string {
    const fmt =
        (el.formatter && rt.query('sys_ui_formatter', `sys_id=${el.formatter}`)[0]) ||
        rt.query('sys_ui_formatter', `formatter=${el.element}`)[0]
    if (!fmt)
        throw new UnsupportedJelly(
            `formatter ${el.element}: no sys_ui_formatter record (platform formatters are not emulated by the local runtime)`,
        )
    const macroName = String(fmt.formatter).replace(/\.xml$/, '')
    const macro = rt.query('sys_ui_macro', `name=${macroName}`).find((m) => m.active !== '0' && m.active !== 'false')
    if (!macro)
        throw new UnsupportedJelly(
            `formatter ${fmt.formatter}: no active UI macro "${macroName}" (platform macros are not emulated by the local runtime)`,
        )
    const html = renderMacro(macro.xml, `UI macro ${macroName}`, {
        evaluate: (expression) =>
            rt.runAs(user, () => {
                // the platform gives the macro `current`, the form's record
                const current = newRecord(rt, table)
                current.get(sysId)
                return rt.execute(`return (${expression});`, { current })
            }),
    })
    return `<div class="tv-formatter" data-formatter="${escapeHtml(fmt.name)}">${html}</div>`
}

function sectionHtml(rt: Runtime, user: string, table: string, gr: GlideRecord, s: Section, index: number): string {
    const cols: string[][] = [[]]
    for (const el of s.elements) {
        if (el.element === '.begin_split') continue
        if (el.element === '.split') {
            cols.push([])
            continue
        }
        if (el.element === '.end_split') {
            cols.push([])
            continue
        }
        const html =
            el.type === 'formatter' ? formatterHtml(rt, user, table, gr.getUniqueValue(), el) : fieldHtml(rt, user, table, gr, el.element)
        cols[cols.length - 1].push(html)
    }
    // .split / .end_split: the two columns between them side by side, the rest full width
    const blocks = cols.map((c, i) => ({ html: c.join('\n'), split: cols.length > 2 && (i === 1 || i === 0) }))
    const inner = blocks.map((b) => (b.split ? `<div class="tv-col">${b.html}</div>` : `<div class="tv-full">${b.html}</div>`)).join('\n')
    const heading = s.caption ? `<h2 class="tv-section-title" id="section${index}">${escapeHtml(s.caption)}</h2>` : ''
    return `<section class="tv-section"${s.caption ? ` aria-labelledby="section${index}"` : ' aria-label="Main"'}>${heading}<div class="tv-section-body">${inner}</div></section>`
}

function relatedListHtml(
    rt: Runtime,
    user: string,
    token: string,
    form: { table: string; sysId: string; gr: GlideRecord; view: string; back: string },
    entry: string,
    index: number,
): string {
    let title = entry
    let table = ''
    let query: GlideRecord | null = null
    const rel = /^REL:([0-9a-f]{32})$/.exec(entry)
    if (rel) {
        const r = rt.query('sys_relationship', `sys_id=${rel[1]}`)[0]
        if (!r) return ''
        title = r.name
        table = r.basic_query_from
        query = newRecord(rt, table)
        const q = query
        // as the platform does: the relationship's script refines `current` (the query) with `parent` (the form's record)
        if (r.query_with) rt.runAs(user, () => rt.execute(r.query_with, { current: q, parent: form.gr }))
    } else {
        const m = /^([a-z0-9_]+)\.([a-z0-9_]+)$/.exec(entry)
        if (m && rt.schema.has(m[1]) && rt.schema.column(m[1], m[2])) {
            table = m[1]
            title = tableLabel(rt, table)
            query = newRecord(rt, table)
            query.addQuery(m[2], form.sysId)
        }
    }
    const id = `related${index}`
    // the platform's list id of a related list on a form (GlideList2.get, glide-list.ts)
    const listId = escapeHtml(`${form.table}.${entry}`)
    if (!query) {
        // the heading an instance shows: the related table's label (Task SLA for task_sla.task)
        const heading = /^[a-z0-9_]+\./.test(entry) ? tableLabel(rt, entry.split('.')[0]) : entry
        return `<section class="tv-related tv-not-emulated" aria-labelledby="${id}" data-list-id="${listId}"><h2 id="${id}">${escapeHtml(heading)}</h2><p>Not emulated by the local runtime (its table is not in the local schema).</p></section>`
    }
    const q = query
    const rows = rt.runAs(user, () => readableRows(rt, user, table, listColumns(rt, table, viewId(rt, form.view)), q))
    const parent = { table: form.table, sysId: form.sysId }
    const buttons = actionButtons(
        rt.runAs(user, () => visibleActions(rt, user, table, 'list_banner_button', newRecord(rt, table), form.gr)),
        { table, sysId: '', token, back: form.back, parent },
    )
    return `<section class="tv-related panel" aria-labelledby="${id}" data-list-id="${listId}" data-related="${escapeHtml(entry)}"><div class="panel-heading"><h2 class="panel-title" id="${id}">${escapeHtml(title)}</h2><div class="tv-actions">${buttons}</div><span class="tv-count">${rows.total} ${rows.total === 1 ? 'record' : 'records'}</span></div><div class="panel-body">${rowsTable(rt, table, rows, title)}</div></section>`
}

/** One related list of a record's form, as on the form (null: the record is not readable or the list is not on its form). */
export function relatedListSection(rt: Runtime, user: string, token: string, q: RelatedListRequest): string | null {
    const { table, sysId, view, back } = q
    if (!rt.schema.has(table) || !SYS_ID.test(sysId) || !rt.query(table, `sys_id=${sysId}`).length || !rt.can(user, 'read', table, sysId))
        return null
    if (!q.listId.startsWith(`${table}.`)) return null
    const entry = q.listId.slice(table.length + 1)
    const index = formLayout(rt, table, view).relatedLists.indexOf(entry)
    if (index < 0) return null
    return rt.runAs(user, () => {
        const gr = newRecord(rt, table)
        gr.get(sysId)
        return relatedListHtml(rt, user, token, { table, sysId, gr, view, back }, entry, index)
    })
}

const NOT_FOUND = { title: 'Record not found', body: '<h1>Record not found</h1><p class="alert alert-warning">Record not found</p>' }

/** The form page of a record for a user (NOT_FOUND when it does not exist or the user may not read it). */
export function formPage(
    rt: Runtime,
    user: string,
    token: string,
    table: string,
    sysId: string,
    view: string,
    back: string,
    flash?: Flash,
): { title: string; body: string } {
    if (!SYS_ID.test(sysId) || !rt.query(table, `sys_id=${sysId}`).length || !rt.can(user, 'read', table, sysId)) return NOT_FOUND
    return rt.runAs(user, () => {
        const gr = newRecord(rt, table)
        gr.get(sysId)
        const layout = formLayout(rt, table, view)
        const heading = `${tableLabel(rt, table)} ${recordDisplay(rt, gr)}`.trim()
        const fields = layoutFields(layout)
        const editable = fields.some((f) => canEditField(rt, user, table, sysId, f))
        const options =
            table === 'sp_instance' ? inForm(instanceOptionsHtml(rt, gr, canEditField(rt, user, table, sysId, 'widget_parameters'))) : ''
        // (the inputs belong to the form #tv-edit by their form attribute: formatters on the form keep their own controls)
        const saveButtons =
            editable || (options && canEditField(rt, user, table, sysId, 'widget_parameters'))
                ? `<button type="submit" form="tv-edit" name="sys_action" value="sysverb_update" class="btn btn-primary" id="sysverb_update">Update</button>`
                : ''
        const buttons =
            saveButtons +
            platformActionButtons(rt, user, table, gr) +
            actionButtons(visibleActions(rt, user, table, 'form_button', gr, null), { table, sysId, token, back })
        const sections = layout.sections.map((s, i) => sectionHtml(rt, user, table, gr, s, i)).join('\n') + options
        const related = layout.relatedLists
            .map((e, i) => relatedListHtml(rt, user, token, { table, sysId, gr, view, back }, e, i))
            .join('\n')
        const body = `${GLIDE_LIST_SCRIPT}
<header class="tv-form-header"><h1>${escapeHtml(heading)}</h1><div class="tv-actions">${buttons}</div></header>
${flashHtml(flash)}
${saveButtons ? '' : `<p class="tv-readonly-notice">${escapeHtml(READ_ONLY_NOTICE)}</p>`}
<form id="tv-edit" method="post" action="/${escapeHtml(table)}.do" autocomplete="off">
<input type="hidden" name="sys_id" value="${sysId}"><input type="hidden" name="sysparm_ck" value="${escapeHtml(token)}">
<input type="hidden" name="sysparm_view" value="${escapeHtml(view)}"><input type="hidden" name="sysparm_goto" value="${escapeHtml(back)}">
</form>
<main class="tv-form" data-table="${escapeHtml(table)}" data-sys-id="${sysId}" data-layout="${escapeHtml(layout.source)}">
${sections}
</main>
${formExtrasHtml(rt, table, gr)}
${activityHtml(rt, user, table, sysId)}
<div class="tv-related-lists">
${related}
</div>`
        return { title: heading, body }
    })
}

/** Inputs of the edit form: associated with #tv-edit by their `form` attribute (the sections hold formatters too). */
export function inForm(html: string): string {
    return html.replace(/<(input|select|textarea) /g, '<$1 form="tv-edit" ')
}

/** The fields a layout shows (no formatters, splits or journal lists). */
export function layoutFields(layout: FormLayout): string[] {
    return layout.sections.flatMap((s) =>
        s.elements.filter((e) => e.type !== 'formatter' && !e.element.startsWith('.')).map((e) => e.element),
    )
}

const FORM_CSS = `<style>
.tv-duration { display: flex; gap: 0.6rem; } .tv-dur { display: inline-flex; align-items: center; gap: 0.3rem; font-weight: normal; } .tv-dur .form-control { width: 5rem; }
.tv-hint { color: #52606d; font-size: 0.9rem; margin: 0.2rem 0; } .btn-primary { font-weight: 600; } .tv-actions { display: flex; gap: 0.4rem; flex-wrap: wrap; align-items: baseline; }
.tv-section { margin: 1rem 0; } .tv-section-body { display: flex; flex-wrap: wrap; gap: 0 2rem; }
.tv-col { flex: 1 1 20rem; } .tv-full { flex: 1 1 100%; } .tv-section .form-control { width: 100%; box-sizing: border-box; } .tv-field { margin: 0.4rem 0; }
.tv-field label, .tv-label { display: block; font-weight: 600; } .tv-readonly-notice { color: #52606d; font-style: italic; }
.tv-action { display: inline; margin-right: 0.4rem; } .tv-related { margin: 1rem 0; } .tv-journal pre { white-space: pre-wrap; margin: 0; }
.tv-form-header, .tv-list-header { display: flex; gap: 1rem; align-items: baseline; }
</style>`

/**
 * Registers the routes above. `route` adds a handler tried before the server's own; handlers check the session
 * themselves (they run before the server's sign-in redirect). Flash messages of a posted action live per session.
 */
export function registerForms(
    rt: Runtime,
    route: (method: string, pattern: RegExp, handler: Handler) => void,
    send: (r: WebRequest, status: number, type: string, body: string, headers?: Record<string, string>) => void,
): void {
    const flashes = new Map<string, Flash>()
    const signIn = (r: WebRequest) =>
        send(r, 302, 'text/plain', '', { Location: `/login?next=${encodeURIComponent(r.url.pathname + r.url.search)}` })
    const isUiPage = (endpoint: string) => rt.query('sys_ui_page', `endpoint=${endpoint}`).length > 0
    registerGlideList(route, send, (user, token, q) => relatedListSection(rt, user, token, q))

    route('GET', /^\/[A-Za-z0-9_.]+\.jsdbx$/, (r) => {
        const name = r.url.pathname.slice(1, -'.jsdbx'.length)
        const script = rt.query('sys_ui_script', `name=${name}`).find((s) => s.active !== '0' && s.active !== 'false')
        if (!script) return false
        if (!r.session) return void send(r, 401, 'text/plain', 'User Not Authenticated')
        send(r, 200, 'text/javascript', script.script ?? '')
    })

    route('GET', /^\/[a-z0-9_]+_list\.do$/, (r) => {
        const table = r.url.pathname.slice(1, -'_list.do'.length)
        if (!rt.schema.has(table) || isUiPage(r.url.pathname.slice(1))) return false
        if (!r.session) return void signIn(r)
        if (!rt.can(r.session.user, 'read', table))
            return void send(
                r,
                403,
                'text/html',
                notAllowedHtml(rt, r.session.user, `Your roles do not allow reading ${tableLabel(rt, table)} records.`),
            )
        const back = r.url.pathname + r.url.search
        const flash = flashes.get(r.session.id)
        flashes.delete(r.session.id)
        const p = listPage(
            rt,
            r.session.user,
            r.session.token,
            table,
            r.url.searchParams.get('sysparm_query') ?? '',
            r.url.searchParams.get('sysparm_view') ?? '',
            back,
        )
        send(
            r,
            200,
            'text/html',
            chromePage(rt, r.session.user, { title: p.title, token: r.session.token, head: FORM_CSS, body: flashHtml(flash) + p.body }),
        )
    })

    route('GET', /^\/[a-z0-9_]+\.do$/, (r) => {
        const table = r.url.pathname.slice(1, -'.do'.length)
        if (!rt.schema.has(table) || isUiPage(r.url.pathname.slice(1))) return false
        if (!r.session) return void signIn(r)
        const flash = flashes.get(r.session.id)
        flashes.delete(r.session.id)
        const p = formPage(
            rt,
            r.session.user,
            r.session.token,
            table,
            r.url.searchParams.get('sys_id') ?? '',
            r.url.searchParams.get('sysparm_view') ?? '',
            r.url.pathname + r.url.search,
            flash,
        )
        // UI16's form scripts include popupOpenEmailClient (the Email menu's, and the Supporter Control's Share)
        const head = FORM_CSS + POPUP_OPEN_EMAIL_CLIENT_JS
        send(r, 200, 'text/html', chromePage(rt, r.session.user, { title: p.title, token: r.session.token, head, body: p.body }))
    })

    route('POST', /^\/[a-z0-9_]+\.do$/, (r) => {
        const table = r.url.pathname.slice(1, -'.do'.length)
        if (!rt.schema.has(table)) return false
        if (!r.session) return void signIn(r)
        const form = new URLSearchParams(r.body)
        if (form.get('sysparm_ck') !== r.session.token)
            return void send(
                r,
                403,
                'text/html',
                notAllowedHtml(rt, r.session.user, 'Invalid security token (sysparm_ck): reload the page and try again.'),
            )
        const verb = form.get('sys_action') ?? ''
        const { back, flash } = verb.startsWith('sysverb_')
            ? saveAndRun(rt, r.session.user, table, form, verb)
            : runPostedAction(rt, r.session.user, table, form)
        flashes.set(r.session.id, flash)
        send(r, 303, 'text/plain', '', { Location: back })
    })
}

/** Update (the form's fields, as the user) and the platform's form actions (Execute Now saves first, then runs). */
function saveAndRun(rt: Runtime, user: string, table: string, form: URLSearchParams, verb: string): { back: string; flash: Flash } {
    const goto = form.get('sysparm_goto') ?? ''
    const sysId = form.get('sys_id') ?? ''
    const back = goto.startsWith('/') && !goto.startsWith('//') ? goto : `/${table}.do?sys_id=${sysId}`
    if (!SYS_ID.test(sysId) || !rt.can(user, 'read', table, sysId)) return { back, flash: { info: [], error: ['Record not found'] } }
    const fields = layoutFields(formLayout(rt, table, form.get('sysparm_view') ?? ''))
    const saved = saveRecord(rt, user, table, sysId, fields, form)
    if (saved.errors.length) return { back, flash: { info: [], error: [...saved.errors, 'Nothing was saved.'] } }
    const info = saved.changed.length ? [`Record updated: ${saved.changed.map((f) => label(rt, table, f)).join(', ')}.`] : []
    if (verb === 'sysverb_update') return { back, flash: { info: info.length ? info : ['Nothing changed.'], error: [] } }
    const ran = runPlatformAction(rt, user, table, sysId, verb)
    return { back, flash: { info: [...info, ...ran.info], error: ran.error } }
}
