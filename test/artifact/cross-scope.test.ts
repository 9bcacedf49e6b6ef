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
    // forms/layout.ts ("Add TeamViewer to a form" and its undo): the app's formatter and relationship, the
    // table/view's form and related list; its own section, element, form link and list entry added and removed
    'read sys_ui_view',
    'read sys_ui_formatter',
    'read sys_relationship',
    'read sys_ui_form',
    ...['sys_ui_section', 'sys_ui_element', 'sys_ui_form_section', 'sys_ui_related_list', 'sys_ui_related_list_entry'].flatMap((t) => [
        `read ${t}`,
        `create ${t}`,
        `delete ${t}`,
    ]),
]

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
        for (const table of ['task', 'incident', 'problem', 'change_request', 'sc_req_item']) {
            const task = rt.insert(table, { short_description: table })
            store.addWorkNote(task, `note on ${table}`)
            expect(rt.query('sys_journal_field', `element_id=${task}`).map((j) => [j.name, j.value])).toEqual([[table, `note on ${table}`]])
        }
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
        // "Add TeamViewer to a form" on a named view of problem (which has no related list yet), then its undo
        rt.createUser({ user_name: 'tvadmin', roles: ['x_tvgh_teamviewer.admin'] })
        const view = rt.insert('sys_ui_view', { name: 'support', title: 'Support' })
        rt.insert('sys_ui_form', { name: 'problem', view })
        for (const what of ['add', 'remove'])
            expect([
                what,
                rt.rest('POST', `/api/x_tvgh_teamviewer/forms/${what}`, { user: 'tvadmin', body: { table: 'problem', view: 'support' } })
                    .status,
            ]).toEqual([what, 200])
        expect([...rt.crossScopeOperations].sort()).toEqual([...SHIPPED].sort())
    } finally {
        rt.close()
    }
})
