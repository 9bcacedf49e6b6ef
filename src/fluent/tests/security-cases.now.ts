import { Test } from '@servicenow/sdk/core'
import { tvAdmin } from '../security/roles.now'

/**
 * Service-case ACLs (src/fluent/security/acls.now.ts) as the users who meet them: a supporter (itil) reads
 * the case of a task it reads but creates and changes none through the table; a plain user reads none; the app
 * admin (the task's caller, so it reads the task) reads and corrects a case but never changes its session code.
 */
export const atfCaseAccess = Test(
    {
        $id: Now.ID['atf_case_access'],
        name: 'TeamViewer: who reads and writes service cases',
        description:
            'Creates a supporter (itil), a plain user and an app admin, a task and a service case (as the test runner, without ACLs), then impersonates each: the plain user finds no case (read ACL), the supporter (itil reads incidents) finds it but cannot insert or change one through the table (create/write ACLs), the app admin (caller of the incident: cases are read only with their task) finds it, may correct the customer name but not the session code (field ACL without admin override).',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const supporter = atf.server.createUser({
            $id: Now.ID['atf_case_access_supporter'],
            firstName: 'ATF',
            lastName: 'Supporter',
            fieldValues: { user_name: 'atf.tv.case.supporter', email: 'atf.tv.case.supporter@example.com' },
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: false,
        })
        const plain = atf.server.createUser({
            $id: Now.ID['atf_case_access_plain'],
            firstName: 'ATF',
            lastName: 'Plain',
            fieldValues: { user_name: 'atf.tv.case.plain', email: 'atf.tv.case.plain@example.com' },
            roles: [],
            impersonate: false,
        })
        const appAdmin = atf.server.createUser({
            $id: Now.ID['atf_case_access_admin'],
            firstName: 'ATF',
            lastName: 'App Admin',
            fieldValues: { user_name: 'atf.tv.case.appadmin', email: 'atf.tv.case.appadmin@example.com' },
            roles: [tvAdmin],
            impersonate: false,
        })
        const task = atf.server.recordInsert({
            $id: Now.ID['atf_case_access_task'],
            table: 'incident',
            fieldValues: { short_description: `[TeamViewer ATF] case access`, caller_id: appAdmin.user },
            enforceSecurity: false,
        })
        const serviceCase = atf.server.recordInsert({
            $id: Now.ID['atf_case_access_case'],
            table: 'x_tvgh_teamviewer_service_case',
            fieldValues: {
                code: 's90-000-001',
                state: 'open',
                task: task.record_id,
                supporter: supporter.user,
                end_customer_name: 'ATF Customer',
                end_customer_link: 'https://get.teamviewer.com/s90-000-001',
                supporter_link: 'https://start.teamviewer.com/s90-000-001',
            },
            enforceSecurity: false,
        })

        atf.server.impersonate({ $id: Now.ID['atf_case_access_as_plain'], user: plain.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_case_access_plain_reads_none'],
            description: 'A user without itil or an app role reads no service case.',
            table: 'x_tvgh_teamviewer_service_case',
            fieldValues: `sys_id=${serviceCase.record_id}`,
            enforceSecurity: true,
            assert: 'no_records_match_query',
        })

        atf.server.impersonate({ $id: Now.ID['atf_case_access_as_supporter'], user: supporter.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_case_access_supporter_reads'],
            description: 'Supporters (itil) read the service case of a task they read.',
            table: 'x_tvgh_teamviewer_service_case',
            fieldValues: `sys_id=${serviceCase.record_id}`,
            enforceSecurity: true,
            assert: 'records_match_query',
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_case_access_supporter_cannot_insert'],
            description: 'Service cases are created by the app only (create ACL refuses everyone).',
            table: 'x_tvgh_teamviewer_service_case',
            fieldValues: { code: 's90-000-002', task: task.record_id, supporter: supporter.user },
            enforceSecurity: true,
            assert: 'record_not_inserted',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_case_access_supporter_cannot_update'],
            description: 'Supporters act through the control, never through the table.',
            table: 'x_tvgh_teamviewer_service_case',
            recordId: serviceCase.record_id,
            fieldValues: { end_customer_name: 'Changed by a supporter' },
            enforceSecurity: true,
            assert: 'record_not_updated',
        })

        atf.server.impersonate({ $id: Now.ID['atf_case_access_as_admin'], user: appAdmin.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_case_access_admin_reads'],
            table: 'x_tvgh_teamviewer_service_case',
            fieldValues: `sys_id=${serviceCase.record_id}`,
            enforceSecurity: true,
            assert: 'records_match_query',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_case_access_admin_corrects'],
            description: 'The app admin may correct a case.',
            table: 'x_tvgh_teamviewer_service_case',
            recordId: serviceCase.record_id,
            fieldValues: { end_customer_name: 'Corrected by the app admin' },
            enforceSecurity: true,
            assert: 'record_successfully_updated',
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf_case_access_admin_not_code'],
            description: "Nobody changes a session code: it would claim another session's connections.",
            table: 'x_tvgh_teamviewer_service_case',
            recordId: serviceCase.record_id,
            fieldValues: { code: 's90-000-003' },
            enforceSecurity: true,
            assert: 'record_not_updated',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_case_access_code_kept'],
            table: 'x_tvgh_teamviewer_service_case',
            recordId: serviceCase.record_id,
            fieldValues: 'code=s90-000-001^end_customer_name=Corrected by the app admin',
            enforceSecurity: false,
            assert: 'record_validated',
        })
    },
)
