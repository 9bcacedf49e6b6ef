/**
 * Scripted REST routes the form control calls (/api/x_tvgh_teamviewer/cases/...). Inputs and outputs are
 * documented in the README ("REST API of the form control"). Each route checks the caller in cases/service.ts.
 */
import { changeCustomerEmail, closeCase, createCase, sendInvitation, startCase, taskOverview } from '../../cases/service.ts'
import { askForCase, reassignCandidates, reassignCase } from '../../cases/ownership.ts'
import { platformCasesDeps } from '../wiring/cases.ts'
import { answer, bodyOf, type RestRequest, type RestResponse } from '../wiring/rest.ts'

/** GET /cases/task/{task}: the task's cases and the defaults of a new one. */
export function getTaskCases(req: RestRequest, res: RestResponse): void {
    answer(res, 'read the service cases of the task', () => taskOverview(platformCasesDeps(), String(req.pathParams.task ?? '')))
}

/** POST /cases/task/{task} {endCustomerName?, endCustomerEmail?, description?, another?}: creates a service case. */
export function postCase(req: RestRequest, res: RestResponse): void {
    answer(res, 'create the service case', () => {
        const b = bodyOf(req)
        return createCase(platformCasesDeps(), String(req.pathParams.task ?? ''), {
            endCustomerName: b.endCustomerName,
            endCustomerEmail: b.endCustomerEmail,
            description: b.description,
            another: b.another,
        })
    })
}

/** POST /cases/{case}/start: the supporter link and the web-client link to open. */
export function postStart(req: RestRequest, res: RestResponse): void {
    answer(res, 'start the session', () => startCase(platformCasesDeps(), String(req.pathParams.case ?? '')))
}

/** POST /cases/{case}/close: closes the case at TeamViewer and here. */
export function postClose(req: RestRequest, res: RestResponse): void {
    answer(res, 'close the service case', () => closeCase(platformCasesDeps(), String(req.pathParams.case ?? '')))
}

/** POST /cases/{case}/invite {email?}: e-mails the invitation to the case's customer address (email, if given, must be it). */
export function postInvite(req: RestRequest, res: RestResponse): void {
    answer(res, 'send the invitation', () =>
        sendInvitation(platformCasesDeps(), String(req.pathParams.case ?? ''), { email: bodyOf(req).email }),
    )
}

/** POST /cases/{case}/customer {email}: changes the case's customer e-mail (recorded in the task's work notes). */
export function postCustomer(req: RestRequest, res: RestResponse): void {
    answer(res, "change the customer's e-mail", () =>
        changeCustomerEmail(platformCasesDeps(), String(req.pathParams.case ?? ''), { email: bodyOf(req).email }),
    )
}

/** POST /cases/{case}/ask: asks the case's owner for it (a line in the task's work notes). */
export function postAsk(req: RestRequest, res: RestResponse): void {
    answer(res, 'ask for the service case', () => askForCase(platformCasesDeps(), String(req.pathParams.case ?? '')))
}

/** GET /cases/{case}/candidates: the supporters the case may be reassigned to (owner or app admin). */
export function getCandidates(req: RestRequest, res: RestResponse): void {
    answer(res, 'list the supporters', () => reassignCandidates(platformCasesDeps(), String(req.pathParams.case ?? '')))
}

/** POST /cases/{case}/reassign {to}: moves the case to another supporter (owner or app admin; recorded in the work notes). */
export function postReassign(req: RestRequest, res: RestResponse): void {
    answer(res, 'reassign the service case', () =>
        reassignCase(platformCasesDeps(), String(req.pathParams.case ?? ''), { to: bodyOf(req).to }),
    )
}
