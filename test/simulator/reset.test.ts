/**
 * Issue #17 item 6 — the complete reset (POST /_sim/reset/full, SimHandle.reset): a simulator that has been used
 * in every way and then reset is indistinguishable from a fresh startSimulator(options) — same state through every
 * control route, same answers to the same calls afterwards (seeded ids and codes included), same faults, statistics
 * and rate limit. This is what lets a test file share one simulator process and reset it before each test.
 */
import { submitSignInPage } from '../../tools/simulator/helpers'
import { startSimulator, type SimHandle, type SimOptions } from '../../tools/simulator/index'

const T0 = Date.UTC(2026, 9, 1, 12, 0, 0)
const REDIRECT = 'http://127.0.0.1/cb'
type J = Record<string, unknown>

/** Options touching every part of the state a start sets up. */
const OPTIONS: SimOptions = {
    now: T0,
    style: 'recorded',
    reportEntry: 'start',
    dateFormat: 'basic',
    seed: 5,
    expiresIn: 600,
    sessionLimit: 4,
    adminToken: 'admin-token-fixed-for-comparison',
    oauthClient: {
        id: 'sn-app',
        secret: 'sn-secret',
        redirectUris: [REDIRECT],
        permissions: ['session_management', 'account', 'connection_reporting'],
    },
    rateLimit: { limit: 6, windowSeconds: 60 },
    generate: { seed: 2, connections: 25, users: 2, groups: 2, sessions: 3, from: T0 - 86400000, to: T0 - 3600000 },
}

const started: SimHandle[] = []
async function start(o: SimOptions): Promise<SimHandle> {
    const sim = await startSimulator(o)
    started.push(sim)
    return sim
}
afterAll(async () => {
    for (const s of started) await s.stop()
})

const api = (sim: SimHandle, method: string, path: string, body?: unknown, token = sim.adminToken) =>
    fetch(`${sim.apiBase}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
    })

/** Everything the control API shows of the state, with the one thing that is legitimately timing-dependent removed. */
async function dump(sim: SimHandle): Promise<J> {
    const c = sim.control
    const get = (route: string) => c.call<J>('GET', route)
    const stats = await c.stats()
    return {
        info: await c.info(),
        clock: await c.clock(),
        users: await get('/users'),
        groups: await get('/groups'),
        tokens: await get('/tokens'),
        clients: await get('/clients'),
        sessions: await get('/sessions'),
        truth: await get('/truth?all=true&order=id'),
        faults: await get('/faults'),
        stats,
    }
}

/** The same calls on a simulator, recording what an API client sees (statuses and bodies). */
async function script(sim: SimHandle): Promise<unknown[]> {
    const seen: unknown[] = []
    const record = async (r: Response) => {
        const text = await r.text()
        const local = (t: string) => t.split(`127.0.0.1:${sim.port}`).join('<sim>')
        seen.push([r.status, local(r.headers.get('location') ?? ''), local(text)])
    }
    await record(
        await api(sim, 'POST', '/sessions', {
            groupname: 'Desk',
            description: 'after',
            end_customer: { name: 'Eve', email: 'eve@example.com' },
        }),
    )
    await record(await api(sim, 'GET', '/sessions?full_list=true'))
    await record(await api(sim, 'GET', '/reports/connections'))
    await record(await api(sim, 'GET', '/groups'))
    await record(await api(sim, 'GET', '/users?full_list=true'))
    seen.push(await sim.control.addUser({ name: 'Zed', email: 'zed@example.com', password: 'zed' }))
    seen.push(await sim.control.addGroup({ name: 'Later' }))
    seen.push(await sim.control.addConnection({ start_date: new Date(T0 - 60000).toISOString(), end_date: new Date(T0).toISOString() }))
    await record(await api(sim, 'GET', '/account')) // the rate limit of OPTIONS: the 6th counted call of the admin token
    await record(await api(sim, 'GET', '/account')) // the 7th is over it
    return seen
}

/** Uses a simulator in every way a test can: data, identities, grants, clock, configuration, faults, limits. */
async function useEverything(sim: SimHandle): Promise<void> {
    const c = sim.control
    await c.setClock(T0 + 5 * 86400000, { run: true })
    await c.configure({
        style: 'documented',
        expiresIn: 60,
        sessionLimit: 50,
        companyName: 'Other',
        reportEntry: 'end',
        dateFormat: 'extended',
    })
    await c.seed({ seed: 9, connections: 40, users: 3, groups: 2, sessions: 4 })
    const eve = await c.addUser({ name: 'Eve', email: 'eve@example.com', password: 'eve', admin: true })
    await c.addGroup({ name: 'Shared', owner: eve.id, sharedWith: ['u1000002'] })
    const token = await c.createToken({ permissions: ['connection_reporting'], userId: eve.id })
    await c.expireToken(token)
    await c.revokeToken(sim.adminToken)
    await c.registerClient({ id: 'extra', secret: 'x', redirectUris: [REDIRECT] })
    await c.registerClient({ id: sim.oauthClient.id, redirectUris: [REDIRECT, 'http://127.0.0.1/other'] })
    // an OAuth grant through the sign-in page, and a code left unused
    const authorize = `${sim.url}/oauth2/authorize?response_type=code&client_id=${sim.oauthClient.id}&redirect_uri=${encodeURIComponent(REDIRECT)}&state=s`
    const to = await submitSignInPage(authorize, { email: 'ann@example.com', password: 'ann', decision: 'allow' })
    const grant = await fetch(`${sim.apiBase}/oauth2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
            grant_type: 'authorization_code',
            code: String(to.searchParams.get('code')),
            redirect_uri: REDIRECT,
            client_id: sim.oauthClient.id,
            client_secret: sim.oauthClient.secret,
        }),
    })
    expect(grant.status).toBe(200)
    const access = String(((await grant.json()) as J).access_token)
    await submitSignInPage(authorize, { email: 'ben@example.com', password: 'ben', decision: 'allow' })
    const created = await api(sim, 'POST', '/sessions', { groupname: 'Mine', description: 'before' }, access)
    expect(created.status).toBe(200)
    const code = String(((await created.json()) as J).code)
    await c.setOnline(code)
    await c.connectSession(code, { devicename: 'PC-X' })
    await c.addConnection({ start_date: new Date(T0).toISOString() })
    await c.fault({ kind: 'status', status: 503, path: '/api/v1/groups', onCalls: [1] })
    expect((await api(sim, 'GET', '/groups', undefined, access)).status).toBe(503)
    await c.fault({ kind: 'random', rate: 0.5, seed: 3 })
    await c.setRateLimit({ limit: 1, windowSeconds: 3600, mode: '429' })
    await c.setSessionLimit(1)
    const before = await c.stats()
    expect(before.total).toBeGreaterThan(0)
}

test('a used simulator, reset with options, equals a fresh start with them: state, answers, ids, faults, statistics, rate limit', async () => {
    const used = await start({ now: T0 - 86400000, style: 'documented' })
    await useEverything(used)
    const oldToken = used.adminToken
    await used.reset(OPTIONS)
    const fresh = await start(OPTIONS)

    expect(used.adminToken).toBe(OPTIONS.adminToken)
    expect(used.oauthClient).toEqual(fresh.oauthClient)
    expect(await dump(used)).toEqual(await dump(fresh))
    expect(await script(used)).toEqual(await script(fresh))
    expect(await dump(used)).toEqual(await dump(fresh))
    // the old admin token died with the reset (OPTIONS fix another value)
    expect((await api(used, 'GET', '/account', undefined, oldToken)).status).toBe(401)
})

test('a reset without options goes back to the start options; random secrets are new, as at a new start', async () => {
    const startOptions: SimOptions = { now: T0, reportEntry: 'start', oauthClient: { redirectUris: [REDIRECT] } }
    const used = await start(startOptions)
    const first = { adminToken: used.adminToken, client: used.oauthClient }
    await useEverything(used)
    await used.reset()
    const fresh = await start(startOptions)

    // admin token, OAuth client id and secret are random at every start: new ones, the handle knows them
    expect(used.adminToken).not.toBe(first.adminToken)
    expect(used.oauthClient.id).not.toBe(first.client.id)
    expect(await used.control.info()).toMatchObject({ adminToken: used.adminToken, oauthClient: used.oauthClient })

    const secretsOf = (sim: SimHandle) => [sim.adminToken, sim.oauthClient.id, sim.oauthClient.secret]
    const blank = (text: string, sim: SimHandle) => secretsOf(sim).reduce((t, s) => t.split(s).join('<secret>'), text)
    expect(blank(JSON.stringify(await dump(used)), used)).toEqual(blank(JSON.stringify(await dump(fresh)), fresh))
    expect(blank(JSON.stringify(await script(used)), used)).toEqual(blank(JSON.stringify(await script(fresh)), fresh))
    expect(blank(JSON.stringify(await dump(used)), used)).toEqual(blank(JSON.stringify(await dump(fresh)), fresh))
    // the new admin token works, the old one died with the reset
    expect((await api(used, 'GET', '/account')).status).toBe(200)
    expect((await api(used, 'GET', '/account', undefined, first.adminToken)).status).toBe(401)
})

test('an answer delayed by a fault across a reset is dropped: it changes nothing after the reset', async () => {
    const sim = await start({ now: T0 })
    await sim.control.fault({ kind: 'delay', delayMs: 300, path: '/api/v1/sessions', method: 'POST' })
    const late = api(sim, 'POST', '/sessions', { groupname: 'Late', description: 'sent before the reset' }).then(
        (r) => r.status,
        () => 'no answer',
    )
    // the call has reached the simulator (counted) before the reset
    for (let i = 0; i < 100 && (await sim.control.stats()).total === 0; i++) await new Promise((r) => setImmediate(r))
    expect((await sim.control.stats()).total).toBe(1)
    await sim.reset()
    expect(await late).toBe('no answer')
    const s = await sim.control.info()
    expect(s.sessions).toBe(0)
    expect(await sim.control.call('GET', '/groups')).toEqual({ groups: [] })
    expect((await sim.control.stats()).total).toBe(0)
})

test('a reset with invalid options is refused and changes nothing', async () => {
    const sim = await start({ now: T0 })
    await sim.control.addUser({ email: 'kept@example.com' })
    await expect(sim.control.resetFull({ reportEntry: 'middle' as never })).rejects.toThrow(/400/)
    await expect(sim.control.resetFull({ oauthClient: { permissions: ['everything' as never] } })).rejects.toThrow(/unknown permission/)
    expect(((await sim.control.call('GET', '/users')) as { users: { email: string }[] }).users.map((u) => u.email)).toContain(
        'kept@example.com',
    )
})
