/**
 * Issue #19 item 4 — a supporter's grant is bound to the API that issued it. Ann signs in at TeamViewer (the
 * simulator); then the API base URL points at another host (a collector that records every request). Nothing
 * of Ann's grant goes there: no access token (a case action), no refresh token with the client secret (a
 * forced refresh), no revoke (disconnect); she is told to sign in again. The BUILT app in the local runtime.
 */
import { startHostile, type Hostile } from '../hostile'
import { oneSimulatorPerFile } from '../env'
import { call, result, signIn, startEnv, stopEnv, type Env } from './env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
let env: Env
let collector: Hostile
oneSimulatorPerFile()
beforeAll(async () => {
    collector = await startHostile()
})
afterAll(async () => {
    await collector.stop()
})
beforeEach(async () => {
    env = await startEnv(T0, { expiresIn: 3600 })
    env.rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
})
afterEach(() => stopEnv(env))

test('after the API endpoint changed, the grant is sent nowhere and the supporter is told to sign in again', async () => {
    expect((await signIn(env, 'sup.ann', { email: 'ann@example.com', password: 'ann' })).status).toBe(200)
    const caller = env.rt.insert('sys_user', { user_name: 'carol', name: 'Carol', email: 'carol@example.com' })
    const task = env.rt.insert('incident', { short_description: 'Printer', caller_id: caller })
    await collector.clearRequests()
    env.rt.setProperty('x_tvgh_teamviewer.api.base_url', collector.apiBase)

    // an action with the access token
    const created = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
    expect(created.status).toBe(409)
    expect(result(created)).toEqual({
        error: { code: 'sign_in_required', message: expect.stringMatching(/another TeamViewer API endpoint.*Sign in to TeamViewer again/) },
    })
    // a forced refresh (refresh token + client secret)
    const oauth = env.rt.require('src/server/oauth/grants.ts') as {
        currentGrant: (d: unknown, u: string, o: { forceRefresh: boolean }) => unknown
    }
    const deps = (env.rt.require('src/server/entry/wiring/oauth.ts') as { platformOAuthDeps: () => unknown }).platformOAuthDeps()
    const annId = env.rt.query('sys_user', 'user_name=sup.ann')[0].sys_id
    expect(() => env.rt.runAs('sup.ann', () => oauth.currentGrant(deps, annId, { forceRefresh: true }))).toThrow(
        /Sign in to TeamViewer again/,
    )
    // the control shows "Sign in"; disconnect deletes the grant without revoking it at the new host
    expect(result(call(env, 'GET', '/oauth/status', 'sup.ann')).signedIn).toBe(false)
    expect(result(call(env, 'POST', '/oauth/disconnect', 'sup.ann'))).toEqual({ removed: true, revokedAtTeamViewer: false })

    expect(await collector.requests()).toEqual([])
    expect(env.rt.query('x_tvgh_teamviewer_service_case')).toHaveLength(0)
})

test('the grant records the origin that issued it, and keeps working there', async () => {
    await signIn(env, 'sup.ann', { email: 'ann@example.com', password: 'ann' })
    const row = env.rt.query('x_tvgh_teamviewer_token')[0]
    expect(row.api_origin).toBe(new URL(env.sim.apiBase).origin)
    expect(result(call(env, 'GET', '/oauth/status', 'sup.ann')).signedIn).toBe(true)
})
