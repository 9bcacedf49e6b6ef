/**
 * Issue #18 item 3 — the four workspace UI actions of the BUILT app run as a scoped app's workspace client
 * scripts do (tools/runtime/workspace.ts): no window, document, top, fetch or g_ck; GlideAjax to the
 * client-callable script include TeamViewerWorkspaceAjax (its execute ACL: itil); results through g_form
 * messages and g_modal. TeamViewer is the simulator over real HTTP.
 */
import { signIn, startEnv, stopEnv, type Env } from '../../oauth/env'
import { oneSimulatorPerFile } from '../../env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const ANN = { email: 'ann@example.com', password: 'ann' }
const CASE = 'x_tvgh_teamviewer_service_case'

let env: Env
let task = ''
oneSimulatorPerFile()
beforeEach(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
    const carol = env.rt.createUser({ user_name: 'carol', name: 'Carol Customer', email: 'carol@example.com' })
    task = env.rt.insert('incident', { short_description: 'Printer broken', caller_id: carol })
})
afterEach(() => stopEnv(env))

const run = (action: string, user = 'sup.ann') => env.rt.runWorkspaceAction(`x_tvgh_teamviewer_ws_${action}`, 'incident', task, user)

test('create, start, share and close through GlideAjax, reported with g_form and g_modal', async () => {
    await signIn(env, 'sup.ann', ANN)
    const created = await run('create')
    expect(created.errorMessages).toEqual([])
    const row = env.rt.query(CASE, `task=${task}`)[0]
    expect(created.infoMessages).toEqual([`TeamViewer service case ${row.code} created for Carol Customer.`])
    expect(created.ajax.map((a) => [a.call, a.refused])).toEqual([['x_tvgh_teamviewer.TeamViewerWorkspaceAjax.createCase', undefined]])

    const started = await run('start')
    expect(started.infoMessages).toEqual([`TeamViewer session ${row.code} is ready. Open the supporter link to connect.`])
    // no documented workspace API opens a URL: the links are shown for the supporter to open
    expect(started.modals).toHaveLength(1)
    expect(started.modals[0][0]).toBe('Start TeamViewer session')
    expect(started.modals[0][1]).toContain(`Open in the TeamViewer app: ${row.supporter_link}`)
    expect(started.modals[0][1]).toContain(`Open in the TeamViewer web client: ${row.webclient_supporter_link}`)

    const shared = await run('share')
    expect(shared.infoMessages).toEqual(['Invitation sent to carol@example.com.'])
    env.rt.processEvents()
    expect(env.rt.emails().map((m) => m.recipients)).toEqual(['carol@example.com'])

    const closed = await run('close')
    expect(closed.infoMessages).toEqual([`TeamViewer service case ${row.code} closed.`])
    expect(env.rt.query(CASE, `sys_id=${row.sys_id}`)[0].state).toBe('closed')
})

test('not signed in to TeamViewer: the error, and the sign-in link shown in a modal', async () => {
    const r = await run('create')
    expect(r.errorMessages).toHaveLength(1)
    expect(r.errorMessages[0]).toMatch(/Sign in to TeamViewer.*Open the TeamViewer sign-in link, then try again\.$/)
    expect(r.modals).toHaveLength(1)
    expect(r.modals[0][1]).toMatch(/Sign in to TeamViewer: http:\/\/127\.0\.0\.1:\d+\/oauth2\/authorize\?/)
    expect(env.rt.query(CASE, `task=${task}`)).toEqual([])
})

test("the script include's ACL: only itil may call it from a browser; it checks the task as the REST API does", async () => {
    env.rt.createUser({ user_name: 'nobody', roles: [] })
    expect(() =>
        env.rt.glideAjax('nobody', 'x_tvgh_teamviewer.TeamViewerWorkspaceAjax', { sysparm_name: 'createCase', sysparm_task: task }),
    ).toThrow(/Security restricted: nobody may not execute x_tvgh_teamviewer.TeamViewerWorkspaceAjax/)
    // the other script include is not client callable
    expect(() => env.rt.glideAjax('sup.ann', 'x_tvgh_teamviewer.TeamViewerApi', { sysparm_name: 'ping' })).toThrow(/not client callable/)
    // itil, but a task that does not exist
    const answer = env.rt.glideAjax('sup.ann', 'x_tvgh_teamviewer.TeamViewerWorkspaceAjax', {
        sysparm_name: 'closeCase',
        sysparm_task: '0'.repeat(32),
    })
    expect(JSON.parse(String(answer))).toMatchObject({ ok: false, code: 'not_found' })
})

test('the runtime runs workspace client scripts without browser globals (what the old actions relied on)', async () => {
    // a client script of the build, run through the same sandbox: window, top, fetch, g_ck are not defined
    for (const global of ['window', 'document', 'top', 'self', 'fetch', 'XMLHttpRequest', 'g_ck'])
        expect(env.rt.workspaceGlobal(global)).toBe('undefined')
    expect(env.rt.workspaceGlobal('GlideAjax')).toBe('function')
    expect(env.rt.workspaceGlobal('g_modal')).toBe('object')
})
