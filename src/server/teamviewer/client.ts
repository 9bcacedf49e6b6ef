/**
 * The one TeamViewer Web API client of the app. Synchronous (server code blocks on each call), typed,
 * with errors mapped to TeamViewerError kinds. Every feature goes through it; it goes through an
 * HttpTransport (RESTMessageV2 on the platform).
 *
 * Retries: only calls that are safe to repeat (GETs, PUT updates, revoke) are repeated, immediately and at
 * most `maxAttempts` times, on server and network errors. A session create is never repeated (it could
 * create two sessions), nor an OAuth token call (codes and refresh tokens are single-use: repeating a
 * refresh whose answer was lost would present a dead refresh token). Rate limiting is never waited out
 * here: server code cannot sleep, so the caller gets `rate_limited` with `retryAfterSeconds` and resumes later.
 */
import type { Clock } from '../shared/clock.ts'
import { isTeamViewerError, TeamViewerError } from './errors.ts'
import { checkBaseUrl, isUnder } from './endpoint.ts'
import { safeText } from './redact.ts'
import type { HttpRequest, HttpResponse, HttpTransport } from './transport.ts'
import type {
    Account,
    ConnectionPage,
    ConnectionQuery,
    Group,
    NewSession,
    Session,
    SessionChanges,
    SessionPage,
    SessionState,
    TokenGrant,
} from './model.ts'
import { parseAccount, parseConnectionPage, parseGroups, parsePing, parseSession, parseSessionPage, parseTokenGrant } from './parse.ts'

export interface ClientOptions {
    baseUrl: string
    allowCustomEndpoint: boolean
    timeoutMs: number
    /** Bearer token: a script token or an OAuth access token. Not needed for the OAuth token calls. */
    token?: string
    /** Attempts for calls that are safe to repeat. Default 3. */
    maxAttempts?: number
    /** The clock a Retry-After date is measured against (the platform's on the instance). Default Date.now. */
    clock?: Clock
}

export interface OAuthClientCredentials {
    clientId: string
    clientSecret: string
}

type Query = Record<string, string | number | boolean | undefined | null>

interface Call {
    method: HttpRequest['method']
    path: string
    query?: Query
    json?: unknown
    form?: Record<string, string>
    /** Safe to repeat on a transient failure. */
    repeatable: boolean
    /** Send the bearer token (default true). */
    auth?: boolean
}

function queryString(query: Query | undefined): string {
    if (!query) return ''
    const parts: string[] = []
    for (const [k, v] of Object.entries(query)) {
        if (v === undefined || v === null || v === '') continue
        parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    }
    return parts.length ? `?${parts.join('&')}` : ''
}

function formBody(form: Record<string, string>): string {
    return Object.entries(form)
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .join('&')
}

function parseJson(body: string): unknown {
    try {
        return JSON.parse(body)
    } catch (_e) {
        return undefined
    }
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
function retryAfter(header: string | undefined, nowMs: number): number | null {
    if (!header) return null
    const s = header.trim()
    if (/^\d+$/.test(s)) return Number(s)
    const t = Date.parse(s)
    return Number.isNaN(t) ? null : Math.max(0, Math.ceil((t - nowMs) / 1000))
}

/**
 * What a body says when it is not TeamViewer's JSON error object: a JSON string ("…license limitations…"),
 * or plain text / an HTML page (a proxy's). Tags dropped, whitespace folded, cut to 200 characters; a
 * bearer credential echoed back is masked.
 */
function bodyText(body: string, parsed: unknown): string {
    const raw = typeof parsed === 'string' ? parsed : parsed === undefined ? body : ''
    let s = raw
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/Bearer\s+\S+/gi, 'Bearer [hidden]')
        .replace(/\s+/g, ' ')
        .trim()
    if (s.length > 200) s = `${s.slice(0, 200)}…`
    return s
}

/** Codes TeamViewer uses for "stop calling for a while" (the documented 403 "IP blocked or rate limit reached"). */
const LIMIT_CODES = ['rate_limit_reached', 'blocked', 'too_many_retries']

/** Maps a non-2xx response (or no response) to the error the features handle. */
export function errorFromResponse(op: string, res: HttpResponse, nowMs = Date.now()): TeamViewerError {
    if (res.status === 0) return new TeamViewerError('network_error', `${op}: ${res.error || 'no response'}.`, 0, 'network_error')
    const body = parseJson(res.body)
    const o = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
    const code = typeof o.error === 'string' ? o.error : ''
    const description = typeof o.error_description === 'string' ? o.error_description : bodyText(res.body, body)
    const detail = `${op}: HTTP ${res.status}${code ? ` ${code}` : ''}${description ? ` — ${description.replace(/[.\s]+$/, '')}` : ''}.`
    const status = res.status
    const retry = () => retryAfter(res.headers['retry-after'], nowMs)
    if (status === 429 || LIMIT_CODES.includes(code))
        return new TeamViewerError('rate_limited', detail, status, code || 'rate_limit_reached', retry())
    if (code === 'invalid_client') return new TeamViewerError('invalid_client', detail, status, code)
    if (code === 'invalid_grant') return new TeamViewerError('invalid_token', detail, status, code)
    if (status === 401) {
        const expired = code === 'token_expired' || o.error_code === 1 || /expired/i.test(description)
        return new TeamViewerError(expired ? 'expired_token' : 'invalid_token', detail, status, code || 'invalid_token')
    }
    if (status >= 400 && status < 500 && /licen[cs]e limitation/i.test(description))
        return new TeamViewerError('license_limit', detail, status, code || 'invalid_request')
    if (status === 403) {
        // a 403 without TeamViewer's JSON: its documented text is "IP blocked or rate limit reached"
        if (!code && /rate limit/i.test(description))
            return new TeamViewerError('rate_limited', detail, status, 'rate_limit_reached', retry())
        if (!code && /blocked/i.test(description)) return new TeamViewerError('rate_limited', detail, status, 'blocked', retry())
        return new TeamViewerError('missing_permission', detail, status, code || 'invalid_permission')
    }
    if (status === 404) return new TeamViewerError('not_found', detail, status, code || 'not_found')
    if (status === 400 || status === 409 || status === 422)
        return new TeamViewerError('invalid_request', detail, status, code || 'invalid_request')
    if (status >= 500) return new TeamViewerError('server_error', detail, status, code || 'internal_error')
    return new TeamViewerError('invalid_request', detail, status, code)
}

const ignoreBody = (): void => undefined

/** Form fields that carry secrets (OAuth): redacted from any message built from the answer. */
const SECRET_FORM_FIELDS = ['client_secret', 'refresh_token', 'code', 'access_token']

/** The same error with its message redacted of `secrets`, plain and bounded (what every caller gets). */
function sanitized(e: TeamViewerError, secrets: string[]): TeamViewerError {
    return new TeamViewerError(e.kind, safeText(e.message, secrets), e.status, safeText(e.code, secrets, 40), e.retryAfterSeconds)
}

/** A 3xx is never followed: following it would send the token to wherever the server points. */
function redirectError(op: string, status: number): TeamViewerError {
    return new TeamViewerError(
        'invalid_request',
        `${op}: HTTP ${status} redirect refused (the app never follows redirects with a token; check the API base URL).`,
        status,
        'redirect_refused',
    )
}

export class TeamViewerClient {
    private readonly transport: HttpTransport
    private readonly baseUrl: string
    private readonly timeoutMs: number
    private readonly token: string
    private readonly maxAttempts: number
    private readonly clock: Clock
    /** HTTP requests sent by this client (attempts included): what a run records as "REST calls". */
    requests = 0

    constructor(transport: HttpTransport, options: ClientOptions) {
        this.transport = transport
        this.baseUrl = checkBaseUrl(options.baseUrl, options.allowCustomEndpoint)
        this.timeoutMs = options.timeoutMs > 0 ? options.timeoutMs : 30000
        this.token = options.token ?? ''
        this.maxAttempts = Math.max(1, options.maxAttempts ?? 3)
        this.clock = options.clock ?? (() => Date.now())
    }

    /**
     * Sends one call and parses its 2xx answer. A server error, a network error or an unreadable 2xx
     * answer is transient: repeated (immediately) when the call is repeatable, else thrown.
     */
    private call<T>(c: Call, parse: (body: unknown) => T): T {
        const secrets = [this.token, ...SECRET_FORM_FIELDS.map((f) => (c.form ? c.form[f] : undefined) ?? '')]
        try {
            return this.send(c, parse)
        } catch (e) {
            throw isTeamViewerError(e) ? sanitized(e, secrets) : e
        }
    }

    private send<T>(c: Call, parse: (body: unknown) => T): T {
        const op = `${c.method} ${c.path}`
        const url = `${this.baseUrl}${c.path}${queryString(c.query)}`
        if (!isUnder(url, this.baseUrl))
            throw new TeamViewerError('configuration', `${op}: the request address left the checked API base URL; not sent.`)
        const headers: Record<string, string> = { Accept: 'application/json' }
        if (c.auth !== false) {
            if (!this.token) throw new TeamViewerError('configuration', `${op}: no TeamViewer token is configured.`)
            headers.Authorization = `Bearer ${this.token}`
        }
        let body: string | undefined
        if (c.json !== undefined) {
            headers['Content-Type'] = 'application/json'
            body = JSON.stringify(c.json)
        } else if (c.form) {
            headers['Content-Type'] = 'application/x-www-form-urlencoded'
            body = formBody(c.form)
        }
        const request: HttpRequest = { method: c.method, url, headers, body, timeoutMs: this.timeoutMs }
        const attempts = c.repeatable ? this.maxAttempts : 1
        let last: TeamViewerError = new TeamViewerError('network_error', `${op}: not sent.`)
        for (let attempt = 1; attempt <= attempts; attempt++) {
            this.requests++
            const res = this.transport.send(request)
            if (res.status >= 200 && res.status < 300) {
                const parsed = res.body.trim() === '' ? null : parseJson(res.body)
                if (parsed === undefined) {
                    last = new TeamViewerError(
                        'server_error',
                        `${op}: HTTP ${res.status} with a body that is not JSON.`,
                        res.status,
                        'malformed_response',
                    )
                } else {
                    try {
                        return parse(parsed)
                    } catch (e) {
                        if (!isTeamViewerError(e)) throw e
                        last = new TeamViewerError(e.kind, `${op}: ${e.message}`, res.status, e.code)
                    }
                }
            } else if (res.status >= 300 && res.status < 400) {
                last = redirectError(op, res.status)
            } else {
                last = errorFromResponse(op, res, this.clock())
            }
            if (!last.transient) break
        }
        throw last
    }

    // --- health and identity -------------------------------------------------------------------------

    /** GET /ping: whether the token is valid. Cheap; never throws for an invalid token. */
    ping(): { tokenValid: boolean } {
        return this.call({ method: 'GET', path: '/ping', repeatable: true, auth: this.token !== '' }, parsePing)
    }

    /** GET /account: the account the token belongs to (OAuth tokens; script tokens of a user). */
    account(): Account {
        return this.call({ method: 'GET', path: '/account', repeatable: true }, parseAccount)
    }

    groups(name?: string): Group[] {
        return this.call({ method: 'GET', path: '/groups', query: { name }, repeatable: true }, parseGroups)
    }

    // --- OAuth 2.0 -------------------------------------------------------------------------------------

    /** POST /oauth2/token, grant_type=authorization_code. Never repeated: the code is single-use. */
    exchangeCode(code: string, redirectUri: string, client: OAuthClientCredentials): TokenGrant {
        const form = {
            grant_type: 'authorization_code',
            code,
            redirect_uri: redirectUri,
            client_id: client.clientId,
            client_secret: client.clientSecret,
        }
        return this.call({ method: 'POST', path: '/oauth2/token', form, repeatable: false, auth: false }, parseTokenGrant)
    }

    /** POST /oauth2/token, grant_type=refresh_token. Never repeated: the refresh token is single-use. */
    refresh(refreshToken: string, client: OAuthClientCredentials): TokenGrant {
        const form = {
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
            client_id: client.clientId,
            client_secret: client.clientSecret,
        }
        return this.call({ method: 'POST', path: '/oauth2/token', form, repeatable: false, auth: false }, parseTokenGrant)
    }

    /** POST /oauth2/revoke with this client's token: kills the access token and its refresh token. */
    revoke(): void {
        this.call({ method: 'POST', path: '/oauth2/revoke', repeatable: true }, ignoreBody)
    }

    // --- sessions (service cases) ---------------------------------------------------------------------

    /** POST /sessions. Never repeated automatically: a lost answer must not create a second session. */
    createSession(s: NewSession): Session {
        const json: Record<string, unknown> = {}
        if (s.groupId) json.groupid = s.groupId
        else if (s.groupName) json.groupname = s.groupName
        if (s.description !== undefined) json.description = s.description
        if (s.waitingMessage !== undefined) json.waiting_message = s.waitingMessage
        if (s.endCustomer)
            json.end_customer = {
                ...(s.endCustomer.name ? { name: s.endCustomer.name } : {}),
                ...(s.endCustomer.email ? { email: s.endCustomer.email } : {}),
            }
        if (s.assignedUserId) json.assigned_userid = s.assignedUserId
        if (s.validUntil) json.valid_until = s.validUntil
        if (s.customApi !== undefined) json.custom_api = s.customApi
        if (s.supportSessionType) json.support_session_type = s.supportSessionType === 'pilot' ? 'Pilot' : 'Default'
        return this.call({ method: 'POST', path: '/sessions', json, repeatable: false }, parseSession)
    }

    getSession(code: string): Session {
        return this.call({ method: 'GET', path: `/sessions/${encodeURIComponent(code)}`, repeatable: true }, parseSession)
    }

    /** One page (at most 1000, newest first) of GET /sessions. */
    listSessions(
        q: { groupId?: string; assignedUserId?: string; states?: SessionState[]; fullList?: boolean; offset?: string } = {},
    ): SessionPage {
        const query: Query = {
            groupid: q.groupId,
            assigned_userid: q.assignedUserId,
            state: q.states && q.states.length ? q.states.join(',') : undefined,
            full_list: q.fullList ? 'true' : undefined,
            offset: q.offset,
        }
        return this.call({ method: 'GET', path: '/sessions', query, repeatable: true }, parseSessionPage)
    }

    /** PUT /sessions/{code} → 204. Setting the same fields twice is harmless, so it is repeatable. */
    updateSession(code: string, changes: SessionChanges): void {
        const json: Record<string, unknown> = {}
        if (changes.state) json.state = changes.state
        if (changes.description !== undefined) json.description = changes.description
        if (changes.endCustomer) json.end_customer = changes.endCustomer
        if (changes.assignedUserId !== undefined) json.assigned_userid = changes.assignedUserId
        if (changes.groupId !== undefined) json.groupid = changes.groupId
        if (changes.waitingMessage !== undefined) json.waiting_message = changes.waitingMessage
        if (changes.customApi !== undefined) json.custom_api = changes.customApi
        this.call({ method: 'PUT', path: `/sessions/${encodeURIComponent(code)}`, json, repeatable: true }, ignoreBody)
    }

    closeSession(code: string): void {
        this.updateSession(code, { state: 'closed' })
    }

    // --- connection reports ---------------------------------------------------------------------------

    /** One page (at most 1000 records) of GET /reports/connections. Loop while nextOffset is set. */
    connectionPage(q: ConnectionQuery): ConnectionPage {
        const query: Query = {
            from_date: q.from,
            to_date: q.to,
            offset_id: q.offsetId,
            session_code: q.sessionCode,
            has_code: q.hasCode === undefined ? undefined : String(q.hasCode),
            userid: q.userId,
            groupid: q.groupId,
        }
        return this.call({ method: 'GET', path: '/reports/connections', query, repeatable: true }, parseConnectionPage)
    }
}
