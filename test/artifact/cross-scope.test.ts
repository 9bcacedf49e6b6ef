/**
 * Application access: the build ships exactly the cross-scope privileges its code needs. The runtime
 * refuses any cross-scope operation without a privilege (so a missing one fails every test that reaches
 * it); this test drives each path that touches a platform table and holds what it did against the list.
 */
import { recordsOf } from '../../tools/runtime/build-reader'
import { Runtime } from '../../tools/runtime'

const SHIPPED = [
    'read sys_user', // case-store.ts: the end customer's name and e-mail from the task's caller
    'read sysauto_script', // platform/jobs.ts findJob(): the company Refresh finds its job for gs.executeNow
    // tasks.ts: a task opened on its own class to read it, check it may be written, and add work notes;
    // the connection read ACL opens it the same way
    'read task',
    'write task',
    'read incident',
    'write incident',
    'read problem',
    'write problem',
    'read change_request',
    'write change_request',
    'read sc_req_item',
    'write sc_req_item',
    // forms/placement.ts ("Add TeamViewer to a form"): the app's formatter and relationship, the table/view's form,
    // its section links and their elements, its related lists — read only (these tables allow other scopes nothing else)
    'read sys_ui_view',
    'read sys_ui_formatter',
    'read sys_relationship',
    'read sys_ui_form',
    'read sys_ui_element',
    'read sys_ui_form_section',
    'read sys_ui_related_list',
    'read sys_ui_related_list_entry',
]

test('the app ships runtime access tracking Enforcing: what a Store install gets anyway (KB0717945)', () => {
    const app = recordsOf('sys_app')
    expect(app.map((a) => a.runtime_access_tracking)).toEqual(['enforcing'])
})

test('the build grants exactly these privileges, all allowed, on global tables', () => {
    const privileges = recordsOf('sys_scope_privilege').map((p) => ({
        key: `${p.operation} ${p.target_name}`,
        status: p.status,
        type: p.target_type,
        scope: p.$display.target_scope || p.target_scope,
    }))
    expect(privileges.map((p) => p.key).sort()).toEqual([...SHIPPED].sort())
    for (const p of privileges) expect([p.key, p.status, p.type]).toEqual([p.key, 'allowed', 'sys_db_object'])
})

test('the paths that touch platform tables use every shipped privilege, and nothing else', () => {
    const rt = Runtime.load()
    try {
        rt.createUser({ user_name: 'agent', roles: ['itil'] })
        // retrieval reads the admin token from its encrypted property
        rt.runJob('Retrieve TeamViewer connections')
        // a completed connection's work note, on every kind of task the product supports (and a plain task)
        const store = rt.require('src/server/platform/history-store.ts').glideHistoryStore as {
            addWorkNote(task: string, text: string): void
        }
        for (const table of ['task', 'incident', 'problem', 'change_request']) {
            const task = rt.insert(table, { short_description: table })
            store.addWorkNote(task, `note on ${table}`)
            expect(rt.query('sys_journal_field', `element_id=${task}`).map((j) => [j.name, j.value])).toEqual([[table, `note on ${table}`]])
        }
        // requested items: the SDK's dictionary states no application access for sc_req_item, so the runtime applies
        // the default (other scopes read only) and refuses the note; the privilege is shipped for an instance whose
        // sc_req_item allows update (README "only an instance can confirm")
        const ritm = rt.insert('sc_req_item', { short_description: 'sc_req_item' })
        expect(() => store.addWorkNote(ritm, 'note on sc_req_item')).toThrow(/could not add a work note/)
        expect(rt.logs.map((l) => l.message)).toContainEqual(expect.stringMatching(/no work note on sc_req_item records/))
        // a task's caller as the end customer
        const caller = rt.createUser({ user_name: 'carol', name: 'Carol', email: 'carol@example.com' })
        const inc = rt.insert('incident', { short_description: 'x', caller_id: caller })
        const tasks = rt.require('src/server/platform/case-store.ts').glideTaskStore as { open(id: string): { callerEmail: string } | null }
        expect(rt.runAs('agent', () => tasks.open(inc))?.callerEmail).toBe('carol@example.com')
        // the company-wide Refresh queues the retrieval job
        rt.createUser({ user_name: 'historian', roles: ['x_tvgh_teamviewer.session_history_user'] })
        rt.runUiAction('x_tvgh_teamviewer_refresh', 'x_tvgh_teamviewer_connection', null, 'historian')
        expect(rt.queuedJobs).toBe(1)
        // a supporter reading connections of each kind of task
        for (const table of ['incident', 'problem', 'change_request', 'sc_req_item']) {
            const task = rt.insert(table, { short_description: table })
            const conn = rt.insert('x_tvgh_teamviewer_connection', { tv_id: `c-${table}`, task })
            expect([table, rt.can('agent', 'read', 'x_tvgh_teamviewer_connection', conn)]).toEqual([table, true])
        }
        // the Online Service Cases widget links each case's task on its own class (read task); the setup
        // status reads the retrieval job (read sysauto_script) (secrets are read with gs.getProperty: no table access)
        const inc2 = rt.insert('incident', { short_description: 'widget' })
        rt.insert('x_tvgh_teamviewer_service_case', { code: 's99-000-001', task: inc2, state: 'open' })
        expect((rt.runWidget('x_tvgh_teamviewer_online_cases', { user: 'agent' }) as { cases: unknown[] }).cases).toHaveLength(1)
        rt.createUser({ user_name: 'tv.admin', roles: ['x_tvgh_teamviewer.admin'] })
        expect(rt.rest('GET', '/api/x_tvgh_teamviewer/setup/status', { user: 'tv.admin' }).status).toBe(200)
        // "Add TeamViewer to a form" checks the product's task forms in a named view and in the Default view
        rt.createUser({ user_name: 'tvadmin', roles: ['x_tvgh_teamviewer.admin'] })
        rt.insert('sys_ui_view', { name: 'support', title: 'Support' })
        for (const view of ['support', ''])
            expect([view, rt.rest('GET', `/api/x_tvgh_teamviewer/forms/status?view=${view}`, { user: 'tvadmin' }).status]).toEqual([
                view,
                200,
            ])
        expect([...rt.crossScopeOperations].sort()).toEqual([...SHIPPED].sort())
    } finally {
        rt.close()
    }
})
