/** Issue #5 — the built records of connection-history retrieval (job, Refresh action, case-closed rule, related list). */
import { oneOf, recordsOf } from '../../tools/runtime/build-reader'

/** The require of an entry module of the build (the SDK's glue). */
const MODULE = (entry: string) =>
    new RegExp(`require\\('x_tvgh_teamviewer/x-tvgh-teamviewer/[\\d.]+/src/server/entry/${entry.replace(/[.]/g, '\\.')}'\\)`)

test('the scheduled job calls the history module', () => {
    const job = oneOf('sysauto_script', { name: 'Retrieve TeamViewer connections' })
    expect(job.script).toMatch(MODULE('jobs/retrieval.ts'))
    expect(job.script).toMatch(/retrieveConnectionsJob\(\);?\s*$/)
})

test('Refresh is a list banner button on the connection table for itil and session-history users, and receives the parent task', () => {
    const action = oneOf('sys_ui_action', { table: 'x_tvgh_teamviewer_connection', name: 'Refresh' })
    expect({ active: action.active, banner: action.list_banner_button, formButton: action.form_button }).toEqual({
        active: 'true',
        banner: 'true',
        formButton: 'false',
    })
    const roles = recordsOf('sys_ui_action_role', { sys_ui_action: action.sys_id }).map((r) => r.$display.sys_user_role)
    expect(roles.sort()).toEqual(['itil', 'x_tvgh_teamviewer.session_history_user'])
    expect(action.script).toMatch(MODULE('actions/refresh-connections.ts'))
    expect(action.script).toMatch(/refreshConnections\(current, parent\);?\s*$/)
})

test('closing a service case retrieves its connections asynchronously', () => {
    const rule = oneOf('sys_script', { name: 'Retrieve connections of a closed service case' })
    expect({
        table: rule.collection,
        when: rule.when,
        update: rule.action_update,
        insert: rule.action_insert,
        filter: rule.filter_condition,
        active: rule.active,
    }).toEqual({
        table: 'x_tvgh_teamviewer_service_case',
        when: 'async_always',
        update: 'true',
        insert: 'false',
        filter: 'stateCHANGESTOclosed^EQ',
        active: 'true',
    })
    expect(rule.script).toMatch(MODULE('rules/case-closed.ts'))
})

test('"TeamViewer connection report" applies to every task table and lists the task\'s connections', () => {
    const rel = oneOf('sys_relationship', { name: 'TeamViewer connection report' })
    expect([rel.basic_apply_to, rel.basic_query_from]).toEqual(['task', 'x_tvgh_teamviewer_connection'])
    expect(rel.query_with).toContain("current.addQuery('task', parent.getUniqueValue())")
    expect(recordsOf('sys_relationship')).toHaveLength(1)
})
