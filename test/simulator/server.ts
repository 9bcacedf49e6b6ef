/**
 * The simulator's HTTP server: TeamViewer Web API under /api/v1, the OAuth authorize page under /oauth2,
 * and the control API under /_sim (tests and the demo drive the simulator through it).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { ALL_PERMISSIONS, isoOf, rng, SimState, type ConnectionRecord, type Permission, type Session, type SimOptions, type Token } from './state'

const PAGE = 1000

export interface FaultRule {
    kind: 'status' | 'delay' | 'malformed' | 'drop' | 'random'
    status?: number
    retryAfter?: number
    /** Path prefix the rule applies to (default: every /api/v1 call). */
    path?: string
    method?: string
    /** 1-based numbers of the matching calls that fail. */
    onCalls?: number[]
    /** Probability per matching call (with kind 'random', or with onCalls absent). */
    rate?: number
    seed?: number
    kinds?: ('status' | 'delay' | 'malformed' | 'drop')[]
    delayMs?: number
}

interface ActiveFault extends FaultRule {
    seen: number
    injected: number
    random: () => number
}

class ApiError extends Error {
    constructor(
        readonly status: number,
        readonly error: string,
        readonly description: string,
        readonly errorCode = 0,
        readonly headers: Record<string, string> = {},
    ) {
        super(description)
    }
}

const bad = (description: string) => new ApiError(400, 'invalid_request', description)
const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found.`)

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
    res.writeHead(status, { ...(text && typeof body !== 'string' ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...headers })
    res.end(text)
}

function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}

function parseDate(name: string, v: string | null): string | undefined {
    if (v === null || v === '') return undefined
    const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v)
    if (Number.isNaN(ms)) throw bad(`Invalid value for parameter ${name}.`)
    return isoOf(ms)
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

export class Simulator {
    readonly state: SimState
    private faults: ActiveFault[] = []
    private stats = { total: 0, byEndpoint: {} as Record<string, number>, byStatus: {} as Record<string, number>, faults: 0 }
    private rateLimit: { limit: number; windowMs: number; mode: '403' | '429'; calls: Map<string, number[]> } | null = null

    constructor(opts: SimOptions = {}) {
        this.state = new SimState(opts)
    }

    // --- plumbing -----------------------------------------------------------------------------------
    async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const url = new URL(req.url ?? '/', 'http://sim')
        const body = await readBody(req)
        try {
            if (url.pathname.startsWith('/_sim/')) return this.control(req.method ?? 'GET', url, body, res)
            if (url.pathname.startsWith('/oauth2/authorize')) return this.authorizePage(req.method ?? 'GET', url, body, res)
            if (!url.pathname.startsWith('/api/v1/')) throw notFound('Resource')
            const endpoint = `${req.method} ${url.pathname.replace(/\/s\d{2,3}-\d{3}-\d{3}$/, '/{code}').replace(/connections\/[0-9a-f-]{36}$/, 'connections/{id}')}`
            this.stats.total++
            this.stats.byEndpoint[endpoint] = (this.stats.byEndpoint[endpoint] ?? 0) + 1
            if (await this.injectFault(req.method ?? 'GET', url.pathname, res)) return
            const [status, payload, headers] = this.api(req, url, body)
            this.count(status)
            send(res, status, payload, headers)
        } catch (e) {
            if (e instanceof ApiError) {
                this.count(e.status)
                send(res, e.status, { error: e.error, error_description: e.description, error_code: e.errorCode }, e.headers)
            } else {
                this.count(500)
                send(res, 500, { error: 'internal_error', error_description: e instanceof Error ? e.message : String(e), error_code: 0 })
            }
        }
    }

    private count(status: number): void {
        this.stats.byStatus[status] = (this.stats.byStatus[status] ?? 0) + 1
    }

    private async injectFault(method: string, path: string, res: ServerResponse): Promise<boolean> {
        for (const f of this.faults) {
            if (f.path && !path.startsWith(f.path)) continue
            if (f.method && f.method.toUpperCase() !== method) continue
            f.seen++
            let kind: FaultRule['kind'] | null = null
            if (f.kind === 'random') {
                if (f.random() < (f.rate ?? 0.1)) {
                    const kinds = f.kinds ?? ['status', 'malformed', 'drop']
                    kind = kinds[Math.floor(f.random() * kinds.length)]
                }
            } else if (f.onCalls ? f.onCalls.includes(f.seen) : f.random() < (f.rate ?? 1)) {
                kind = f.kind
            }
            if (!kind) continue
            f.injected++
            this.stats.faults++
            if (kind === 'drop') {
                res.socket?.destroy()
                return true
            }
            if (kind === 'malformed') {
                this.count(200)
                send(res, 200, '{"records": [ {"id": "trunc', { 'Content-Type': 'application/json' })
                return true
            }
            if (kind === 'delay') {
                await new Promise((r) => setTimeout(r, f.delayMs ?? 5000))
                return false // then answers normally: too late for a client with a shorter timeout
            }
            const status = f.status ?? 500
            this.count(status)
            if (status === 429) send(res, 429, { error: 'rate_limit_reached', error_description: 'Rate limit reached.', error_code: 0 }, { 'Retry-After': String(f.retryAfter ?? 60) })
            else if (status === 403) send(res, 403, { error: 'rate_limit_reached', error_description: 'IP blocked or rate limit reached.', error_code: 0 })
            else send(res, status, { error: 'internal_error', error_description: 'Internal server error (injected).', error_code: 0 })
            return true
        }
        return false
    }

    // --- authentication -------------------------------------------------------------------------------
    private auth(req: IncomingMessage, need?: Permission): Token {
        const header = req.headers.authorization ?? ''
        const m = /^Bearer\s+(\S+)$/i.exec(header)
        if (!m) throw new ApiError(401, 'invalid_token', 'No access token was provided.', 0, { 'WWW-Authenticate': 'Bearer' })
        const token = this.state.tokens.get(m[1])
        if (!token) throw new ApiError(401, 'invalid_token', 'The access token is invalid.', 0)
        if (token.expiresAt <= this.state.now()) throw new ApiError(401, 'token_expired', 'The access token expired', 1)
        if (this.rateLimit) {
            const now = this.state.now()
            const calls = (this.rateLimit.calls.get(token.value) ?? []).filter((t) => t > now - this.rateLimit!.windowMs)
            if (calls.length >= this.rateLimit.limit) {
                const retry = Math.ceil((calls[0] + this.rateLimit.windowMs - now) / 1000)
                if (this.rateLimit.mode === '429') throw new ApiError(429, 'rate_limit_reached', 'Rate limit reached.', 0, { 'Retry-After': String(retry) })
                throw new ApiError(403, 'rate_limit_reached', 'IP blocked or rate limit reached.', 0)
            }
            calls.push(now)
            this.rateLimit.calls.set(token.value, calls)
        }
        if (need && !token.permissions.has(need)) throw new ApiError(403, 'invalid_permission', 'The token does not have the permission for this operation.', 0)
        return token
    }

    // --- the API -------------------------------------------------------------------------------------
    private api(req: IncomingMessage, url: URL, body: string): [number, unknown, Record<string, string>?] {
        const method = req.method ?? 'GET'
        const path = url.pathname.slice('/api/v1'.length).replace(/\/+$/, '')
        const q = url.searchParams
        if (path === '/ping' && method === 'GET') {
            const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
            const t = m ? this.state.tokens.get(m[1]) : undefined
            return [200, { token_valid: !!t && t.expiresAt > this.state.now() }]
        }
        if (path === '/oauth2/token' && method === 'POST') return this.token(body)
        if (path === '/oauth2/revoke' && method === 'POST') {
            const t = this.auth(req)
            this.state.revoke(t.value)
            return [200, '']
        }
        if (path === '/account' && method === 'GET') {
            const t = this.auth(req, 'account')
            const u = this.state.users.get(t.userId)
            if (!u) throw notFound('Account')
            return [200, { userid: u.id, name: u.name, email: u.email, company_name: this.state.companyName, email_validated: true }]
        }
        if (path === '/groups' && method === 'GET') {
            this.auth(req)
            const name = q.get('name')
            const groups = [...this.state.groups.values()].filter((g) => !name || g.name.toLowerCase().includes(name.toLowerCase()))
            return [200, { groups: groups.map((g) => ({ id: g.id, name: g.name, permissions: 'owned' })) }]
        }
        if (path === '/users' && method === 'GET') {
            this.auth(req)
            return [200, { users: [...this.state.users.values()].map((u) => ({ id: u.id, name: u.name, email: u.email, active: true })) }]
        }
        if (path === '/sessions' && method === 'POST') return this.createSession(this.auth(req, 'session_management'), body)
        if (path === '/sessions' && method === 'GET') return this.listSessions(this.auth(req, 'session_management'), q)
        const sm = /^\/sessions\/([^/]+)$/.exec(path)
        if (sm) {
            const t = this.auth(req, 'session_management')
            const session = this.state.sessions.get(decodeURIComponent(sm[1]))
            if (!session || (t.kind === 'oauth' && session.creator !== t.userId && session.assigned_userid !== t.userId)) throw notFound('Session')
            if (method === 'GET') return [200, this.sessionJson(session, true)]
            if (method === 'PUT') return this.updateSession(session, body)
            throw new ApiError(405, 'invalid_request', 'Method not allowed.')
        }
        if (path === '/reports/connections' && method === 'GET') return this.report(this.auth(req, 'connection_reporting'), q)
        const cm = /^\/reports\/connections\/([^/]+)$/.exec(path)
        if (cm) {
            this.auth(req, 'connection_reporting')
            const rec = this.state.connection(cm[1])
            if (!rec) throw notFound('Connection')
            if (method === 'DELETE') {
                this.state.removeConnection(rec.id)
                return [204, '']
            }
            if (method === 'PUT') {
                const b = this.json(body)
                if (b.billing_state !== undefined) {
                    if (!['Bill', 'Billed', 'DoNotBill'].includes(String(b.billing_state))) throw bad('Invalid value for parameter billing_state.')
                    rec.billing_state = b.billing_state
                }
                if (b.notes !== undefined) rec.notes = String(b.notes)
                return [204, '']
            }
        }
        throw notFound('Resource')
    }

    private json(body: string): Record<string, unknown> {
        if (!body.trim()) return {}
        try {
            const v = JSON.parse(body)
            if (v && typeof v === 'object' && !Array.isArray(v)) return v
        } catch {
            /* fall through */
        }
        throw bad('The request body is not valid JSON.')
    }

    private token(body: string): [number, unknown] {
        const p = new URLSearchParams(body)
        const client = this.state.clients.get(p.get('client_id') ?? '')
        if (!client || client.secret !== p.get('client_secret')) throw new ApiError(401, 'invalid_client', 'Client authentication failed.')
        const grant = p.get('grant_type')
        if (grant === 'authorization_code') {
            const code = this.state.codes.get(p.get('code') ?? '')
            if (!code || code.used || code.clientId !== client.id || code.expiresAt <= this.state.now()) throw new ApiError(400, 'invalid_grant', 'The authorization code is invalid or expired.')
            if (code.redirectUri !== p.get('redirect_uri')) throw new ApiError(400, 'invalid_grant', 'The redirect_uri does not match.')
            code.used = true
            const g = this.state.issueGrant(client.id, code.userId)
            return [200, { access_token: g.access, token_type: 'bearer', expires_in: this.state.expiresIn, refresh_token: g.refresh }]
        }
        if (grant === 'refresh_token') {
            const old = this.state.refreshTokens.get(p.get('refresh_token') ?? '')
            if (!old || old.clientId !== client.id) throw new ApiError(400, 'invalid_grant', 'The refresh token is invalid.')
            this.state.refreshTokens.delete(p.get('refresh_token') as string) // single use: rotation
            this.state.tokens.delete(old.accessToken)
            const g = this.state.issueGrant(client.id, old.userId)
            return [200, { access_token: g.access, token_type: 'bearer', expires_in: this.state.expiresIn, refresh_token: g.refresh }]
        }
        throw new ApiError(400, 'invalid_request', 'Unsupported grant_type.')
    }

    private sessionJson(s: Session, full: boolean): Record<string, unknown> {
        const state = this.state.style === 'recorded' ? (s.state === 'open' ? 'Open' : 'Closed') : s.state
        if (!full) return { code: s.code, state, online: s.online, groupid: s.groupid, support_session_type: s.support_session_type }
        const digits = s.code.replace(/\D/g, '')
        const host = s.support_session_type === 'Pilot' ? 'getpilot.teamviewer.com' : 'get.teamviewer.com'
        const out: Record<string, unknown> = {
            code: s.code,
            state,
            groupid: s.groupid,
            description: s.description,
            waiting_message: s.waiting_message,
            end_customer: s.end_customer,
            assigned_userid: s.assigned_userid,
            assigned_at: s.assigned_at,
            end_customer_link: `https://${host}/v15/s${digits}`,
            supporter_link: `https://${host}/v15/s${digits}-${s.queueToken}`,
            webclient_supporter_link: `https://login.teamviewer.com/Connect/IndexByol?sessioncode=s${digits}&servicequeuetoken=${s.queueToken}`,
            custom_api: s.custom_api,
            created_at: s.created_at,
            valid_until: s.valid_until,
            online: s.online,
            closed_at: s.closed_at,
            support_session_type: s.support_session_type,
        }
        for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
        return out
    }

    private createSession(t: Token, body: string): [number, unknown, Record<string, string>] {
        const b = this.json(body)
        let group: { id: string; name: string } | undefined
        if (b.groupid !== undefined) {
            group = this.state.groups.get(String(b.groupid))
            if (!group) throw bad('Invalid value for parameter groupid.')
            if (b.groupname !== undefined && String(b.groupname) !== group.name) throw bad('Parameters groupid and groupname refer to different groups.')
        } else if (b.groupname !== undefined && String(b.groupname).trim()) {
            group = this.state.groupByName(String(b.groupname), true)
        } else throw bad('Either groupid or groupname is required.')
        const customer = (b.end_customer ?? undefined) as { name?: string; email?: string } | undefined
        if (customer?.name && customer.name.length > 100) throw bad('Invalid value for parameter end_customer.name.')
        if (customer?.email && (customer.email.length > 254 || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(customer.email))) throw bad('Invalid value for parameter end_customer.email.')
        if (b.custom_api !== undefined && String(b.custom_api).length > 4000) throw bad('Invalid value for parameter custom_api.')
        const type = b.support_session_type === undefined ? 'Default' : String(b.support_session_type)
        if (type !== 'Default' && type !== 'Pilot') throw bad('Invalid value for parameter support_session_type.')
        const open = [...this.state.sessions.values()].filter((s) => s.state === 'open').length
        if (open >= this.state.sessionLimit) throw bad('The session could not be created due to license limitations (maximum number of open sessions reached).')
        const now = this.state.now()
        let validUntil = now + 86400000
        if (b.valid_until !== undefined) {
            validUntil = Date.parse(String(b.valid_until))
            if (Number.isNaN(validUntil) || validUntil <= now) throw bad('Invalid value for parameter valid_until.')
        }
        const assigned = b.assigned_userid === undefined ? t.userId : String(b.assigned_userid)
        if (assigned !== 'u0' && !this.state.users.has(assigned)) throw bad('Invalid value for parameter assigned_userid.')
        const s: Session = {
            code: this.state.sessionCode(),
            state: 'open',
            groupid: (group as { id: string }).id,
            description: b.description === undefined ? undefined : String(b.description),
            waiting_message: b.waiting_message === undefined ? undefined : String(b.waiting_message),
            end_customer: customer,
            assigned_userid: assigned,
            assigned_at: assigned === 'u0' ? undefined : isoOf(now),
            custom_api: b.custom_api === undefined ? undefined : String(b.custom_api),
            support_session_type: type,
            created_at: isoOf(now),
            valid_until: isoOf(validUntil),
            online: false,
            creator: t.userId,
            queueToken: this.state.digits(6),
        }
        this.state.sessions.set(s.code, s)
        return [this.state.style === 'recorded' ? 201 : 200, this.sessionJson(s, true), { Location: `/api/v1/sessions/${s.code}` }]
    }

    private listSessions(t: Token, q: URLSearchParams): [number, unknown] {
        const states = (q.get('state') ?? 'open').split(',').map((s) => s.trim().toLowerCase())
        for (const s of states) if (s !== 'open' && s !== 'closed') throw bad('Invalid value for parameter state.')
        let list = [...this.state.sessions.values()].filter((s) => states.includes(s.state))
        if (t.kind === 'oauth') list = list.filter((s) => s.creator === t.userId || s.assigned_userid === t.userId)
        if (q.get('groupid')) list = list.filter((s) => s.groupid === q.get('groupid'))
        if (q.get('assigned_userid')) list = list.filter((s) => s.assigned_userid === q.get('assigned_userid'))
        list.sort((a, b) => (a.created_at > b.created_at ? -1 : a.created_at < b.created_at ? 1 : a.code < b.code ? 1 : -1)) // newest first
        let start = 0
        if (q.get('offset')) {
            const i = list.findIndex((s) => s.code === q.get('offset'))
            if (i < 0) throw bad('Invalid value for parameter offset.')
            start = i + 1
        }
        const page = list.slice(start, start + PAGE)
        const full = q.get('full_list') === 'true'
        const out: Record<string, unknown> = { sessions: page.map((s) => this.sessionJson(s, full)) }
        const remaining = list.length - start - page.length
        if (remaining > 0) {
            out.sessions_remaining = remaining
            out.next_offset = page[page.length - 1].code
        }
        return [200, out]
    }

    private updateSession(s: Session, body: string): [number, unknown] {
        const b = this.json(body)
        if (b.state !== undefined) {
            const st = String(b.state).toLowerCase()
            if (st !== 'open' && st !== 'closed') throw bad('Invalid value for parameter state.')
            if (st === 'closed' && s.state === 'open') {
                s.closed_at = isoOf(this.state.now())
                s.online = false
            }
            s.state = st
        }
        if (b.description !== undefined) s.description = String(b.description)
        if (b.waiting_message !== undefined) s.waiting_message = String(b.waiting_message)
        if (b.end_customer !== undefined) s.end_customer = b.end_customer as Session['end_customer']
        if (b.assigned_userid !== undefined) s.assigned_userid = String(b.assigned_userid)
        if (b.groupid !== undefined) {
            if (!this.state.groups.has(String(b.groupid))) throw bad('Invalid value for parameter groupid.')
            s.groupid = String(b.groupid)
        }
        if (b.custom_api !== undefined) s.custom_api = String(b.custom_api)
        return [204, '']
    }

    /** GET /reports/connections: from_date inclusive / to_date exclusive on start_date; pages of 1000 after offset_id. */
    private report(_t: Token, q: URLSearchParams): [number, unknown] {
        const from = parseDate('from_date', q.get('from_date'))
        const to = parseDate('to_date', q.get('to_date'))
        const hasCode = q.get('has_code')
        if (hasCode !== null && hasCode !== 'true' && hasCode !== 'false') throw bad('Invalid value for parameter has_code.')
        const all = this.state.connections
        let i = from ? this.state.lowerBound(from) : 0
        const offsetId = q.get('offset_id')
        if (offsetId) {
            const pos = this.state.positionOf(offsetId)
            if (pos === undefined) throw bad('Invalid value for parameter offset_id.')
            i = Math.max(i, pos + 1)
        }
        const match = (c: ConnectionRecord): boolean =>
            (!q.get('session_code') || c.session_code === q.get('session_code')) &&
            (hasCode === null || (hasCode === 'true') === (c.session_code !== undefined)) &&
            (!q.get('userid') || c.userid === q.get('userid')) &&
            (!q.get('username') || c.username === q.get('username')) &&
            (!q.get('groupid') || c.groupid === q.get('groupid')) &&
            (!q.get('deviceid') || c.deviceid === q.get('deviceid')) &&
            (!q.get('devicename') || c.devicename === q.get('devicename'))
        const records: ConnectionRecord[] = []
        let remaining = 0
        const filtered = ['session_code', 'has_code', 'userid', 'username', 'groupid', 'deviceid', 'devicename'].some((k) => q.get(k) !== null)
        if (!filtered) {
            // date range only: the page and the count come straight from the sorted array
            const end = to ? this.state.lowerBound(to) : all.length
            records.push(...all.slice(i, Math.min(end, i + PAGE)))
            remaining = Math.max(0, end - i - records.length)
            i = all.length
        }
        for (; i < all.length; i++) {
            const c = all[i]
            if (to && c.start_date >= to) break
            if (!match(c)) continue
            if (records.length < PAGE) records.push(c)
            else remaining++
        }
        const out: Record<string, unknown> = { records }
        if (remaining > 0) {
            out[this.state.style === 'recorded' ? 'reports_remaining' : 'records_remaining'] = remaining
            out.next_offset = records[records.length - 1].id
        }
        return [200, out]
    }

    // --- OAuth authorize page ---------------------------------------------------------------------------
    private authorizePage(method: string, url: URL, body: string, res: ServerResponse): void {
        const p = method === 'POST' ? new URLSearchParams(body) : url.searchParams
        const client = this.state.clients.get(p.get('client_id') ?? '')
        const redirect = p.get('redirect_uri') ?? ''
        const state = p.get('state') ?? ''
        if (!client || !client.redirectUris.includes(redirect)) {
            send(res, 400, '<!doctype html><title>TeamViewer</title><p>Invalid client_id or redirect_uri.</p>', { 'Content-Type': 'text/html; charset=utf-8' })
            return
        }
        const back = (params: Record<string, string>) => {
            const target = new URL(redirect)
            for (const [k, v] of Object.entries({ ...params, state })) target.searchParams.set(k, v)
            res.writeHead(302, { Location: target.toString() })
            res.end()
        }
        if (method === 'POST') {
            if (p.get('decision') === 'deny') return back({ error: 'access_denied' })
            const user = [...this.state.users.values()].find((u) => u.email === p.get('email') && u.password === p.get('password'))
            if (user) {
                const code = this.state.secret(16)
                this.state.codes.set(code, { code, clientId: client.id, redirectUri: redirect, userId: user.id, expiresAt: this.state.now() + 10 * 60000, used: false })
                return back({ code })
            }
        }
        const failed = method === 'POST' ? '<p id="error">Wrong e-mail or password.</p>' : ''
        const hidden = ['client_id', 'redirect_uri', 'state', 'response_type', 'display']
            .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(p.get(k) ?? '')}">`)
            .join('')
        send(
            res,
            200,
            `<!doctype html><html><head><meta charset="utf-8"><title>TeamViewer – Sign in</title></head><body>
<h1>Sign in to TeamViewer (simulator)</h1>${failed}<form method="post" action="/oauth2/authorize">${hidden}
<label>E-mail <input name="email" type="email" id="email"></label>
<label>Password <input name="password" type="password" id="password"></label>
<p>The application asks to create and manage sessions in your name.</p>
<button name="decision" value="allow" id="allow">Sign in and allow</button> <button name="decision" value="deny" id="deny">Deny</button>
</form></body></html>`,
            { 'Content-Type': 'text/html; charset=utf-8' },
        )
    }

    // --- control API ---------------------------------------------------------------------------------
    private control(method: string, url: URL, body: string, res: ServerResponse): void {
        const b = body.trim() ? (JSON.parse(body) as Record<string, unknown>) : {}
        const s = this.state
        const route = `${method} ${url.pathname.slice('/_sim'.length)}`
        const ms = (v: unknown, fallback: number) => (v === undefined ? fallback : typeof v === 'number' ? v : Date.parse(String(v)))
        switch (route) {
            case 'GET /info':
                return send(res, 200, { adminToken: s.adminToken, oauthClient: s.oauthClient, now: isoOf(s.now()), style: s.style, users: [...s.users.values()] })
            case 'POST /clock':
                if (b.now !== undefined) s.setClock(ms(b.now, s.now()))
                if (b.advanceMs !== undefined) s.advance(Number(b.advanceMs))
                if (b.real === true) s.realTime()
                return send(res, 200, { now: isoOf(s.now()) })
            case 'POST /style':
                s.style = b.style === 'recorded' ? 'recorded' : 'documented'
                return send(res, 200, { style: s.style })
            case 'POST /seed': {
                if (!b.append) s.clearConnections()
                const records = s.generate({
                    seed: Number(b.seed ?? 1),
                    connections: Number(b.connections ?? 0),
                    from: ms(b.from, s.now() - 7 * 86400000),
                    to: ms(b.to, s.now()),
                    runningFraction: Number(b.runningFraction ?? 0),
                    withCodeFraction: b.withCodeFraction === undefined ? undefined : Number(b.withCodeFraction),
                    devices: b.devices === undefined ? undefined : Number(b.devices),
                })
                s.addConnections(records)
                return send(res, 200, { added: records.length, total: s.connections.length })
            }
            case 'POST /connections': {
                const rec = s.makeConnection(b)
                s.addConnections([rec])
                return send(res, 200, rec)
            }
            case 'POST /connections/end': {
                const rec = s.connection(String(b.id))
                if (!rec) return send(res, 404, { error: 'unknown connection' })
                rec.end_date = b.end_date ? String(b.end_date) : isoOf(s.now())
                return send(res, 200, rec)
            }
            case 'POST /connections/end-running': {
                const before = b.before ? String(b.before) : isoOf(s.now())
                const r = rng(Number(b.seed ?? 7))
                let ended = 0
                for (const c of s.connections) {
                    if (c.end_date || c.start_date >= before) continue
                    c.end_date = isoOf(Math.min(s.now(), Date.parse(c.start_date) + Math.floor(60 + r() * 3600) * 1000))
                    ended++
                }
                return send(res, 200, { ended })
            }
            case 'GET /truth':
                return send(res, 200, { records: [...s.connections].sort((a, c) => (a.id < c.id ? -1 : 1)) })
            case 'POST /tokens': {
                const perms = (Array.isArray(b.permissions) ? b.permissions : ALL_PERMISSIONS) as Permission[]
                return send(res, 200, { token: s.createScriptToken(perms, b.userId ? String(b.userId) : undefined) })
            }
            case 'POST /tokens/expire': {
                const t = s.tokens.get(String(b.token))
                if (t) t.expiresAt = s.now()
                return send(res, 200, { expired: !!t })
            }
            case 'POST /clients':
                s.clients.set(String(b.id), { id: String(b.id), secret: String(b.secret), redirectUris: (b.redirectUris as string[]) ?? [], permissions: (b.permissions as Permission[]) ?? ['session_management', 'account'] })
                return send(res, 200, { id: b.id })
            case 'POST /sessions/online': {
                const session = s.sessions.get(String(b.code))
                if (!session) return send(res, 404, { error: 'unknown session' })
                session.online = b.online !== false
                return send(res, 200, { code: session.code, online: session.online })
            }
            case 'GET /sessions':
                return send(res, 200, { sessions: [...s.sessions.values()] })
            case 'POST /license':
                s.sessionLimit = Number(b.sessionLimit ?? s.sessionLimit)
                return send(res, 200, { sessionLimit: s.sessionLimit })
            case 'POST /rate-limit':
                this.rateLimit = b.limit ? { limit: Number(b.limit), windowMs: Number(b.windowSeconds ?? 3600) * 1000, mode: b.mode === '429' ? '429' : '403', calls: new Map() } : null
                return send(res, 200, { rateLimit: b.limit ?? null })
            case 'POST /faults': {
                const rule = b as unknown as FaultRule
                this.faults.push({ ...rule, seen: 0, injected: 0, random: rng(Number(rule.seed ?? 1)) })
                return send(res, 200, { faults: this.faults.length })
            }
            case 'GET /faults':
                return send(res, 200, { faults: this.faults.map(({ random: _r, ...f }) => f) })
            case 'DELETE /faults':
                this.faults = []
                return send(res, 200, { faults: 0 })
            case 'GET /stats':
                return send(res, 200, this.stats)
            case 'DELETE /stats':
                this.stats = { total: 0, byEndpoint: {}, byStatus: {}, faults: 0 }
                return send(res, 200, this.stats)
        }
        const join = /^GET \/join\/(.+)$/.exec(route)
        if (join) {
            const session = s.sessions.get(decodeURIComponent(join[1]))
            if (!session || session.state !== 'open') return send(res, 404, '<!doctype html><p>This session does not exist or is closed.</p>', { 'Content-Type': 'text/html' })
            session.online = true
            return send(res, 200, `<!doctype html><p>You are now connected to session ${escapeHtml(session.code)}. Please wait for your supporter.</p>`, { 'Content-Type': 'text/html' })
        }
        send(res, 404, { error: `unknown control route ${route}` })
    }

    listen(port = 0, host = '127.0.0.1'): Promise<Server> {
        const server = createServer((req, res) => {
            this.handle(req, res).catch((e) => {
                if (!res.headersSent) send(res, 500, { error: 'internal_error', error_description: String(e) })
            })
        })
        // idle keep-alive sockets stay open longer than a long test step (Node's default of 5 s would close
        // them under a pooled client, which then fails with "other side closed")
        server.keepAliveTimeout = 120000
        server.headersTimeout = 125000
        return new Promise((resolve) => server.listen(port, host, () => resolve(server)))
    }
}
