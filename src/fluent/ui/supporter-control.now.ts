import { Record } from '@servicenow/sdk/core'
import { FORM_UI } from '../../server/shared/names'

/**
 * The TeamViewer Supporter Control on task forms: UI script (the browser code) ← UI macro (a container that
 * loads it) ← formatter (what a form section lists). Why three records: a scoped app cannot ship a global UI
 * script, and a formatter can only point at a macro. Who uses it: supporters (itil) on any task form whose
 * section lists the formatter ("Add TeamViewer to a form", src/server/forms/); the code calls the REST API
 * of src/fluent/api/cases.now.ts and oauth.now.ts with the session token.
 */

/**
 * The browser bundle of src/client/form-control, built by now.prebuild.mjs (esbuild, iife, global
 * x_tvgh_teamviewer.SupporterControl). Loaded by the macro below with <g:requires ….jsdbx>.
 * Column names (not checked by the SDK) are held in test/artifact/form-control.test.ts.
 */
export const supporterControlScript = Record({
    $id: Now.ID['ui_script_supporter_control'],
    table: 'sys_ui_script',
    data: {
        name: 'x_tvgh_teamviewer.SupporterControl',
        script_name: 'SupporterControl',
        description:
            'TeamViewer Supporter Control: sign-in, service cases, online state and session start on task forms. Built from src/client/form-control.',
        active: true,
        global: false,
        use_scoped_format: true,
        ui_type: '0',
        script: Now.include('../../../build-client/form-control.js'),
    },
})

/** A thin container: loads the UI script and mounts the control with the form's table and sys_id (JS-escaped). */
export const supporterControlMacro = Record({
    $id: Now.ID['ui_macro_supporter_control'],
    table: 'sys_ui_macro',
    data: {
        name: FORM_UI.macro,
        description: 'Container of the TeamViewer Supporter Control (formatter "TeamViewer Supporter Control").',
        active: true,
        xml: Now.include('./supporter-control.macro.xml'),
    },
})

/** The formatter a task form's section lists; added to forms by "Add TeamViewer to a form". */
export const supporterControlFormatter = Record({
    $id: Now.ID['ui_formatter_supporter_control'],
    table: 'sys_ui_formatter',
    data: {
        name: FORM_UI.formatter,
        formatter: FORM_UI.formatterElement,
        table: 'task',
        type: 'formatter',
        active: true,
    },
})
