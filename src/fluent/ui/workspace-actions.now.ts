import { UiAction } from '@servicenow/sdk/core'
import { ROLE, TABLE } from '../../server/shared/names'

/**
 * The Supporter Control's actions on task record pages of configurable workspaces (Service Operations
 * Workspace): many supporters no longer use UI16 forms. Why UI actions (not declarative actions): a UI
 * action with a workspace client script needs no instance-specific model or UX event records. The client
 * scripts are src/client/workspace/actions.ts bundled by now.prebuild.mjs; they call the REST API of
 * src/fluent/api/cases.now.ts (which checks itil, write access to the task and the case's supporter).
 * Start/Share/Close show only while the task has an open service case; Create only on a saved record.
 */
const OPEN_CASE = `(function () { var c = new GlideRecord('${TABLE.serviceCase}'); c.addQuery('task', current.getUniqueValue()); c.addQuery('state', 'open'); c.setLimit(1); c.query(); return c.hasNext(); })()`

UiAction({
    $id: Now.ID['ws_action_create_case'],
    table: 'task',
    name: 'Create TeamViewer service case',
    actionName: 'x_tvgh_teamviewer_ws_create',
    hint: 'Creates a TeamViewer service case for the caller of this record',
    active: true,
    roles: [ROLE.supporter],
    showInsert: false,
    showUpdate: true,
    condition: '!current.isNewRecord()',
    client: { isClient: true },
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        clientScriptV2: Now.include('../../../build-client/workspace-create.js'),
    },
})

UiAction({
    $id: Now.ID['ws_action_start_session'],
    table: 'task',
    name: 'Start TeamViewer session',
    actionName: 'x_tvgh_teamviewer_ws_start',
    hint: 'Opens the open TeamViewer service case of this record in TeamViewer',
    active: true,
    roles: [ROLE.supporter],
    showInsert: false,
    showUpdate: true,
    condition: `!current.isNewRecord() && ${OPEN_CASE}`,
    client: { isClient: true },
    workspace: {
        isConfigurableWorkspace: true,
        showFormButtonV2: true,
        clientScriptV2: Now.include('../../../build-client/workspace-start.js'),
    },
})

UiAction({
    $id: Now.ID['ws_action_share_session'],
    table: 'task',
    name: 'Share TeamViewer session code',
    actionName: 'x_tvgh_teamviewer_ws_share',
    hint: "E-mails the session invitation to the service case's end customer",
    active: true,
    roles: [ROLE.supporter],
    showInsert: false,
    showUpdate: true,
    condition: `!current.isNewRecord() && ${OPEN_CASE}`,
    client: { isClient: true },
    workspace: {
        isConfigurableWorkspace: true,
        showFormMenuButtonV2: true,
        clientScriptV2: Now.include('../../../build-client/workspace-share.js'),
    },
})

UiAction({
    $id: Now.ID['ws_action_close_case'],
    table: 'task',
    name: 'Close TeamViewer service case',
    actionName: 'x_tvgh_teamviewer_ws_close',
    hint: 'Closes the open TeamViewer service case of this record',
    active: true,
    roles: [ROLE.supporter],
    showInsert: false,
    showUpdate: true,
    condition: `!current.isNewRecord() && ${OPEN_CASE}`,
    client: { isClient: true },
    workspace: {
        isConfigurableWorkspace: true,
        showFormMenuButtonV2: true,
        clientScriptV2: Now.include('../../../build-client/workspace-close.js'),
    },
})
