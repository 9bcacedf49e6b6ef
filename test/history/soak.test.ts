/**
 * Issue #5/#9 — the fault soak, in both simulator modes (connections listed at their end, as documented, or at
 * their start): 200 runs every 15 minutes with random faults (errors, malformed bodies, dropped connections,
 * timeouts) and new connections between runs, among them long ones (5 h, 3 days) and ones running until ended.
 * Then the faults stop and the job runs on its 6-hour schedule for 8 days (a reconciliation falls in them):
 * the table must equal the report — 0 missing, 0 duplicated, every end date set.
 */
import { DAY, HOUR, MODES, expectTableEqualsTruth, passTime, runJob, setTime, startEnv, stopEnv, type Env } from './harness'
import { iso } from '../../tools/simulator/helpers'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 0, 0, 0)
/** the API calls (1-based, of about 250) answered later than the client's timeout */
const TIMEOUTS = [40, 41, 42, 150]

let env: Env | undefined
oneSimulatorPerFile()
afterEach(async () => {
    await stopEnv(env)
    env = undefined
})

describe.each(MODES)('soak (connections reported at their %s)', (reportEntry) => {
    test('200 runs with random faults and arrivals (incl. 5 h and 3-day connections), then a week of clean runs: the table equals the report', async () => {
        env = await startEnv(T0, { reportEntry })
        await env.sim.control.seed({
            seed: 3,
            connections: 300,
            from: T0 - 3 * DAY,
            to: T0 - HOUR,
            runningFraction: 0.1,
            longFraction: 0.05,
        })
        // timeouts: a delayed answer outlasts the client's timeout (1 s, the app's smallest). Each one costs that
        // second in real time, so they come on chosen calls (three in a row, one alone) instead of at random;
        // errors, malformed bodies and dropped connections stay random
        env.rt.setProperty('x_tvgh_teamviewer.api.timeout_seconds', '1')
        await env.sim.control.fault({ kind: 'delay', delayMs: 1500, onCalls: TIMEOUTS })
        await env.sim.control.fault({ kind: 'random', rate: 0.25, seed: 42, kinds: ['status', 'malformed', 'drop'] })
        let t = T0
        const states: Record<string, number> = {}
        const errors: string[] = []
        for (let i = 0; i < 200; i++) {
            t += 15 * 60000
            await setTime(env, t)
            if (i % 3 === 0)
                await env.sim.control.seed({
                    seed: 100 + i,
                    connections: 5,
                    from: t - 14 * 60000,
                    to: t - 60000,
                    runningFraction: 0.2,
                    longFraction: 0.1,
                    append: true,
                })
            if (i % 7 === 0) await env.sim.control.endRunning({ before: iso(t - 30 * 60000) })
            const run = runJob(env)
            states[run.state] = (states[run.state] ?? 0) + 1
            if (run.state !== 'complete') errors.push(run.error)
        }
        expect(states.failed).toBeGreaterThan(0) // faults really happened
        expect((await env.sim.control.stats()).faultsByKind.delay).toBe(TIMEOUTS.length) // timeouts among them:
        expect(errors.filter((e) => /timed out/.test(e)).length).toBeGreaterThan(0) // a run whose every attempt timed out
        expect(states.complete).toBeGreaterThan(0)
        const all = await env.sim.control.truth({ all: true })
        const longOnes = all.filter((r) => r.end_date && Date.parse(String(r.end_date)) - Date.parse(r.start_date) >= 5 * HOUR)
        expect(longOnes.length).toBeGreaterThan(10) // long connections were among them

        await env.sim.control.clearFaults()
        env.rt.setProperty('x_tvgh_teamviewer.api.timeout_seconds', '2')
        await env.sim.control.endRunning({}) // the connections without a planned end end now
        const clean = await passTime(env, 8 * 24)
        expect(clean.map((r) => r.state)).toEqual(clean.map(() => 'complete'))
        expect(clean.filter((r) => r.window_kind === 'reconciliation')).toHaveLength(1)
        expect(await expectTableEqualsTruth(env, { allEnded: true })).toBe(all.length)
    }, 300000)
})
