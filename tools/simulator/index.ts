/**
 * The TeamViewer Web API simulator, for tests and the local demo (README.md documents the API it serves and
 * its control API).
 * startSimulator() runs it in a child process (tools/child-server.ts says why).
 */
import path from 'node:path'
import { startChildServer } from '../child-server'
import type { FaultRule, FaultState } from './faults'
import type { GenerateOptions, GenerateResult } from './generator'
import type { RateLimit, Stats } from './server'
import type { DateFormat, Permission, ReportEntry, SimOptions, Style } from './state'

export type { FaultKind, FaultRule, FaultState } from './faults'
export type { GenerateOptions, GenerateResult } from './generator'
export type { RateLimit, Stats, SimulatorServer } from './server'
export type { DateFormat, Permission, ReportEntry, Scope, SimOptions, Style } from './state'
export { createSimulatorServer, Simulator } from './server'

export interface SimUser {
    id: string
    name: string
    email: string
    password: string
    admin: boolean
}

export interface SimInfo {
    adminToken: string
    oauthClient: { id: string; secret: string; redirectUris: string[]; permissions: Permission[] }
    now: string
    frozen: boolean
    style: Style
    reportEntry: ReportEntry
    dateFormat: DateFormat
    expiresIn: number
    sessionLimit: number
    users: SimUser[]
    connections: number
    sessions: number
}

type Json = Record<string, unknown>
export type ConnectionRecord = Json & { id: string; start_date: string; end_date?: string }

/** Async client of the control API (/_sim/...). Every method maps to one route of README.md. */
export class SimControl {
    constructor(readonly url: string) {}

    async call<T = unknown>(method: string, route: string, body?: unknown): Promise<T> {
        const res = await fetch(`${this.url}/_sim${route}`, {
            method,
            headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        })
        const text = await res.text()
        if (!res.ok) throw new Error(`simulator control ${method} ${route}: ${res.status} ${text}`)
        return (text ? JSON.parse(text) : undefined) as T
    }
    info(): Promise<SimInfo> {
        return this.call('GET', '/info')
    }

    // clock
    /** Jumps to this time and freezes the clock there (`{ run: true }`: time flows on from there). */
    setClock(now: number | string, o: { run?: boolean } = {}): Promise<{ now: string; frozen: boolean }> {
        return this.call('POST', '/clock', { now, ...(o.run ? { freeze: false } : {}) })
    }
    advanceClock(ms: number): Promise<{ now: string; frozen: boolean }> {
        return this.call('POST', '/clock', { advanceMs: ms })
    }
    freezeClock(): Promise<{ now: string; frozen: boolean }> {
        return this.call('POST', '/clock', { freeze: true })
    }
    resumeClock(): Promise<{ now: string; frozen: boolean }> {
        return this.call('POST', '/clock', { freeze: false })
    }
    realClock(): Promise<{ now: string; frozen: boolean }> {
        return this.call('POST', '/clock', { real: true })
    }
    clock(): Promise<{ now: string; frozen: boolean }> {
        return this.call('GET', '/clock')
    }

    // configuration
    setStyle(style: Style): Promise<unknown> {
        return this.call('POST', '/style', { style })
    }
    configure(o: {
        style?: Style
        expiresIn?: number
        sessionLimit?: number
        companyName?: string
        reportEntry?: ReportEntry
        dateFormat?: DateFormat
    }): Promise<unknown> {
        return this.call('POST', '/config', o)
    }
    /** When connections enter the report: 'end' (documented, default) or 'start'. */
    setReportEntry(reportEntry: ReportEntry): Promise<unknown> {
        return this.call('POST', '/config', { reportEntry })
    }
    setSessionLimit(sessionLimit: number): Promise<unknown> {
        return this.call('POST', '/license', { sessionLimit })
    }
    /** Calls per token per window; 403 rate_limit_reached, or 429 with Retry-After in mode '429'. limit 0 turns it off. */
    setRateLimit(o: RateLimit): Promise<unknown> {
        return this.call('POST', '/rate-limit', o)
    }
    /** Clears connections, sessions, faults, statistics and the rate limit (users, tokens and clients stay). */
    reset(): Promise<unknown> {
        return this.call('POST', '/reset')
    }
    /**
     * Everything back to the state of a fresh start with these options (default: the options it was started
     * with): clock, users, groups, tokens (a new admin token), OAuth clients, sessions, connections, seeded ids,
     * configuration, faults, statistics, rate limit. Returns the new info (admin token, OAuth client).
     * SimHandle.reset() also updates the handle.
     */
    resetFull(options?: SimOptions): Promise<SimInfo> {
        return this.call('POST', '/reset/full', options)
    }

    // data
    /** Generates users, groups, sessions and connections (replacing generated data unless append). */
    seed(o: GenerateOptions): Promise<GenerateResult> {
        return this.call('POST', '/seed', o)
    }
    /** Adds one connection record; unspecified fields get realistic defaults (null removes one). Returns it. */
    addConnection(fields: Json): Promise<ConnectionRecord> {
        return this.call('POST', '/connections', fields)
    }
    async addConnections(records: Json[]): Promise<ConnectionRecord[]> {
        return (await this.call<{ records: ConnectionRecord[] }>('POST', '/connections', { records })).records
    }
    /** Sets fields of a stored record verbatim (no normalisation; null removes one): odd values a client must survive. */
    rawFields(id: string, fields: Json): Promise<ConnectionRecord> {
        return this.call('POST', '/connections/raw', { id, fields })
    }
    /** Ends a running connection (end_date default: now on the simulator clock). */
    endConnection(id: string, endDate?: string | number): Promise<ConnectionRecord> {
        return this.call('POST', '/connections/end', { id, end_date: endDate })
    }
    /** Ends every running connection that started before `before` (default now), each after a seeded duration. */
    endRunning(o: { before?: string | number; seed?: number } = {}): Promise<{ ended: number }> {
        return this.call('POST', '/connections/end-running', o)
    }
    /** Every connection record exactly as the report returns it now, in report order (start_date, id). */
    async truth(o: { all?: boolean; order?: 'report' | 'id' } = {}): Promise<ConnectionRecord[]> {
        const qs = new URLSearchParams({ ...(o.all ? { all: 'true' } : {}), ...(o.order === 'id' ? { order: 'id' } : {}) })
        return (await this.call<{ records: ConnectionRecord[] }>('GET', `/truth?${qs}`)).records
    }
    truthPage(offset: number, limit: number): Promise<{ records: ConnectionRecord[]; total: number; next?: number }> {
        return this.call('GET', `/truth?offset=${offset}&limit=${limit}`)
    }

    // identities
    /** A script token (default: every permission, of the admin user; `company`: a company-level token). */
    async createToken(o: { permissions?: Permission[]; userId?: string; company?: boolean } = {}): Promise<string> {
        return (await this.call<{ token: string }>('POST', '/tokens', o)).token
    }
    expireToken(token: string): Promise<unknown> {
        return this.call('POST', '/tokens/expire', { token })
    }
    /** Revokes an access or refresh token as the Management Console would (its pair dies). */
    revokeToken(token: string): Promise<unknown> {
        return this.call('POST', '/tokens/revoke', { token })
    }
    /** Registers or updates an OAuth client (redirect URIs, secret, permissions of its access tokens). */
    registerClient(o: {
        id: string
        secret?: string
        redirectUris?: string[]
        permissions?: Permission[]
    }): Promise<{ id: string; secret: string; redirectUris: string[] }> {
        return this.call('POST', '/clients', o)
    }
    addUser(o: { name?: string; email: string; password?: string; admin?: boolean }): Promise<SimUser> {
        return this.call('POST', '/users', o)
    }
    addGroup(o: {
        name: string
        owner?: string
        sharedWith?: string[]
    }): Promise<{ id: string; name: string; owner: string; sharedWith: string[] }> {
        return this.call('POST', '/groups', o)
    }

    // sessions
    /** The end customer opens (or leaves) the link: flips `online`. */
    setOnline(code: string, online = true): Promise<unknown> {
        return this.call('POST', '/sessions/online', { code, online })
    }
    /**
     * A supporter connects on a case: a connection record (fields override the defaults; no end_date = still
     * running) that appears in the report when the case is closed, or at once with `immediate`.
     */
    connectSession(code: string, fields: Json & { immediate?: boolean } = {}): Promise<ConnectionRecord> {
        return this.call('POST', '/sessions/connect', { code, ...fields })
    }
    session(code: string): Promise<Json> {
        return this.call('GET', `/sessions/${encodeURIComponent(code)}`)
    }

    // faults and statistics
    fault(rule: FaultRule): Promise<FaultState> {
        return this.call('POST', '/faults', rule)
    }
    async faults(): Promise<FaultState[]> {
        return (await this.call<{ faults: FaultState[] }>('GET', '/faults')).faults
    }
    clearFaults(): Promise<unknown> {
        return this.call('DELETE', '/faults')
    }
    removeFault(id: number): Promise<unknown> {
        return this.call('DELETE', `/faults/${id}`)
    }
    stats(): Promise<Stats> {
        return this.call('GET', '/stats')
    }
    resetStats(): Promise<unknown> {
        return this.call('DELETE', '/stats')
    }
}

export interface SimHandle {
    /** http://127.0.0.1:PORT — also the sign-in base URL (GET /oauth2/authorize) */
    url: string
    /** url + '/api/v1' */
    apiBase: string
    port: number
    /** the pre-created script token with every permission (of the company administrator) */
    adminToken: string
    /** the pre-registered OAuth client */
    oauthClient: SimInfo['oauthClient']
    control: SimControl
    /**
     * The same process back to the state a fresh `startSimulator(options)` would have (default: the options it
     * was started with; `port` cannot change); updates adminToken and oauthClient here. One simulator per test
     * file with a reset before each test costs a control call instead of a process start.
     */
    reset(options?: SimOptions): Promise<SimHandle>
    stop(): Promise<void>
}

/** Starts the simulator in a child process on 127.0.0.1 (a free port unless `port`). */
export async function startSimulator(options: SimOptions & { port?: number } = {}): Promise<SimHandle> {
    const server = await startChildServer(path.join(__dirname, 'child.ts'), [JSON.stringify(options)], 'simulator')
    const control = new SimControl(server.url)
    try {
        const info = await control.info()
        const handle: SimHandle = {
            url: server.url,
            apiBase: `${server.url}/api/v1`,
            port: server.port,
            adminToken: info.adminToken,
            oauthClient: info.oauthClient,
            control,
            reset: async (o?: SimOptions) => {
                const { port: _p, ...rest } = (o ?? {}) as SimOptions & { port?: number }
                const fresh = await control.resetFull(o === undefined ? undefined : rest)
                handle.adminToken = fresh.adminToken
                handle.oauthClient = fresh.oauthClient
                return handle
            },
            stop: server.stop,
        }
        return handle
    } catch (e) {
        await server.stop()
        throw e
    }
}
