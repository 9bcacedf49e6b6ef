/**
 * Simulator: OAuth code flow, refresh rotation, revoke, token expiry by the simulator clock, permissions.
 */
import { startSimulator, type SimHandle } from '../../tools/simulator/index'
import { api, authorize, codeFor, HOUR, json, signIn, tokenCall, type J } from '../../tools/simulator/helpers'

const T0 = Date.UTC(2026, 9, 1, 12, 0, 0)
const REDIRECT = 'http://127.0.0.1/cb'
let sim: SimHandle

beforeAll(async () => {
    sim = await startSimulator({
        now: T0,
        expiresIn: 3600,
        oauthClient: { id: 'sn-client', secret: 'sn-secret', redirectUris: [REDIRECT] },
    })
})
afterAll(() => sim.stop())

describe('authorize page', () => {
    test('start options set the client; the page carries the request in hidden fields, escaped', async () => {
        expect(sim.oauthClient).toMatchObject({ id: 'sn-client', secret: 'sn-secret', redirectUris: [REDIRECT] })
        const res = await fetch(
            `${sim.url}/oauth2/authorize?response_type=code&client_id=sn-client&redirect_uri=${encodeURIComponent(REDIRECT)}&state=%22%3E%3Cx&display=popup`,
        )
        const html = await res.text()
        expect(res.status).toBe(200)
        expect(html).toMatch(/id="email"[\s\S]*id="password"[\s\S]*id="allow"[\s\S]*id="deny"/)
        expect(html).toContain('value="&quot;&gt;&lt;x"')
    })
    test('unknown client and unregistered redirect URI: 400 page, never a redirect; registering the URI fixes it', async () => {
        const unknown = await fetch(
            `${sim.url}/oauth2/authorize?response_type=code&client_id=nope&redirect_uri=${encodeURIComponent(REDIRECT)}&state=s`,
            { redirect: 'manual' },
        )
        expect(unknown.status).toBe(400)
        const other = 'http://127.0.0.1/other-cb'
        expect((await authorize(sim, { email: 'ann@example.com', password: 'ann', decision: 'allow' }, other)).status).toBe(400)
        await sim.control.registerClient({ id: 'sn-client', redirectUris: [REDIRECT, other] })
        expect((await authorize(sim, { email: 'ann@example.com', password: 'ann', decision: 'allow' }, other)).status).toBe(302)
        await sim.control.registerClient({ id: 'sn-client', redirectUris: [REDIRECT] })
    })
    test('deny → error=access_denied with the state; wrong password stays on the page', async () => {
        const denied = await authorize(sim, { decision: 'deny' }, REDIRECT)
        const to = new URL(denied.headers.get('location') as string)
        expect([denied.status, to.origin + to.pathname, to.searchParams.get('error'), to.searchParams.get('state')]).toEqual([
            302,
            REDIRECT,
            'access_denied',
            'st-1',
        ])
        const wrong = await authorize(sim, { email: 'ann@example.com', password: 'x', decision: 'allow' }, REDIRECT)
        expect(wrong.status).toBe(200)
        expect(await wrong.text()).toContain('Wrong e-mail or password')
    })
})

describe('token endpoint', () => {
    test('code flow → refresh rotation → old refresh token rejected → revoke', async () => {
        const code = await codeFor(sim, 'ann@example.com', 'ann', REDIRECT)
        const res = await tokenCall(sim, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT })
        const first = await json(res)
        expect(res.status).toBe(200)
        expect(Object.keys(first).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type'])
        expect([first.token_type, first.expires_in]).toEqual(['bearer', 3600])
        // codes are single use
        const again = await tokenCall(sim, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT })
        expect([again.status, (await json(again)).error]).toEqual([400, 'invalid_grant'])
        expect(await json(api(sim, '/account', { token: first.access_token as string }))).toMatchObject({
            email: 'ann@example.com',
            userid: expect.stringMatching(/^u\d+$/),
        })

        const refreshed = await json(tokenCall(sim, { grant_type: 'refresh_token', refresh_token: first.refresh_token as string }))
        expect(refreshed.refresh_token).not.toBe(first.refresh_token)
        expect((await api(sim, '/account', { token: first.access_token as string })).status).toBe(401) // the old pair died
        const reuse = await tokenCall(sim, { grant_type: 'refresh_token', refresh_token: first.refresh_token as string })
        expect([reuse.status, (await json(reuse)).error]).toEqual([400, 'invalid_grant'])

        const revoked = await api(sim, '/oauth2/revoke', { method: 'POST', token: refreshed.access_token as string })
        expect([revoked.status, await revoked.text()]).toEqual([200, ''])
        expect((await api(sim, '/account', { token: refreshed.access_token as string })).status).toBe(401)
        const afterRevoke = await tokenCall(sim, { grant_type: 'refresh_token', refresh_token: refreshed.refresh_token as string })
        expect([afterRevoke.status, (await json(afterRevoke)).error]).toEqual([400, 'invalid_grant'])
    })
    test('wrong secret → 401 invalid_client; missing parameters → 400 invalid_request; mismatched redirect → invalid_grant', async () => {
        const code = await codeFor(sim, 'ben@example.com', 'ben', REDIRECT)
        const wrong = await tokenCall(sim, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_secret: 'nope' })
        expect([wrong.status, (await json(wrong)).error]).toEqual([401, 'invalid_client'])
        const missing = await tokenCall(sim, { grant_type: 'refresh_token' })
        expect([missing.status, (await json(missing)).error]).toEqual([400, 'invalid_request'])
        const mismatch = await tokenCall(sim, { grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1/x' })
        expect([mismatch.status, (await json(mismatch)).error]).toEqual([400, 'invalid_grant'])
    })
    test('codes expire after 10 minutes and access tokens after expires_in, by the simulator clock', async () => {
        const late = await codeFor(sim, 'ann@example.com', 'ann', REDIRECT)
        await sim.control.advanceClock(10 * 60000 + 1000)
        const expiredCode = await tokenCall(sim, { grant_type: 'authorization_code', code: late, redirect_uri: REDIRECT })
        expect([expiredCode.status, (await json(expiredCode)).error]).toEqual([400, 'invalid_grant'])

        const grant = await signIn(sim, 'ann@example.com', 'ann', REDIRECT)
        await sim.control.advanceClock(HOUR - 1000)
        expect((await api(sim, '/account', { token: grant.access_token })).status).toBe(200)
        expect(await json(api(sim, '/ping', { token: grant.access_token }))).toEqual({ token_valid: true })
        await sim.control.advanceClock(1000)
        const expired = await api(sim, '/account', { token: grant.access_token })
        expect([expired.status, await json(expired)]).toEqual([
            401,
            { error: 'token_expired', error_description: 'The access token expired', error_code: 1 },
        ])
        expect(await json(api(sim, '/ping', { token: grant.access_token }))).toEqual({ token_valid: false })
        // the refresh token still works after the access token expired
        const fresh = await json(tokenCall(sim, { grant_type: 'refresh_token', refresh_token: grant.refresh_token }))
        expect((await api(sim, '/account', { token: fresh.access_token as string })).status).toBe(200)
        await sim.control.setClock(T0)
    })
    test('revoking a grant in the "Management Console" (control API) kills access and refresh token', async () => {
        const grant = await signIn(sim, 'ben@example.com', 'ben', REDIRECT)
        await sim.control.revokeToken(grant.refresh_token)
        expect((await api(sim, '/account', { token: grant.access_token })).status).toBe(401)
        expect((await tokenCall(sim, { grant_type: 'refresh_token', refresh_token: grant.refresh_token })).status).toBe(400)
    })
})

describe('authentication and permissions', () => {
    test('missing token → 401 with WWW-Authenticate: Bearer; unknown token → 401 invalid_token; ping needs none', async () => {
        const none = await api(sim, '/account', { token: '' })
        expect([none.status, none.headers.get('www-authenticate'), (await json(none)).error]).toEqual([401, 'Bearer', 'invalid_token'])
        const unknown = await api(sim, '/account', { token: 'nope' })
        expect([unknown.status, (await json(unknown)).error]).toEqual([401, 'invalid_token'])
        expect(await json(api(sim, '/ping', { token: '' }))).toEqual({ token_valid: false })
        expect(await json(api(sim, '/ping'))).toEqual({ token_valid: true })
    })
    test('every endpoint enforces its permission with 403 invalid_permission', async () => {
        const reportOnly = await sim.control.createToken({ permissions: ['connection_reporting'] })
        const sessionsReadOnly = await sim.control.createToken({ permissions: ['Sessions.Read'] })
        const expect403 = async (path: string, token: string, init: RequestInit = {}) => {
            const res = await api(sim, path, { ...init, token })
            const b = await json(res)
            expect([path, res.status, b.error, typeof b.error_description]).toEqual([path, 403, 'invalid_permission', 'string'])
        }
        await expect403('/account', reportOnly)
        await expect403('/groups', reportOnly)
        await expect403('/users', reportOnly)
        await expect403('/sessions', reportOnly)
        await expect403('/sessions', sessionsReadOnly, { method: 'POST', body: JSON.stringify({ groupname: 'X' }) })
        await expect403('/reports/connections', sessionsReadOnly)
        expect((await api(sim, '/reports/connections', { token: reportOnly })).status).toBe(200)
        expect((await api(sim, '/sessions', { token: sessionsReadOnly })).status).toBe(200)
    })
    test('OAuth access tokens carry the permissions of the client (default: sessions + account, no reports)', async () => {
        const grant = await signIn(sim, 'ann@example.com', 'ann', REDIRECT)
        expect((await api(sim, '/reports/connections', { token: grant.access_token })).status).toBe(403)
        expect((await api(sim, '/sessions', { token: grant.access_token })).status).toBe(200)
        await sim.control.registerClient({ id: 'sn-client', permissions: ['session_management', 'account', 'connection_reporting'] })
        const wider = await signIn(sim, 'ann@example.com', 'ann', REDIRECT)
        expect((await api(sim, '/reports/connections', { token: wider.access_token })).status).toBe(200)
        await sim.control.registerClient({ id: 'sn-client', permissions: ['session_management', 'account'] })
    })
    test('account, groups and users', async () => {
        const account = await json(api(sim, '/account'))
        expect(Object.keys(account).sort()).toEqual(['company_name', 'email', 'email_validated', 'name', 'userid'])
        await api(sim, '/sessions', { method: 'POST', body: JSON.stringify({ groupname: 'Helpdesk' }) })
        const groups = (await json<{ groups: J[] }>(api(sim, '/groups?name=help'))).groups
        expect(groups).toEqual([{ id: expect.stringMatching(/^g\d+$/), name: 'Helpdesk', permissions: 'owned' }])
        const users = (await json<{ users: J[] }>(api(sim, '/users'))).users
        expect(users.map((u) => u.id)).toEqual(expect.arrayContaining([account.userid]))
    })
})
