/**
 * Issue #22 item 5 (admin side, server): the UI action "Revoke" on *Signed-in supporters* (the grant table)
 * runs the same logic as REST `oauth/revoke/{user}` — the app admin role checked by the action's roles, its
 * condition and the script; the grant revoked at TeamViewer (the simulator) and deleted; a message for the
 * admin, one log line naming user and admin, no secret anywhere; then the list. The grant keeps when the user
 * signed in (a refresh does not move it). The BUILT app in the local runtime, TeamViewer = the simulator.
 */
import { oneSimulatorPerFile } from '../env'
import { call, HOUR, result, setTime, signIn, startEnv, stopEnv, visibleText, type Env } from './env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const ANN = { email: 'ann@example.com', password: 'ann' }
const TOKEN = 'x_tvgh_teamviewer_token'
const REVOKE = 'x_tvgh_teamviewer_revoke_grant'

let env: Env
oneSimulatorPerFile()
beforeEach(async () => {
    env = await startEnv(T0, { expiresIn: 3600 })
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
    env.rt.createUser({ user_name: 'sup.ben', name: 'Ben Support', roles: ['itil'] })
    env.rt.createUser({ user_name: 'tv.admin', name: 'Tia Admin', roles: ['x_tvgh_teamviewer.admin'] })
})
afterEach(() => stopEnv(env))

const userId = (name: string) => env.rt.query('sys_user', `user_name=${name}`)[0].sys_id
const grantRow = (name: string) => env.rt.query(TOKEN, `user=${userId(name)}`)[0]

async function simTokens(): Promise<string[]> {
    const r = (await env.sim.control.call('GET', '/tokens')) as { tokens: { token: string }[] }
    return r.tokens.map((t) => t.token)
}

test('an app admin revokes a supporter from the grant form: revoked at TeamViewer, deleted, a message, a log line, then the list', async () => {
    await signIn(env, 'sup.ann', ANN)
    const row = grantRow('sup.ann')
    const access = env.rt.execute(`var g = new GlideRecord('${TOKEN}'); g.get('${row.sys_id}'); return g.access_token.getDecryptedValue();`)
    expect(await simTokens()).toContain(access)

    const r = env.rt.runUiAction(REVOKE, TOKEN, row.sys_id, 'tv.admin')
    expect(r.infoMessages).toEqual([
        'TeamViewer sign-in of Ann Support revoked at TeamViewer and deleted. Their next TeamViewer action asks them to sign in again.',
    ])
    expect([r.errorMessages, r.redirect]).toEqual([[], `${TOKEN}_list.do`])
    expect(env.rt.query(TOKEN)).toHaveLength(0)
    expect(await simTokens()).not.toContain(access)
    expect(env.rt.logs.filter((l) => /revoked by/.test(l.message)).map((l) => l.message)).toEqual([
        `TeamViewer sign-in of user ${userId('sup.ann')} revoked by ${userId('tv.admin')} (also revoked at TeamViewer)`,
    ])
    // the supporter's next action asks to sign in again
    expect(result(call(env, 'GET', '/oauth/status', 'sup.ann'))).toMatchObject({ signedIn: false })
    const text = visibleText(env, [...r.infoMessages, ...r.errorMessages])
    expect(text).not.toContain(String(access))
    expect(text).not.toContain('sn-app-secret-value')
})

test('a supporter cannot run Revoke (roles), nor can the app admin where the condition fails; nothing changes', async () => {
    await signIn(env, 'sup.ann', ANN)
    const row = grantRow('sup.ann')
    expect(() => env.rt.runUiAction(REVOKE, TOKEN, row.sys_id, 'sup.ben')).toThrow(/not available to sup\.ben/)
    expect(() => env.rt.runUiAction(REVOKE, TOKEN, row.sys_id, 'sup.ann')).toThrow(/not available to sup\.ann/)
    // on a new (unsaved) record the condition is false
    expect(() => env.rt.runUiAction(REVOKE, TOKEN, null, 'tv.admin')).toThrow(/condition is false/)
    expect(env.rt.query(TOKEN)).toHaveLength(1)
})

test('the grant remembers when the user signed in; a refresh keeps it, signing in again moves it', async () => {
    await signIn(env, 'sup.ann', ANN)
    const first = grantRow('sup.ann')
    expect(first.signed_in).toBe('2026-10-01 09:00:00')
    await setTime(env, T0 + 2 * HOUR) // the access token (1 h) has expired: the next call refreshes it
    const { platformOAuthDeps } = env.rt.require('src/server/entry/wiring/oauth.ts') as { platformOAuthDeps(): unknown }
    const { currentGrant } = env.rt.require('src/server/oauth/grants.ts') as { currentGrant(deps: unknown, user: string): unknown }
    currentGrant(platformOAuthDeps(), userId('sup.ann'))
    const refreshed = grantRow('sup.ann')
    expect(refreshed.expires_at).not.toBe(first.expires_at)
    expect(refreshed.signed_in).toBe('2026-10-01 09:00:00')
    await signIn(env, 'sup.ann', ANN)
    expect(grantRow('sup.ann').signed_in).toBe('2026-10-01 11:00:00')
})
