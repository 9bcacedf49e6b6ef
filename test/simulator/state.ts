/**
 * The simulated TeamViewer account: users, groups, tokens, OAuth clients and grants, sessions, connection
 * records, a controllable clock and a seeded random generator. Facts followed: shared/notes/teamviewer-web-api.md.
 */
import { randomBytes } from 'node:crypto'

export type Permission = 'session_management' | 'connection_reporting' | 'account'
export const ALL_PERMISSIONS: Permission[] = ['session_management', 'connection_reporting', 'account']
export type Style = 'documented' | 'recorded'

/** Deterministic PRNG (mulberry32) so generated data and random faults reproduce for a seed. */
export function rng(seed: number): () => number {
    let a = seed >>> 0 || 0x9e3779b9
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

export function isoOf(ms: number): string {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export interface User {
    id: string
    name: string
    email: string
    password: string
}

export interface Token {
    value: string
    kind: 'script' | 'oauth'
    userId: string
    permissions: Set<Permission>
    /** ms; Infinity for script tokens */
    expiresAt: number
    clientId?: string
    refreshToken?: string
}

export interface OAuthClient {
    id: string
    secret: string
    redirectUris: string[]
    permissions: Permission[]
}

export interface AuthCode {
    code: string
    clientId: string
    redirectUri: string
    userId: string
    expiresAt: number
    used: boolean
}

export interface Session {
    code: string
    state: 'open' | 'closed'
    groupid: string
    description?: string
    waiting_message?: string
    end_customer?: { name?: string; email?: string }
    assigned_userid: string
    assigned_at?: string
    custom_api?: string
    support_session_type: 'Default' | 'Pilot'
    created_at: string
    valid_until: string
    closed_at?: string
    online: boolean
    creator: string
    queueToken: string
}

/** A connection record exactly as the report returns it: optional fields are absent, never null. */
export type ConnectionRecord = Record<string, unknown> & { id: string; start_date: string; end_date?: string }

export interface SimOptions {
    /** Fixed start time (ms or ISO); default real time. */
    now?: number | string
    style?: Style
    seed?: number
    /** OAuth access token lifetime (s). */
    expiresIn?: number
    /** Concurrent open sessions allowed by the licence. */
    sessionLimit?: number
    adminToken?: string
    oauthClient?: { id?: string; secret?: string; redirectUris?: string[] }
}

export class SimState {
    style: Style
    private frozenAt: number | null = null
    private offset = 0
    random: () => number
    users = new Map<string, User>()
    groups = new Map<string, { id: string; name: string }>()
    tokens = new Map<string, Token>()
    clients = new Map<string, OAuthClient>()
    codes = new Map<string, AuthCode>()
    refreshTokens = new Map<string, { clientId: string; userId: string; accessToken: string }>()
    sessions = new Map<string, Session>()
    /** Sorted by (start_date, id): the report's paging order. */
    connections: ConnectionRecord[] = []
    private index = new Map<string, number>()
    expiresIn: number
    sessionLimit: number
    adminToken: string
    oauthClient: OAuthClient
    companyName = 'Simulated Company'

    constructor(opts: SimOptions = {}) {
        this.style = opts.style ?? 'documented'
        this.random = rng(opts.seed ?? 1)
        if (opts.now !== undefined) this.setClock(typeof opts.now === 'string' ? Date.parse(opts.now) : opts.now)
        this.expiresIn = opts.expiresIn ?? 86400
        this.sessionLimit = opts.sessionLimit ?? 1000
        const admin = this.addUser('Company Admin', 'admin@example.com', 'admin')
        this.adminToken = opts.adminToken ?? `${admin.id.slice(1)}-${this.secret(20)}`
        this.tokens.set(this.adminToken, { value: this.adminToken, kind: 'script', userId: admin.id, permissions: new Set(ALL_PERMISSIONS), expiresAt: Infinity })
        this.addUser('Ann Supporter', 'ann@example.com', 'ann')
        this.addUser('Ben Supporter', 'ben@example.com', 'ben')
        this.oauthClient = {
            id: opts.oauthClient?.id ?? `client-${this.secret(8)}`,
            secret: opts.oauthClient?.secret ?? this.secret(32),
            redirectUris: opts.oauthClient?.redirectUris ?? ['http://127.0.0.1/api/x_tvgh_teamviewer/oauth/callback'],
            permissions: ['session_management', 'account'],
        }
        this.clients.set(this.oauthClient.id, this.oauthClient)
    }

    // --- clock --------------------------------------------------------------------------------------
    now(): number {
        return this.frozenAt ?? Date.now() + this.offset
    }
    /** Freezes the clock at `ms`. */
    setClock(ms: number): void {
        this.frozenAt = ms
    }
    advance(ms: number): void {
        if (this.frozenAt !== null) this.frozenAt += ms
        else this.offset += ms
    }
    /** Back to real time (keeping no offset). */
    realTime(): void {
        this.frozenAt = null
        this.offset = 0
    }

    // --- ids ----------------------------------------------------------------------------------------
    digits(n: number): string {
        let s = ''
        for (let i = 0; i < n; i++) s += Math.floor(this.random() * 10)
        return s
    }
    secret(bytes: number): string {
        return randomBytes(bytes).toString('hex')
    }
    guid(): string {
        const h = () => Math.floor(this.random() * 16).toString(16)
        const part = (n: number) => Array.from({ length: n }, h).join('')
        return `${part(8)}-${part(4)}-4${part(3)}-${'89ab'[Math.floor(this.random() * 4)]}${part(3)}-${part(12)}`
    }
    sessionCode(): string {
        for (;;) {
            const code = `s${this.digits(this.random() < 0.5 ? 2 : 3)}-${this.digits(3)}-${this.digits(3)}`
            if (!this.sessions.has(code)) return code
        }
    }

    addUser(name: string, email: string, password: string): User {
        const user = { id: `u${1000000 + this.users.size + 1}`, name, email, password }
        this.users.set(user.id, user)
        return user
    }

    groupByName(name: string, create: boolean): { id: string; name: string } | undefined {
        for (const g of this.groups.values()) if (g.name === name) return g
        if (!create) return undefined
        const g = { id: `g${10000 + this.groups.size + 1}`, name }
        this.groups.set(g.id, g)
        return g
    }

    createScriptToken(permissions: Permission[], userId = 'u1000001'): string {
        const value = `${userId.slice(1)}-${this.secret(20)}`
        this.tokens.set(value, { value, kind: 'script', userId, permissions: new Set(permissions), expiresAt: Infinity })
        return value
    }

    /** Issues an OAuth access + refresh token pair for a user of a client. */
    issueGrant(clientId: string, userId: string): { access: string; refresh: string } {
        const client = this.clients.get(clientId) as OAuthClient
        const access = `${userId.slice(1)}-${this.secret(24)}`
        const refresh = `${userId.slice(1)}-${this.secret(24)}`
        this.tokens.set(access, { value: access, kind: 'oauth', userId, permissions: new Set(client.permissions), expiresAt: this.now() + this.expiresIn * 1000, clientId, refreshToken: refresh })
        this.refreshTokens.set(refresh, { clientId, userId, accessToken: access })
        return { access, refresh }
    }

    /** Kills an access token and its refresh token. */
    revoke(access: string): void {
        const t = this.tokens.get(access)
        if (!t) return
        this.tokens.delete(access)
        if (t.refreshToken) this.refreshTokens.delete(t.refreshToken)
    }

    // --- connections --------------------------------------------------------------------------------
    private reindex(): void {
        this.connections.sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        this.index = new Map(this.connections.map((c, i) => [c.id, i]))
    }
    clearConnections(): void {
        this.connections = []
        this.index.clear()
    }
    addConnections(records: ConnectionRecord[]): void {
        for (const r of records) {
            if (this.index.has(r.id)) throw new Error(`duplicate connection id ${r.id}`)
            this.connections.push(r)
        }
        this.reindex()
    }
    connection(id: string): ConnectionRecord | undefined {
        const i = this.index.get(id)
        return i === undefined ? undefined : this.connections[i]
    }
    positionOf(id: string): number | undefined {
        return this.index.get(id)
    }
    removeConnection(id: string): boolean {
        const i = this.index.get(id)
        if (i === undefined) return false
        this.connections.splice(i, 1)
        this.reindex()
        return true
    }
    /** First index whose start_date ≥ iso (binary search). */
    lowerBound(iso: string): number {
        let lo = 0
        let hi = this.connections.length
        while (lo < hi) {
            const mid = (lo + hi) >>> 1
            if (this.connections[mid].start_date < iso) lo = mid + 1
            else hi = mid
        }
        return lo
    }

    /** A complete connection record with realistic defaults; `fields` override them. */
    makeConnection(fields: Record<string, unknown> = {}): ConnectionRecord {
        const users = [...this.users.values()]
        const user = users[1 + Math.floor(this.random() * (users.length - 1))] ?? users[0]
        const group = this.groupByName('ServiceNow', true) as { id: string; name: string }
        const start = typeof fields.start_date === 'string' ? fields.start_date : isoOf(this.now() - 3600000)
        const code = typeof fields.session_code === 'string' ? fields.session_code : undefined
        const device = this.digits(9)
        const base: ConnectionRecord = {
            id: this.guid(),
            userid: user.id,
            username: user.name,
            deviceid: `d${device}`,
            devicename: `PC-${device.slice(0, 4)}`,
            groupid: group.id,
            groupname: group.name,
            start_date: start,
            fee: '0.00',
            currency: 'EUR',
            billing_state: 'Bill',
            notes: '',
            support_session_type: code ? 2 : 1,
        }
        if (code) {
            const session = this.sessions.get(code)
            base.session_code = code
            base.assigned_userid = session?.assigned_userid ?? user.id
            base.session_created_at = session?.created_at ?? start
            base.valid_until = session?.valid_until ?? isoOf(Date.parse(start) + 86400000)
            if (session?.end_customer) base.end_customer = { ...session.end_customer }
        }
        const out = { ...base, ...fields } as ConnectionRecord
        for (const [k, v] of Object.entries(out)) if (v === undefined || v === null) delete out[k]
        return out
    }

    /** The seeded generator: N connections spread over [from, to). */
    generate(o: { seed: number; connections: number; from: number; to: number; runningFraction?: number; withCodeFraction?: number; devices?: number }): ConnectionRecord[] {
        const r = rng(o.seed)
        const users = [...this.users.values()].slice(1)
        const group = this.groupByName('ServiceNow', true) as { id: string; name: string }
        const deviceCount = o.devices ?? 200
        const hex = '0123456789abcdef'
        const out: ConnectionRecord[] = []
        const now = this.now()
        for (let i = 0; i < o.connections; i++) {
            let id = ''
            for (let k = 0; k < 32; k++) id += hex[Math.floor(r() * 16)]
            id = `${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-a${id.slice(17, 20)}-${id.slice(20, 32)}`
            const startMs = Math.floor((o.from + r() * (o.to - o.from)) / 1000) * 1000
            const duration = Math.floor(60 + r() * 7200) * 1000
            const user = users[Math.floor(r() * users.length)]
            const device = 100000000 + Math.floor(r() * deviceCount)
            const rec: ConnectionRecord = {
                id,
                userid: user.id,
                username: user.name,
                deviceid: `d${device}`,
                groupid: group.id,
                groupname: group.name,
                start_date: isoOf(startMs),
                fee: '0.00',
                currency: 'EUR',
                billing_state: r() < 0.8 ? 'Bill' : 'DoNotBill',
                notes: r() < 0.1 ? `note ${i}` : '',
                support_session_type: 1,
            }
            if (r() < 0.9) rec.devicename = `PC-${device % 10000}` // device names are optional in real data
            const running = r() < (o.runningFraction ?? 0) || startMs + duration > now
            if (!running) rec.end_date = isoOf(startMs + duration)
            if (r() < (o.withCodeFraction ?? 0.3)) {
                rec.session_code = `s${Math.floor(10 + r() * 890)}-${String(Math.floor(r() * 1000)).padStart(3, '0')}-${String(Math.floor(r() * 1000)).padStart(3, '0')}`
                rec.support_session_type = 2
                rec.assigned_userid = user.id
                rec.session_created_at = isoOf(startMs - 60000)
                rec.valid_until = isoOf(startMs + 86400000)
                rec.end_customer = { name: `Customer ${i}`, email: `customer${i}@example.com` }
                if (!running && r() < 0.3) rec.feedback = { session_rating: 1 + Math.floor(r() * 5), user_comment: 'thanks' }
            }
            out.push(rec)
        }
        return out
    }
}
