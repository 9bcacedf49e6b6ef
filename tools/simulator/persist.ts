/**
 * The simulator's state as one JSON document, for the local product (`npm start`): TeamViewer keeps its
 * users, OAuth grants, sessions and connection report across restarts, so the app's persisted database and
 * "TeamViewer" stay consistent (a case opened yesterday still exists today). Written atomically (temp file +
 * rename) after every request that may change something.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { rng, type ConnectionRecord, type SimState, type Token } from './state'

const VERSION = 1

type StoredToken = Omit<Token, 'scopes' | 'expiresAt'> & { scopes: string[]; expiresAt: number | null }

export function snapshot(s: SimState): string {
    const tokens: StoredToken[] = [...s.tokens.values()].map((t) => ({
        ...t,
        scopes: [...t.scopes],
        expiresAt: Number.isFinite(t.expiresAt) ? t.expiresAt : null,
    }))
    return JSON.stringify({
        version: VERSION,
        style: s.style,
        reportEntry: s.reportEntry,
        dateFormat: s.dateFormat,
        expiresIn: s.expiresIn,
        sessionLimit: s.sessionLimit,
        companyName: s.companyName,
        adminToken: s.adminToken,
        adminUserId: s.adminUserId,
        oauthClientId: s.oauthClient.id,
        users: [...s.users.values()],
        groups: [...s.groups.values()],
        tokens,
        clients: [...s.clients.values()],
        codes: [...s.codes.values()],
        refreshTokens: [...s.refreshTokens.entries()],
        sessions: [...s.sessions.values()],
        connections: s.connections.all,
    })
}

/** Replaces the state's contents with a snapshot's. */
export function restore(s: SimState, text: string): void {
    const d = JSON.parse(text) as Record<string, unknown> & { version: number }
    if (d.version !== VERSION) throw new Error(`simulator state file: version ${d.version}, expected ${VERSION}`)
    const m = s as unknown as Record<string, unknown>
    for (const k of ['style', 'reportEntry', 'dateFormat', 'expiresIn', 'sessionLimit', 'companyName', 'adminToken', 'adminUserId'])
        m[k] = d[k]
    s.users = new Map((d.users as SimState['users'] extends Map<string, infer U> ? U[] : never).map((u) => [u.id, u]))
    s.groups = new Map((d.groups as SimState['groups'] extends Map<string, infer G> ? G[] : never).map((g) => [g.id, g]))
    s.tokens = new Map(
        (d.tokens as StoredToken[]).map((t) => [t.value, { ...t, scopes: new Set(t.scopes), expiresAt: t.expiresAt ?? Infinity } as Token]),
    )
    s.clients = new Map((d.clients as SimState['clients'] extends Map<string, infer C> ? C[] : never).map((c) => [c.id, c]))
    s.oauthClient = s.clients.get(String(d.oauthClientId)) ?? s.oauthClient
    s.codes = new Map((d.codes as SimState['codes'] extends Map<string, infer A> ? A[] : never).map((c) => [c.code, c]))
    s.refreshTokens = new Map(d.refreshTokens as [string, { clientId: string; userId: string; accessToken: string }][])
    s.sessions = new Map((d.sessions as SimState['sessions'] extends Map<string, infer S> ? S[] : never).map((x) => [x.code, x]))
    s.connections.clear()
    s.connections.add(d.connections as ConnectionRecord[])
    // ids continue after the stored ones (users u…, groups g…); new guids and codes must not repeat the first run's
    const seq = s as unknown as { userSeq: number; groupSeq: number }
    seq.userSeq = Math.max(0, ...[...s.users.keys()].map((id) => Number(id.slice(1)) - 1000000))
    seq.groupSeq = Math.max(0, ...[...s.groups.keys()].map((id) => Number(id.slice(1)) - 10000000))
    s.random = rng((Date.now() ^ (s.connections.length * 7919)) >>> 0)
}

export function loadState(s: SimState, file: string): boolean {
    if (!existsSync(file)) return false
    restore(s, readFileSync(file, 'utf8'))
    return true
}

export function saveState(s: SimState, file: string): void {
    const tmp = `${file}.tmp`
    writeFileSync(tmp, snapshot(s), { mode: 0o600 })
    renameSync(tmp, file)
}
