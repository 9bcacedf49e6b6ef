/**
 * POST /api/x_tvgh_teamviewer/forms/add and /forms/remove {table, view}: "Add TeamViewer to a form" and its
 * undo, for admins of the integration (x_tvgh_teamviewer.admin). Answers {table, view, changed, message}.
 */
import { AppError, messageOf } from '../../shared/errors.ts'
import { glideFormLayoutStore } from '../../platform/form-layout-store.ts'
import { answer, bodyOf, type RestRequest, type RestResponse } from '../wiring/rest.ts'
import { currentCaller } from '../../platform/user.ts'
import { addToForm, removeFromForm } from '../../forms/layout.ts'
import { ROLE } from '../../shared/names.ts'

function requireAdmin(): void {
    if (!currentCaller().hasRole(ROLE.admin)) throw new AppError('not_allowed', `Changing forms requires the role ${ROLE.admin}.`)
}

export function postAddToForm(req: RestRequest, res: RestResponse): void {
    answer(res, 'add TeamViewer to the form', () => {
        requireAdmin()
        const b = bodyOf(req)
        return addToForm(glideFormLayoutStore, b.table, b.view)
    })
}

export function postRemoveFromForm(req: RestRequest, res: RestResponse): void {
    answer(res, 'remove TeamViewer from the form', () => {
        requireAdmin()
        const b = bodyOf(req)
        return removeFromForm(glideFormLayoutStore, b.table, b.view)
    })
}

/** The first-install fix script "Add TeamViewer to the incident form": incident, Default view; never throws. */
export function addToIncidentFormOnInstall(): string {
    try {
        return addToForm(glideFormLayoutStore, 'incident', '').message
    } catch (e) {
        return `TeamViewer was not added to the incident form: ${messageOf(e)} Use "Add TeamViewer to a form" (POST /api/x_tvgh_teamviewer/forms/add).`
    }
}
