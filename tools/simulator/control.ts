/**
 * The control API under /_sim/… (never under /api/v1): tests and the demo drive the simulator through it.
 * JSON in, JSON out; a mistake in a control call is 400 {"error": "..."}; unknown routes 404.
 * Every route is documented in README.md.
 */
import type { ServerResponse } from 'node:http'
import { send } from './errors'
import type { FaultRule, Faults } from './faults'
import { generate, type GenerateOptions } from './generator'
import { customerPage } from './links'
import { truth } from './reports'
import { isoOf, msOf, rng, type ConnectionRecord, type Permission, type SimOptions, type SimState } from './state'
import type { RateLimit, Stats } from './stats'

/** The simulator as its control routes drive it (server.ts's Simulator). */
export interface Simulator {
    state: SimState
    faults: Faults
    reset(opts?: SimOptions): void
    info(): Record<string, unknown>
    setRateLimit(r: RateLimit | null): void
    rateLimitConfig(): RateLimit | null
    statsSnapshot(): Stats
    resetStats(): void
}

class ControlError extends Error {
    constructor(
        readonly status: number,
        message: string,
    ) {
        super(message)
    }
}
const fail = (message: string, status = 400): never => {
    throw new ControlError(status, message)
}

function timeOf(v: unknown, name: string): number {
    const ms = msOf(v)
    if (Number.isNaN(ms)) fail(`${name}: not a date`)
    return ms
}

export function control(sim: Simulator, method: string, url: URL, body: string, res: ServerResponse): void {
    try {
        route(sim, method, url, body, res)
    } catch (e) {
        send(res, e instanceof ControlError ? e.status : 400, { error: e instanceof Error ? e.message : String(e) })
    }
}

function route(sim: Simulator, method: string, url: URL, body: string, res: ServerResponse): void {
    let b: Record<string, unknown> = {}
    if (body.trim()) {
        try {
            b = JSON.parse(body) as Record<string, unknown>
        } catch {
            fail('control body is not JSON')
        }
    }
    const s = sim.state
    const path = url.pathname.slice('/_sim'.length).replace(/\/+$/, '')
    const q = url.searchParams
    const ok = (payload: unknown) => send(res, 200, payload)
    switch (`${method} ${path}`) {
        case 'GET /info':
            return ok(sim.info())
        case 'GET /clock':
            return ok({ now: s.nowIso(), frozen: s.clock.frozen })
        case 'POST /clock':
            if (b.real === true) s.clock.real()
            if (b.now !== undefined) s.clock.set(timeOf(b.now, 'now'), b.freeze === false)
            if (b.advanceMs !== undefined) s.clock.advance(Number(b.advanceMs))
            if (b.advanceSeconds !== undefined) s.clock.advance(Number(b.advanceSeconds) * 1000)
            if (b.now === undefined && b.freeze === true) s.clock.freeze()
            if (b.now === undefined && b.freeze === false) s.clock.resume()
            return ok({ now: s.nowIso(), frozen: s.clock.frozen })
        case 'POST /style':
            if (b.style !== 'documented' && b.style !== 'recorded') fail('style: documented or recorded')
            s.style = b.style as 'documented' | 'recorded'
            return ok({ style: s.style })
        case 'POST /config':
            if (b.style !== undefined) {
                if (b.style !== 'documented' && b.style !== 'recorded') fail('style: documented or recorded')
                s.style = b.style as 'documented' | 'recorded'
            }
            if (b.expiresIn !== undefined) s.expiresIn = Number(b.expiresIn)
            if (b.sessionLimit !== undefined) s.sessionLimit = Number(b.sessionLimit)
            if (b.companyName !== undefined) s.companyName = String(b.companyName)
            if (b.dateFormat !== undefined) {
                if (b.dateFormat !== 'extended' && b.dateFormat !== 'basic') fail('dateFormat: extended or basic')
                s.dateFormat = b.dateFormat as 'extended' | 'basic'
            }
            if (b.reportEntry !== undefined) {
                if (b.reportEntry !== 'start' && b.reportEntry !== 'end') fail('reportEntry: start or end')
                s.reportEntry = b.reportEntry as 'start' | 'end'
            }
            return ok({
                style: s.style,
                expiresIn: s.expiresIn,
                sessionLimit: s.sessionLimit,
                companyName: s.companyName,
                reportEntry: s.reportEntry,
                dateFormat: s.dateFormat,
            })
        case 'POST /seed':
            return ok(
                generate(s, { ...(b as object), seed: Number(b.seed ?? 1), connections: Number(b.connections ?? 0) } as GenerateOptions),
            )
        case 'POST /reset':
            s.connections.clear()
            s.sessions.clear()
            sim.faults.clear()
            sim.resetStats()
            sim.setRateLimit(null)
            return ok({ reset: true })
        case 'POST /reset/full':
            // the body holds start options (SimOptions); empty: the options the simulator was started with
            if (body.trim()) sim.reset(b as SimOptions)
            else sim.reset()
            return ok(sim.info())

        // --- connections ----------------------------------------------------------------------------
        case 'POST /connections': {
            const list = Array.isArray(b.records) ? (b.records as Record<string, unknown>[]) : [b]
            const recs = list.map((f) => s.makeConnection(f))
            s.connections.add(recs)
            return ok(Array.isArray(b.records) ? { records: recs } : recs[0])
        }
        case 'POST /connections/end': {
            const rec = s.connections.get(String(b.id)) ?? fail(`unknown connection ${String(b.id)}`, 404)
            const end = b.end_date === undefined || b.end_date === null ? s.now() : timeOf(b.end_date, 'end_date')
            if (isoOf(end) < rec.start_date) fail('end_date is before start_date')
            rec.end_date = isoOf(end)
            return ok(rec)
        }
        case 'POST /connections/end-running': {
            const before = b.before ? isoOf(timeOf(b.before, 'before')) : s.nowIso()
            const r = rng(Number(b.seed ?? 7))
            let ended = 0
            for (const c of s.connections.all) {
                if (c.end_date || c.start_date >= before) continue
                c.end_date = isoOf(Math.min(s.now(), Date.parse(c.start_date) + Math.floor(60 + r() * 3600) * 1000))
                ended++
            }
            return ok({ ended })
        }
        case 'POST /connections/raw': {
            // sets fields verbatim (no normalisation): odd or broken values a client must survive; start_date and id
            // stay as they are (they decide the report order)
            const rec = s.connections.get(String(b.id)) ?? fail(`unknown connection ${String(b.id)}`, 404)
            const fields = (b.fields ?? {}) as Record<string, unknown>
            if ('id' in fields || 'start_date' in fields) fail('raw: id and start_date cannot be changed (use dateFormat for date forms)')
            for (const [k, v] of Object.entries(fields)) {
                if (v === null) delete rec[k]
                else rec[k] = v
            }
            return ok(rec)
        }
        case 'GET /truth': {
            let records = truth(s, q.get('all') === 'true')
            if (q.get('order') === 'id') records = [...records].sort((a, c) => (a.id < c.id ? -1 : a.id > c.id ? 1 : 0))
            const total = records.length
            if (q.get('limit') !== null) {
                const offset = Number(q.get('offset') ?? 0)
                const limit = Number(q.get('limit'))
                const page = records.slice(offset, offset + limit)
                return ok({ records: page, total, ...(offset + page.length < total ? { next: offset + page.length } : {}) })
            }
            return streamRecords(res, records)
        }

        // --- tokens, clients, users, groups -------------------------------------------------------------------
        case 'POST /tokens': {
            const perms = (
                Array.isArray(b.permissions) ? b.permissions : ['session_management', 'connection_reporting', 'account']
            ) as Permission[]
            const token = s.createScriptToken(perms, b.userId ? String(b.userId) : undefined, b.company === true)
            return ok({ token })
        }
        case 'POST /tokens/expire': {
            const t = s.tokens.get(String(b.token))
            if (t) t.expiresAt = s.now()
            return ok({ expired: !!t })
        }
        case 'POST /tokens/revoke': {
            const known = s.tokens.has(String(b.token)) || s.refreshTokens.has(String(b.token))
            const refresh = s.refreshTokens.get(String(b.token))
            s.revoke(refresh ? refresh.accessToken : String(b.token))
            if (refresh) s.refreshTokens.delete(String(b.token))
            return ok({ revoked: known })
        }
        case 'GET /tokens':
            return ok({
                tokens: [...s.tokens.values()].map((t) => ({
                    token: t.value,
                    kind: t.kind,
                    userId: t.userId,
                    company: t.company,
                    scopes: [...t.scopes],
                    expiresAt: Number.isFinite(t.expiresAt) ? isoOf(t.expiresAt) : null,
                    clientId: t.clientId,
                })),
            })
        case 'POST /clients': {
            const id = String(b.id ?? fail('id required'))
            const existing = s.clients.get(id)
            const client = {
                id,
                secret: b.secret !== undefined ? String(b.secret) : (existing?.secret ?? s.secret(32)),
                redirectUris: Array.isArray(b.redirectUris) ? (b.redirectUris as string[]) : (existing?.redirectUris ?? []),
                permissions: Array.isArray(b.permissions)
                    ? (b.permissions as Permission[])
                    : (existing?.permissions ?? (['session_management', 'account'] as Permission[])),
            }
            s.clients.set(id, client)
            if (id === s.oauthClient.id) s.oauthClient = client
            return ok(client)
        }
        case 'GET /clients':
            return ok({ clients: [...s.clients.values()] })
        case 'POST /users': {
            const name = String(b.name ?? 'New Supporter')
            const email = String(b.email ?? fail('email required'))
            if ([...s.users.values()].some((u) => u.email.toLowerCase() === email.toLowerCase())) fail('email_in_use')
            const u = s.addUser(name, email, String(b.password ?? 'secret'), b.admin === true)
            return ok(u)
        }
        case 'GET /users':
            return ok({ users: [...s.users.values()] })
        case 'POST /groups': {
            const owner = String(b.owner ?? s.adminUserId)
            if (!s.users.has(owner)) fail(`unknown user ${owner}`)
            return ok(
                s.addGroup(String(b.name ?? fail('name required')), owner, Array.isArray(b.sharedWith) ? (b.sharedWith as string[]) : []),
            )
        }
        case 'GET /groups':
            return ok({ groups: [...s.groups.values()] })

        // --- sessions --------------------------------------------------------------------------------------
        case 'GET /sessions':
            return ok({ sessions: [...s.sessions.values()] })
        case 'POST /sessions/online': {
            const session = s.sessions.get(String(b.code)) ?? fail(`unknown session ${String(b.code)}`, 404)
            if (session.state !== 'open' && b.online !== false) fail('the session is closed')
            session.online = b.online !== false
            return ok({ code: session.code, online: session.online })
        }
        case 'POST /sessions/connect': {
            const session = s.sessions.get(String(b.code)) ?? fail(`unknown session ${String(b.code)}`, 404)
            const { code: _c, immediate, ...fields } = b
            const user = s.users.get(String(fields.userid ?? session.assigned_userid ?? session.creator))
            const group = s.groups.get(session.groupid)
            const rec: ConnectionRecord = s.makeConnection({
                userid: user?.id,
                username: user?.name,
                groupid: group?.id,
                groupname: group?.name,
                start_date: s.nowIso(),
                ...s.sessionFields(session),
                support_session_type: 2,
                ...fields,
            })
            if (immediate === true || session.state === 'closed') s.connections.add([rec])
            else session.pending.push(rec)
            return ok(rec)
        }
        case 'POST /license':
            s.sessionLimit = Number(b.sessionLimit ?? s.sessionLimit)
            return ok({ sessionLimit: s.sessionLimit })
        case 'POST /rate-limit':
            sim.setRateLimit(
                b.limit
                    ? {
                          limit: Number(b.limit),
                          windowSeconds: b.windowSeconds === undefined ? undefined : Number(b.windowSeconds),
                          mode: b.mode === '429' || b.mode === 429 ? '429' : '403',
                      }
                    : null,
            )
            return ok({ rateLimit: sim.rateLimitConfig() })

        // --- faults and stats ------------------------------------------------------------------------------------
        case 'POST /faults':
            return ok(sim.faults.add(b as unknown as FaultRule))
        case 'GET /faults':
            return ok({ faults: sim.faults.list(), injected: sim.faults.counts })
        case 'DELETE /faults':
            sim.faults.clear()
            return ok({ faults: [] })
        case 'GET /stats':
            return ok(sim.statsSnapshot())
        case 'DELETE /stats':
        case 'POST /stats/reset':
            sim.resetStats()
            return ok(sim.statsSnapshot())
    }
    const faultId = /^DELETE \/faults\/(\d+)$/.exec(`${method} ${path}`)
    if (faultId) return ok({ removed: sim.faults.remove(Number(faultId[1])) })
    const join = /^GET \/join\/(.+)$/.exec(`${method} ${path}`)
    if (join) return customerPage(s, s.sessions.get(decodeURIComponent(join[1])), res)
    const one = /^GET \/sessions\/(.+)$/.exec(`${method} ${path}`)
    if (one) return ok(s.sessions.get(decodeURIComponent(one[1])) ?? fail('unknown session', 404))
    fail(`unknown control route ${method} ${path}`, 404)
}

/** The whole truth as one JSON document, written in chunks (100,000 records without one huge string). */
function streamRecords(res: ServerResponse, records: ConnectionRecord[]): void {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' })
    res.write(`{"total":${records.length},"records":[`)
    for (let i = 0; i < records.length; i += 1000) {
        const chunk = records.slice(i, i + 1000).map((r) => JSON.stringify(r))
        res.write((i ? ',' : '') + chunk.join(','))
    }
    res.end(']}')
}
