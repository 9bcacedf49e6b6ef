import { Acl, ScriptInclude } from '@servicenow/sdk/core'
import { ROLE } from '../../server/shared/names'
import { MODULES } from '../module-path'

/**
 * Script include TeamViewerWorkspaceAjax: the server side of the four workspace UI actions
 * (src/fluent/ui/workspace-actions.now.ts). Workspace client scripts of a scoped app have no fetch, g_ck or
 * window; they call this with GlideAjax (client callable), one method per action, `sysparm_task` = the
 * record's sys_id. Its execute ACL admits itil only; the module (src/server/entry/script-include/
 * workspace-ajax.ts) then applies the same checks as the REST API (task access, the case's supporter).
 */
ScriptInclude({
    $id: Now.ID['si_workspace_ajax'],
    name: 'TeamViewerWorkspaceAjax',
    apiName: 'x_tvgh_teamviewer.TeamViewerWorkspaceAjax',
    accessibleFrom: 'package_private',
    clientCallable: true,
    active: true,
    description: 'Server side of the TeamViewer workspace UI actions (GlideAjax): create, start, share and close service cases.',
    script: `var TeamViewerWorkspaceAjax = Class.create();
TeamViewerWorkspaceAjax.prototype = Object.extendsObject(global.AbstractAjaxProcessor, {
    _run: function (action) {
        var ws = require('${MODULES}/src/server/entry/script-include/workspace-ajax.ts');
        return ws.runWorkspaceAction(action, String(this.getParameter('sysparm_task') || ''));
    },
    createCase: function () {
        return this._run('create');
    },
    startSession: function () {
        return this._run('start');
    },
    shareSession: function () {
        return this._run('share');
    },
    closeCase: function () {
        return this._run('close');
    },
    type: 'TeamViewerWorkspaceAjax'
});
`,
})

/** Who may call it from a browser: supporters (itil). */
Acl({
    $id: Now.ID['acl_workspace_ajax_execute'],
    type: 'client_callable_script_include',
    name: 'x_tvgh_teamviewer.TeamViewerWorkspaceAjax',
    operation: 'execute',
    roles: [ROLE.supporter],
    active: true,
    adminOverrides: true,
    description: 'Supporters (itil) run the TeamViewer workspace actions; the module checks task access and the case supporter.',
})
