import { ScriptInclude } from '@servicenow/sdk/core'
import { MODULES } from '../module-path'

/**
 * Script include TeamViewerApi: the TeamViewer client's read operations for admins' own scripts
 * (background scripts, flows, other server scripts in the scope), with the caller's own TeamViewer grant,
 * or `{ useAdminToken: true }` for x_tvgh_teamviewer.admin. Why: the design calls for script includes
 * wrapping the API; this one is a thin bridge to src/server/scripting/api.ts (never a second client), through
 * its entry module src/server/entry/script-include/teamviewer-api.ts.
 * Public so that other scopes *can* call it, but api.ts refuses them unless
 * x_tvgh_teamviewer.script_api.allow_other_scopes is true. The require path is the build's module path
 * (../module-path.ts, from package.json's name and version at build time, as the SDK's own glue is).
 */
ScriptInclude({
    $id: Now.ID['si_teamviewer_api'],
    name: 'TeamViewerApi',
    accessibleFrom: 'public',
    active: true,
    description:
        "TeamViewer Web API for scripts: ping, account, groups, sessions, connection-report pages. Uses the caller's TeamViewer sign-in, or the admin token for x_tvgh_teamviewer.admin ({ useAdminToken: true }).",
    script: `var TeamViewerApi = Class.create();
TeamViewerApi.prototype = {
    /** options: { useAdminToken: true } uses the company admin token (x_tvgh_teamviewer.admin only). */
    initialize: function (options) {
        var bridge = require('${MODULES}/src/server/entry/script-include/teamviewer-api.ts');
        this._api = bridge.createScriptApi(String(gs.getCallerScopeName() || ''), options || {});
    },
    /** { tokenValid } */
    ping: function () {
        return this._api.ping();
    },
    /** { userId, name, email, companyName } of the token's account */
    account: function () {
        return this._api.account();
    },
    /** [{ id, name, permissions }], optionally filtered by name */
    groups: function (name) {
        return this._api.groups(name);
    },
    /** one session (service case) by code, e.g. 's12-345-678' */
    getSession: function (code) {
        return this._api.getSession(code);
    },
    /** one page (up to 1000) of sessions: { groupId, assignedUserId, states: ['open'], offset } → { sessions, nextOffset } */
    listSessions: function (query) {
        return this._api.listSessions(query || {});
    },
    /** one page (up to 1000) of the connection report: { from, to, offsetId, sessionCode, userId, groupId } → { records, nextOffset } */
    connectionPage: function (query) {
        return this._api.connectionPage(query || {});
    },
    type: 'TeamViewerApi'
};
`,
})
