/**
 * Issue #11 item 6 — the online poll: one scheduled job for the whole instance, one TeamViewer list call per
 * page (never per case, supporter or browser), one notification per false → true transition, expired and
 * closed-at-TeamViewer cases handled. The BUILT app in the local runtime against the simulator over HTTP.
 */
import { call, result, setTime, signIn, startEnv, stopEnv, type Env, type Json } from '../oauth/env'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const JOB = 'Poll TeamViewer service cases online'
const HOUR = 3600000

let env: Env
oneSimulatorPerFile()
afterEach(() => stopEnv(env))

interface Case {
    sysId: string
    code: string
    supporter: string
}

/** n supporters signed in through the sign-in page, each with `per` open cases on their own incidents. */
async function supportersWithCases(n: number, per: number): Promise<Case[]> {
    const out: Case[] = []
    const caller = env.rt.createUser({ user_name: 'carol', name: 'Carol', email: 'carol@example.com' })
    for (let i = 1; i <= n; i++) {
        const user = `sup${i}`
        await env.sim.control.addUser({ name: `Supporter ${i}`, email: `${user}@tv.example.com`, password: user })
        env.rt.createUser({ user_name: user, email: `${user}@example.com`, roles: ['itil'] })
        await signIn(env, user, { email: `${user}@tv.example.com`, password: user })
        for (let k = 0; k < per; k++) {
            const task = env.rt.insert('incident', { short_description: `issue ${i}.${k}`, caller_id: caller })
            const r = call(env, 'POST', `/cases/task/${task}`, user, {})
            if (r.status !== 200) throw new Error(`create failed: ${r.body}`)
            out.push({ sysId: String(result(r).sysId), code: String(result(r).code), supporter: user })
        }
    }
    return out
}

async function listCalls(): Promise<{ list: number; total: number }> {
    const s = await env.sim.control.stats()
    return { list: s.byEndpoint['GET /api/v1/sessions'] ?? 0, total: s.total }
}

function caseRow(sysId: string): Record<string, string> {
    return env.rt.query('x_tvgh_teamviewer_service_case', `sys_id=${sysId}`)[0]
}

async function tick(seconds: number): Promise<void> {
    env.now += seconds * 1000
    await env.sim.control.setClock(env.now)
    env.rt.clock.advance(seconds * 1000) // the scheduler fires the job every minute; it polls when the interval is due
}

test('50 open cases across 5 supporters: one list call per poll, online flags updated, exactly one e-mail per transition', async () => {
    env = await startEnv(T0)
    const cases = await supportersWithCases(5, 10)
    await env.sim.control.resetStats()

    await tick(60) // one wake-up of the job, one poll
    expect(await listCalls()).toEqual({ list: 1, total: 1 })
    expect(env.rt.query('x_tvgh_teamviewer_service_case', 'online=true')).toHaveLength(0)

    // 7 customers open their links, spread over the supporters
    const comingOnline = [0, 1, 12, 23, 34, 45, 49].map((i) => cases[i])
    for (const c of comingOnline) await env.sim.control.setOnline(c.code)
    await env.sim.control.resetStats()
    await tick(60)
    expect(await listCalls()).toEqual({ list: 1, total: 1 })
    for (const c of comingOnline)
        expect(caseRow(c.sysId)).toMatchObject({ online: '1', online_since: expect.stringMatching(/^2026-10-01 09:0\d:\d0$/) })
    expect(env.rt.query('x_tvgh_teamviewer_service_case', 'online=true')).toHaveLength(7)
    expect(env.rt.processEvents()).toBe(7)
    const mails = env.rt.emails()
    expect(mails.map((m) => m.recipients).sort()).toEqual(comingOnline.map((c) => `${c.supporter}@example.com`).sort())
    const first = mails.find((m) => m.instance === comingOnline[0].sysId)!
    expect(first.subject).toMatch(new RegExp(`^Customer online: TeamViewer session ${comingOnline[0].code} \\(INC\\d{7}\\)$`))
    expect(first.body).toContain('Carol is online')

    // still online at the next polls: no new event
    await tick(120)
    expect(env.rt.processEvents()).toBe(0)

    // one leaves and comes back: a new transition, a new e-mail
    await env.sim.control.setOnline(comingOnline[0].code, false)
    await tick(60)
    expect(caseRow(comingOnline[0].sysId).online).toBe('0')
    expect(env.rt.processEvents()).toBe(0)
    await env.sim.control.setOnline(comingOnline[0].code, true)
    await tick(60)
    expect(env.rt.processEvents()).toBe(1)
    expect(env.rt.emails()).toHaveLength(8)

    // the property sets the interval: 300 s → one poll in five minutes
    env.rt.setProperty('x_tvgh_teamviewer.online_poll_interval_seconds', '300')
    await env.sim.control.resetStats()
    await tick(240) // 240 s since the last poll: not due
    expect((await listCalls()).list).toBe(0)
    await tick(60)
    expect((await listCalls()).list).toBe(1)
    await tick(240)
    expect((await listCalls()).list).toBe(1)
})

test('cases closed at TeamViewer are closed here (and their connections retrieved); none open → no call at all', async () => {
    env = await startEnv(T0)
    const cases = await supportersWithCases(1, 2)
    const res = await fetch(`${env.sim.apiBase}/sessions/${cases[0].code}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${env.sim.adminToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ state: 'closed' }),
    })
    expect(res.status).toBe(204)
    await tick(60) // the first wake-up polls: nothing polled before
    expect(caseRow(cases[0].sysId)).toMatchObject({ state: 'closed', closed_at: '2026-10-01 09:01:00' })
    expect(caseRow(cases[1].sysId).state).toBe('open')
    env.rt.runAsync()
    expect(env.rt.query('x_tvgh_teamviewer_retrieval_run', 'trigger=case_closed')).toHaveLength(1)

    call(env, 'POST', `/cases/${cases[1].sysId}/close`, 'sup1')
    await env.sim.control.resetStats()
    await tick(120)
    expect((await listCalls()).total).toBe(0)
})

test('cases past valid_until (still open at TeamViewer) are closed there once and marked expired here', async () => {
    env = await startEnv(T0)
    const cases = await supportersWithCases(1, 2)
    await tick(60)
    // a day later (moving the clocks without replaying the scheduler's missed wake-ups), the job runs once
    await setTime(env, T0 + 25 * HOUR)
    await env.sim.control.resetStats()
    env.rt.runJob(JOB)
    for (const c of cases) {
        expect(caseRow(c.sysId)).toMatchObject({ state: 'expired', online: '0' })
        expect(((await env.sim.control.session(c.code)) as Json).state).toBe('closed')
    }
    const s = await env.sim.control.stats()
    expect(s.byEndpoint).toEqual({ 'PUT /api/v1/sessions/{code}': 2 })
    await env.sim.control.resetStats()
    await setTime(env, T0 + 25 * HOUR + 120000)
    env.rt.runJob(JOB)
    expect((await listCalls()).total).toBe(0)
})

test('TeamViewer failing: nothing is closed or changed, the poll logs the reason in plain words', async () => {
    env = await startEnv(T0)
    const cases = await supportersWithCases(1, 2)
    await env.sim.control.fault({ kind: 'status', status: 503, path: '/api/v1/sessions', method: 'GET' })
    await tick(60)
    for (const c of cases) expect(caseRow(c.sysId).state).toBe('open')
    expect(
        env.rt.logs.some((l) => l.level === 'warn' && /TeamViewer online poll failed: TeamViewer had a server error/.test(l.message)),
    ).toBe(true)
})
