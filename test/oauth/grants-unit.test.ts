/**
 * Sign-in logic (src/server/oauth/grants.ts) with in-memory stores and a recording TeamViewer client:
 * - issue #19 item 9: a state presented by another user, or expired, is refused WITHOUT being used up;
 * - issue #19 item 4: a grant is bound to the API origin that issued it; after an endpoint change its tokens,
 *   its refresh token with the client secret, are sent nowhere ("sign in again"), not even to revoke;
 * - issue #19 item 7: the sign-in URL is checked like the API URL.
 */
import {
    authorizeUrl,
    completeSignIn,
    currentGrant,
    removeGrant,
    revokeUserGrant,
    status,
    STATE_TTL_MS,
    withGrant,
} from '../../src/server/oauth/grants'
import type { OAuthDeps, StoredGrant, StoredState } from '../../src/server/ports/oauth'
import { checkBaseUrl, originOf } from '../../src/server/teamviewer/endpoint'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const TV = 'https://webapi.teamviewer.com/api/v1'

interface Sent {
    origin: string
    what: string
    token: string
}

function fakeDeps() {
    const states = new Map<string, StoredState>()
    const grants = new Map<string, StoredGrant>()
    const sent: Sent[] = []
    const env = { now: T0, apiBase: TV, loginBase: 'https://login.teamviewer.com', allowCustom: false, n: 0 }
    const origin = () => originOf(checkBaseUrl(env.apiBase, env.allowCustom))
    const deps: OAuthDeps = {
        states: {
            save: (state, userId, expiresAtMs) => void states.set(state, { userId, expiresAtMs }),
            find: (state) => states.get(state) ?? null,
            consume: (state) => states.delete(state),
            purge: (now) => states.forEach((v, k) => v.expiresAtMs < now && states.delete(k)),
        },
        grants: {
            get: (u) => grants.get(u) ?? null,
            save: (u, g) => void grants.set(u, { ...g }),
            remove: (u) => void grants.delete(u),
        },
        client: (token) => ({
            exchangeCode: (code) => {
                sent.push({ origin: origin(), what: 'exchange', token: code })
                return { accessToken: `at-${code}`, refreshToken: `rt-${code}`, expiresIn: 3600 }
            },
            refresh: (refreshToken) => {
                sent.push({ origin: origin(), what: 'refresh', token: refreshToken })
                return { accessToken: `${refreshToken}-a`, refreshToken: `${refreshToken}-r`, expiresIn: 3600 }
            },
            revoke: () => void sent.push({ origin: origin(), what: 'revoke', token }),
            account: () => {
                sent.push({ origin: origin(), what: 'account', token })
                return { userId: 'u1', name: 'Ann', email: 'ann@example.com', companyName: 'Acme' }
            },
        }),
        clock: () => env.now,
        random: () => `state-${++env.n}`,
        settings: () => ({
            loginBaseUrl: env.loginBase,
            allowCustomEndpoint: env.allowCustom,
            clientId: 'cid',
            clientSecret: 'secret',
            redirectUri: 'https://acme.service-now.com/api/x_tvgh_teamviewer/oauth/callback',
        }),
        apiOrigin: origin,
        log: { info: () => undefined, warn: () => undefined },
    }
    return { deps, states, grants, sent, env }
}

const stateOf = (url: string) => new URL(url).searchParams.get('state') as string

describe('#19.9 the state is checked (owner, expiry) before it is used up', () => {
    test("another user's state is refused and stays usable for its owner", () => {
        const { deps, states, grants, sent } = fakeDeps()
        const state = stateOf(authorizeUrl(deps, 'ann'))
        const ben = completeSignIn(deps, 'ben', { state, code: 'c1' })
        expect(ben).toEqual({ ok: false, message: expect.stringContaining('started by another ServiceNow user') })
        expect([states.has(state), sent, grants.size]).toEqual([true, [], 0])
        // Ann's own answer (or the pop-up's guest navigation) still completes her sign-in
        expect(completeSignIn(deps, null, { state, code: 'c1' }).ok).toBe(true)
        expect(grants.get('ann')?.accessToken).toBe('at-c1')
        expect(grants.has('ben')).toBe(false)
        expect(states.has(state)).toBe(false)
    })

    test('an expired state is refused without being used up and exchanges nothing', () => {
        const { deps, states, sent, env } = fakeDeps()
        const state = stateOf(authorizeUrl(deps, 'ann'))
        env.now = T0 + STATE_TTL_MS
        expect(completeSignIn(deps, null, { state, code: 'c1' }).message).toContain('took too long')
        expect([states.has(state), sent]).toEqual([true, []])
    })

    test('a state longer than any stored one is refused without a look-up (the callback is public)', () => {
        const { deps } = fakeDeps()
        const find = jest.spyOn(deps.states, 'find')
        expect(completeSignIn(deps, null, { state: 'x'.repeat(10000), code: 'c' }).message).toContain('not valid')
        expect(find).not.toHaveBeenCalled()
    })

    test('a used state is refused: single use, nothing exchanged the second time', () => {
        const { deps, sent } = fakeDeps()
        const state = stateOf(authorizeUrl(deps, 'ann'))
        expect(completeSignIn(deps, null, { state, code: 'c1' }).ok).toBe(true)
        const before = sent.length
        expect(completeSignIn(deps, null, { state, code: 'c2' }).message).toContain('not valid or was already used')
        expect(sent.length).toBe(before)
    })
})

describe('#19.4 a grant is bound to the API origin that issued it', () => {
    function signedIn() {
        const f = fakeDeps()
        const state = stateOf(authorizeUrl(f.deps, 'ann'))
        expect(completeSignIn(f.deps, null, { state, code: 'c1' }).ok).toBe(true)
        expect(f.grants.get('ann')?.apiOrigin).toBe('https://webapi.teamviewer.com')
        f.sent.length = 0
        return f
    }

    test('after the API endpoint changed: no token, no refresh token with the client secret, no revoke goes anywhere', () => {
        const f = signedIn()
        f.env.allowCustom = true
        f.env.apiBase = 'https://collector.evil.example/api/v1'
        const use = () => withGrant(f.deps, 'ann', (token) => f.deps.client(token).account())
        expect(use).toThrow(/another TeamViewer API endpoint.*Sign in to TeamViewer again/)
        expect(() => currentGrant(f.deps, 'ann', { forceRefresh: true })).toThrow(/Sign in to TeamViewer again/)
        expect(status(f.deps, 'ann').signedIn).toBe(false)
        // disconnect deletes it without revoking at the new endpoint; signing in again revokes nothing there either
        const state = stateOf(authorizeUrl(f.deps, 'ann'))
        expect(completeSignIn(f.deps, null, { state, code: 'c2' }).ok).toBe(true)
        expect(f.sent.filter((s) => s.token.includes('c1'))).toEqual([])
        expect(removeGrant(f.deps, 'ann').removed).toBe(true)
        // only the new grant's token was revoked, at the endpoint that issued it
        expect(f.sent.filter((s) => s.what === 'revoke')).toEqual([
            { origin: 'https://collector.evil.example', what: 'revoke', token: 'at-c2' },
        ])
    })

    test('a grant without a recorded origin (stored before the binding) is not used', () => {
        const f = signedIn()
        f.grants.set('ann', { ...(f.grants.get('ann') as StoredGrant), apiOrigin: '' })
        expect(() => currentGrant(f.deps, 'ann')).toThrow(/Sign in to TeamViewer again/)
        expect(f.sent).toEqual([])
    })

    test('the same origin keeps working (refresh near expiry goes to it)', () => {
        const f = signedIn()
        f.env.now += 3600 * 1000 - 60000
        expect(currentGrant(f.deps, 'ann').accessToken).toBe('rt-c1-a')
        expect(f.sent).toEqual([{ origin: 'https://webapi.teamviewer.com', what: 'refresh', token: 'rt-c1' }])
    })
})

describe('#22.5 disconnect and revoke end the grant at TeamViewer', () => {
    function signedIn() {
        const f = fakeDeps()
        expect(completeSignIn(f.deps, null, { state: stateOf(authorizeUrl(f.deps, 'ann')), code: 'c1' }).ok).toBe(true)
        f.sent.length = 0
        return f
    }

    test('an expired access token is renewed first and the new one revoked (the refresh token would live on otherwise)', () => {
        const f = signedIn()
        f.env.now += 2 * 3600 * 1000
        f.sent.length = 0
        expect(removeGrant(f.deps, 'ann')).toEqual({ removed: true, revokedAtTeamViewer: true })
        expect(f.sent.map((s) => `${s.what} ${s.token}`)).toEqual(['refresh rt-c1', 'revoke rt-c1-a'])
        expect(f.grants.get('ann')).toBeUndefined()
    })

    test('a valid access token is revoked as it is', () => {
        const f = signedIn()
        f.sent.length = 0
        expect(removeGrant(f.deps, 'ann')).toEqual({ removed: true, revokedAtTeamViewer: true })
        expect(f.sent.map((s) => `${s.what} ${s.token}`)).toEqual(['revoke at-c1'])
    })

    test('revokeUserGrant: app admins only, a sys_id only; one log line without secrets', () => {
        const f = signedIn()
        const logs: string[] = []
        f.deps.log = { info: (m) => void logs.push(m), warn: (m) => void logs.push(m) }
        const supporter = { sysId: 'b'.repeat(32), hasRole: (r: string) => r === 'itil' }
        const admin = { sysId: 'a'.repeat(32), hasRole: (r: string) => r === 'x_tvgh_teamviewer.admin' }
        expect(() => revokeUserGrant(f.deps, supporter, 'ann')).toThrow(/requires the role x_tvgh_teamviewer.admin/)
        expect(() => revokeUserGrant(f.deps, admin, 'ann')).toThrow(/must be a sys_id/)
        expect(f.grants.get('ann')).toBeDefined()
        f.grants.set('c'.repeat(32), f.grants.get('ann') as StoredGrant)
        expect(revokeUserGrant(f.deps, admin, 'c'.repeat(32))).toEqual({ removed: true, revokedAtTeamViewer: true })
        expect(logs).toEqual([`TeamViewer sign-in of user ${'c'.repeat(32)} revoked by ${'a'.repeat(32)} (also revoked at TeamViewer)`])
    })
})

describe('#19.7 the sign-in URL is checked like the API URL', () => {
    test.each([
        'https://login.teamviewer.com.evil.example',
        'http://login.teamviewer.com',
        'https://login.teamviewer.com:8443',
        'https://user:pw@login.teamviewer.com',
        'javascript:alert(1)',
    ])('%s is refused unless custom endpoints are allowed; no state is stored', (login) => {
        const { deps, states, env } = fakeDeps()
        env.loginBase = login
        expect(() => authorizeUrl(deps, 'ann')).toThrow(/TeamViewer sign-in URL/)
        expect(states.size).toBe(0)
    })

    test('the default and custom endpoints (when allowed) work', () => {
        const { deps, env } = fakeDeps()
        expect(authorizeUrl(deps, 'ann')).toMatch(/^https:\/\/login\.teamviewer\.com\/oauth2\/authorize\?/)
        env.allowCustom = true
        env.loginBase = 'http://127.0.0.1:7000/'
        expect(authorizeUrl(deps, 'ann')).toMatch(/^http:\/\/127\.0\.0\.1:7000\/oauth2\/authorize\?/)
    })
})
