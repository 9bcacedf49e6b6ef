import { Property, Record } from '@servicenow/sdk/core'
import { SETTING } from '../../server/shared/settings'
import { tvAdmin } from '../security/roles.now'

/*
 * Every setting of the integration. Name, type, default and description come from the settings schema
 * (src/server/shared/settings.ts SETTING), whose typed reader the server uses: readSettings() and friends,
 * over gs.getProperty in platform/settings.ts. Secrets are password2 and private (never exported in update
 * sets), readable and writable by x_tvgh_teamviewer.admin only, read by readSecret() in platform/settings.ts;
 * server code reads them, browsers never do. All are listed on the properties page
 * "TeamViewer Integration Properties".
 */
const adminOnly = { read: [tvAdmin], write: [tvAdmin] }
/**
 * Where tokens and the OAuth client secret are sent (the API and sign-in URLs, and whether they may leave
 * teamviewer.com): changed by the platform `admin` only, never by the integration's admin role — whoever sets
 * them could point the next call at their own host. The integration admin still sees them.
 */
const endpointAdmin = { read: [tvAdmin], write: ['admin'] }

/**
 * The company's TeamViewer script token (connection reporting, session management). Why: company-wide history
 * and the online poll call TeamViewer with it. Read by adminClient() in entry/wiring/clients.ts (readSecret).
 */
export const adminToken = Property({
    $id: Now.ID['prop_admin_token'],
    name: SETTING.adminToken.name,
    type: SETTING.adminToken.type,
    value: SETTING.adminToken.default,
    isPrivate: true,
    roles: adminOnly,
    description: SETTING.adminToken.description,
})

/** The OAuth app supporters sign in with. Why: cases are created in each supporter's own account. Read by entry/wiring/oauth.ts and the setup status. */
export const oauthClientId = Property({
    $id: Now.ID['prop_oauth_client_id'],
    name: SETTING.oauthClientId.name,
    type: SETTING.oauthClientId.type,
    value: SETTING.oauthClientId.default,
    roles: adminOnly,
    description: SETTING.oauthClientId.description,
})

/** The OAuth app's secret, for the code exchange and refreshes. Read by readSecret() in entry/wiring/oauth.ts; the setup status only checks it is set. */
export const oauthClientSecret = Property({
    $id: Now.ID['prop_oauth_client_secret'],
    name: SETTING.oauthClientSecret.name,
    type: SETTING.oauthClientSecret.type,
    value: SETTING.oauthClientSecret.default,
    isPrivate: true,
    roles: adminOnly,
    description: SETTING.oauthClientSecret.description,
})

/** The OAuth callback URL registered with TeamViewer. Read by readRedirectUri() in shared/settings.ts (sign-in and the setup status). */
export const oauthRedirectUri = Property({
    $id: Now.ID['prop_oauth_redirect_uri'],
    name: SETTING.oauthRedirectUri.name,
    type: SETTING.oauthRedirectUri.type,
    value: SETTING.oauthRedirectUri.default,
    roles: adminOnly,
    description: SETTING.oauthRedirectUri.description,
})

/** Where the TeamViewer client sends requests. Why: a proxy or a test endpoint, with allowCustomEndpoint. Read by readSettings() (the client in entry/wiring/clients.ts). */
export const apiBaseUrl = Property({
    $id: Now.ID['prop_api_base_url'],
    name: SETTING.apiBaseUrl.name,
    type: SETTING.apiBaseUrl.type,
    value: SETTING.apiBaseUrl.default,
    roles: endpointAdmin,
    description: SETTING.apiBaseUrl.description,
})

/** Where supporters sign in to TeamViewer (OAuth authorize). Read by readSettings() (entry/wiring/oauth.ts). */
export const loginBaseUrl = Property({
    $id: Now.ID['prop_login_base_url'],
    name: SETTING.loginBaseUrl.name,
    type: SETTING.loginBaseUrl.type,
    value: SETTING.loginBaseUrl.default,
    roles: endpointAdmin,
    description: SETTING.loginBaseUrl.description,
})

/** Lifts the teamviewer.com allow-list of the base URLs. Why: tokens go only to TeamViewer unless an admin says otherwise. Read by readSettings() (teamviewer/endpoint.ts checks it). */
export const allowCustomEndpoint = Property({
    $id: Now.ID['prop_allow_custom_endpoint'],
    name: SETTING.allowCustomEndpoint.name,
    type: SETTING.allowCustomEndpoint.type,
    value: SETTING.allowCustomEndpoint.default,
    roles: endpointAdmin,
    description: SETTING.allowCustomEndpoint.description,
})

/** The timeout of one TeamViewer call. Why: server code blocks on each call. Read by readSettings() (the client's timeoutMs). */
export const apiTimeout = Property({
    $id: Now.ID['prop_api_timeout'],
    name: SETTING.apiTimeoutSeconds.name,
    type: SETTING.apiTimeoutSeconds.type,
    value: SETTING.apiTimeoutSeconds.default,
    roles: adminOnly,
    description: SETTING.apiTimeoutSeconds.description,
})

/** The TeamViewer group of new service cases. Read by readSettings() (entry/wiring/cases.ts). */
export const defaultGroup = Property({
    $id: Now.ID['prop_default_group'],
    name: SETTING.defaultGroup.name,
    type: SETTING.defaultGroup.type,
    value: SETTING.defaultGroup.default,
    roles: adminOnly,
    description: SETTING.defaultGroup.description,
})

/** How often the online poll calls TeamViewer. Why: one call per interval for the whole instance. Read by readSettings() (entry/wiring/poll.ts, the setup status). */
export const onlinePollInterval = Property({
    $id: Now.ID['prop_online_poll_interval'],
    name: SETTING.onlinePollIntervalSeconds.name,
    type: SETTING.onlinePollIntervalSeconds.type,
    value: SETTING.onlinePollIntervalSeconds.default,
    roles: adminOnly,
    description: SETTING.onlinePollIntervalSeconds.description,
})

/**
 * How far before the high-water mark every retrieval re-reads. Why: TeamViewer lists a connection in the
 * report once it has ended, filed under its start; the lookback must cover the longest connection that should
 * appear at once. Read by readSettings() in shared/settings.ts (entry/wiring/history.ts); cost in README
 * "Connection history".
 */
export const retrievalLookback = Property({
    $id: Now.ID['prop_retrieval_lookback'],
    name: SETTING.lookbackHours.name,
    type: SETTING.lookbackHours.type,
    value: SETTING.lookbackHours.default,
    roles: adminOnly,
    description: SETTING.lookbackHours.description,
})

/**
 * Depth and period of the reconciliation pass. Why: picks up connections longer than the lookback (and the
 * end of ones stored while running) without letting any of them widen every run. Read by readSettings()
 * (entry/wiring/history.ts).
 */
export const retrievalReconcile = Property({
    $id: Now.ID['prop_retrieval_reconcile'],
    name: SETTING.reconcileDays.name,
    type: SETTING.reconcileDays.type,
    value: SETTING.reconcileDays.default,
    roles: adminOnly,
    description: SETTING.reconcileDays.description,
})

/** How much history the very first retrieval fetches. Read by readSettings() (history/window.ts through the retrieval deps). */
export const retrievalBackfill = Property({
    $id: Now.ID['prop_retrieval_backfill'],
    name: SETTING.backfillDays.name,
    type: SETTING.backfillDays.type,
    value: SETTING.backfillDays.default,
    roles: adminOnly,
    description: SETTING.backfillDays.description,
})

/**
 * The budget of one retrieval run. Why: whatever a server answers, a run ends; a run that reaches a limit stops
 * as "Stopped at budget", keeps what it stored, and the next run continues. Read by readSettings() in
 * shared/settings.ts (entry/wiring/history.ts); the same defaults back history/run.ts DEFAULT_RUN_BUDGET.
 */
export const retrievalMaxPages = Property({
    $id: Now.ID['prop_retrieval_max_pages'],
    name: SETTING.maxPagesPerRun.name,
    type: SETTING.maxPagesPerRun.type,
    value: SETTING.maxPagesPerRun.default,
    roles: adminOnly,
    description: SETTING.maxPagesPerRun.description,
})

export const retrievalMaxRequests = Property({
    $id: Now.ID['prop_retrieval_max_requests'],
    name: SETTING.maxRequestsPerRun.name,
    type: SETTING.maxRequestsPerRun.type,
    value: SETTING.maxRequestsPerRun.default,
    roles: adminOnly,
    description: SETTING.maxRequestsPerRun.description,
})

export const retrievalMaxMinutes = Property({
    $id: Now.ID['prop_retrieval_max_minutes'],
    name: SETTING.maxRunMinutes.name,
    type: SETTING.maxRunMinutes.type,
    value: SETTING.maxRunMinutes.default,
    roles: adminOnly,
    description: SETTING.maxRunMinutes.description,
})

/** Whether retrieval keeps each record's JSON as sent (column raw_json). Read by entry/wiring/history.ts; history/run.ts. */
export const retrievalKeepRawJson = Property({
    $id: Now.ID['prop_retrieval_keep_raw_json'],
    name: SETTING.keepRawJson.name,
    type: SETTING.keepRawJson.type,
    value: SETTING.keepRawJson.default,
    roles: adminOnly,
    description: SETTING.keepRawJson.description,
})
/** The most invitations one service case sends. Read by entry/wiring/cases.ts (readSettings); cases/service.ts refuses more. */
export const maxInvitationsPerCase = Property({
    $id: Now.ID['prop_max_invitations_per_case'],
    name: SETTING.maxInvitationsPerCase.name,
    type: SETTING.maxInvitationsPerCase.type,
    value: SETTING.maxInvitationsPerCase.default,
    roles: adminOnly,
    description: SETTING.maxInvitationsPerCase.description,
})

/** Whether scripts of other application scopes may use the script include TeamViewerApi. Read by entry/script-include/teamviewer-api.ts (readFlag); scripting/api.ts refuses them otherwise. */
export const scriptApiOtherScopes = Property({
    $id: Now.ID['prop_script_api_other_scopes'],
    name: SETTING.scriptApiOtherScopes.name,
    type: SETTING.scriptApiOtherScopes.type,
    value: SETTING.scriptApiOtherScopes.default,
    roles: adminOnly,
    description: SETTING.scriptApiOtherScopes.description,
})

/** The properties page (System Properties UI) an admin opens from the menu. */
export const propertiesCategory = Record({
    $id: Now.ID['prop_category'],
    table: 'sys_properties_category',
    data: { name: 'x_tvgh_teamviewer', title: 'TeamViewer Integration Properties' },
})

// One row per property on the page, in this order.
Record({
    $id: Now.ID['prop_page_adminToken'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: adminToken, order: 100 },
})
Record({
    $id: Now.ID['prop_page_oauthClientId'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: oauthClientId, order: 200 },
})
Record({
    $id: Now.ID['prop_page_oauthClientSecret'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: oauthClientSecret, order: 300 },
})
Record({
    $id: Now.ID['prop_page_oauthRedirectUri'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: oauthRedirectUri, order: 350 },
})
Record({
    $id: Now.ID['prop_page_apiBaseUrl'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: apiBaseUrl, order: 400 },
})
Record({
    $id: Now.ID['prop_page_loginBaseUrl'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: loginBaseUrl, order: 500 },
})
Record({
    $id: Now.ID['prop_page_allowCustomEndpoint'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: allowCustomEndpoint, order: 600 },
})
Record({
    $id: Now.ID['prop_page_apiTimeout'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: apiTimeout, order: 700 },
})
Record({
    $id: Now.ID['prop_page_defaultGroup'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: defaultGroup, order: 800 },
})
Record({
    $id: Now.ID['prop_page_onlinePollInterval'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: onlinePollInterval, order: 900 },
})
Record({
    $id: Now.ID['prop_page_retrievalLookback'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: retrievalLookback, order: 1000 },
})
Record({
    $id: Now.ID['prop_page_retrievalReconcile'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: retrievalReconcile, order: 1050 },
})
Record({
    $id: Now.ID['prop_page_scriptApiOtherScopes'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: scriptApiOtherScopes, order: 1500 },
})
Record({
    $id: Now.ID['prop_page_retrievalBackfill'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: retrievalBackfill, order: 1100 },
})
Record({
    $id: Now.ID['prop_page_retrievalMaxPages'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: retrievalMaxPages, order: 1200 },
})
Record({
    $id: Now.ID['prop_page_retrievalMaxRequests'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: retrievalMaxRequests, order: 1300 },
})
Record({
    $id: Now.ID['prop_page_retrievalMaxMinutes'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: retrievalMaxMinutes, order: 1400 },
})

Record({
    $id: Now.ID['prop_page_retrievalKeepRawJson'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: retrievalKeepRawJson, order: 1450 },
})
Record({
    $id: Now.ID['prop_page_maxInvitationsPerCase'],
    table: 'sys_properties_category_m2m',
    data: { category: propertiesCategory, property: maxInvitationsPerCase, order: 1500 },
})
