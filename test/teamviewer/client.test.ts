/**
 * Issue #4 — the app's one TeamViewer client, from the BUILT app in the local runtime, against the simulator
 * over real HTTP: every operation, every error mapping and every fault mode, in both response styles
 * ("documented": state open, 200 on create, records_remaining; "recorded": Open, 201, reports_remaining).
 */
import { Runtime } from '../../tools/runtime'
import { startSimulator, type SimHandle, type SimOptions } from '../../tools/simulator'

const T0 = Date.UTC(2026, 9, 1, 12, 0, 0)
const REDIRECT = 'http://127.0.0.1/api/x_tvgh_teamviewer/oauth/callback'

interface TvError {
    kind: string
    status: number
    code: string
    retryAfterSeconds: number | null
    message: string
}
type Client = Record<string, (...args: unknown[]) => unknown> & { requests: number }

function caught(fn: () => unknown): TvError {
    try {
        fn()
    } catch (e) {
        return e as TvError
    }
    throw new Error('expected an error')
}

/** Signs a simulated user in through the authorize page, as a browser would; returns the code. */
async function authorize(sim: SimHandle, email = 'ann@example.com', password = 'ann'): Promise<string> {
    const body = new URLSearchParams({
        client_id: sim.oauthClient.id,
        redirect_uri: REDIRECT,
        state: 'st-1',
        response_type: 'code',
        email,
        password,
        decision: 'allow',
    })
    const res = await fetch(`${sim.url}/oauth2/authorize`, { method: 'POST', body, redirect: 'manual' })
    expect(res.status).toBe(302)
    const location = new URL(res.headers.get('location') as string)
    expect(location.searchParams.get('state')).toBe('st-1')
    return location.searchParams.get('code') as string
}

describe.each(['documented', 'recorded'] as const)('client against the simulator (%s style)', (style) => {
    let sim: SimHandle
    let rt: Runtime
    let clientWithToken: (token: string) => Client
    const oauth = () => ({ clientId: sim.oauthClient.id, clientSecret: sim.oauthClient.secret })

    const options: SimOptions = { now: T0, style, reportEntry: 'start', oauthClient: { redirectUris: [REDIRECT] } }
    beforeAll(async () => {
        sim = await startSimulator(options)
        rt = Runtime.load({ now: T0 })
        rt.setProperty('x_tvgh_teamviewer.api.base_url', sim.apiBase)
        rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'true')
        rt.setProperty('x_tvgh_teamviewer.api.timeout_seconds', '1')
        clientWithToken = rt.require('src/server/entry/wiring/clients.ts').clientWithToken as (token: string) => Client
    })
    afterAll(async () => {
        rt.close()
        await sim.stop()
    })
    beforeEach(async () => {
        // every test on a fresh simulator (a new admin token and OAuth client too); the runtime holds no state of it
        await sim.reset(options)
    })

    test('ping tells a valid token from an invalid one without throwing', () => {
        expect(clientWithToken(sim.adminToken).ping()).toEqual({ tokenValid: true })
        expect(clientWithToken('nope').ping()).toEqual({ tokenValid: false })
    })

    test('OAuth: code exchange, account, refresh rotation, single-use refresh token, revoke', async () => {
        const code = await authorize(sim)
        const c0 = clientWithToken('')
        const grant = c0.exchangeCode(code, REDIRECT, oauth()) as { accessToken: string; refreshToken: string; expiresIn: number }
        expect(grant.expiresIn).toBe(86400)
        expect(clientWithToken(grant.accessToken).account()).toMatchObject({
            userId: 'u1000002',
            name: 'Ann Supporter',
            email: 'ann@example.com',
        })
        // the code is single-use
        expect(caught(() => c0.exchangeCode(code, REDIRECT, oauth())).kind).toBe('invalid_token')
        const next = c0.refresh(grant.refreshToken, oauth()) as { accessToken: string; refreshToken: string }
        expect(next.refreshToken).not.toBe(grant.refreshToken)
        // the old refresh token died with the rotation, and so did the old access token
        expect(caught(() => c0.refresh(grant.refreshToken, oauth())).kind).toBe('invalid_token')
        expect(caught(() => clientWithToken(grant.accessToken).account()).kind).toBe('invalid_token')
        // a wrong client secret is the admin's problem, not the supporter's
        expect(caught(() => c0.refresh(next.refreshToken, { clientId: sim.oauthClient.id, clientSecret: 'wrong' })).kind).toBe(
            'invalid_client',
        )
        clientWithToken(next.accessToken).revoke()
        expect(clientWithToken(next.accessToken).ping()).toEqual({ tokenValid: false })
        expect(caught(() => c0.refresh(next.refreshToken, oauth())).kind).toBe('invalid_token')
    })

    test('an expired access token maps to expired_token', async () => {
        const grant = clientWithToken('').exchangeCode(await authorize(sim), REDIRECT, oauth()) as { accessToken: string }
        await sim.control.expireToken(grant.accessToken)
        const e = caught(() => clientWithToken(grant.accessToken).account())
        expect([e.kind, e.status, e.code]).toEqual(['expired_token', 401, 'token_expired'])
    })

    test('sessions: create (200 or 201), get, list with paging fields, update, close', () => {
        const c = clientWithToken(sim.adminToken)
        const s = c.createSession({
            groupName: 'ServiceNow',
            description: 'INC0010001: printer',
            endCustomer: { name: 'Bob', email: 'bob@example.com' },
            customApi: 'task-sys-id',
        }) as Record<string, unknown>
        expect(s.code).toMatch(/^s\d{2,3}-\d{3}-\d{3}$/)
        expect(s).toMatchObject({
            state: 'open',
            endCustomerName: 'Bob',
            endCustomerEmail: 'bob@example.com',
            supportSessionType: 'default',
        })
        expect(s.endCustomerLink).toMatch(/^https:\/\/get\.teamviewer\.com\/v15\/s\d+$/)
        expect(s.supporterLink).toMatch(/^https:\/\/get\.teamviewer\.com\/v15\/s\d+-\d+$/)
        expect(c.getSession(s.code)).toMatchObject({ code: s.code, state: 'open', online: false })
        const page = c.listSessions({ fullList: true }) as { sessions: { code: string }[]; nextOffset: string | null }
        expect(page.sessions.map((x) => x.code)).toContain(s.code)
        expect(page.nextOffset).toBeNull()
        c.updateSession(s.code, { description: 'changed' })
        expect(c.getSession(s.code)).toMatchObject({ description: 'changed' })
        c.closeSession(s.code)
        expect(c.getSession(s.code)).toMatchObject({ state: 'closed' })
        expect(
            (c.listSessions({ states: ['closed'] }) as { sessions: { code: string; state: string }[] }).sessions.find(
                (x) => x.code === s.code,
            )?.state,
        ).toBe('closed')
    })

    test('session errors: not found, validation, licence limit', async () => {
        const c = clientWithToken(sim.adminToken)
        expect(caught(() => c.getSession('s00-000-000')).kind).toBe('not_found')
        const invalid = caught(() => c.createSession({ groupName: 'ServiceNow', endCustomer: { email: 'not-an-email' } }))
        expect([invalid.kind, invalid.status]).toEqual(['invalid_request', 400])
        expect(invalid.message).toMatch(/end_customer\.email/)
        await sim.control.setSessionLimit(0)
        expect(caught(() => c.createSession({ groupName: 'ServiceNow' })).kind).toBe('license_limit')
        await sim.control.setSessionLimit(1000)
    })

    test('connection report paging: 1000 per page, both counter spellings, last page without counters', async () => {
        await sim.control.seed({ seed: 9, connections: 2300, from: T0 - 86400000, to: T0 - 60000 })
        const c = clientWithToken(sim.adminToken)
        const query = { from: '2026-09-30T12:00:00Z', to: '2026-10-01T12:00:00Z' }
        const p1 = c.connectionPage(query) as { records: { id: string; endDate: string | null }[]; nextOffset: string; remaining: number }
        expect([p1.records.length, p1.remaining, p1.nextOffset]).toEqual([1000, 1300, p1.records[999].id])
        const p2 = c.connectionPage({ ...query, offsetId: p1.nextOffset }) as typeof p1
        const p3 = c.connectionPage({ ...query, offsetId: p2.nextOffset }) as typeof p1
        expect([p3.records.length, p3.nextOffset, p3.remaining]).toEqual([300, null, null])
        expect(new Set([...p1.records, ...p2.records, ...p3.records].map((r) => r.id)).size).toBe(2300)
        // to_date is exclusive, from_date inclusive
        const first = p1.records[0] as unknown as { id: string; startDate: string }
        const exact = c.connectionPage({ from: first.startDate, to: first.startDate }) as typeof p1
        expect(exact.records).toHaveLength(0)
    })

    test('missing permission: a script token without connection reporting', async () => {
        const token = await sim.control.createToken({ permissions: ['session_management'] })
        const e = caught(() => clientWithToken(token).connectionPage({}))
        expect([e.kind, e.status, e.code]).toEqual(['missing_permission', 403, 'invalid_permission'])
        expect(e.message).not.toContain(token)
    })

    test('rate limits: 403 rate_limit_reached and 429 with Retry-After; never retried', async () => {
        const c = clientWithToken(sim.adminToken)
        await sim.control.fault({ kind: 'status', status: 403, path: '/api/v1/reports/connections', onCalls: [1] })
        expect(caught(() => c.connectionPage({}))).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: null })
        await sim.control.clearFaults()
        await sim.control.fault({ kind: 'status', status: 429, retryAfter: 90, path: '/api/v1/reports/connections', onCalls: [1] })
        const before = c.requests
        expect(caught(() => c.connectionPage({}))).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 90 })
        expect(c.requests - before).toBe(1)
        await sim.control.clearFaults()
        await sim.control.setRateLimit({ limit: 2, windowSeconds: 3600, mode: '429' })
        const limited = clientWithToken(await sim.control.createToken({}))
        limited.ping()
        limited.connectionPage({})
        limited.connectionPage({})
        expect(caught(() => limited.connectionPage({})).kind).toBe('rate_limited')
        await sim.control.setRateLimit({ limit: 0 })
    })

    test.each([
        ['a 500', { kind: 'status', status: 500 }, 'server_error'],
        ['a 503', { kind: 'status', status: 503 }, 'server_error'],
        ['malformed JSON', { kind: 'malformed' }, 'server_error'],
        ['a dropped connection', { kind: 'drop' }, 'network_error'],
        ['an answer slower than the timeout', { kind: 'delay', delayMs: 1500 }, 'network_error'],
    ])(
        'a read survives one fault of %s (repeated), and one that persists is reported (%j → %s)',
        async (_name, fault, kind) => {
            const c = clientWithToken(sim.adminToken)
            await sim.control.fault({ ...(fault as object), path: '/api/v1/reports/connections', onCalls: [1] } as never)
            const before = c.requests
            expect((c.connectionPage({}) as { records: unknown[] }).records).toBeDefined()
            expect(c.requests - before).toBe(2)
            await sim.control.clearFaults()
            await sim.control.fault({ ...(fault as object), path: '/api/v1/reports/connections', rate: 1 } as never)
            const again = c.requests
            const e = caught(() => c.connectionPage({}))
            expect(e.kind).toBe(kind)
            expect(c.requests - again).toBe(3)
            expect(e.message).not.toContain(sim.adminToken)
        },
        20000,
    )

    test('a session create is never repeated, even after a dropped answer', async () => {
        const c = clientWithToken(sim.adminToken)
        await sim.control.fault({ kind: 'drop', path: '/api/v1/sessions', method: 'POST', onCalls: [1] })
        expect(caught(() => c.createSession({ groupName: 'ServiceNow' })).kind).toBe('network_error')
        expect((await sim.control.stats()).byEndpoint['POST /api/v1/sessions']).toBe(1)
    })

    test('faults injected at a seeded rate reproduce exactly', async () => {
        const outcome = async () => {
            await sim.control.clearFaults()
            await sim.control.fault({ kind: 'random', rate: 0.5, seed: 77, kinds: ['status', 'malformed'], path: '/api/v1/ping' })
            const c = clientWithToken(sim.adminToken)
            return Array.from({ length: 12 }, () => {
                try {
                    c.ping()
                    return 'ok'
                } catch (e) {
                    return (e as TvError).kind
                }
            }).join(',')
        }
        const first = await outcome()
        expect(first).toMatch(/server_error/)
        expect(first).toMatch(/ok/)
        expect(await outcome()).toBe(first)
    })
})

test('only https hosts under teamviewer.com are called unless a custom endpoint is allowed', async () => {
    const rt = Runtime.load({ now: T0 })
    try {
        rt.setProperty('x_tvgh_teamviewer.api.base_url', 'http://127.0.0.1:9/api/v1')
        const { clientWithToken } = rt.require('src/server/entry/wiring/clients.ts') as { clientWithToken: (t: string) => unknown }
        expect(caught(() => clientWithToken('t'))).toMatchObject({ kind: 'configuration' })
        expect(rt.stats.restCalls).toBe(0)
        rt.setProperty('x_tvgh_teamviewer.api.base_url', 'https://webapi.teamviewer.com.evil.example/api/v1')
        expect(caught(() => clientWithToken('t'))).toMatchObject({ kind: 'configuration' })
    } finally {
        rt.close()
    }
})
