/**
 * The simulator itself, over real HTTP (Node fetch): what the client tests do not already pin down.
 */
import { startSimulator, type SimHandle } from '../../tools/simulator/index'

const T0 = Date.UTC(2026, 9, 1, 12, 0, 0)
const REDIRECT = 'http://127.0.0.1/cb'
let sim: SimHandle
/** A JSON body, loosely typed for assertions. */
type J = Record<string, unknown> & { records: Record<string, unknown>[] }
const body = async (r: Response | Promise<Response>): Promise<J> => (await (await r).json()) as J

beforeAll(async () => {
    sim = await startSimulator({ now: T0, reportEntry: 'start', oauthClient: { redirectUris: [REDIRECT] } })
})
afterAll(() => sim.stop())

const api = (path: string, init: RequestInit = {}, token = sim.adminToken) =>
    fetch(`${sim.apiBase}${path}`, {
        ...init,
        headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    })

async function authorizeForm(fields: Record<string, string>): Promise<Response> {
    const body = new URLSearchParams({ client_id: sim.oauthClient.id, redirect_uri: REDIRECT, state: 's1', ...fields })
    return fetch(`${sim.url}/oauth2/authorize`, { method: 'POST', body, redirect: 'manual' })
}

async function token(form: Record<string, string>): Promise<Response> {
    return fetch(`${sim.apiBase}/oauth2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: sim.oauthClient.id, client_secret: sim.oauthClient.secret, ...form }),
    })
}

describe('OAuth authorize page', () => {
    test('shows a sign-in form with the request carried in hidden fields, escaped', async () => {
        const res = await fetch(
            `${sim.url}/oauth2/authorize?response_type=code&client_id=${sim.oauthClient.id}&redirect_uri=${encodeURIComponent(REDIRECT)}&state=%22%3E%3Cscript%3E&display=popup`,
        )
        const html = await res.text()
        expect(res.status).toBe(200)
        expect(html).toContain('id="email"')
        expect(html).toContain('value="&quot;&gt;&lt;script&gt;"')
        expect(html).not.toContain('"><script>')
    })
    test('an unknown client or an unregistered redirect URI never redirects', async () => {
        const res = await fetch(`${sim.url}/oauth2/authorize?client_id=nope&redirect_uri=${encodeURIComponent(REDIRECT)}&state=s`, {
            redirect: 'manual',
        })
        expect(res.status).toBe(400)
        const bad = await fetch(
            `${sim.url}/oauth2/authorize?client_id=${sim.oauthClient.id}&redirect_uri=${encodeURIComponent('https://evil.example/cb')}&state=s`,
            { redirect: 'manual' },
        )
        expect(bad.status).toBe(400)
    })
    test('denying redirects with error=access_denied and the state; a wrong password stays on the page', async () => {
        const denied = await authorizeForm({ decision: 'deny' })
        expect(denied.status).toBe(302)
        const to = new URL(denied.headers.get('location') as string)
        expect([to.searchParams.get('error'), to.searchParams.get('state')]).toEqual(['access_denied', 's1'])
        const wrong = await authorizeForm({ email: 'ann@example.com', password: 'nope', decision: 'allow' })
        expect(wrong.status).toBe(200)
        expect(await wrong.text()).toContain('Wrong e-mail or password')
    })
    test('codes expire after 10 minutes (simulator clock) and must come back with the same redirect_uri', async () => {
        const code = async () =>
            new URL(
                (await authorizeForm({ email: 'ann@example.com', password: 'ann', decision: 'allow' })).headers.get('location') as string,
            ).searchParams.get('code') as string
        const mismatched = await token({ grant_type: 'authorization_code', code: await code(), redirect_uri: 'http://127.0.0.1/other' })
        expect([mismatched.status, (await body(mismatched)).error]).toEqual([400, 'invalid_grant'])
        const late = await code()
        await sim.control.advanceClock(11 * 60000)
        const expired = await token({ grant_type: 'authorization_code', code: late, redirect_uri: REDIRECT })
        expect([expired.status, (await body(expired)).error]).toEqual([400, 'invalid_grant'])
        await sim.control.setClock(T0)
        const ok = await token({ grant_type: 'authorization_code', code: await code(), redirect_uri: REDIRECT })
        expect(ok.status).toBe(200)
        expect(Object.keys(await body(ok)).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type'])
    })
})

describe('API conventions', () => {
    test('a missing token gets 401 with WWW-Authenticate: Bearer; ping needs none', async () => {
        const res = await api('/reports/connections', {}, '')
        expect(res.status).toBe(401)
        expect(res.headers.get('www-authenticate')).toBe('Bearer')
        expect(await body(api('/ping', {}, ''))).toEqual({ token_valid: false })
    })
    test('report filters: session_code, has_code, userid; bad parameters are 400 invalid_request', async () => {
        await sim.control.seed({ seed: 4, connections: 300, from: T0 - 86400000, to: T0 - 60000, withCodeFraction: 0.5 })
        const withCode = (await body(api('/reports/connections?has_code=true'))).records as Record<string, unknown>[]
        const without = (await body(api('/reports/connections?has_code=false'))).records as Record<string, unknown>[]
        expect(withCode.length + without.length).toBe(300)
        expect(withCode.every((r) => typeof r.session_code === 'string')).toBe(true)
        expect(without.every((r) => !('session_code' in r) && !('end_customer' in r))).toBe(true)
        const code = withCode[0].session_code as string
        const byCode = (await body(api(`/reports/connections?session_code=${code}`))).records as Record<string, unknown>[]
        expect(byCode.length).toBeGreaterThan(0)
        expect(byCode.every((r) => r.session_code === code)).toBe(true)
        const bad = await api('/reports/connections?from_date=yesterday')
        expect([bad.status, (await body(bad)).error]).toEqual([400, 'invalid_request'])
        expect((await api('/reports/connections?offset_id=unknown')).status).toBe(400)
    })
    test('optional fields are absent, never null; integer support_session_type', async () => {
        const records = (await sim.control.truth()) as Record<string, unknown>[]
        for (const r of records) {
            expect(Object.values(r)).not.toContain(null)
            expect(typeof r.support_session_type).toBe('number')
        }
        expect(records.some((r) => !('devicename' in r))).toBe(true)
    })
    test('connection records can be annotated and deleted (204); invalid billing state is refused', async () => {
        const rec = await sim.control.addConnection({ start_date: '2026-10-01T10:00:00Z', end_date: '2026-10-01T10:05:00Z' })
        expect(
            (await api(`/reports/connections/${rec.id}`, { method: 'PUT', body: JSON.stringify({ billing_state: 'Billed', notes: 'ok' }) }))
                .status,
        ).toBe(204)
        expect(
            (await api(`/reports/connections/${rec.id}`, { method: 'PUT', body: JSON.stringify({ billing_state: 'Free' }) })).status,
        ).toBe(400)
        expect((await api(`/reports/connections/${rec.id}`, { method: 'DELETE' })).status).toBe(204)
        expect((await api(`/reports/connections/${rec.id}`, { method: 'DELETE' })).status).toBe(404)
    })
    test('recorded style: 201 with Location on create, state "Open", reports_remaining', async () => {
        await sim.control.setStyle('recorded')
        try {
            const res = await api('/sessions', { method: 'POST', body: JSON.stringify({ groupname: 'ServiceNow' }) })
            expect(res.status).toBe(201)
            const s = await body(res)
            expect(res.headers.get('location')).toBe(`${sim.apiBase}/sessions/${s.code}`)
            expect(s.state).toBe('Open')
            await sim.control.seed({ seed: 5, connections: 1500, from: T0 - 3600000, to: T0 - 60000 })
            const page = await body(api('/reports/connections'))
            expect([page.reports_remaining, page.records_remaining]).toEqual([500, undefined])
        } finally {
            await sim.control.setStyle('documented')
        }
    })
    test('the customer "opens the link": the online flag flips; closing clears it', async () => {
        const s = await body(api('/sessions', { method: 'POST', body: JSON.stringify({ groupname: 'ServiceNow' }) }))
        expect((await fetch(`${sim.url}/_sim/join/${s.code}`)).status).toBe(200)
        expect((await body(api(`/sessions/${s.code}`))).online).toBe(true)
        expect((await api(`/sessions/${s.code}`, { method: 'PUT', body: JSON.stringify({ state: 'closed' }) })).status).toBe(204)
        const closed = await body(api(`/sessions/${s.code}`))
        expect([closed.state, closed.online, typeof closed.closed_at]).toEqual(['closed', false, 'string'])
    })
    test('the generator is deterministic for a seed', async () => {
        await sim.control.seed({ seed: 42, connections: 50, from: T0 - 3600000, to: T0 })
        const a = await sim.control.truth()
        await sim.control.seed({ seed: 42, connections: 50, from: T0 - 3600000, to: T0 })
        expect(await sim.control.truth()).toEqual(a)
    })
})
