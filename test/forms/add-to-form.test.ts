/**
 * "Add TeamViewer to a form" (src/server/forms/placement.ts) through its built REST route GET /forms/status, on a
 * runtime holding the base instance's incident and problem forms (tools/runtime/platform-forms.ts): per task form
 * and view, whether the TeamViewer Supporter Control and the connection report are on it, the platform's Form
 * Layout and Related Lists pages of that form with the items to pick, and the answer after the admin saved there
 * (the platform's own work, tools/runtime/platform-forms.ts). It never changes a form; only the integration's
 * admins may ask.
 */
import { Runtime } from '../../tools/runtime'
import { formLayoutAddsFormatter, relatedListsAddsRelationship } from '../../tools/runtime/platform-forms'

type Row = Record<string, string>
const LAYOUT = [
    'sys_ui_form',
    'sys_ui_section',
    'sys_ui_element',
    'sys_ui_form_section',
    'sys_ui_related_list',
    'sys_ui_related_list_entry',
]
const CONTROL_STEP =
    'Form Layout: under Section choose "New…", name it "TeamViewer Remote Control" and click OK; move "TeamViewer Supporter Control" from Available to Selected; click Save.'
const REPORT_STEP = 'Related Lists: move "TeamViewer connection report" from Available to Selected; click Save.'

function snapshot(rt: Runtime): Record<string, Row[]> {
    return Object.fromEntries(LAYOUT.map((t) => [t, rt.query(t, 'ORDERBYsys_id')]))
}

interface Placement {
    table: string
    view: string
    form: string
    control: boolean
    report: boolean
    formLayoutUrl: string
    relatedListsUrl: string
    steps: string[]
}

function status(rt: Runtime, query: string, user = 'tvadmin') {
    const r = rt.rest('GET', `/api/x_tvgh_teamviewer/forms/status${query}`, { user })
    const json = r.json as { result: { view: string; forms: Placement[]; error?: { code: string; message: string } } }
    return { status: r.status, result: json.result }
}

let rt: Runtime
beforeEach(() => {
    rt = Runtime.load()
    rt.createUser({ user_name: 'tvadmin', roles: ['x_tvgh_teamviewer.admin'] })
    rt.createUser({ user_name: 'agent', roles: ['itil'] })
})
afterEach(() => rt.close())

test("the product's task forms in the Default view: neither piece yet, the platform's pages and the steps", () => {
    const before = snapshot(rt)
    const r = status(rt, '')
    expect(r.status).toBe(200)
    expect(r.result.view).toBe('')
    expect(r.result.forms.map((f) => [f.form, f.control, f.report])).toEqual([
        ['incident (Default view)', false, false],
        ['problem (Default view)', false, false],
        ['change_request (Default view)', false, false],
        ['sc_req_item (Default view)', false, false],
    ])
    expect(r.result.forms[0]).toEqual({
        table: 'incident',
        view: '',
        form: 'incident (Default view)',
        control: false,
        report: false,
        formLayoutUrl: 'slushbucket.do?sysparm_form=section&sysparm_list=incident&sysparm_view=',
        relatedListsUrl: 'slushbucket.do?sysparm_form=related_list&sysparm_list=incident&sysparm_view=',
        steps: [CONTROL_STEP, REPORT_STEP],
    })
    expect(snapshot(rt)).toEqual(before)
})

test("after the admin saves on the platform's Form Layout, then Related Lists page, checking again shows each piece", () => {
    formLayoutAddsFormatter(rt, 'problem', '', 'TeamViewer Remote Control', 'TeamViewer Supporter Control')
    expect(status(rt, '?table=problem').result.forms.map((f) => [f.control, f.report, f.steps])).toEqual([[true, false, [REPORT_STEP]]])
    relatedListsAddsRelationship(rt, 'problem', '', 'TeamViewer connection report')
    expect(status(rt, '?table=problem').result.forms.map((f) => [f.control, f.report, f.steps])).toEqual([[true, true, []]])
    // the other forms are untouched
    expect(status(rt, '?table=incident').result.forms.map((f) => [f.control, f.report])).toEqual([[false, false]])
})

test('a named view is its own form; its links carry the view', () => {
    rt.insert('sys_ui_view', { name: 'support', title: 'Support' })
    formLayoutAddsFormatter(rt, 'incident', 'support', 'TeamViewer Remote Control', 'TeamViewer Supporter Control')
    const r = status(rt, '?table=incident&view=support')
    expect(r.result.forms).toEqual([
        expect.objectContaining({
            form: 'incident (view "support")',
            control: true,
            report: false,
            formLayoutUrl: 'slushbucket.do?sysparm_form=section&sysparm_list=incident&sysparm_view=support',
            relatedListsUrl: 'slushbucket.do?sysparm_form=related_list&sysparm_list=incident&sysparm_view=support',
        }),
    ])
    expect(status(rt, '?table=incident').result.forms[0].control).toBe(false)
})

test.each([
    ['sys_user', 400, /^sys_user does not extend task: the TeamViewer Supporter Control works only on task forms/],
    ['x_tvgh_teamviewer_service_case', 400, /does not extend task/],
    ['no_such_table', 404, /^There is no table "no_such_table"\.$/],
    ['incident%3B%20drop', 400, /^Give the table by its name/],
])('refuses %s', (table, code, message) => {
    const r = status(rt, `?table=${table}`)
    expect([r.status, r.result.error?.message]).toEqual([code, expect.stringMatching(message)])
})

test('refuses a view that does not exist', () => {
    const r = status(rt, '?table=incident&view=nope')
    expect([r.status, r.result.error?.message]).toEqual([404, 'There is no view "nope".'])
})

test('only admins of the integration may ask', () => {
    const r = status(rt, '', 'agent')
    expect([r.status, r.result.error?.message]).toEqual([403, 'Checking forms requires the role x_tvgh_teamviewer.admin.'])
})
