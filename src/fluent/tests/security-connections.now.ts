import { Test } from '@servicenow/sdk/core'
import { sessionHistoryUser } from '../security/roles.now'

/**
 * Connection ACLs: session-history users read the company-wide report; supporters read a connection when they
 * can read its task, checked on the task's own class (the ACL opens the task as `task`, then on its
 * sys_class_name); anyone else reads none — even the caller of the incident, who may read the incident itself.
 * Also records on the instance what a `task` GlideRecord answers next to the task's own class.
 */
export const atfConnectionAccess = Test(
    {
        $id: Now.ID['atf_connection_access'],
        name: 'TeamViewer: who reads connection history',
        description:
            "Creates a session-history user, a supporter (itil) and the incident's caller (no role), an incident and a connection linked to it, then impersonates each: the history user and the supporter find the connection, the caller does not although they read their own incident (a script step as the caller shows canRead() on the incident opened as task and as incident, and that GlideRecordSecure returns no connection).",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const history = atf.server.createUser({
            $id: Now.ID['atf_conn_access_history'],
            firstName: 'ATF',
            lastName: 'History',
            fieldValues: { user_name: 'atf.tv.conn.history', email: 'atf.tv.conn.history@example.com' },
            roles: [sessionHistoryUser],
            impersonate: false,
        })
        const supporter = atf.server.createUser({
            $id: Now.ID['atf_conn_access_supporter'],
            firstName: 'ATF',
            lastName: 'Supporter',
            fieldValues: { user_name: 'atf.tv.conn.supporter', email: 'atf.tv.conn.supporter@example.com' },
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: false,
        })
        const caller = atf.server.createUser({
            $id: Now.ID['atf_conn_access_caller'],
            firstName: 'ATF',
            lastName: 'Caller',
            fieldValues: { user_name: 'atf.tv.conn.caller', email: 'atf.tv.conn.caller@example.com' },
            roles: [],
            impersonate: false,
        })
        const task = atf.server.recordInsert({
            $id: Now.ID['atf_conn_access_task'],
            table: 'incident',
            fieldValues: { short_description: `[TeamViewer ATF] connection access`, caller_id: caller.user },
            enforceSecurity: false,
        })
        const connection = atf.server.recordInsert({
            $id: Now.ID['atf_conn_access_connection'],
            table: 'x_tvgh_teamviewer_connection',
            fieldValues: {
                tv_id: 'atf-connection-access-1',
                task: task.record_id,
                session_code: 's90-000-011',
                supporter_name: 'ATF Supporter',
                device_name: 'ATF device',
                start_date: '2026-01-05 10:00:00',
                end_date: '2026-01-05 10:20:00',
            },
            enforceSecurity: false,
        })

        atf.server.impersonate({ $id: Now.ID['atf_conn_access_as_history'], user: history.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_conn_access_history_reads'],
            description: 'Session-history users read the company-wide connection report.',
            table: 'x_tvgh_teamviewer_connection',
            fieldValues: `sys_id=${connection.record_id}`,
            enforceSecurity: true,
            assert: 'records_match_query',
        })

        atf.server.impersonate({ $id: Now.ID['atf_conn_access_as_supporter'], user: supporter.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_conn_access_supporter_reads'],
            description: "A supporter reads the connection of an incident they can read (the incident's own ACLs).",
            table: 'x_tvgh_teamviewer_connection',
            fieldValues: `sys_id=${connection.record_id}`,
            enforceSecurity: true,
            assert: 'records_match_query',
        })

        atf.server.impersonate({ $id: Now.ID['atf_conn_access_as_caller'], user: caller.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_conn_access_caller_reads_none'],
            description: 'The caller reads their incident but not its TeamViewer connections.',
            table: 'x_tvgh_teamviewer_connection',
            fieldValues: `sys_id=${connection.record_id}`,
            enforceSecurity: true,
            assert: 'no_records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_conn_access_task_vs_class'],
            description: "What canRead() answers on a task opened as task and as its own class (shown in the step's output).",
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var user = new GlideRecord('sys_user');
    user.addQuery('user_name', 'atf.tv.conn.caller');
    user.query();
    assertEqual({ name: 'the caller exists', shouldbe: true, value: user.next() });
    var own = new GlideRecord('incident');
    own.addQuery('caller_id', user.getUniqueValue());
    own.query();
    assertEqual({ name: 'the incident exists', shouldbe: true, value: own.next() });
    var id = own.getUniqueValue();
    var asTask = new GlideRecord('task');
    asTask.get(id);
    var ownRead = own.canRead();
    var taskRead = asTask.canRead();
    assertEqual({ name: 'the caller reads their incident (its own class)', shouldbe: true, value: ownRead });
    var conn = new GlideRecordSecure('x_tvgh_teamviewer_connection');
    conn.addQuery('task', id);
    conn.query();
    assertEqual({ name: 'GlideRecordSecure returns no connection to the caller', shouldbe: false, value: conn.hasNext() });
    stepResult.setOutputMessage('canRead() for the caller: as incident ' + ownRead + ', as task ' + taskRead + ' (the connection ACL uses the own class)');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)
