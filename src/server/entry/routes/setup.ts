/**
 * GET /api/x_tvgh_teamviewer/setup/status: the setup status page's data (ui/setup-page.now.ts).
 * Admins only; answers no secret (only whether each is set and accepted).
 */
import { currentCaller } from '../../platform/user.ts'
import { setupStatus } from '../../setup/status.ts'
import { AppError } from '../../shared/errors.ts'
import { ROLE } from '../../shared/names.ts'
import { answer, type RestRequest, type RestResponse } from '../wiring/rest.ts'
import { platformSetupDeps } from '../wiring/setup.ts'

export function getSetupStatus(_req: RestRequest, res: RestResponse): void {
    answer(res, 'check the setup', () => {
        if (!currentCaller().hasRole(ROLE.admin))
            throw new AppError('not_allowed', `The setup status is for TeamViewer administrators (role ${ROLE.admin}).`)
        return setupStatus(platformSetupDeps())
    })
}
