/**
 * The settings schema: every system property of the integration once, with its name, type, default, lower
 * limit and description. It feeds both the Fluent Property() records (src/fluent/properties/properties.now.ts)
 * and the typed reader below. The reader is pure: it takes a function that returns a property's raw text ('' or
 * null when unset), and platform/settings.ts passes gs.getProperty. Secrets (password2) are read by
 * platform/settings.ts readSecret(), never through this reader.
 */
import { API_BASE } from './contract.ts'

type Text = { readonly name: string; readonly default: string }
type Flag = { readonly name: string; readonly default: boolean }
type Whole = { readonly name: string; readonly default: number; readonly min: number }

/** Plain literals (no helper calls): the Fluent compiler evaluates them statically in properties.now.ts. */
export const SETTING = {
    adminToken: {
        name: 'x_tvgh_teamviewer.adminToken',
        type: 'password2',
        default: '',
        description:
            'Company admin token: a TeamViewer script token created under the company profile with the "Connection reporting" permission (and "Session management" to poll service cases). Do not delete it: without it the connection history stops being retrieved.',
    },
    oauthClientId: {
        name: 'x_tvgh_teamviewer.oauth.client_id',
        type: 'string',
        default: '',
        description: 'Client ID of the OAuth 2.0 app registered in the TeamViewer Management Console (Apps). Supporters sign in with it.',
    },
    oauthClientSecret: {
        name: 'x_tvgh_teamviewer.oauth.client_secret',
        type: 'password2',
        default: '',
        description: 'Client secret of the OAuth 2.0 app registered in TeamViewer. Stays on the server.',
    },
    oauthRedirectUri: {
        name: 'x_tvgh_teamviewer.oauth.redirect_uri',
        type: 'string',
        default: '',
        description:
            'Redirect URI of the OAuth app, exactly as registered in TeamViewer. Empty: https://<this instance>/api/x_tvgh_teamviewer/oauth/callback (from glide.servlet.uri).',
    },
    apiBaseUrl: {
        name: 'x_tvgh_teamviewer.api.base_url',
        type: 'string',
        default: 'https://webapi.teamviewer.com/api/v1',
        description:
            'Base URL of the TeamViewer Web API. Must be an https URL under teamviewer.com unless "Allow a custom endpoint" is set.',
    },
    loginBaseUrl: {
        name: 'x_tvgh_teamviewer.login.base_url',
        type: 'string',
        default: 'https://login.teamviewer.com',
        description: 'Base URL of the TeamViewer sign-in page used for supporters (OAuth 2.0 authorize).',
    },
    allowCustomEndpoint: {
        name: 'x_tvgh_teamviewer.api.allow_custom_endpoint',
        type: 'boolean',
        default: false,
        description: 'Allow base URLs outside https://*.teamviewer.com (a test endpoint or a proxy). Leave off in production.',
    },
    apiTimeoutSeconds: {
        name: 'x_tvgh_teamviewer.api.timeout_seconds',
        type: 'integer',
        default: 30,
        min: 1,
        description: 'Seconds to wait for one TeamViewer API call before treating it as a network error.',
    },
    defaultGroup: {
        name: 'x_tvgh_teamviewer.default_group',
        type: 'string',
        default: 'ServiceNow',
        description: 'TeamViewer group (name) new service cases are created in. TeamViewer creates the group if it does not exist.',
    },
    onlinePollIntervalSeconds: {
        name: 'x_tvgh_teamviewer.online_poll_interval_seconds',
        type: 'integer',
        default: 60,
        min: 10,
        description:
            'How often (seconds) open service cases are checked for the customer being online: one TeamViewer call for the whole instance per interval.',
    },
    lookbackHours: {
        name: 'x_tvgh_teamviewer.retrieval.lookback_hours',
        type: 'integer',
        default: 12,
        min: 1,
        description:
            'Each retrieval re-reads this many hours before the last one, because TeamViewer lists a connection when it ends, under its start time: connections up to this long are stored as soon as they end. Longer ones arrive with the periodic reconciliation. Nothing is duplicated: records are matched on their TeamViewer ID. Cost: each run reads interval + lookback hours of connections.',
    },
    reconcileDays: {
        name: 'x_tvgh_teamviewer.retrieval.reconcile_days',
        type: 'integer',
        default: 7,
        min: 1,
        description:
            'Every this many days, one retrieval re-reads from this many days before the previous reconciliation, so connections up to this long (reported by TeamViewer only when they end) are stored too. Cost: about twice this many days of connections, once per period.',
    },
    backfillDays: {
        name: 'x_tvgh_teamviewer.retrieval.backfill_days',
        type: 'integer',
        default: 30,
        min: 1,
        description: 'On the very first retrieval, how many days of connection history to fetch.',
    },
    maxPagesPerRun: {
        name: 'x_tvgh_teamviewer.retrieval.max_pages_per_run',
        type: 'integer',
        default: 2000,
        min: 1,
        description: 'Most pages (of up to 1,000 connections) one retrieval run reads; the next run continues where it stopped.',
    },
    maxRequestsPerRun: {
        name: 'x_tvgh_teamviewer.retrieval.max_requests_per_run',
        type: 'integer',
        default: 3000,
        min: 1,
        description: 'Most TeamViewer API requests (retries included) one retrieval run sends.',
    },
    maxRunMinutes: {
        name: 'x_tvgh_teamviewer.retrieval.max_run_minutes',
        type: 'integer',
        default: 20,
        min: 1,
        description: 'Most minutes one retrieval run keeps paging; the next run continues where it stopped.',
    },
    keepRawJson: {
        name: 'x_tvgh_teamviewer.retrieval.keep_raw_json',
        type: 'boolean',
        default: true,
        description:
            'Keep each connection exactly as TeamViewer sent it (JSON, column "Record as sent by TeamViewer"), so a value the table cannot hold as sent is never lost. Off: only the mapped columns are stored.',
    },
    maxInvitationsPerCase: {
        name: 'x_tvgh_teamviewer.invitations.max_per_case',
        type: 'integer',
        default: 5,
        min: 1,
        description:
            "Most invitation e-mails one service case sends (Share session code without the e-mail client). Invitations go only to the case's customer address.",
    },
    scriptApiOtherScopes: {
        name: 'x_tvgh_teamviewer.script_api.allow_other_scopes',
        type: 'boolean',
        default: false,
        description:
            'Allow scripts of other application scopes (and global scripts) to use the script include TeamViewerApi. Off: only scripts of this application may.',
    },
} as const

/** The platform property holding this instance's own address (the default OAuth redirect URI is built from it). */
export const INSTANCE_URI_PROPERTY = 'glide.servlet.uri'

/** A property's raw text: '' (or null) when it is not set. */
export type PropertyText = (name: string) => string | null | undefined

/** The trimmed value, or the fallback when the property is unset or blank. */
function textOf(get: PropertyText, name: string, fallback: string): string {
    const v = get(name)
    return v === null || v === undefined || String(v).trim() === '' ? fallback : String(v).trim()
}

export function readText(get: PropertyText, s: Text): string {
    return textOf(get, s.name, s.default)
}

export function readFlag(get: PropertyText, s: Flag): boolean {
    return textOf(get, s.name, String(s.default)).toLowerCase() === 'true'
}

/** A whole number ≥ min, or the default when the property is empty, not a number or too small. */
export function readWhole(get: PropertyText, s: Whole): number {
    const n = parseInt(textOf(get, s.name, String(s.default)), 10)
    return Number.isFinite(n) && n >= s.min ? n : s.default
}

export interface Settings {
    apiBaseUrl: string
    loginBaseUrl: string
    allowCustomEndpoint: boolean
    timeoutMs: number
    defaultGroup: string
    onlinePollIntervalSeconds: number
    lookbackHours: number
    reconcileDays: number
    backfillDays: number
    maxPagesPerRun: number
    maxRequestsPerRun: number
    maxRunMinutes: number
    keepRawJson: boolean
    maxInvitationsPerCase: number
}

/** The settings every feature reads, typed, each with its default and lower limit applied. */
export function readSettings(get: PropertyText): Settings {
    return {
        apiBaseUrl: readText(get, SETTING.apiBaseUrl),
        loginBaseUrl: readText(get, SETTING.loginBaseUrl),
        allowCustomEndpoint: readFlag(get, SETTING.allowCustomEndpoint),
        timeoutMs: readWhole(get, SETTING.apiTimeoutSeconds) * 1000,
        defaultGroup: readText(get, SETTING.defaultGroup),
        onlinePollIntervalSeconds: readWhole(get, SETTING.onlinePollIntervalSeconds),
        lookbackHours: readWhole(get, SETTING.lookbackHours),
        reconcileDays: readWhole(get, SETTING.reconcileDays),
        backfillDays: readWhole(get, SETTING.backfillDays),
        maxPagesPerRun: readWhole(get, SETTING.maxPagesPerRun),
        maxRequestsPerRun: readWhole(get, SETTING.maxRequestsPerRun),
        maxRunMinutes: readWhole(get, SETTING.maxRunMinutes),
        keepRawJson: readFlag(get, SETTING.keepRawJson),
        maxInvitationsPerCase: readWhole(get, SETTING.maxInvitationsPerCase),
    }
}

/** The OAuth callback URL: the property, else this instance's own callback route. */
export function readRedirectUri(get: PropertyText): string {
    const configured = readText(get, SETTING.oauthRedirectUri)
    if (configured) return configured
    const base = textOf(get, INSTANCE_URI_PROPERTY, '').replace(/\/+$/, '')
    return `${base}${API_BASE}/oauth/callback`
}
