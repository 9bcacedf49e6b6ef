import { Record, RestApi, UiPage } from '@servicenow/sdk/core'
import { postAddToForm, postRemoveFromForm } from '../../server/entry/routes/forms'
import { MODULES } from '../module-path'
import { PAGE } from '../../server/shared/names'

/**
 * "Add TeamViewer to a form" and its undo: /api/x_tvgh_teamviewer/forms/add and /forms/remove {table, view}.
 * Why a route rather than shipped section records: the section must be linked into the customer's existing
 * form (sys_ui_form_section) and related list, whose sys_ids only the instance knows; shipping a Form() on
 * incident would build a second form. Admins of the integration only (checked in src/server/entry/routes/forms.ts).
 */
RestApi({
    $id: Now.ID['api_forms'],
    name: 'TeamViewer forms',
    serviceId: 'forms',
    routes: [
        {
            $id: Now.ID['api_forms_add'],
            name: 'add',
            method: 'POST',
            path: '/add',
            script: postAddToForm,
            shortDescription: 'Adds the TeamViewer Remote Control section and connection report to a task form (admins).',
        },
        {
            $id: Now.ID['api_forms_remove'],
            name: 'remove',
            method: 'POST',
            path: '/remove',
            script: postRemoveFromForm,
            shortDescription: 'Removes what "add" added from a task form (admins).',
        },
    ],
})

/**
 * First install: the incident form's Default view gets the section and the related list. A fix script,
 * because ServiceNow runs an application's fix scripts when the application is installed or upgraded, in
 * the application's scope, and it links into the customer's own incident form (which a shipped record
 * cannot know). It is idempotent, so an upgrade re-running it changes nothing; when the form is missing it
 * logs what to do instead of failing the install. The script requires its entry module by its built path (a
 * Record takes no module function; ../module-path.ts); test/artifact/form-control.test.ts checks that path is in
 * the build.
 */
export const addToIncidentFix = Record({
    $id: Now.ID['fix_add_to_incident_form'],
    table: 'sys_script_fix',
    data: {
        name: 'Add TeamViewer to the incident form',
        description:
            'Adds the section "TeamViewer Remote Control" and the related list "TeamViewer connection report" to the incident form (Default view). Idempotent.',
        before: false,
        unloadable: false,
        record_for_rollback: true,
        script: `(function addTeamViewerToIncidentForm() {
    var forms = require('${MODULES}/src/server/entry/fix-scripts/add-to-incident-form.ts');
    gs.info(forms.addToIncidentFormOnInstall());
})();`,
    },
})

/**
 * The admin page "Add TeamViewer to a form" (x_tvgh_teamviewer_add_to_form.do): pick a task table and a view,
 * Add or Undo — it calls the routes above with the session token. Why a page: admins should not need a REST
 * client for a one-step change. Opened from TeamViewer Integration > Administration and from the setup
 * status page (server/setup/status.ts LINKS); the routes refuse non-admins and non-task tables. Its client script
 * is src/client/add-to-form-page, bundled by now.prebuild.mjs.
 */
UiPage({
    $id: Now.ID['ui_page_add_to_form'],
    endpoint: PAGE.addToForm,
    description: 'TeamViewer Integration: add the TeamViewer section and connection report to a task form',
    category: 'general',
    html: Now.include('./add-to-form-page.html'),
    clientScript: Now.include('../../../build-client/add-to-form-page.js'),
})
