import { RestApi, UiPage } from '@servicenow/sdk/core'
import { getSetupStatus } from '../../server/entry/routes/setup'
import { PAGE } from '../../server/shared/names'

/**
 * Setup status: GET /api/x_tvgh_teamviewer/setup/status (admins; the route checks the role).
 * Why a scripted REST route rather than Jelly <g:evaluate>: the checks live in a TypeScript module
 * (server/setup/status.ts, unit-tested) that a route calls directly; the page stays static and shows the
 * JSON as text, so no value is ever interpreted as markup, and no secret is in the answer.
 */
RestApi({
    $id: Now.ID['api_setup'],
    name: 'TeamViewer setup',
    serviceId: 'setup',
    routes: [
        {
            $id: Now.ID['api_setup_status'],
            name: 'status',
            method: 'GET',
            path: '/status',
            script: getSetupStatus,
            shortDescription: 'Admins: the setup checks, each problem with how to fix it.',
        },
    ],
})

/**
 * The setup status page for admins (x_tvgh_teamviewer_setup.do), opened from TeamViewer Integration >
 * Administration > Setup status (menu/menu.now.ts). Why: an admin sees in one place whether the token,
 * the OAuth client and the retrieval work, and how to fix what does not. Its client script is src/client/setup-page,
 * bundled by now.prebuild.mjs.
 */
UiPage({
    $id: Now.ID['ui_page_setup'],
    endpoint: PAGE.setup,
    description: 'TeamViewer Integration: setup status for administrators',
    category: 'general',
    html: Now.include('./setup-page.html'),
    clientScript: Now.include('../../../build-client/setup-page.js'),
})
