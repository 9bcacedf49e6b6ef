import { Test } from '@servicenow/sdk/core'
import { sessionHistoryUser, tvAdmin } from '../security/roles.now'

/** Retrieval runs (the audit of every retrieval) are for the app admin only: not supporters, not history users. */
export const atfRunAccess = Test(
    {
        $id: Now.ID['atf_run_access'],
        name: 'TeamViewer: retrieval runs are for app admins only',
        description:
            'Creates a supporter (itil), a session-history user and an app admin and a retrieval run (as the test runner, without ACLs), then impersonates each: only the app admin finds the run with a secure query.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const supporter = atf.server.createUser({
            $id: Now.ID['atf_run_access_supporter'],
            firstName: 'ATF',
            lastName: 'Supporter',
            fieldValues: { user_name: 'atf.tv.run.supporter', email: 'atf.tv.run.supporter@example.com' },
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: false,
        })
        const history = atf.server.createUser({
            $id: Now.ID['atf_run_access_history'],
            firstName: 'ATF',
            lastName: 'History',
            fieldValues: { user_name: 'atf.tv.run.history', email: 'atf.tv.run.history@example.com' },
            roles: [sessionHistoryUser],
            impersonate: false,
        })
        const appAdmin = atf.server.createUser({
            $id: Now.ID['atf_run_access_admin'],
            firstName: 'ATF',
            lastName: 'App Admin',
            fieldValues: { user_name: 'atf.tv.run.appadmin', email: 'atf.tv.run.appadmin@example.com' },
            roles: [tvAdmin],
            impersonate: false,
        })
        const run = atf.server.recordInsert({
            $id: Now.ID['atf_run_access_run'],
            table: 'x_tvgh_teamviewer_retrieval_run',
            fieldValues: { trigger: 'manual', state: 'complete', started: '2026-01-05 10:00:00', filter: 'ATF' },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf_run_access_as_supporter'], user: supporter.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_run_access_supporter_none'],
            table: 'x_tvgh_teamviewer_retrieval_run',
            fieldValues: `sys_id=${run.record_id}`,
            enforceSecurity: true,
            assert: 'no_records_match_query',
        })
        atf.server.impersonate({ $id: Now.ID['atf_run_access_as_history'], user: history.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_run_access_history_none'],
            table: 'x_tvgh_teamviewer_retrieval_run',
            fieldValues: `sys_id=${run.record_id}`,
            enforceSecurity: true,
            assert: 'no_records_match_query',
        })
        atf.server.impersonate({ $id: Now.ID['atf_run_access_as_admin'], user: appAdmin.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_run_access_admin_reads'],
            table: 'x_tvgh_teamviewer_retrieval_run',
            fieldValues: `sys_id=${run.record_id}`,
            enforceSecurity: true,
            assert: 'records_match_query',
        })
    },
)
