import { Property, Record } from '@servicenow/sdk/core'
import { tvAdmin } from '../security/roles.now'

/*
 * Every setting of the integration. Secrets are password2 and private (never exported in update sets),
 * readable and writable by x_tvgh_teamviewer.admin only; server code reads them, browsers never do.
 * All are listed on the properties page "TeamViewer Integration Properties".
 */
const adminOnly = { read: [tvAdmin], write: [tvAdmin] }

/** The company's TeamViewer script token (connection reporting). Without it company-wide history stops. */
export const adminToken = Property({
    $id: Now.ID['prop_admin_token'],
    name: 'x_tvgh_teamviewer.adminToken',
    type: 'password2',
    value: '',
    isPrivate: true,
    roles: adminOnly,
    description:
        'Company admin token: a TeamViewer script token created under the company profile with the "Connection reporting" permission (and "Session management" to poll service cases). Do not delete it: without it the connection history stops being retrieved.',
})

export const oauthClientId = Property({
    $id: Now.ID['prop_oauth_client_id'],
    name: 'x_tvgh_teamviewer.oauth.client_id',
    type: 'string',
    value: '',
    roles: adminOnly,
    description: 'Client ID of the OAuth 2.0 app registered in the TeamViewer Management Console (Apps). Supporters sign in with it.',
})

export const oauthClientSecret = Property({
    $id: Now.ID['prop_oauth_client_secret'],
    name: 'x_tvgh_teamviewer.oauth.client_secret',
    type: 'password2',
    value: '',
    isPrivate: true,
    roles: adminOnly,
    description: 'Client secret of the OAuth 2.0 app registered in TeamViewer. Stays on the server.',
})

/** The OAuth callback URL registered with TeamViewer. Read by oauthSettings() in platform/oauth-deps.ts. */
export const oauthRedirectUri = Property({
    $id: Now.ID['prop_oauth_redirect_uri'],
    name: 'x_tvgh_teamviewer.oauth.redirect_uri',
    type: 'string',
    value: '',
    roles: adminOnly,
    description:
        'Redirect URI of the OAuth app, exactly as registered in TeamViewer. Empty: https://<this instance>/api/x_tvgh_teamviewer/oauth/callback (from glide.servlet.uri).',
})

export const apiBaseUrl = Property({
    $id: Now.ID['prop_api_base_url'],
    name: 'x_tvgh_teamviewer.api.base_url',
    type: 'string',
    value: 'https://webapi.teamviewer.com/api/v1',
    roles: adminOnly,
    description: 'Base URL of the TeamViewer Web API. Must be an https URL under teamviewer.com unless "Allow a custom endpoint" is set.',
})

export const loginBaseUrl = Property({
    $id: Now.ID['prop_login_base_url'],
    name: 'x_tvgh_teamviewer.login.base_url',
    type: 'string',
    value: 'https://login.teamviewer.com',
    roles: adminOnly,
    description: 'Base URL of the TeamViewer sign-in page used for supporters (OAuth 2.0 authorize).',
})

export const allowCustomEndpoint = Property({
    $id: Now.ID['prop_allow_custom_endpoint'],
    name: 'x_tvgh_teamviewer.api.allow_custom_endpoint',
    type: 'boolean',
    value: false,
    roles: adminOnly,
    description: 'Allow base URLs outside https://*.teamviewer.com (a test endpoint or a proxy). Leave off in production.',
})

export const apiTimeout = Property({
    $id: Now.ID['prop_api_timeout'],
    name: 'x_tvgh_teamviewer.api.timeout_seconds',
    type: 'integer',
    value: 30,
    roles: adminOnly,
    description: 'Seconds to wait for one TeamViewer API call before treating it as a network error.',
})

export const defaultGroup = Property({
    $id: Now.ID['prop_default_group'],
    name: 'x_tvgh_teamviewer.default_group',
    type: 'string',
    value: 'ServiceNow',
    roles: adminOnly,
    description: 'TeamViewer group (name) new service cases are created in. TeamViewer creates the group if it does not exist.',
})

export const onlinePollInterval = Property({
    $id: Now.ID['prop_online_poll_interval'],
    name: 'x_tvgh_teamviewer.online_poll_interval_seconds',
    type: 'integer',
    value: 60,
    roles: adminOnly,
    description: 'How often (seconds) open service cases are checked for the customer being online: one TeamViewer call for the whole instance per interval.',
})

/**
 * How far before the high-water mark every retrieval re-reads. Why: TeamViewer lists a connection in the
 * report once it has ended, filed under its start; the lookback must cover the longest connection that should
 * appear at once. Read by readSettings() in platform/settings.ts; cost in README "Connection history".
 */
export const retrievalLookback = Property({
    $id: Now.ID['prop_retrieval_lookback'],
    name: 'x_tvgh_teamviewer.retrieval.lookback_hours',
    type: 'integer',
    value: 12,
    roles: adminOnly,
    description:
        'Each retrieval re-reads this many hours before the last one, because TeamViewer lists a connection when it ends, under its start time: connections up to this long are stored as soon as they end. Longer ones arrive with the periodic reconciliation. Nothing is duplicated: records are matched on their TeamViewer ID. Cost: each run reads interval + lookback hours of connections.',
})

/**
 * Depth and period of the reconciliation pass. Why: picks up connections longer than the lookback (and the
 * end of ones stored while running) without letting any of them widen every run. Read by readSettings().
 */
export const retrievalReconcile = Property({
    $id: Now.ID['prop_retrieval_reconcile'],
    name: 'x_tvgh_teamviewer.retrieval.reconcile_days',
    type: 'integer',
    value: 7,
    roles: adminOnly,
    description:
        'Every this many days, one retrieval re-reads from this many days before the previous reconciliation, so connections up to this long (reported by TeamViewer only when they end) are stored too. Cost: about twice this many days of connections, once per period.',
})

export const retrievalBackfill = Property({
    $id: Now.ID['prop_retrieval_backfill'],
    name: 'x_tvgh_teamviewer.retrieval.backfill_days',
    type: 'integer',
    value: 30,
    roles: adminOnly,
    description: 'On the very first retrieval, how many days of connection history to fetch.',
})

/**
 * The budget of one retrieval run. Why: whatever a server answers, a run ends; a run that reaches a limit stops
 * as "Stopped at budget", keeps what it stored, and the next run continues. Read by readSettings() in
 * platform/settings.ts.
 */
export const retrievalMaxPages = Property({
    $id: Now.ID['prop_retrieval_max_pages'],
    name: 'x_tvgh_teamviewer.retrieval.max_pages_per_run',
    type: 'integer',
    value: 2000,
    roles: adminOnly,
    description: 'Most pages (of up to 1,000 connections) one retrieval run reads; the next run continues where it stopped.',
})

export const retrievalMaxRequests = Property({
    $id: Now.ID['prop_retrieval_max_requests'],
    name: 'x_tvgh_teamviewer.retrieval.max_requests_per_run',
    type: 'integer',
    value: 3000,
    roles: adminOnly,
    description: 'Most TeamViewer API requests (retries included) one retrieval run sends.',
})

export const retrievalMaxMinutes = Property({
    $id: Now.ID['prop_retrieval_max_minutes'],
    name: 'x_tvgh_teamviewer.retrieval.max_run_minutes',
    type: 'integer',
    value: 20,
    roles: adminOnly,
    description: 'Most minutes one retrieval run keeps paging; the next run continues where it stopped.',
})

/** Whether scripts of other application scopes may use the script include TeamViewerApi. Read by scripting/api.ts. */
export const scriptApiOtherScopes = Property({
    $id: Now.ID['prop_script_api_other_scopes'],
    name: 'x_tvgh_teamviewer.script_api.allow_other_scopes',
    type: 'boolean',
    value: false,
    roles: adminOnly,
    description: 'Allow scripts of other application scopes (and global scripts) to use the script include TeamViewerApi. Off: only scripts of this application may.',
})

/** The properties page (System Properties UI) an admin opens from the menu. */
export const propertiesCategory = Record({
    $id: Now.ID['prop_category'],
    table: 'sys_properties_category',
    data: { name: 'x_tvgh_teamviewer', title: 'TeamViewer Integration Properties' },
})

// One row per property on the page, in this order.
Record({ $id: Now.ID['prop_page_adminToken'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: adminToken, order: 100 } })
Record({ $id: Now.ID['prop_page_oauthClientId'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: oauthClientId, order: 200 } })
Record({ $id: Now.ID['prop_page_oauthClientSecret'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: oauthClientSecret, order: 300 } })
Record({ $id: Now.ID['prop_page_oauthRedirectUri'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: oauthRedirectUri, order: 350 } })
Record({ $id: Now.ID['prop_page_apiBaseUrl'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: apiBaseUrl, order: 400 } })
Record({ $id: Now.ID['prop_page_loginBaseUrl'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: loginBaseUrl, order: 500 } })
Record({ $id: Now.ID['prop_page_allowCustomEndpoint'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: allowCustomEndpoint, order: 600 } })
Record({ $id: Now.ID['prop_page_apiTimeout'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: apiTimeout, order: 700 } })
Record({ $id: Now.ID['prop_page_defaultGroup'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: defaultGroup, order: 800 } })
Record({ $id: Now.ID['prop_page_onlinePollInterval'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: onlinePollInterval, order: 900 } })
Record({ $id: Now.ID['prop_page_retrievalLookback'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: retrievalLookback, order: 1000 } })
Record({ $id: Now.ID['prop_page_retrievalReconcile'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: retrievalReconcile, order: 1050 } })
Record({ $id: Now.ID['prop_page_scriptApiOtherScopes'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: scriptApiOtherScopes, order: 1500 } })
Record({ $id: Now.ID['prop_page_retrievalBackfill'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: retrievalBackfill, order: 1100 } })
Record({ $id: Now.ID['prop_page_retrievalMaxPages'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: retrievalMaxPages, order: 1200 } })
Record({ $id: Now.ID['prop_page_retrievalMaxRequests'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: retrievalMaxRequests, order: 1300 } })
Record({ $id: Now.ID['prop_page_retrievalMaxMinutes'], table: 'sys_properties_category_m2m', data: { category: propertiesCategory, property: retrievalMaxMinutes, order: 1400 } })
