/**
 * POST /api/x_tvgh_teamviewer/forms/add and /forms/remove {table, view}: "Add TeamViewer to a form" and its
 * undo, for admins of the integration (x_tvgh_teamviewer.admin). Answers {table, view, changed, message}.
 */
import { addToForm, removeFromForm } from '../../forms/layout.ts'
import { glideFormLayoutStore } from '../../platform/form-layout-store.ts'
import { currentCaller } from '../../platform/user.ts'
import { AppError } from '../../shared/errors.ts'
import { ROLE } from '../../shared/names.ts'
import { answer, bodyOf, type RestRequest, type RestResponse } from '../wiring/rest.ts'

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
