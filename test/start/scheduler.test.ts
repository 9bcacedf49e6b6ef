/**
 * The local product's scheduler tick (scripts/local/scheduler.ts): moving the runtime's clock runs the
 * periodic online poll when due, and the event it raises becomes the supporter's e-mail in the same tick.
 */
import { tick } from '../../scripts/local/scheduler'
import { call, result, signIn, startEnv, stopEnv, MINUTE, type Env } from '../oauth/env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
let env: Env
beforeAll(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', email: 'ann.support@example.com', roles: ['itil'] })
})
afterAll(() => stopEnv(env))

test('a tick runs the due online poll and sends the notification it queued', async () => {
    await signIn(env, 'sup.ann', { email: 'ann@example.com', password: 'ann' })
    const task = env.rt.insert('incident', { short_description: 'Printer' })
    const c = result(call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {}))
    await env.sim.control.setOnline(String(c.code))
    expect(tick(env.rt, T0 + 30000)).toBe(0) // the poll job is not due yet
    expect(env.rt.query('x_tvgh_teamviewer_service_case', `code=${c.code}`)[0].online).toBe('0')
    await env.sim.control.setClock(T0 + 2 * MINUTE)
    expect(tick(env.rt, T0 + 2 * MINUTE)).toBeGreaterThan(0)
    expect(env.rt.query('x_tvgh_teamviewer_service_case', `code=${c.code}`)[0].online).toBe('1')
    expect(env.rt.emails().map((m) => [m.recipients, m.subject])).toContainEqual([
        'ann.support@example.com',
        expect.stringMatching(/^Customer online: TeamViewer session /),
    ])
})
