/**
 * Issue #11 item 1 — supporter sign-in to TeamViewer (OAuth 2.0 authorization code), driven as a browser
 * would: the app's authorize URL → the simulator's sign-in page → the app's callback route. The BUILT app
 * runs in the local runtime; TeamViewer is the simulator over real HTTP.
 */
import { submitSignInPage } from '../../tools/simulator/helpers'
import { call, followCallback, HOUR, MINUTE, result, setTime, signIn, startEnv, stopEnv, visibleText, type Env, type Json } from './env'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const ANN = { email: 'ann@example.com', password: 'ann' }
const BEN = { email: 'ben@example.com', password: 'ben' }

let env: Env
oneSimulatorPerFile()
beforeEach(async () => {
    env = await startEnv(T0, { expiresIn: 3600 })
    env.rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
    env.rt.createUser({ user_name: 'sup.ben', roles: ['itil'] })
    env.rt.createUser({ user_name: 'no.role', roles: [] })
    env.rt.createUser({ user_name: 'tv.admin', roles: ['x_tvgh_teamviewer.admin', 'itil'] })
})
afterEach(() => stopEnv(env))

/** The stored grant of a user, decrypted as server code reads it. */
function grantOf(user: string): { access: string; refresh: string; expires: string; tvUser: string; raw: Json } | null {
    const id = env.rt.query('sys_user', `user_name=${user}`)[0].sys_id
    const rows = env.rt.query('x_tvgh_teamviewer_token', `user=${id}`)
    if (rows.length === 0) return null
    const clear = env.rt.execute(
        `var gr = new GlideRecord('x_tvgh_teamviewer_token'); gr.get('user', '${id}'); return [gr.getElement('access_token').getDecryptedValue(), gr.getElement('refresh_token').getDecryptedValue()];`,
    ) as string[]
    return { access: clear[0], refresh: clear[1], expires: rows[0].expires_at, tvUser: rows[0].tv_user_id, raw: rows[0] }
}

async function simTokens(): Promise<string[]> {
    const r = (await env.sim.control.call('GET', '/tokens')) as { tokens: { token: string }[] }
    return r.tokens.map((t) => t.token)
}

function expectNoSecrets(text: string, secrets: string[]): void {
    for (const s of secrets.filter((x) => x && x.length >= 8)) expect(text).not.toContain(s)
    expect(text).not.toMatch(/Bearer\s+\S/i)
    expect(text).not.toMatch(/authorization:/i)
}

describe('authorize URL and state', () => {
    test('points at the sign-in page with the client, the registered redirect URI and a fresh random state each time', () => {
        const a = new URL(String(result(call(env, 'GET', '/oauth/authorize', 'sup.ann')).url))
        const b = new URL(String(result(call(env, 'GET', '/oauth/authorize', 'sup.ann')).url))
        expect(a.origin + a.pathname).toBe(`${env.sim.url}/oauth2/authorize`)
        expect(Object.fromEntries(a.searchParams)).toMatchObject({
            response_type: 'code',
            client_id: 'sn-app',
            redirect_uri: 'http://127.0.0.1/api/x_tvgh_teamviewer/oauth/callback',
            display: 'popup',
        })
        expect(a.searchParams.get('state')).toMatch(/^[A-Za-z0-9]{40}$/)
        expect(a.searchParams.get('state')).not.toBe(b.searchParams.get('state'))
        expect(a.toString()).not.toContain('sn-app-secret-value')
        // the states are stored server-side, bound to the user; nobody can read them through ACLs, admins included
        expect(env.rt.query('x_tvgh_teamviewer_oauth_state')).toHaveLength(2)
        for (const u of ['sup.ann', 'tv.admin']) expect(env.rt.can(u, 'read', 'x_tvgh_teamviewer_oauth_state')).toBe(false)
    })
    test('a user without itil gets no sign-in URL; no OAuth client configured says so', () => {
        const r = call(env, 'GET', '/oauth/authorize', 'no.role')
        expect([r.status, (result(r).error as Json).code]).toEqual([403, 'not_allowed'])
        env.rt.setProperty('x_tvgh_teamviewer.oauth.client_id', '')
        const n = call(env, 'GET', '/oauth/authorize', 'sup.ann')
        expect([n.status, (result(n).error as Json).code]).toEqual([500, 'not_configured'])
        expect(String((result(n).error as Json).message)).toMatch(/OAuth client ID and secret/)
    })
})

describe('the round trip', () => {
    test('Allow → the callback stores the grant encrypted with the account, answers a page that tells the opener', async () => {
        const page = await signIn(env, 'sup.ann', ANN)
        expect(page.status).toBe(200)
        expect(page.headers['content-type']).toBe('text/html')
        expect(page.body).toContain('Signed in to TeamViewer.')
        expect(page.body).toContain('window.opener.postMessage({type:"x_tvgh_teamviewer.signin",ok:true}')
        expect(page.body).toContain('window.close()')
        const g = grantOf('sup.ann')!
        expect(g.tvUser).toMatch(/^u\d+$/)
        expect(g.raw.account_email).toBe('ann@example.com')
        expect(g.expires).toBe('2026-10-01 10:00:00') // expires_in 3600
        // encrypted at rest: the stored column is not the token
        expect(String(g.raw.access_token)).not.toContain(g.access)
        expect(await simTokens()).toContain(g.access)
        // the state was used up
        expect(env.rt.query('x_tvgh_teamviewer_oauth_state')).toHaveLength(0)
        expect(result(call(env, 'GET', '/oauth/status', 'sup.ann'))).toEqual({
            signedIn: true,
            accountName: expect.stringMatching(/Ann/),
            accountEmail: 'ann@example.com',
            tvUserId: g.tvUser,
        })
        expectNoSecrets(visibleText(env, [page.body, JSON.stringify(call(env, 'GET', '/oauth/status', 'sup.ann').json)]), [
            g.access,
            g.refresh,
            'sn-app-secret-value',
        ])
    })

    test('signing in again replaces the grant and revokes the old one at TeamViewer', async () => {
        await signIn(env, 'sup.ann', ANN)
        const first = grantOf('sup.ann')!
        expect((await signIn(env, 'sup.ann', ANN)).status).toBe(200)
        const second = grantOf('sup.ann')!
        expect(second.access).not.toBe(first.access)
        expect(env.rt.query('x_tvgh_teamviewer_token')).toHaveLength(1)
        const tokens = await simTokens()
        expect(tokens).toContain(second.access)
        expect(tokens).not.toContain(first.access)
    })

    test('Deny → nothing stored, a clear message', async () => {
        const url = String(result(call(env, 'GET', '/oauth/authorize', 'sup.ann')).url)
        const to = await submitSignInPage(url, { decision: 'deny' })
        const page = followCallback(env, to)
        expect(page.status).toBe(400)
        expect(page.body).toContain('You did not allow ServiceNow to use your TeamViewer account')
        expect(page.body).toContain('ok:false')
        expect(grantOf('sup.ann')).toBeNull()
    })

    test('a replayed callback (same state and code) is refused and stores nothing new', async () => {
        const url = String(result(call(env, 'GET', '/oauth/authorize', 'sup.ann')).url)
        const to = await submitSignInPage(url, { ...ANN, decision: 'allow' })
        expect(followCallback(env, to).status).toBe(200)
        const first = grantOf('sup.ann')!
        const again = followCallback(env, to)
        expect(again.status).toBe(400)
        expect(again.body).toContain('not valid or was already used')
        expect(grantOf('sup.ann')!.access).toBe(first.access)
    })

    test('a forged state and a missing state are refused; the callback is public, so the state alone decides whose sign-in it is', async () => {
        const url = String(result(call(env, 'GET', '/oauth/authorize', 'sup.ann')).url)
        const to = await submitSignInPage(url, { ...ANN, decision: 'allow' })
        const forged = new URL(to)
        forged.searchParams.set('state', 'A'.repeat(40))
        expect(followCallback(env, forged).body).toContain('not valid or was already used')
        const none = new URL(to)
        none.searchParams.delete('state')
        expect(followCallback(env, none).body).toContain('carries no state')
        // the forged and missing states used nothing up: Ann's own answer still completes
        // Ben's REST credentials do not make it his: a public route runs as guest, the grant goes to the state's owner
        const page = env.rt.rest('GET', to.pathname + to.search, { user: 'sup.ben' })
        expect(page.status).toBe(200)
        expect(grantOf('sup.ben')).toBeNull()
        expect(grantOf('sup.ann')!.raw.account_email).toBe('ann@example.com')
    })

    test('the page names nobody (no user, no account) and closes the pop-up; failures too say nothing about anyone', async () => {
        const ok = await signIn(env, 'sup.ann', ANN)
        expect(ok.body).not.toMatch(/Ann|ann@example\.com|sup\.ann/)
        expect(ok.body).toContain('window.close()')
        expect(ok.headers['referrer-policy']).toBe('no-referrer')
        const url = String(result(call(env, 'GET', '/oauth/authorize', 'sup.ann')).url)
        const to = await submitSignInPage(url, { ...ANN, decision: 'deny' })
        expect(followCallback(env, to).body).not.toMatch(/Ann|ann@example\.com|sup\.ann/)
    })

    test('an expired state (over 10 minutes) is refused', async () => {
        const url = String(result(call(env, 'GET', '/oauth/authorize', 'sup.ann')).url)
        const to = await submitSignInPage(url, { ...ANN, decision: 'allow' })
        await setTime(env, T0 + 11 * MINUTE)
        const page = followCallback(env, to)
        expect([page.status, page.body.includes('took too long')]).toEqual([400, true])
        expect(grantOf('sup.ann')).toBeNull()
    })

    test('an error from TeamViewer at the code exchange (wrong client secret) stores nothing and explains', async () => {
        env.rt.setProperty('x_tvgh_teamviewer.oauth.client_secret', 'wrong-secret-value')
        const page = await signIn(env, 'sup.ann', ANN)
        expect(page.status).toBe(400)
        expect(page.body).toContain('TeamViewer rejected the integration (OAuth client ID or secret)')
        expect(page.body).not.toContain('wrong-secret-value')
        expect(grantOf('sup.ann')).toBeNull()
    })

    test('message text from the request is never echoed unescaped', async () => {
        const page = env.rt.rest('GET', `/api/x_tvgh_teamviewer/oauth/callback?state=%3Cscript%3Ealert(1)%3C/script%3E&code=x`, {
            user: 'sup.ann',
        })
        expect(page.body).not.toContain('<script>alert(1)')
    })
})

describe('refresh, rotation, disconnect, revoke', () => {
    test('a token near expiry is refreshed before use; the single-use refresh token rotates; the old pair is dead', async () => {
        await signIn(env, 'sup.ann', ANN)
        const before = grantOf('sup.ann')!
        await setTime(env, T0 + 58 * MINUTE) // 2 minutes left: inside the 5-minute margin
        const oauth = env.rt.require('src/server/oauth/grants.ts') as { currentGrant: (d: unknown, u: string) => { accessToken: string } }
        const deps = (env.rt.require('src/server/entry/wiring/oauth.ts') as { platformOAuthDeps: () => unknown }).platformOAuthDeps()
        const annId = env.rt.query('sys_user', 'user_name=sup.ann')[0].sys_id
        const g = env.rt.runAs('sup.ann', () => oauth.currentGrant(deps, annId))
        const after = grantOf('sup.ann')!
        expect(g.accessToken).toBe(after.access)
        expect(after.access).not.toBe(before.access)
        expect(after.refresh).not.toBe(before.refresh)
        expect(after.expires).toBe('2026-10-01 10:58:00')
        const tokens = await simTokens()
        expect(tokens).toContain(after.access)
        expect(tokens).not.toContain(before.access)
    })

    test('a refresh TeamViewer refuses (grant revoked in the Management Console) deletes the grant: "sign in again"', async () => {
        await signIn(env, 'sup.ann', ANN)
        const g = grantOf('sup.ann')!
        await env.sim.control.revokeToken(g.refresh)
        await setTime(env, T0 + HOUR + MINUTE) // expired: must refresh
        const oauth = env.rt.require('src/server/oauth/grants.ts') as { currentGrant: (d: unknown, u: string) => unknown }
        const deps = (env.rt.require('src/server/entry/wiring/oauth.ts') as { platformOAuthDeps: () => unknown }).platformOAuthDeps()
        const annId = env.rt.query('sys_user', 'user_name=sup.ann')[0].sys_id
        let thrown: Json = {}
        try {
            oauth.currentGrant(deps, annId)
        } catch (e) {
            thrown = e as Json
        }
        expect(thrown).toMatchObject({
            name: 'AppError',
            code: 'sign_in_required',
            message: expect.stringMatching(/Sign in to TeamViewer again\.$/),
        })
        expect(grantOf('sup.ann')).toBeNull()
    })

    test('a refresh whose answer is lost keeps the grant while the access token lives; the next refresh settles it', async () => {
        await signIn(env, 'sup.ann', ANN)
        const before = grantOf('sup.ann')!
        await setTime(env, T0 + 58 * MINUTE)
        await env.sim.control.fault({ kind: 'drop', path: '/api/v1/oauth2/token', onCalls: [1] })
        const oauth = env.rt.require('src/server/oauth/grants.ts') as { currentGrant: (d: unknown, u: string) => { accessToken: string } }
        const deps = (env.rt.require('src/server/entry/wiring/oauth.ts') as { platformOAuthDeps: () => unknown }).platformOAuthDeps()
        const annId = env.rt.query('sys_user', 'user_name=sup.ann')[0].sys_id
        // the answer was lost: the old access token is still used (it has not expired)
        expect(oauth.currentGrant(deps, annId).accessToken).toBe(before.access)
        expect(grantOf('sup.ann')!.refresh).toBe(before.refresh)
        // next time: the refresh token was consumed or not — either a new pair, or "sign in again" with the row gone
        let outcome = ''
        try {
            outcome = oauth.currentGrant(deps, annId).accessToken === before.access ? 'same' : 'refreshed'
        } catch (e) {
            outcome = (e as Json).code as string
        }
        expect(['refreshed', 'sign_in_required']).toContain(outcome)
        if (outcome === 'sign_in_required') expect(grantOf('sup.ann')).toBeNull()
    })

    test('a supporter disconnects: revoked at TeamViewer and deleted; then "not signed in"', async () => {
        await signIn(env, 'sup.ann', ANN)
        const g = grantOf('sup.ann')!
        const r = call(env, 'POST', '/oauth/disconnect', 'sup.ann')
        expect(result(r)).toEqual({ removed: true, revokedAtTeamViewer: true })
        expect(grantOf('sup.ann')).toBeNull()
        expect(await simTokens()).not.toContain(g.access)
        expect(result(call(env, 'GET', '/oauth/status', 'sup.ann'))).toMatchObject({ signedIn: false })
    })

    test("an admin revokes another user's grant; a supporter cannot", async () => {
        await signIn(env, 'sup.ann', ANN)
        await signIn(env, 'sup.ben', BEN)
        const annId = env.rt.query('sys_user', 'user_name=sup.ann')[0].sys_id
        const refused = call(env, 'POST', `/oauth/revoke/${annId}`, 'sup.ben')
        expect([refused.status, (result(refused).error as Json).code]).toEqual([403, 'not_allowed'])
        expect(grantOf('sup.ann')).not.toBeNull()
        const g = grantOf('sup.ann')!
        expect(result(call(env, 'POST', `/oauth/revoke/${annId}`, 'tv.admin'))).toEqual({ removed: true, revokedAtTeamViewer: true })
        expect(grantOf('sup.ann')).toBeNull()
        expect(grantOf('sup.ben')).not.toBeNull()
        expect(await simTokens()).not.toContain(g.access)
        // admins see who is signed in, never a token (field ACLs refuse everyone)
        expect(env.rt.can('tv.admin', 'read', 'x_tvgh_teamviewer_token')).toBe(true)
        expect(env.rt.can('tv.admin', 'read', 'x_tvgh_teamviewer_token', undefined, 'access_token')).toBe(false)
        expect(env.rt.can('tv.admin', 'read', 'x_tvgh_teamviewer_token', undefined, 'refresh_token')).toBe(false)
    })
})
