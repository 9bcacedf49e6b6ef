/**
 * The base instance's form layouts for the platform tables the app puts itself on: the Default view of the
 * incident and problem forms (sys_ui_form → sys_ui_form_section → sys_ui_section → sys_ui_element) and the
 * incident form's related list record, as a new instance has them — a realistic subset of the fields (the
 * real forms have more), so "Add TeamViewer to a form" and the fix script meet a customer's EXISTING form,
 * as on an instance, and the local form page (web/forms.ts) has something to show.
 * Also the labels of the base task/incident fields (sys_dictionary.column_label), which the build does not carry.
 * Seeded once per database by fixed sys_ids (Runtime install): a persisted database keeps what was changed.
 */
import { createHash } from 'node:crypto'

type Row = Record<string, string>

const DEFAULT_VIEW = 'Default view'

/** ServiceNow's labels of the base fields the runtime's schema holds (the build has labels only for its own). */
export const PLATFORM_LABELS: Record<string, string> = {
    number: 'Number',
    short_description: 'Short description',
    description: 'Description',
    state: 'State',
    active: 'Active',
    priority: 'Priority',
    assigned_to: 'Assigned to',
    assignment_group: 'Assignment group',
    opened_by: 'Opened by',
    watch_list: 'Watch list',
    close_notes: 'Resolution notes',
    work_notes: 'Work notes',
    comments: 'Additional comments',
    caller_id: 'Caller',
    category: 'Category',
    user_name: 'User ID',
    name: 'Name',
    email: 'Email',
}

/** Display values of the base choice fields (task.state, task.priority), as a new instance has them. */
export const PLATFORM_CHOICES: Record<string, Record<string, string>> = {
    state: { '1': 'New', '2': 'In Progress', '3': 'On Hold', '6': 'Resolved', '7': 'Closed', '8': 'Canceled' },
    priority: { '1': '1 - Critical', '2': '2 - High', '3': '3 - Moderate', '4': '4 - Low', '5': '5 - Planning' },
}

function id(n: string): string {
    // fixed, recognisable sys_ids (32 hex digits) so a persisted database is seeded only once
    return createHash('md5').update(`platform-form:${n}`).digest('hex')
}

function form(table: string, sections: Array<{ key: string; caption: string; elements: string[] }>): Array<[string, Row]> {
    const rows: Array<[string, Row]> = []
    const formId = id(`${table}.form`)
    rows.push(['sys_ui_form', { sys_id: formId, name: table, view: DEFAULT_VIEW }])
    sections.forEach((s, i) => {
        const sectionId = id(`${table}.${s.key}`)
        rows.push([
            'sys_ui_section',
            { sys_id: sectionId, name: table, view: DEFAULT_VIEW, caption: s.caption, title: s.caption ? '1' : '0', header: '0' },
        ])
        rows.push([
            'sys_ui_form_section',
            { sys_id: id(`${table}.${s.key}.l`), sys_ui_form: formId, sys_ui_section: sectionId, position: String(i) },
        ])
        s.elements.forEach((element, p) =>
            rows.push([
                'sys_ui_element',
                { sys_id: id(`${table}.${s.key}.${p}`), sys_ui_section: sectionId, element, position: String(p), type: '' },
            ]),
        )
    })
    return rows
}

/** Rows to seed: [table, row]; the order inserts referenced rows first. */
export const PLATFORM_FORM_ROWS: Array<[string, Row]> = [
    ...form('incident', [
        {
            key: 'main',
            caption: '',
            elements: [
                'number',
                'caller_id',
                'category',
                '.split',
                'state',
                'priority',
                'assigned_to',
                '.end_split',
                'short_description',
                'description',
            ],
        },
        { key: 'notes', caption: 'Notes', elements: ['watch_list', 'comments', 'work_notes'] },
        { key: 'resolution', caption: 'Resolution Information', elements: ['close_notes'] },
    ]),
    ['sys_ui_related_list', { sys_id: id('incident.rl'), name: 'incident', view: DEFAULT_VIEW }],
    [
        'sys_ui_related_list_entry',
        { sys_id: id('incident.rl.0'), list_id: id('incident.rl'), related_list: 'task_sla.task', position: '0' },
    ],
    ...form('problem', [
        {
            key: 'main',
            caption: '',
            elements: ['number', '.split', 'state', 'priority', 'assigned_to', '.end_split', 'short_description', 'description'],
        },
        { key: 'notes', caption: 'Notes', elements: ['work_notes'] },
    ]),
]

/** What the admin's steps need of the runtime: writes and queries as the platform (not app code). */
interface PlatformData {
    insert(table: string, fields: Record<string, unknown>): string
    query(table: string, encoded?: string): Record<string, string>[]
}

function viewIdOf(rt: PlatformData, view: string): string {
    if (!view) return DEFAULT_VIEW
    const found = rt.query('sys_ui_view', `name=${view}`)[0]
    if (!found) throw new Error(`no view "${view}"`)
    return found.sys_id
}

/**
 * What the platform's Form Layout page (slushbucket, global scope) saves when an admin follows the integration
 * guide: a new section with the caption, holding the formatter chosen by its name, appended to the table's form
 * in the view (the form is created when the view has none). Returns the section's sys_id.
 */
export function formLayoutAddsFormatter(rt: PlatformData, table: string, view: string, caption: string, formatterName: string): string {
    const viewId = viewIdOf(rt, view)
    const formatter = rt.query('sys_ui_formatter', `name=${formatterName}`)[0]
    if (!formatter) throw new Error(`no formatter "${formatterName}" (Available lists only installed formatters)`)
    const form =
        rt.query('sys_ui_form', `name=${table}^view=${viewId}^sys_userISEMPTY`)[0]?.sys_id ??
        rt.insert('sys_ui_form', { name: table, view: viewId })
    const links = rt.query('sys_ui_form_section', `sys_ui_form=${form}`)
    const section = rt.insert('sys_ui_section', { name: table, view: viewId, caption, title: 'true', header: 'false' })
    rt.insert('sys_ui_element', {
        sys_ui_section: section,
        element: formatter.formatter,
        type: 'formatter',
        sys_ui_formatter: formatter.sys_id,
        position: '0',
    })
    const next = links.reduce((max, l) => Math.max(max, Number(l.position) + 1), 0)
    rt.insert('sys_ui_form_section', { sys_ui_form: form, sys_ui_section: section, position: String(next) })
    return section
}

/**
 * What the platform's Related Lists page saves when an admin moves a relationship's list (by its name) to
 * Selected: an entry REL:<relationship> appended to the table's related lists in the view (created when none).
 */
export function relatedListsAddsRelationship(rt: PlatformData, table: string, view: string, relationshipName: string): string {
    const viewId = viewIdOf(rt, view)
    const rel = rt.query('sys_relationship', `name=${relationshipName}`)[0]
    if (!rel) throw new Error(`no relationship "${relationshipName}" (Available lists only installed relationships)`)
    const list =
        rt.query('sys_ui_related_list', `name=${table}^view=${viewId}^sys_userISEMPTY`)[0]?.sys_id ??
        rt.insert('sys_ui_related_list', { name: table, view: viewId })
    const entries = rt.query('sys_ui_related_list_entry', `list_id=${list}`)
    const next = entries.reduce((max, e) => Math.max(max, Number(e.position) + 1), 0)
    return rt.insert('sys_ui_related_list_entry', { list_id: list, related_list: `REL:${rel.sys_id}`, position: String(next) })
}
