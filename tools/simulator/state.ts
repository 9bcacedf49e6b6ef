/**
 * The simulated TeamViewer company: clock, users, groups, tokens, OAuth clients and grants, sessions (service
 * cases) and connection records. Facts followed: TeamViewer Web API documentation.
 */
import { randomBytes } from 'node:crypto'

// --- permissions ------------------------------------------------------------------------------------------
/**
 * Scopes in the "Area.Action" form of TeamViewer's permission table ("Permission names in API and Management
 * Console"). The exact list is a simplification: one scope per thing the app does.
 */
export const SCOPES = [
    'Account.Read',
    'Users.Read',
    'Groups.Read',
    'Sessions.Read',
    'Sessions.Create',
    'Sessions.Modify',
    'Connections.Read',
    'Connections.Modify',
    'Connections.Delete',
] as const
export type Scope = (typeof SCOPES)[number]
/**
 * What a script token is created with: scopes, or the Management Console's check-box groups
 * ("Session management", "Connection reporting", "Account/users/groups read").
 */
export type Permission = Scope | 'session_management' | 'connection_reporting' | 'account'
export const ALL_PERMISSIONS: Permission[] = ['session_management', 'connection_reporting', 'account']
const GROUPS: Record<string, Scope[]> = {
    session_management: ['Sessions.Read', 'Sessions.Create', 'Sessions.Modify', 'Groups.Read'],
    connection_reporting: ['Connections.Read', 'Connections.Modify', 'Connections.Delete'],
    account: ['Account.Read', 'Users.Read', 'Groups.Read'],
}
export function expandPermissions(perms: readonly string[]): Set<Scope> {
    const out = new Set<Scope>()
    for (const p of perms) {
        if (GROUPS[p]) GROUPS[p].forEach((s) => out.add(s))
        else if ((SCOPES as readonly string[]).includes(p)) out.add(p as Scope)
        else throw new Error(`unknown permission ${p} (use ${[...Object.keys(GROUPS), ...SCOPES].join(', ')})`)
    }
    return out
}

export type Style = 'documented' | 'recorded'
/**
 * When a connection enters the connection report. 'end' (default): once it has ended — TeamViewer's help
 * describes the report as available once the connection has ended, and both editions of the API
 * documentation list end_date as always present. 'start': at once, without end_date while it runs (what
 * this simulator did first; no source shows it, but a client must not break if TeamViewer does it).
 */
export type ReportEntry = 'start' | 'end'
/** How the report writes dates: 'extended' (`2024-04-16T20:40:38Z`, responses) or 'basic' (`20130116T194014Z`, the documentation's examples). */
export type DateFormat = 'extended' | 'basic'

// --- small helpers ------------------------------------------------------------------------------------------
/** Deterministic PRNG (mulberry32): generated data and random faults reproduce for a seed. */
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

/** ISO 8601 UTC without milliseconds, as TeamViewer writes dates (`2024-04-16T20:40:38Z`). */
export function isoOf(ms: number): string {
    const s = new Date(ms).toISOString()
    return s.length === 24 ? `${s.slice(0, 19)}Z` : s.replace(/\.\d{3}Z$/, 'Z')
}

/** ms from a number or an ISO string (date-only = midnight UTC); NaN when unreadable. */
export function msOf(v: unknown): number {
    if (typeof v === 'number') return v
    const s = String(v)
    return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s)
}

// --- clock ----------------------------------------------------------------------------------------------
/** Real time by default; can be set, advanced, frozen and resumed. Everything time-based reads it. */
export class Clock {
    private frozenAt: number | null = null
    private offset = 0
    now(): number {
        return this.frozenAt ?? Date.now() + this.offset
    }
    get frozen(): boolean {
        return this.frozenAt !== null
    }
    /** Jumps to `ms`; stays there (frozen) unless `run` — then time flows on from `ms`. */
    set(ms: number, run = false): void {
        if (run) {
            this.frozenAt = null
            this.offset = ms - Date.now()
        } else this.frozenAt = ms
    }
    advance(ms: number): void {
        if (this.frozenAt !== null) this.frozenAt += ms
        else this.offset += ms
    }
    freeze(): void {
        this.frozenAt = this.now()
    }
    /** Time flows again from the current simulated time. */
    resume(): void {
        if (this.frozenAt !== null) this.set(this.frozenAt, true)
    }
    real(): void {
        this.frozenAt = null
        this.offset = 0
    }
}

// --- entities -------------------------------------------------------------------------------------------
export interface User {
    id: string
    name: string
    email: string
    password: string
    /** Company administrator: sees every session and the company-wide connection report. */
    admin: boolean
    generated?: boolean
}

export interface Group {
    id: string
    name: string
    owner: string
    /** users the group is shared with */
    sharedWith: string[]
    generated?: boolean
}

export interface Token {
    value: string
    kind: 'script' | 'oauth'
    userId: string
    /** company-level script token: sees the whole company, must address groups by id */
    company: boolean
    scopes: Set<Scope>
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
    /** absent = unassigned (created with u0) */
    assigned_userid?: string
    assigned_at?: string
    custom_api?: string
    support_session_type: 'Default' | 'Pilot'
    created_at: string
    valid_until: string
    closed_at?: string
    online: boolean
    creator: string
    queueToken: string
    /** connection records of supporters on this case, published to the report when the case is closed */
    pending: ConnectionRecord[]
    generated?: boolean
}

/** A connection record exactly as the report returns it: optional fields are absent, never null. */
export type ConnectionRecord = Record<string, unknown> & { id: string; start_date: string; end_date?: string }

/** Whether an end_date is reached at `nowIso`; a raw value that is no ISO date (set through /_sim/connections/raw) always is. */
export function endReached(end: string, nowIso: string): boolean {
    return end <= nowIso || !/^\d{4}-\d{2}-\d{2}T/.test(end)
}

export const byStart = (a: ConnectionRecord, b: ConnectionRecord) =>
    a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/**
 * Connection records sorted by (start_date, id) — the report's paging order — plus an id → position index.
 * Date ranges are found by binary search, so a page of 1000 out of 100,000 costs microseconds.
 */
export class ConnectionStore {
    private list: ConnectionRecord[] = []
    private index = new Map<string, number>()
    get all(): readonly ConnectionRecord[] {
        return this.list
    }
    get length(): number {
        return this.list.length
    }
    clear(): void {
        this.list = []
        this.index.clear()
    }
    private reindexFrom(from: number): void {
        for (let i = from; i < this.list.length; i++) this.index.set(this.list[i].id, i)
    }
    /** Adds records (ids must be new); a batch is sorted and merged in O(n + m log m). */
    add(records: ConnectionRecord[]): void {
        for (const r of records) if (this.index.has(r.id)) throw new Error(`duplicate connection id ${r.id}`)
        if (records.length === 1) {
            const at = this.insertionPoint(records[0])
            this.list.splice(at, 0, records[0])
            this.reindexFrom(at)
            return
        }
        let sorted = true
        for (let k = 1; k < records.length && sorted; k++) sorted = byStart(records[k - 1], records[k]) < 0
        const fresh = sorted ? records : [...records].sort(byStart)
        const ids = new Set<string>()
        for (const r of fresh) ids.add(r.id)
        if (ids.size !== fresh.length) throw new Error('duplicate connection ids in batch')
        const merged: ConnectionRecord[] = new Array(this.list.length + fresh.length)
        let i = 0
        let j = 0
        let k = 0
        while (i < this.list.length && j < fresh.length) merged[k++] = byStart(this.list[i], fresh[j]) <= 0 ? this.list[i++] : fresh[j++]
        while (i < this.list.length) merged[k++] = this.list[i++]
        while (j < fresh.length) merged[k++] = fresh[j++]
        this.list = merged
        this.index = new Map()
        this.reindexFrom(0)
    }
    private insertionPoint(r: ConnectionRecord): number {
        let lo = 0
        let hi = this.list.length
        while (lo < hi) {
            const mid = (lo + hi) >>> 1
            if (byStart(this.list[mid], r) < 0) lo = mid + 1
            else hi = mid
        }
        return lo
    }
    get(id: string): ConnectionRecord | undefined {
        const i = this.index.get(id)
        return i === undefined ? undefined : this.list[i]
    }
    positionOf(id: string): number | undefined {
        return this.index.get(id)
    }
    remove(id: string): boolean {
        const i = this.index.get(id)
        if (i === undefined) return false
        this.list.splice(i, 1)
        this.index.delete(id)
        this.reindexFrom(i)
        return true
    }
    /** First position whose start_date ≥ iso. */
    lowerBound(iso: string): number {
        let lo = 0
        let hi = this.list.length
        while (lo < hi) {
            const mid = (lo + hi) >>> 1
            if (this.list[mid].start_date < iso) lo = mid + 1
            else hi = mid
        }
        return lo
    }
    /** First position whose start_date > iso. */
    upperBound(iso: string): number {
        let lo = 0
        let hi = this.list.length
        while (lo < hi) {
            const mid = (lo + hi) >>> 1
            if (this.list[mid].start_date <= iso) lo = mid + 1
            else hi = mid
        }
        return lo
    }
}

// --- options ----------------------------------------------------------------------------------------------
export interface SimOptions {
    /** Start time (ms or ISO): the clock is frozen there. Default: real time. */
    now?: number | string
    style?: Style
    /** When connections enter the report: 'end' (documented, default) or 'start'. */
    reportEntry?: ReportEntry
    /** How the report writes start_date/end_date (default 'extended'). */
    dateFormat?: DateFormat
    /** Seed of the ids/codes generator (default 1). */
    seed?: number
    /** OAuth access token lifetime in seconds (default 86400). */
    expiresIn?: number
    /** Concurrent open sessions the licence allows (default 1000). */
    sessionLimit?: number
    /** Value of the pre-created admin script token (default: random). */
    adminToken?: string
    /** The pre-registered OAuth client (defaults: random id/secret, redirect URI of a local instance). */
    oauthClient?: { id?: string; secret?: string; redirectUris?: string[]; permissions?: Permission[] }
    /** Rate limit per token from the start: `{ limit, windowSeconds, mode }` (default: none). */
    rateLimit?: { limit: number; windowSeconds?: number; mode?: '403' | '429' }
    /** Generate data at start (same fields as POST /_sim/seed). */
    generate?: Record<string, unknown>
    /**
     * The local product: the simulator's own http base (e.g. http://127.0.0.1:8091). Session links
     * (end_customer_link, supporter_link) then point at it and it serves them as the customer's join page and
     * the supporter's session page, instead of get.teamviewer.com links that cannot work locally.
     */
    linkBase?: string
    /** The local product: state kept in this JSON file (loaded at start when present, saved after changes). */
    stateFile?: string
}

export const DEFAULT_REDIRECT = 'http://127.0.0.1/api/x_tvgh_teamviewer/oauth/callback'

export class SimState {
    style: Style
    reportEntry: ReportEntry
    dateFormat: DateFormat
    readonly clock = new Clock()
    /** ids, codes and secrets of things created through the API (seeded: runs reproduce) */
    random: () => number
    users = new Map<string, User>()
    groups = new Map<string, Group>()
    tokens = new Map<string, Token>()
    clients = new Map<string, OAuthClient>()
    codes = new Map<string, AuthCode>()
    refreshTokens = new Map<string, { clientId: string; userId: string; accessToken: string }>()
    sessions = new Map<string, Session>()
    readonly connections = new ConnectionStore()
    expiresIn: number
    sessionLimit: number
    readonly adminToken: string
    readonly adminUserId: string
    oauthClient: OAuthClient
    companyName = 'Simulated Company'
    /** SimOptions.linkBase (undefined: TeamViewer's public link hosts) */
    linkBase: string | undefined
    private userSeq = 0
    private groupSeq = 0

    constructor(opts: SimOptions = {}) {
        this.style = opts.style ?? 'documented'
        this.reportEntry = opts.reportEntry ?? 'end'
        this.dateFormat = opts.dateFormat ?? 'extended'
        if (this.reportEntry !== 'start' && this.reportEntry !== 'end') throw new Error('reportEntry: start or end')
        this.random = rng(opts.seed ?? 1)
        if (opts.now !== undefined) this.clock.set(msOf(opts.now))
        this.expiresIn = opts.expiresIn ?? 86400
        this.sessionLimit = opts.sessionLimit ?? 1000
        this.linkBase = opts.linkBase?.replace(/\/+$/, '')
        const admin = this.addUser('Company Admin', 'admin@example.com', 'admin', true)
        this.adminUserId = admin.id
        this.adminToken = opts.adminToken ?? `${admin.id.slice(1)}-${this.secret(20)}`
        this.tokens.set(this.adminToken, {
            value: this.adminToken,
            kind: 'script',
            userId: admin.id,
            company: false,
            scopes: expandPermissions(ALL_PERMISSIONS),
            expiresAt: Infinity,
        })
        this.addUser('Ann Supporter', 'ann@example.com', 'ann')
        this.addUser('Ben Supporter', 'ben@example.com', 'ben')
        this.oauthClient = {
            id: opts.oauthClient?.id ?? `client-${this.secret(8)}`,
            secret: opts.oauthClient?.secret ?? this.secret(32),
            redirectUris: opts.oauthClient?.redirectUris ?? [DEFAULT_REDIRECT],
            permissions: opts.oauthClient?.permissions ?? ['session_management', 'account'],
        }
        expandPermissions(this.oauthClient.permissions)
        this.clients.set(this.oauthClient.id, this.oauthClient)
    }

    now(): number {
        return this.clock.now()
    }
    nowIso(): string {
        return isoOf(this.clock.now())
    }

    // --- ids ----------------------------------------------------------------------------------------
    digits(n: number, r = this.random): string {
        let s = ''
        for (let i = 0; i < n; i++) s += Math.floor(r() * 10)
        return s
    }
    secret(bytes: number): string {
        return randomBytes(bytes).toString('hex')
    }
    guid(r = this.random): string {
        const hex = '0123456789abcdef'
        let h = ''
        for (let k = 0; k < 32; k++) h += hex[Math.floor(r() * 16)]
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`
    }
    /** `s` + 2–3 digits + `-ddd-ddd` (TeamViewer Web API documentation: s12-345-678, s119-457-589). */
    sessionCode(r = this.random): string {
        for (;;) {
            const code = `s${this.digits(r() < 0.5 ? 2 : 3, r)}-${this.digits(3, r)}-${this.digits(3, r)}`
            if (!this.sessions.has(code)) return code
        }
    }

    // --- users, groups, tokens ---------------------------------------------------------------------------
    /** Forgets generated users, groups and sessions; ids continue from what remains, so a re-seed reproduces. */
    dropGenerated(): void {
        for (const [k, u] of this.users) if (u.generated) this.users.delete(k)
        for (const [k, g] of this.groups) if (g.generated) this.groups.delete(k)
        for (const [k, s] of this.sessions) if (s.generated) this.sessions.delete(k)
        this.userSeq = Math.max(0, ...[...this.users.keys()].map((id) => Number(id.slice(1)) - 1000000))
        this.groupSeq = Math.max(0, ...[...this.groups.keys()].map((id) => Number(id.slice(1)) - 10000000))
    }
    addUser(name: string, email: string, password: string, admin = false, generated = false): User {
        const user: User = { id: `u${1000001 + this.userSeq++}`, name, email, password, admin, generated }
        this.users.set(user.id, user)
        return user
    }
    addGroup(name: string, owner: string, sharedWith: string[] = [], generated = false): Group {
        const g: Group = { id: `g${10000001 + this.groupSeq++}`, name, owner, sharedWith, generated }
        this.groups.set(g.id, g)
        return g
    }
    /** Groups a token sees: all for a company token or an administrator, else owned + shared. */
    canSeeGroup(t: Token, g: Group): boolean {
        if (t.company || this.users.get(t.userId)?.admin) return true
        return g.owner === t.userId || g.sharedWith.includes(t.userId)
    }
    groupPermission(t: Token, g: Group): string {
        if (g.owner === t.userId || t.company) return 'owned'
        return g.sharedWith.includes(t.userId) ? 'full' : 'read'
    }
    /** A group of this name visible to the token (own groups first); created for the token's user if none. */
    groupByName(t: Token | undefined, name: string, create: boolean): Group | undefined {
        const candidates = [...this.groups.values()].filter((g) => g.name === name && (!t || this.canSeeGroup(t, g)))
        const own = candidates.find((g) => g.owner === (t?.userId ?? this.adminUserId))
        if (own ?? candidates[0]) return own ?? candidates[0]
        return create ? this.addGroup(name, t?.userId ?? this.adminUserId) : undefined
    }
    createScriptToken(permissions: Permission[], userId = this.adminUserId, company = false): string {
        if (!this.users.has(userId)) throw new Error(`unknown user ${userId}`)
        const value = `${userId.slice(1)}-${this.secret(20)}`
        this.tokens.set(value, { value, kind: 'script', userId, company, scopes: expandPermissions(permissions), expiresAt: Infinity })
        return value
    }
    /** Issues an OAuth access + refresh token pair for a user of a client. */
    issueGrant(clientId: string, userId: string): { access: string; refresh: string } {
        const client = this.clients.get(clientId) as OAuthClient
        const access = `${userId.slice(1)}-${this.secret(24)}`
        const refresh = `${userId.slice(1)}-${this.secret(24)}`
        this.tokens.set(access, {
            value: access,
            kind: 'oauth',
            userId,
            company: false,
            scopes: expandPermissions(client.permissions),
            expiresAt: this.now() + this.expiresIn * 1000,
            clientId,
            refreshToken: refresh,
        })
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

    // --- sessions ----------------------------------------------------------------------------------------
    /** A session past valid_until counts as closed from then on (our model; not documented). */
    /**
     * Sessions stay `open` after valid_until (TeamViewer Web API documentation: "expiry is the client's job"; an expired session
     * still counts against the licence until closed). Kept as the one place to change should that differ.
     */
    expireSessions(): void {
        // nothing: TeamViewer does not close expired sessions
    }
    openSessionCount(): number {
        this.expireSessions()
        let n = 0
        for (const s of this.sessions.values()) if (s.state === 'open') n++
        return n
    }
    canSeeSession(t: Token, s: Session): boolean {
        const g = this.groups.get(s.groupid)
        return s.creator === t.userId || s.assigned_userid === t.userId || (!!g && this.canSeeGroup(t, g))
    }
    /** Closes a case: the supporters' connections on it appear in the report (running ones without end_date). */
    closeSession(s: Session, at = this.nowIso()): void {
        if (s.state === 'closed') return
        s.state = 'closed'
        s.closed_at = at
        s.online = false
        if (s.pending.length) this.connections.add(s.pending.splice(0))
    }

    // --- connections ------------------------------------------------------------------------------------
    /** The session-code fields a record carries when a session code was used (values of the case). */
    sessionFields(s: Session): Record<string, unknown> {
        const out: Record<string, unknown> = {
            session_code: s.code,
            assigned_userid: s.assigned_userid,
            assigned_at: s.assigned_at,
            session_created_at: s.created_at,
            valid_until: s.valid_until,
            session_note: s.description,
            custom_api: s.custom_api,
            end_customer: s.end_customer ? { ...s.end_customer } : undefined,
        }
        return out
    }

    /** A complete connection record with realistic defaults; `fields` override them (null/undefined remove). */
    makeConnection(fields: Record<string, unknown> = {}): ConnectionRecord {
        const users = [...this.users.values()].filter((u) => !u.admin)
        const user =
            (typeof fields.userid === 'string' && this.users.get(fields.userid)) ||
            users[Math.floor(this.random() * users.length)] ||
            [...this.users.values()][0]
        const group = this.groupByName(undefined, 'ServiceNow', true) as Group
        const start = fields.start_date !== undefined ? isoOf(msOf(fields.start_date)) : isoOf(this.now() - 3600000)
        const code = typeof fields.session_code === 'string' ? fields.session_code : undefined
        const device = this.digits(9)
        const base: Record<string, unknown> = {
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
            if (session) Object.assign(base, this.sessionFields(session))
            else
                Object.assign(base, {
                    session_code: code,
                    assigned_userid: user.id,
                    assigned_at: start,
                    session_created_at: start,
                    valid_until: isoOf(msOf(start) + 86400000),
                })
        }
        const out = { ...base, ...fields, start_date: start } as ConnectionRecord
        if (out.end_date !== undefined && out.end_date !== null) out.end_date = isoOf(msOf(out.end_date))
        for (const [k, v] of Object.entries(out)) if (v === undefined || v === null) delete out[k]
        return out
    }

    /** Whether the report lists this (started) record now: always at 'start'; once ended at 'end'. */
    inReport(r: ConnectionRecord, nowIso = this.nowIso()): boolean {
        return this.reportEntry === 'start' || (r.end_date !== undefined && endReached(r.end_date, nowIso))
    }

    /**
     * A record as the report shows it at the simulator's current time: an end_date still in the future is
     * not shown (the connection is running until the clock reaches it).
     */
    view(r: ConnectionRecord, nowIso = this.nowIso()): ConnectionRecord {
        if (r.end_date === undefined || endReached(r.end_date, nowIso)) return r
        const copy = { ...r }
        delete copy.end_date
        return copy
    }
}
