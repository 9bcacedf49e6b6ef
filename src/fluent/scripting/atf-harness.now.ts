import { ScriptInclude } from '@servicenow/sdk/core'
import { MODULES } from '../module-path'

/**
 * Script include TeamViewerAtfHarness: what the app's ATF suite (src/fluent/tests/main-story.now.ts) calls to
 * run a service case's whole server path — create, invite, start, close, retrieve its connections — with the
 * app's own TeamViewer client over an in-memory TeamViewer (src/server/entry/atf/harness.ts). Why shipped: ATF
 * runs on the instance, so its step needs a way into the app's modules; this one never reaches the network
 * and reads no token. This application's scope only.
 */
ScriptInclude({
    $id: Now.ID['si_atf_harness'],
    name: 'TeamViewerAtfHarness',
    accessibleFrom: 'package_private',
    active: true,
    description:
        "For the app's ATF tests only: the service-case and retrieval code of the app against an in-memory TeamViewer (no network, no token).",
    script: `var TeamViewerAtfHarness = Class.create();
TeamViewerAtfHarness.prototype = {
    initialize: function () {
        this._h = require('${MODULES}/src/server/entry/atf/harness.ts').createAtfHarness();
    },
    createCase: function (taskSysId, input) {
        return this._h.createCase(taskSysId, input || {});
    },
    sendInvitation: function (caseSysId, email) {
        return this._h.sendInvitation(caseSysId, email);
    },
    startCase: function (caseSysId) {
        return this._h.startCase(caseSysId);
    },
    closeCase: function (caseSysId) {
        return this._h.closeCase(caseSysId);
    },
    retrieveConnections: function (caseSysId) {
        return this._h.retrieveConnections(caseSysId);
    },
    received: function () {
        return this._h.received();
    },
    tvUserId: function () {
        return this._h.tvUserId();
    },
    type: 'TeamViewerAtfHarness'
};
`,
})
