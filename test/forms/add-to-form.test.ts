/**
 * "Add TeamViewer to a form" (src/server/forms/) through its built REST routes and fix script, on a
 * runtime holding the base instance's incident and problem forms (tools/runtime/platform-forms.ts): the section and related list are added to
 * the existing form (nothing of the customer's changes), a second call changes nothing, the undo removes
 * exactly what was added, other tables are refused, and only the integration's admins may do it.
 */
import { Runtime } from '../../tools/runtime'

type Row = Record<string, string>
const FORMATTER = 'TeamViewer Supporter Control'

/**
 * A customer's form: the base instance's Default view form of the table (seeded by the runtime from
 * tools/runtime/platform-forms.ts, as a new instance has it) — its sections, and its related list record if any.
 */
function customerForm(rt: Runtime, table: string) {
    const form = rt.query('sys_ui_form', `name=${table}^view=Default view`)[0].sys_id
    const sections = rt.query('sys_ui_form_section', `sys_ui_form=${form}^ORDERBYposition`).map((l) => l.sys_ui_section)
    const list = rt.query('sys_ui_related_list', `name=${table}^view=Default view`)[0]?.sys_id ?? ''
    return { form, sections, list }
}

const LAYOUT = [
    'sys_ui_form',
    'sys_ui_section',
    'sys_ui_element',
    'sys_ui_form_section',
    'sys_ui_related_list',
    'sys_ui_related_list_entry',
]

/** Every form-layout row, to compare before/after. */
function snapshot(rt: Runtime): Record<string, Row[]> {
    return Object.fromEntries(
        LAYOUT.map((t) => [t, rt.query(t, 'ORDERBYsys_id').map((r) => ({ ...r, sys_updated_on: '', sys_mod_count: '' }))]),
    )
}

function post(rt: Runtime, what: 'add' | 'remove', body: unknown, user = 'tvadmin') {
    return rt.rest('POST', `/api/x_tvgh_teamviewer/forms/${what}`, { user, body })
}

let rt: Runtime
let relationship: string
let formatter: string
beforeEach(() => {
    rt = Runtime.load()
    rt.createUser({ user_name: 'tvadmin', roles: ['x_tvgh_teamviewer.admin'] })
    rt.createUser({ user_name: 'agent', roles: ['itil'] })
    relationship = rt.query('sys_relationship', 'name=TeamViewer connection report')[0].sys_id
    formatter = rt.query('sys_ui_formatter', `name=${FORMATTER}`)[0].sys_id
})
afterEach(() => rt.close())

test('adds the section with the formatter and the connection report to the existing incident form, once', () => {
    const c = customerForm(rt, 'incident')
    const before = snapshot(rt)
    const r = post(rt, 'add', { table: 'incident', view: '' })
    expect(r.status).toBe(200)
    const result = (r.json as { result: { changed: string[]; message: string } }).result
    expect(result.changed).toEqual([
        'section "TeamViewer Remote Control"',
        'formatter "TeamViewer Supporter Control"',
        'the section on the form',
        'related list "TeamViewer connection report"',
    ])

    const sections = rt.query('sys_ui_section', 'name=incident^caption=TeamViewer Remote Control')
    expect(sections.map((s) => s.view)).toEqual(['Default view'])
    const section = sections[0].sys_id
    expect(rt.query('sys_ui_element', `sys_ui_section=${section}`).map((e) => [e.type, e.element, e.sys_ui_formatter, e.position])).toEqual(
        [['formatter', 'x_tvgh_teamviewer_supporter_control.xml', formatter, '0']],
    )
    // linked into the customer's own form, after its sections; no second form
    expect(rt.query('sys_ui_form', 'name=incident').map((f) => f.sys_id)).toEqual([c.form])
    expect(rt.query('sys_ui_form_section', `sys_ui_form=${c.form}^ORDERBYposition`).map((l) => [l.sys_ui_section, l.position])).toEqual([
        ...c.sections.map((id, i) => [id, String(i)]),
        [section, String(c.sections.length)],
    ])
    // the related list entry joins the customer's list record, after its entry
    expect(rt.query('sys_ui_related_list', 'name=incident').map((l) => l.sys_id)).toEqual([c.list])
    expect(rt.query('sys_ui_related_list_entry', `list_id=${c.list}^ORDERBYposition`).map((e) => [e.related_list, e.position])).toEqual([
        ['task_sla.task', '0'],
        [`REL:${relationship}`, '1'],
    ])

    // idempotent: the second call changes nothing
    const afterFirst = snapshot(rt)
    const again = post(rt, 'add', { table: 'incident', view: 'default' })
    expect(again.status).toBe(200)
    expect((again.json as { result: { changed: string[]; message: string } }).result).toMatchObject({
        changed: [],
        message: 'TeamViewer is already on the incident form (the Default view); nothing changed.',
    })
    expect(snapshot(rt)).toEqual(afterFirst)

    // undo: exactly the customer's layout again
    const undo = post(rt, 'remove', { table: 'incident' })
    expect(undo.status).toBe(200)
    expect((undo.json as { result: { changed: string[] } }).result.changed).toEqual([
        'section "TeamViewer Remote Control"',
        'related list "TeamViewer connection report"',
    ])
    expect(snapshot(rt)).toEqual(before)
    // and a second undo has nothing to remove
    expect((post(rt, 'remove', { table: 'incident' }).json as { result: { changed: string[] } }).result.changed).toEqual([])
})

test('problem: a form without a related list record gets one, and the undo removes it again', () => {
    const c = customerForm(rt, 'problem')
    const before = snapshot(rt)
    expect(post(rt, 'add', { table: 'problem' }).status).toBe(200)
    const lists = rt.query('sys_ui_related_list', 'name=problem')
    expect(lists.map((l) => l.view)).toEqual(['Default view'])
    expect(rt.query('sys_ui_related_list_entry', `list_id=${lists[0].sys_id}`).map((e) => e.related_list)).toEqual([`REL:${relationship}`])
    expect(rt.query('sys_ui_form_section', `sys_ui_form=${c.form}`)).toHaveLength(3)
    // the incident form is not touched
    expect(rt.query('sys_ui_section', 'name=incident^caption=TeamViewer Remote Control')).toEqual([])
    expect(post(rt, 'remove', { table: 'problem' }).status).toBe(200)
    expect(snapshot(rt)).toEqual(before)
})

test('a section the customer moved to another form position stays where they put it on a second add', () => {
    const c = customerForm(rt, 'incident')
    post(rt, 'add', { table: 'incident' })
    const link = rt.query('sys_ui_form_section', `sys_ui_form=${c.form}^position=${c.sections.length}`)[0]
    rt.update('sys_ui_form_section', link.sys_id, { position: '0' })
    const after = snapshot(rt)
    expect((post(rt, 'add', { table: 'incident' }).json as { result: { changed: string[] } }).result.changed).toEqual([])
    expect(snapshot(rt)).toEqual(after)
})

test.each([
    ['sys_user', 400, 'invalid_input', 'sys_user does not extend task'],
    ['x_tvgh_teamviewer_service_case', 400, 'invalid_input', 'does not extend task'],
    ['no_such_table', 404, 'not_found', 'There is no table "no_such_table".'],
    ['incident; drop', 400, 'invalid_input', 'Give the table by its name'],
])('refuses %s', (table, status, code, message) => {
    customerForm(rt, 'incident')
    const before = snapshot(rt)
    for (const what of ['add', 'remove'] as const) {
        const r = post(rt, what, { table })
        expect(r.status).toBe(status)
        const err = (r.json as { result: { error: { code: string; message: string } } }).result.error
        expect(err.code).toBe(code)
        expect(err.message).toContain(message)
    }
    expect(snapshot(rt)).toEqual(before)
})

test('refuses a view that does not exist, and a table/view without a form', () => {
    const r = post(rt, 'add', { table: 'incident', view: 'ess' })
    expect([r.status, (r.json as { result: { error: { message: string } } }).result.error.message]).toEqual([
        404,
        'There is no view "ess".',
    ])
    const noForm = post(rt, 'add', { table: 'change_request' })
    expect(noForm.status).toBe(404)
    expect((noForm.json as { result: { error: { message: string } } }).result.error.message).toContain(
        'The change_request form has no layout in the Default view.',
    )
    expect(rt.query('sys_ui_section', 'caption=TeamViewer Remote Control')).toEqual([])
})

test('another view of the same table is its own form', () => {
    customerForm(rt, 'incident')
    const view = rt.insert('sys_ui_view', { name: 'major_incidents', title: 'Major incidents' })
    const form = rt.insert('sys_ui_form', { name: 'incident', view })
    expect(post(rt, 'add', { table: 'incident', view: 'major_incidents' }).status).toBe(200)
    const section = rt.query('sys_ui_section', 'caption=TeamViewer Remote Control')
    expect(section.map((s) => s.view)).toEqual([view])
    expect(rt.query('sys_ui_form_section', `sys_ui_form=${form}`).map((l) => l.sys_ui_section)).toEqual([section[0].sys_id])
    // the Default view's form is unchanged
    const base = customerForm(rt, 'incident')
    expect(rt.query('sys_ui_form_section', `sys_ui_form=${base.form}`).map((l) => l.sys_ui_section)).toEqual(base.sections)
})

test('only admins of the integration may change forms', () => {
    customerForm(rt, 'incident')
    const before = snapshot(rt)
    for (const what of ['add', 'remove'] as const) {
        const r = post(rt, what, { table: 'incident' }, 'agent')
        expect(r.status).toBe(403)
        expect((r.json as { result: { error: { code: string } } }).result.error.code).toBe('not_allowed')
    }
    expect(snapshot(rt)).toEqual(before)
})

test('the first-install fix script adds TeamViewer to the incident form, and running it again changes nothing', () => {
    const c = customerForm(rt, 'incident')
    expect(rt.runFixScript('Add TeamViewer to the incident form')).toEqual([
        'Added to the incident form (the Default view): section "TeamViewer Remote Control", formatter "TeamViewer Supporter Control", the section on the form, related list "TeamViewer connection report".',
    ])
    expect(rt.query('sys_ui_form_section', `sys_ui_form=${c.form}`)).toHaveLength(c.sections.length + 1)
    const after = snapshot(rt)
    expect(rt.runFixScript('Add TeamViewer to the incident form')).toEqual([
        'TeamViewer is already on the incident form (the Default view); nothing changed.',
    ])
    expect(snapshot(rt)).toEqual(after)
})

test('the fix script does not fail an install without an incident form: it says what to do', () => {
    // an instance whose incident form layout was deleted
    for (const f of rt.query('sys_ui_form', 'name=incident'))
        rt.execute(`var g = new GlideRecord('sys_ui_form'); g.get('${f.sys_id}'); g.deleteRecord();`)
    const lines = rt.runFixScript('Add TeamViewer to the incident form')
    expect(lines).toEqual([
        expect.stringContaining('TeamViewer was not added to the incident form: The incident form has no layout in the Default view.'),
    ])
    expect(lines[0]).toContain('Add TeamViewer to a form')
    expect(rt.query('sys_ui_section', 'caption=TeamViewer Remote Control')).toEqual([])
})
