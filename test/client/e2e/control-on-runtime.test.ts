/**
 * The Supporter Control's own code (controller + api.ts, no DOM) driving the BUILT app: its REST calls go to
 * the runtime's scripted REST routes as the signed-in ServiceNow user, TeamViewer is the simulator over real
 * HTTP. Every state and action of item 1, end to end: not signed in → popup sign-in → no case (prefilled) →
 * create → start → share (invite route, no e-mail client) → customer comes online (the poll job, read back by
 * the control's 30 s refresh) → close → closed case → create another.
 */
import { createApi, type FetchLike } from '../../../src/client/form-control/api'
import { createController, POLL_MS, POPUP_CHECK_MS, type ControlEnv, type ControlState } from '../../../src/client/form-control/controller'
import { submitSignInPage } from '../../../tools/simulator/helpers'
import { call, followCallback, result, signIn, startEnv, stopEnv, type Env } from '../../oauth/env'
import { oneSimulatorPerFile } from '../../env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)

let env: Env
oneSimulatorPerFile()
afterEach(() => stopEnv(env))

/** fetch as the browser of `user`, answered by the runtime's REST routes; records the headers sent */
function runtimeFetch(user: string, headers: Array<Record<string, string>>): FetchLike {
    return async (url, init) => {
        headers.push(init.headers)
        const r = env.rt.rest(init.method, url, { user, body: init.body ? JSON.parse(init.body) : undefined, headers: init.headers })
        return { status: r.status, text: async () => r.body }
    }
}

async function settle(): Promise<void> {
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r))
}

test('every state and action of the control against the built app and the simulator', async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
    const carol = env.rt.createUser({ user_name: 'carol', name: 'Carol Customer', email: 'carol@example.com' })
    const task = env.rt.insert('incident', { short_description: 'Printer broken', caller_id: carol })
    const number = env.rt.query('incident', `sys_id=${task}`)[0].number

    const sent: Array<Record<string, string>> = []
    const opened: string[] = []
    const timers = new Map<number, { ms: number; fn: () => void }>()
    let nextTimer = 1
    const signInHook: { listener: ((ok: boolean) => void) | null } = { listener: null }
    const popup = { closed: false }
    const renders: ControlState[] = []
    const controlEnv: ControlEnv = {
        api: createApi(runtimeFetch('sup.ann', sent), () => 'session-token-g_ck'),
        openWindow: (url) => (opened.push(url), popup),
        openEmailClient: () => false,
        refreshConnectionReport: () => undefined,
        onSignInMessage: (h) => ((signInHook.listener = h), () => (signInHook.listener = null)),
        every: (ms, fn) => {
            const id = nextTimer++
            timers.set(id, { ms, fn })
            return () => timers.delete(id)
        },
        render: (s) => renders.push(s),
    }
    const tick = async (ms: number) => {
        for (const t of [...timers.values()]) if (t.ms === ms) t.fn()
        await settle()
    }
    const c = createController(controlEnv, task)

    // not signed in
    await c.load()
    expect(c.state()).toMatchObject({ screen: { kind: 'signedOut', waiting: false }, error: null, taskNumber: number })

    // Sign in → popup at TeamViewer's authorize page; the callback page tells the form
    await c.signIn()
    expect(opened).toHaveLength(1)
    const to = await submitSignInPage(opened[0], { email: 'ann@example.com', password: 'ann', decision: 'allow' })
    const page = followCallback(env, to)
    expect(page.body).toContain('x_tvgh_teamviewer.signin')
    await tick(POPUP_CHECK_MS) // popup still open: nothing yet
    signInHook.listener?.(true)
    await settle()
    expect(c.state()).toMatchObject({
        screen: {
            kind: 'noCase',
            form: { endCustomerName: 'Carol Customer', endCustomerEmail: 'carol@example.com', description: number },
        },
    })
    expect(c.state().account).not.toBe('')

    // create with an edited customer and description
    c.editForm('endCustomerName', 'Carol C.')
    c.editForm('description', 'Printer on the 2nd floor')
    await c.create()
    const s1 = c.state()
    expect(s1).toMatchObject({
        error: null,
        screen: { kind: 'openCase', case: { state: 'open', online: false, endCustomerName: 'Carol C.', mine: true } },
    })
    const code = s1.screen.kind === 'openCase' ? s1.screen.case.code : ''
    expect(code).toMatch(/^s\d{2,3}-\d{3}-\d{3}$/)
    expect(await env.sim.control.session(code)).toMatchObject({
        description: 'Printer on the 2nd floor',
        end_customer: { name: 'Carol C.', email: 'carol@example.com' },
    })

    // start: opens the supporter link from the start route
    await c.start()
    expect(opened[1]).toMatch(/^https:\/\/get\.teamviewer\.com\/v15\/s\d+-\d+$/)

    // share without the e-mail client: the invite route mails the customer
    await c.share()
    expect(c.state().status).toBe('Invitation sent to carol@example.com.')
    env.rt.processEvents()
    expect(env.rt.emails().filter((m) => m.recipients === 'carol@example.com')).toHaveLength(1)

    // the customer comes online: the poll job updates the case record; the control's refresh reads it
    await env.sim.control.setOnline(code)
    env.now += 60000
    await env.sim.control.setClock(env.now)
    env.rt.clock.advance(60000)
    const teamViewerCallsBefore = (await env.sim.control.stats()) as unknown
    await tick(POLL_MS)
    expect(c.state()).toMatchObject({ screen: { kind: 'openCase', case: { online: true } }, status: 'The customer is online.' })
    // the refresh itself never reaches TeamViewer
    expect(await env.sim.control.stats()).toEqual(teamViewerCallsBefore)

    // close → closed case → create another
    await c.close()
    expect(c.state()).toMatchObject({ error: null, screen: { kind: 'closedCase', case: { code, state: 'closed' } } })
    expect([...timers.values()].filter((t) => t.ms === POLL_MS)).toEqual([])
    c.createAnother()
    await settle()
    expect(c.state().screen).toMatchObject({ kind: 'noCase', form: { endCustomerName: 'Carol Customer' } })

    // every call carried the session token; none carried anything else secret
    expect(sent.every((h) => h['X-UserToken'] === 'session-token-g_ck' && !('Authorization' in h))).toBe(true)
    expect(JSON.stringify(renders)).not.toMatch(/sn-app-secret-value|access_token|refresh_token/)
    c.dispose()
})

test("a supporter who may not write the task sees the app's refusal in its words", async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'no.role', roles: [] })
    const task = env.rt.insert('incident', { short_description: 'x' })
    const c = createController(
        {
            api: createApi(runtimeFetch('no.role', []), () => 'ck'),
            openWindow: () => null,
            openEmailClient: () => false,
            refreshConnectionReport: () => undefined,
            onSignInMessage: () => () => undefined,
            every: () => () => undefined,
            render: () => undefined,
        },
        task,
    )
    await c.load()
    expect(c.state().screen.kind).toBe('failed')
    expect(c.state().error).toMatch(/\w+ .*\./)
    expect(c.state().error).not.toMatch(/HTTP|Exception|undefined/)
})

test("the create route takes the edited description (≤ 1000), and the task's own when it is empty", async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
    await signIn(env, 'sup.ann', { email: 'ann@example.com', password: 'ann' })
    const task = env.rt.insert('incident', { short_description: 'Printer broken' })
    const number = env.rt.query('incident', `sys_id=${task}`)[0].number
    const tooLong = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', { description: 'x'.repeat(1001) })
    expect([tooLong.status, result(tooLong).error]).toEqual([
        400,
        { code: 'invalid_input', message: 'The description is too long (at most 1000 characters).' },
    ])
    const created = result(call(env, 'POST', `/cases/task/${task}`, 'sup.ann', { description: '  ' }))
    expect(await env.sim.control.session(String(created.code))).toMatchObject({ description: number })
})
