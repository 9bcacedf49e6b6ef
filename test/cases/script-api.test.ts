/**
 * Issue #11 item 8 — the script include TeamViewerApi for admins' own scripts: the BUILT include (its
 * require of the module through the build's module path) run in the local runtime against the simulator.
 */
import { signIn, startEnv, stopEnv, type Env, type Json } from '../oauth/env'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
let env: Env
oneSimulatorPerFile()
beforeEach(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'tv.admin', roles: ['x_tvgh_teamviewer.admin', 'itil'] })
    env.rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
})
afterEach(() => stopEnv(env))

function run(user: string, code: string): unknown {
    return env.rt.runAs(user, () => env.rt.execute(code))
}

function thrown(user: string, code: string): Json {
    try {
        run(user, code)
    } catch (e) {
        return e as Json
    }
    throw new Error('expected an error')
}

test("with the caller's own TeamViewer sign-in: account, ping, groups, sessions", async () => {
    await signIn(env, 'sup.ann', { email: 'ann@example.com', password: 'ann' })
    expect(run('sup.ann', 'var api = new TeamViewerApi(); return api.account();')).toMatchObject({
        email: 'ann@example.com',
        userId: expect.stringMatching(/^u\d+$/),
    })
    expect(run('sup.ann', 'return new x_tvgh_teamviewer.TeamViewerApi().ping();')).toEqual({ tokenValid: true })
    expect(run('sup.ann', 'return new TeamViewerApi().listSessions({ states: ["open"] });')).toEqual({ sessions: [], nextOffset: null })
    expect(run('sup.ann', 'return new TeamViewerApi().groups();')).toEqual(expect.any(Array))
})

test('the admin token is for x_tvgh_teamviewer.admin only', async () => {
    expect(run('tv.admin', 'return new TeamViewerApi({ useAdminToken: true }).account();')).toMatchObject({ email: 'admin@example.com' })
    const page = run(
        'tv.admin',
        'return new TeamViewerApi({ useAdminToken: true }).connectionPage({ from: "2026-09-01T00:00:00Z" });',
    ) as Json
    expect(page).toMatchObject({ records: [], nextOffset: null })
    expect(thrown('sup.ann', 'return new TeamViewerApi({ useAdminToken: true }).account();')).toMatchObject({
        code: 'not_allowed',
        message: expect.stringMatching(/admin token is for x_tvgh_teamviewer.admin only/),
    })
})

test('not signed in: "Sign in to TeamViewer again"', () => {
    expect(thrown('sup.ann', 'return new TeamViewerApi().account();')).toMatchObject({
        code: 'sign_in_required',
        message: expect.stringMatching(/Sign in to TeamViewer again\.$/),
    })
})

test('other scopes are refused unless the property allows them', () => {
    env.rt.scriptIncludes.callerScope = 'x_other_app'
    expect(thrown('tv.admin', 'return new TeamViewerApi({ useAdminToken: true }).ping();')).toMatchObject({
        code: 'not_allowed',
        message: expect.stringMatching(/not available to the scope "x_other_app".*allow_other_scopes/),
    })
    env.rt.setProperty('x_tvgh_teamviewer.script_api.allow_other_scopes', 'true')
    expect(run('tv.admin', 'return new TeamViewerApi({ useAdminToken: true }).ping();')).toEqual({ tokenValid: true })
})
