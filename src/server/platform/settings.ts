/**
 * The one way the app reads its settings (system properties x_tvgh_teamviewer.*). Secrets are password2:
 * read from the property record with getDecryptedValue(), the platform's documented way to read an
 * encrypted field, falling back to gs.getProperty where that already returns the clear value.
 */
import { gs, GlideRecord } from '@servicenow/glide'

export const PROPERTY = {
    adminToken: 'x_tvgh_teamviewer.adminToken',
    oauthClientId: 'x_tvgh_teamviewer.oauth.client_id',
    oauthClientSecret: 'x_tvgh_teamviewer.oauth.client_secret',
    oauthRedirectUri: 'x_tvgh_teamviewer.oauth.redirect_uri',
    apiBaseUrl: 'x_tvgh_teamviewer.api.base_url',
    loginBaseUrl: 'x_tvgh_teamviewer.login.base_url',
    allowCustomEndpoint: 'x_tvgh_teamviewer.api.allow_custom_endpoint',
    timeoutSeconds: 'x_tvgh_teamviewer.api.timeout_seconds',
    defaultGroup: 'x_tvgh_teamviewer.default_group',
    onlinePollIntervalSeconds: 'x_tvgh_teamviewer.online_poll_interval_seconds',
    lookbackHours: 'x_tvgh_teamviewer.retrieval.lookback_hours',
    reconcileDays: 'x_tvgh_teamviewer.retrieval.reconcile_days',
    backfillDays: 'x_tvgh_teamviewer.retrieval.backfill_days',
    maxPagesPerRun: 'x_tvgh_teamviewer.retrieval.max_pages_per_run',
    maxRequestsPerRun: 'x_tvgh_teamviewer.retrieval.max_requests_per_run',
    maxRunMinutes: 'x_tvgh_teamviewer.retrieval.max_run_minutes',
} as const

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
}

function text(name: string, fallback: string): string {
    const v = gs.getProperty(name, fallback)
    return v === null || v === undefined || String(v).trim() === '' ? fallback : String(v).trim()
}

/** A whole number ≥ min, or the fallback when the property is empty or not a number. */
function integer(name: string, fallback: number, min: number): number {
    const n = parseInt(text(name, String(fallback)), 10)
    return Number.isFinite(n) && n >= min ? n : fallback
}

/** The OAuth callback URL: the property, else this instance's own callback route. */
export function oauthRedirectUri(): string {
    const configured = text(PROPERTY.oauthRedirectUri, '')
    if (configured) return configured
    const base = text('glide.servlet.uri', '').replace(/\/+$/, '')
    return `${base}/api/x_tvgh_teamviewer/oauth/callback`
}

export function readSettings(): Settings {
    return {
        apiBaseUrl: text(PROPERTY.apiBaseUrl, 'https://webapi.teamviewer.com/api/v1'),
        loginBaseUrl: text(PROPERTY.loginBaseUrl, 'https://login.teamviewer.com'),
        allowCustomEndpoint: text(PROPERTY.allowCustomEndpoint, 'false').toLowerCase() === 'true',
        timeoutMs: integer(PROPERTY.timeoutSeconds, 30, 1) * 1000,
        defaultGroup: text(PROPERTY.defaultGroup, 'ServiceNow'),
        onlinePollIntervalSeconds: integer(PROPERTY.onlinePollIntervalSeconds, 60, 10),
        lookbackHours: integer(PROPERTY.lookbackHours, 12, 1),
        reconcileDays: integer(PROPERTY.reconcileDays, 7, 1),
        backfillDays: integer(PROPERTY.backfillDays, 30, 1),
        maxPagesPerRun: integer(PROPERTY.maxPagesPerRun, 2000, 1),
        maxRequestsPerRun: integer(PROPERTY.maxRequestsPerRun, 3000, 1),
        maxRunMinutes: integer(PROPERTY.maxRunMinutes, 20, 1),
    }
}

/** The clear value of a password2 property, or '' when it is not set. Never log the result. */
export function readSecret(name: string): string {
    const gr = new GlideRecord('sys_properties')
    gr.addQuery('name', name)
    gr.setLimit(1)
    gr.query()
    if (gr.next()) {
        const element = gr.getElement('value')
        const clear = element && typeof element.getDecryptedValue === 'function' ? element.getDecryptedValue() : ''
        if (clear) return String(clear)
    }
    const v = gs.getProperty(name, '')
    return v ? String(v) : ''
}
