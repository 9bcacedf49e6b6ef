import { Test } from '@servicenow/sdk/core'

/**
 * The Supporter Control's REST routes answer what the platform and the app decide: 401 without credentials
 * (the REST framework), 404 for a task that does not exist, 403 for a case of another supporter (the app's own
 * checks in src/server/cases/service.ts), each with the app's JSON error object.
 * Authenticated requests run as the user who runs the test (ATF's "Send REST Request - Inbound" without a
 * basic auth profile uses that user's credentials): run the suite as an administrator.
 */
export const atfRestRoutes = Test(
    {
        $id: Now.ID['atf_rest_routes'],
        name: 'TeamViewer: REST routes answer 401, 404 and 403',
        description:
            "Creates a supporter, a task and a service case of that supporter, then calls the cases API: without credentials it answers 401; as the test runner (an admin) a task that does not exist answers 404 not_found and starting the other supporter's case answers 403 not_allowed (whose case it is: ask for it or create another), both as the app's JSON error object.",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const supporter = atf.server.createUser({
            $id: Now.ID['atf_rest_supporter'],
            firstName: 'ATF',
            lastName: 'Supporter',
            fieldValues: { user_name: 'atf.tv.rest.supporter', email: 'atf.tv.rest.supporter@example.com' },
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: false,
        })
        const task = atf.server.recordInsert({
            $id: Now.ID['atf_rest_task'],
            table: 'incident',
            fieldValues: { short_description: `[TeamViewer ATF] REST routes` },
            enforceSecurity: false,
        })
        const serviceCase = atf.server.recordInsert({
            $id: Now.ID['atf_rest_case'],
            table: 'x_tvgh_teamviewer_service_case',
            fieldValues: { code: 's90-000-021', state: 'open', task: task.record_id, supporter: supporter.user },
            enforceSecurity: false,
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf_rest_unauthenticated'],
            description: 'No credentials at all.',
            path: `/api/x_tvgh_teamviewer/cases/task/${task.record_id}`,
            method: 'get',
            auth: '',
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_rest_unauthenticated_401'], operation: 'equals', statusCode: 401 })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf_rest_missing_task'],
            path: `/api/x_tvgh_teamviewer/cases/task/0000000000000000000000000000a7f0`,
            method: 'get',
            auth: 'basic',
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_rest_missing_task_404'], operation: 'equals', statusCode: 404 })
        atf.rest.assertResponseHeader({
            $id: Now.ID['atf_rest_missing_task_json'],
            headerName: 'Content-Type',
            operation: 'contains',
            headerValue: 'application/json',
        })
        atf.rest.assertResponseJSONPayloadIsValid({ $id: Now.ID['atf_rest_missing_task_valid_json'] })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf_rest_missing_task_code'],
            operation: 'contains',
            responseBody: '"code":"not_found"',
        })

        atf.rest.sendRestRequest({
            $id: Now.ID['atf_rest_other_supporter'],
            path: `/api/x_tvgh_teamviewer/cases/${serviceCase.record_id}/start`,
            method: 'post',
            auth: 'basic',
            body: '{}',
            headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_rest_other_supporter_403'], operation: 'equals', statusCode: 403 })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf_rest_other_supporter_code'],
            operation: 'contains',
            responseBody: '"code":"not_allowed"',
        })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf_rest_other_supporter_message'],
            operation: 'contains',
            responseBody: 'Ask for it, or create another service case.',
        })
    },
)
