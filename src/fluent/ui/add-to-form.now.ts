import { RestApi, UiPage } from '@servicenow/sdk/core'
import { getFormStatus } from '../../server/entry/routes/forms'
import { PAGE } from '../../server/shared/names'

/**
 * "Add TeamViewer to a form": GET /api/x_tvgh_teamviewer/forms/status?table=&view= answers, per task form and
 * view, whether the TeamViewer Supporter Control and the TeamViewer connection report are on it, with the
 * platform's Form Layout and Related Lists pages of that form and the items to pick there. Why read only: the
 * form layout tables allow other application scopes read only, so no script of this app can add a section or
 * a related list on an instance; the platform's own pages can (README "Forms"). Admins of the integration only
 * (checked in src/server/entry/routes/forms.ts).
 */
RestApi({
    $id: Now.ID['api_forms'],
    name: 'TeamViewer forms',
    serviceId: 'forms',
    routes: [
        {
            $id: Now.ID['api_forms_status'],
            name: 'status',
            method: 'GET',
            path: '/status',
            script: getFormStatus,
            shortDescription:
                'Whether the TeamViewer Supporter Control and connection report are on task forms, and where to add them (admins).',
        },
    ],
})

/**
 * The admin page "Add TeamViewer to a form" (x_tvgh_teamviewer_add_to_form.do): shows the product's task forms
 * (or a table the admin names) in a view, whether the control and the report are on each, links to the
 * platform's Form Layout and Related Lists pages of that form with the exact items to pick, and checks again
 * when asked. Opened from TeamViewer Integration > Administration and from the setup status page (server/setup/
 * status.ts LINKS). Its client script is src/client/add-to-form-page, bundled by now.prebuild.mjs.
 */
UiPage({
    $id: Now.ID['ui_page_add_to_form'],
    endpoint: PAGE.addToForm,
    description: 'TeamViewer Integration: whether the TeamViewer control and connection report are on task forms, and how to add them',
    category: 'general',
    html: Now.include('./add-to-form-page.html'),
    clientScript: Now.include('../../../build-client/add-to-form-page.js'),
})
