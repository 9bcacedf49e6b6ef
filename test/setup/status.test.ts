/**
 * Issue #12 item 4 end to end: GET /api/x_tvgh_teamviewer/setup/status on the BUILT app in the local runtime,
 * against the simulator over real HTTP, with a good, a refused and a report-less admin token. No secret in
 * the answer.
 */
import { startEnv, stopEnv, type Env } from '../oauth/env'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
let env: Env
oneSimulatorPerFile()
beforeEach(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'tv.admin', roles: ['x_tvgh_teamviewer.admin'] })
    env.rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
})
afterEach(() => stopEnv(env))

type Status = {
    ok: boolean
    checks: { id: string; state: string; detail: string; fix: string }[]
    redirectUri: string
    job: { interval: string } | null
}
const status = (user = 'tv.admin') => env.rt.rest('GET', '/api/x_tvgh_teamviewer/setup/status', { user })
const checks = (s: Status) => Object.fromEntries(s.checks.map((c) => [c.id, c.state]))

test('a good token: ping and a report page succeed; the job and the OAuth client are reported; no secret in the answer', async () => {
    await env.sim.control.resetStats()
    const r = status()
    expect(r.status).toBe(200)
    const s = (r.json as { result: Status }).result
    expect(checks(s)).toMatchObject({ admin_token: 'ok', reports: 'ok', oauth_client: 'ok', job: 'ok', last_run: 'warning' })
    expect(s.job?.interval).toBe('6 hours')
    expect(s.redirectUri).toBe('http://127.0.0.1/api/x_tvgh_teamviewer/oauth/callback')
    expect(checks(s).redirect_uri).toBeUndefined() // http, but on the loopback interface (issue #22 item 11)
    expect(r.body).not.toContain(env.sim.adminToken)
    expect(r.body).not.toContain('sn-app-secret-value')
    const stats = (await env.sim.control.stats()) as { byEndpoint: Record<string, number>; total: number }
    expect(stats.total).toBe(2)
})

test('a refused token: the problem and how to fix it', () => {
    env.rt.setProperty('x_tvgh_teamviewer.adminToken', 'not-a-real-token')
    const s = (status().json as { result: Status }).result
    expect(s.ok).toBe(false)
    const c = s.checks.find((x) => x.id === 'admin_token')!
    expect(c).toMatchObject({
        state: 'problem',
        detail: expect.stringMatching(/does not accept/),
        fix: expect.stringMatching(/Create a script token/),
    })
    expect(s.checks.find((x) => x.id === 'reports')).toBeUndefined()
})

test('a token without connection reporting: reports check fails with the permission to add', async () => {
    const token = await env.sim.control.createToken({ permissions: ['session_management'], company: true })
    env.rt.setProperty('x_tvgh_teamviewer.adminToken', token)
    const s = (status().json as { result: Status }).result
    expect(checks(s)).toMatchObject({ admin_token: 'ok', reports: 'problem' })
    expect(s.checks.find((x) => x.id === 'reports')?.fix).toMatch(/Connection reporting/)
    expect(JSON.stringify(s)).not.toContain(token)
})

test('admins only', () => {
    const r = status('sup.ann')
    expect(r.status).toBe(403)
})
