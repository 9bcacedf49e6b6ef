import { RestApi } from '@servicenow/sdk/core'
import {
    getCandidates,
    getTaskCases,
    postAsk,
    postCase,
    postClose,
    postCustomer,
    postInvite,
    postReassign,
    postStart,
} from '../../server/entry/routes/cases'

/**
 * The REST API of the TeamViewer Supporter Control: /api/x_tvgh_teamviewer/cases/...
 * Why: users cannot write service cases through the table; these routes do it after checking the caller
 * (itil, write access to the task, the case's supporter) in src/server/cases/service.ts.
 */
RestApi({
    $id: Now.ID['api_cases'],
    name: 'TeamViewer service cases',
    serviceId: 'cases',
    routes: [
        {
            $id: Now.ID['api_cases_task_get'],
            name: 'task cases',
            method: 'GET',
            path: '/task/{task}',
            script: getTaskCases,
            shortDescription: "A task's service cases and the defaults of a new one.",
        },
        {
            $id: Now.ID['api_cases_task_post'],
            name: 'create',
            method: 'POST',
            path: '/task/{task}',
            script: postCase,
            shortDescription: "Creates a service case for the task under the caller's TeamViewer account.",
        },
        {
            $id: Now.ID['api_cases_start'],
            name: 'start',
            method: 'POST',
            path: '/{case}/start',
            script: postStart,
            shortDescription: 'The supporter link and web-client link of the case.',
        },
        {
            $id: Now.ID['api_cases_close'],
            name: 'close',
            method: 'POST',
            path: '/{case}/close',
            script: postClose,
            shortDescription: 'Closes the case at TeamViewer and in ServiceNow.',
        },
        {
            $id: Now.ID['api_cases_invite'],
            name: 'invite',
            method: 'POST',
            path: '/{case}/invite',
            script: postInvite,
            shortDescription: "E-mails the invitation (customer link) to the case's customer address.",
        },
        {
            $id: Now.ID['api_cases_customer'],
            name: 'customer',
            method: 'POST',
            path: '/{case}/customer',
            script: postCustomer,
            shortDescription: "Changes the case's customer e-mail (recorded in the task's work notes).",
        },
        {
            $id: Now.ID['api_cases_ask'],
            name: 'ask',
            method: 'POST',
            path: '/{case}/ask',
            script: postAsk,
            shortDescription: "Asks the case's owner for it (recorded in the task's work notes).",
        },
        {
            $id: Now.ID['api_cases_candidates'],
            name: 'candidates',
            method: 'GET',
            path: '/{case}/candidates',
            script: getCandidates,
            shortDescription: 'The supporters the case may be reassigned to (its owner or an app admin asks).',
        },
        {
            $id: Now.ID['api_cases_reassign'],
            name: 'reassign',
            method: 'POST',
            path: '/{case}/reassign',
            script: postReassign,
            shortDescription: 'Moves the case to another supporter at TeamViewer and here (owner or app admin).',
        },
    ],
})
