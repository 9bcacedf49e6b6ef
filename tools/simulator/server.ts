/**
 * The simulator's HTTP server: TeamViewer Web API under /api/v1, the OAuth sign-in page under /oauth2, the
 * control API under /_sim. Authentication, permissions, rate limits, fault injection and call statistics
 * live here; the endpoints live in oauth.ts, sessions.ts and reports.ts.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { control } from './control'
import { ApiError, methodNotAllowed, missingPermission, notFound, readBody, send, type Reply } from './errors'
import { Faults } from './faults'
import { linkPage } from './links'
import { loadState, saveState } from './persist'
import { generate, type GenerateOptions, type GenerateResult } from './generator'
import { authorizePage, revoke, token as tokenEndpoint } from './oauth'
import { deleteConnection, report, updateConnection } from './reports'
import { createSession, getSession, listSessions, noDelete, updateSession } from './sessions'
import type { RateLimit, Stats } from './stats'
import { SimState, type Scope, type SimOptions, type Token } from './state'

export type { FaultRule } from './faults'
export type { RateLimit, Stats } from './stats'

const emptyStats = (): Stats => ({ total: 0, byEndpoint: {}, byStatus: {}, byToken: {}, faults: 0, faultsByKind: {} })

/** "GET /api/v1/sessions/{code}" — the endpoint of a call, for statistics. */
function endpointOf(method: string, path: string): string {
    return `${method} ${path
        .replace(/\/+$/, '')
        .replace(/\/sessions\/[^/]+$/, '/sessions/{code}')
        .replace(/\/connections\/[^/]+$/, '/connections/{id}')}`
}

export class Simulator {
    /** replaced as a whole by reset() */
    state: SimState
    faults = new Faults()
    private stats = emptyStats()
    private faultBase = 0
    private rateLimit: { limit: number; windowMs: number; mode: '403' | '429'; calls: Map<string, number[]> } | null = null
    /** the options it was started with: what reset() goes back to when given none */
    private readonly startOptions: SimOptions
    /** counts resets: an answer delayed (fault 'delay') across a reset belongs to the state before it and is dropped */
    private epoch = 0

    constructor(opts: SimOptions = {}) {
        this.startOptions = opts
        this.state = new SimState(opts)
        this.stateFile = opts.stateFile
        const restored = !!opts.stateFile && loadState(this.state, opts.stateFile)
        if (opts.rateLimit) this.setRateLimit(opts.rateLimit)
        if (opts.generate && !restored) generate(this.state, { seed: opts.seed ?? 1, connections: 0, ...opts.generate } as GenerateOptions)
    }

    /**
     * Everything back to what `new Simulator(opts)` has — clock, users, groups, tokens (a new admin token unless
     * `opts.adminToken`), OAuth clients, codes, sessions, connections, the seeded ids, configuration, faults,
     * statistics, rate limit — with `opts` (default: the options it was started with). Lets a test file share
     * one simulator process and still start every test on a fresh simulator. The state file (stateFile, fixed
     * at start) is not read: it is overwritten with the fresh state. Answers still delayed by a fault are dropped.
     */
    reset(opts: SimOptions = this.startOptions): void {
        const { stateFile: _f, port: _p, ...rest } = opts as SimOptions & { port?: number }
        const state = new SimState(rest) // throws on bad options, before anything changed
        this.epoch++
        this.state = state
        this.faults = new Faults()
        this.stats = emptyStats()
        this.faultBase = 0
        this.setRateLimit(rest.rateLimit ?? null)
        if (rest.generate) generate(this.state, { seed: rest.seed ?? 1, connections: 0, ...rest.generate } as GenerateOptions)
    }

    /** SimOptions.stateFile: saved after every request that may change the state (not plain API reads). */
    private readonly stateFile: string | undefined

    private persist(method: string, path: string): void {
        if (!this.stateFile) return
        if (method === 'GET' && !path.startsWith('/v15/') && !path.startsWith('/_sim/join/')) return
        try {
            saveState(this.state, this.stateFile)
        } catch (e) {
            console.error('simulator: cannot save its state', e)
        }
    }

    /** The seeded generator (same as POST /_sim/seed). */
    seed(o: GenerateOptions): GenerateResult {
        return generate(this.state, o)
    }

    info(): Record<string, unknown> {
        const s = this.state
        return {
            adminToken: s.adminToken,
            oauthClient: s.oauthClient,
            now: s.nowIso(),
            frozen: s.clock.frozen,
            style: s.style,
            reportEntry: s.reportEntry,
            dateFormat: s.dateFormat,
            expiresIn: s.expiresIn,
            sessionLimit: s.sessionLimit,
            users: [...s.users.values()].filter((u) => !u.generated),
            connections: s.connections.length,
            sessions: s.sessions.size,
        }
    }

    setRateLimit(r: RateLimit | null): void {
        this.rateLimit =
            r && r.limit > 0
                ? { limit: r.limit, windowMs: (r.windowSeconds ?? 3600) * 1000, mode: r.mode === '429' ? '429' : '403', calls: new Map() }
                : null
    }
    rateLimitConfig(): RateLimit | null {
        return this.rateLimit
            ? { limit: this.rateLimit.limit, windowSeconds: this.rateLimit.windowMs / 1000, mode: this.rateLimit.mode }
            : null
    }
    statsSnapshot(): Stats {
        return { ...this.stats, faults: this.faults.total - this.faultBase, faultsByKind: { ...this.faults.counts } }
    }
    resetStats(): void {
        this.stats = emptyStats()
        this.faultBase = 0
        this.faults.counts = {}
    }

    // --- plumbing -----------------------------------------------------------------------------------
    async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const url = new URL(req.url ?? '/', 'http://sim')
        const method = req.method ?? 'GET'
        const body = await readBody(req)
        try {
            await this.dispatch(req, res, url, method, body)
        } finally {
            this.persist(method, url.pathname)
        }
    }

    private async dispatch(req: IncomingMessage, res: ServerResponse, url: URL, method: string, body: string): Promise<void> {
        if (linkPage(this.state, method, url.pathname, body, res)) return
        if (url.pathname === '/_sim' || url.pathname.startsWith('/_sim/')) {
            // a control client must never reuse a socket this server closed meanwhile (the caller's event loop may be
            // blocked for minutes by a synchronous runtime, and an idle socket times out): control answers close theirs
            res.setHeader('Connection', 'close')
            return control(this, method, url, body, res)
        }
        if (url.pathname === '/oauth2/authorize') {
            if (method !== 'GET' && method !== 'POST') return send(res, 405, '', { Allow: 'GET, POST' })
            return authorizePage(this.state, method, url, body, res)
        }
        if (url.pathname === '/')
            return send(
                res,
                200,
                `TeamViewer Web API simulator: API ${'/api/v1'}, sign-in /oauth2/authorize, control /_sim (see tools/simulator/README.md)\n`,
                { 'Content-Type': 'text/plain; charset=utf-8' },
            )
        const endpoint = endpointOf(method, url.pathname)
        const tokenValue = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
        this.stats.total++
        this.stats.byEndpoint[endpoint] = (this.stats.byEndpoint[endpoint] ?? 0) + 1
        const tokenKey = tokenValue ?? '(none)'
        this.stats.byToken[tokenKey] = (this.stats.byToken[tokenKey] ?? 0) + 1
        const count = (status: number | string) => (this.stats.byStatus[status] = (this.stats.byStatus[status] ?? 0) + 1)
        if (url.pathname.startsWith('/api/v1/')) {
            const fault = this.faults.pick(method, url.pathname)
            if (fault) {
                const epoch = this.epoch
                const sent = await this.faults.apply(fault, res)
                if (sent !== 'continue') {
                    count(sent === 0 ? 'none' : sent)
                    return
                }
                if (res.destroyed) return
                // reset while the answer was delayed: the call belongs to the state before the reset
                if (epoch !== this.epoch) {
                    res.socket?.destroy()
                    return
                }
            }
        }
        let reply: Reply
        try {
            if (!url.pathname.startsWith('/api/v1/')) throw notFound('Resource')
            reply = this.api(method, url, body, req)
        } catch (e) {
            const err = e instanceof ApiError ? e : new ApiError(500, 'internal_error', 'An internal server error occurred.')
            if (!(e instanceof ApiError)) console.error('simulator: internal error', e)
            reply = { status: err.status, body: err.body(), headers: err.headers }
        }
        count(reply.status)
        send(res, reply.status, reply.body, reply.headers)
    }

    /** The token of the call: valid, not expired, within the rate limit, with the scope needed. */
    private auth(req: IncomingMessage, need?: Scope): Token {
        const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
        if (!m) throw new ApiError(401, 'invalid_token', 'No access token was provided.', 0, { 'WWW-Authenticate': 'Bearer' })
        const token = this.state.tokens.get(m[1])
        if (!token)
            throw new ApiError(401, 'invalid_token', 'The access token is invalid.', 0, {
                'WWW-Authenticate': 'Bearer error="invalid_token"',
            })
        // TeamViewer Web API documentation: token_expired, 401, error_code 1, "The access token expired"
        if (token.expiresAt <= this.state.now())
            throw new ApiError(401, 'token_expired', 'The access token expired', 1, { 'WWW-Authenticate': 'Bearer error="invalid_token"' })
        if (this.rateLimit) {
            const rl = this.rateLimit
            const now = this.state.now()
            const calls = (rl.calls.get(token.value) ?? []).filter((t) => t > now - rl.windowMs)
            if (calls.length >= rl.limit) {
                rl.calls.set(token.value, calls)
                const retry = Math.max(1, Math.ceil((calls[0] + rl.windowMs - now) / 1000))
                // 429 + Retry-After is not documented by TeamViewer (TeamViewer Web API documentation); mode '429' exercises clients that honour it
                if (rl.mode === '429')
                    throw new ApiError(429, 'rate_limit_reached', 'Rate limit reached. Too many requests.', 0, {
                        'Retry-After': String(retry),
                    })
                throw new ApiError(403, 'rate_limit_reached', 'IP blocked or rate limit reached.', 0)
            }
            calls.push(now)
            rl.calls.set(token.value, calls)
        }
        if (need && !token.scopes.has(need)) throw missingPermission(need)
        return token
    }

    private api(method: string, url: URL, body: string, req: IncomingMessage): Reply {
        const s = this.state
        const path = url.pathname.slice('/api/v1'.length).replace(/\/+$/, '')
        const q = url.searchParams
        const only = (...methods: string[]) => {
            if (!methods.includes(method)) throw methodNotAllowed()
        }
        switch (path) {
            case '/ping': {
                only('GET')
                // token optional; not counted against the rate limit (our choice: the cheap health check)
                const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
                const t = m ? s.tokens.get(m[1]) : undefined
                return { status: 200, body: { token_valid: !!t && t.expiresAt > s.now() } }
            }
            case '/oauth2/token':
                only('POST')
                return tokenEndpoint(s, body)
            case '/oauth2/revoke':
                only('POST')
                return revoke(s, this.auth(req))
            case '/account': {
                only('GET')
                const t = this.auth(req, 'Account.Read')
                const u = s.users.get(t.userId)
                if (!u) throw notFound('Account')
                return {
                    status: 200,
                    body: { userid: u.id, name: u.name, email: u.email, company_name: s.companyName, email_validated: true },
                }
            }
            case '/users': {
                only('GET')
                this.auth(req, 'Users.Read')
                const email = q.get('email')?.toLowerCase()
                const name = q.get('name')?.toLowerCase()
                const users = [...s.users.values()].filter(
                    (u) => (!email || u.email.toLowerCase() === email) && (!name || u.name.toLowerCase().includes(name)),
                )
                const full = q.get('full_list') === 'true'
                return {
                    status: 200,
                    body: {
                        users: users.map((u) =>
                            full ? { id: u.id, name: u.name, email: u.email, active: true } : { id: u.id, name: u.name },
                        ),
                    },
                }
            }
            case '/groups': {
                only('GET')
                const t = this.auth(req, 'Groups.Read')
                const name = q.get('name')?.toLowerCase()
                const groups = [...s.groups.values()].filter((g) => s.canSeeGroup(t, g) && (!name || g.name.toLowerCase().includes(name)))
                return {
                    status: 200,
                    body: { groups: groups.map((g) => ({ id: g.id, name: g.name, permissions: s.groupPermission(t, g) })) },
                }
            }
            case '/sessions':
                only('GET', 'POST')
                if (method === 'POST') {
                    const host = req.headers.host ?? '127.0.0.1'
                    return createSession(s, this.auth(req, 'Sessions.Create'), body, `http://${host}`)
                }
                return listSessions(s, this.auth(req, 'Sessions.Read'), q)
            case '/reports/connections':
                only('GET')
                return report(s, this.auth(req, 'Connections.Read'), q)
        }
        const sm = /^\/sessions\/([^/]+)$/.exec(path)
        if (sm) {
            const code = decodeURIComponent(sm[1])
            if (method === 'GET') return getSession(s, this.auth(req, 'Sessions.Read'), code)
            if (method === 'PUT') return updateSession(s, this.auth(req, 'Sessions.Modify'), code, body)
            return noDelete()
        }
        const cm = /^\/reports\/connections\/([^/]+)$/.exec(path)
        if (cm) {
            const id = decodeURIComponent(cm[1])
            if (method === 'PUT') return updateConnection(s, this.auth(req, 'Connections.Modify'), id, body)
            if (method === 'DELETE') return deleteConnection(s, this.auth(req, 'Connections.Delete'), id)
            throw methodNotAllowed()
        }
        throw notFound('Resource')
    }

    /** Serves on 127.0.0.1:port (port 0 = a free port); never on another interface. */
    listen(port = 0): Promise<Server> {
        const server = createServer((req, res) => {
            this.handle(req, res).catch((e) => {
                console.error('simulator: unhandled', e)
                if (!res.headersSent)
                    send(res, 500, { error: 'internal_error', error_description: 'An internal server error occurred.', error_code: 0 })
            })
        })
        // idle keep-alive sockets stay open longer than a long test step (Node's default of 5 s would close
        // them under a pooled client, which then fails with "other side closed")
        server.keepAliveTimeout = 120000
        server.headersTimeout = 125000
        return new Promise((resolve, reject) => {
            server.once('error', reject)
            server.listen(port, '127.0.0.1', () => resolve(server))
        })
    }
}

export interface SimulatorServer {
    sim: Simulator
    server: Server
    port: number
    url: string
    apiBase: string
    close(): Promise<void>
}

/** The simulator in this process (CLI, or a test whose code under test does not block its thread). */
export async function createSimulatorServer(options: SimOptions & { port?: number } = {}): Promise<SimulatorServer> {
    const sim = new Simulator(options)
    const server = await sim.listen(options.port ?? 0)
    const port = (server.address() as AddressInfo).port
    const url = `http://127.0.0.1:${port}`
    return {
        sim,
        server,
        port,
        url,
        apiBase: `${url}/api/v1`,
        close: () =>
            new Promise<void>((resolve) => {
                server.closeAllConnections()
                server.close(() => resolve())
            }),
    }
}
