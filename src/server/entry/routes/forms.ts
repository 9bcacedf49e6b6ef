/**
 * GET /api/x_tvgh_teamviewer/forms/status?table=&view=: "Add TeamViewer to a form" — whether the TeamViewer
 * Supporter Control and connection report are on task forms, with the platform's pages to put them there
 * (forms/placement.ts). For admins of the integration (x_tvgh_teamviewer.admin). Answers FormStatus.
 */
import { formStatus } from '../../forms/placement.ts'
import { glideFormLayoutStore } from '../../platform/form-layout-store.ts'
import { currentCaller } from '../../platform/user.ts'
import { AppError } from '../../shared/errors.ts'
import { ROLE } from '../../shared/names.ts'
import { answer, queryParam, type RestRequest, type RestResponse } from '../wiring/rest.ts'

export function getFormStatus(req: RestRequest, res: RestResponse): void {
    answer(res, 'check the task forms', () => {
        if (!currentCaller().hasRole(ROLE.admin)) throw new AppError('not_allowed', `Checking forms requires the role ${ROLE.admin}.`)
        return formStatus(glideFormLayoutStore, queryParam(req, 'table'), queryParam(req, 'view'))
    })
}
