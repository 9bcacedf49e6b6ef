/**
 * Issue #9 — connections TeamViewer lists late, and what the real API sends that the first simulator did not:
 * long connections (5 h, 3 days) and one stuck "running", in both simulator modes, at a bounded cost; a vanished
 * offset_id; the documentation's basic date form; an unreadable end date (kept, issue #20); a `blocked` answer.
 */
import { toMs } from '../../src/server/shared/time.ts'
import {
    DAY,
    HOUR,
    MODES,
    expectTableEqualsTruth,
    passTime,
    runJob,
    startEnv,
    stopEnv,
    storedConnections,
    type Env,
    type Stored,
} from './harness'
import { iso } from '../../tools/simulator/helpers'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 0, 0, 0)
const hoursOf = (run: Stored) => (toMs(run.window_to) - toMs(run.window_from)) / HOUR

let env: Env | undefined
oneSimulatorPerFile()
afterEach(async () => {
    await stopEnv(env)
    env = undefined
})

describe.each(MODES)('long connections (reported at their %s)', (reportEntry) => {
    test('5 h and 3-day connections are stored with their ends; one stuck "running" never widens a run; only the weekly reconciliation reads further back', async () => {
        env = await startEnv(T0, { reportEntry })
        expect(runJob(env)).toMatchObject({ state: 'complete', window_kind: 'backfill' }) // nothing yet; the position starts here
        const add = (start: number, end?: number) =>
            env!.sim.control.addConnection({ start_date: iso(start), ...(end ? { end_date: iso(end) } : {}) })
        const fiveHours = await add(T0 + 3 * HOUR, T0 + 8 * HOUR) // starts between two runs, ends after the next one
        const threeDays = await add(T0 + HOUR, T0 + HOUR + 3 * DAY)
        const stuck = await add(T0 + HOUR) // never ends
        const short = await add(T0 + 2 * HOUR, T0 + 2 * HOUR + 30 * 60000)
        const row = (id: string) => storedConnections(env!).find((r) => r.tv_id === id)

        const firstDay = await passTime(env, 12) // runs at +6 h and +12 h
        expect(firstDay).toHaveLength(2)
        expect(row(fiveHours.id)).toMatchObject({
            start_date: '2026-10-01 03:00:00',
            end_date: '2026-10-01 08:00:00',
            duration: '1970-01-01 05:00:00',
        })
        expect(row(short.id)).toMatchObject({ end_date: '2026-10-01 02:30:00' })
        if (reportEntry === 'start') expect([row(threeDays.id)?.end_date, row(stuck.id)?.end_date]).toEqual(['', ''])
        else expect([row(threeDays.id), row(stuck.id)]).toEqual([undefined, undefined])

        const later = await passTime(env, 3 * 24 + 12) // the 3-day connection ends at +73 h
        if (reportEntry === 'start') {
            // stored while running; the lookback does not reach back to it and the window is not widened for it
            expect(row(threeDays.id)?.end_date).toBe('')
            expect(later[later.length - 1].window_reason).toMatch(
                /A stored connection still running since 2026-10-01 01:00:00 UTC is older than that: the window is not widened for it/,
            )
        } else {
            expect(row(threeDays.id)).toBeUndefined() // listed only now, under its start 3 days back
        }

        const rest = await passTime(env, 4 * 24) // up to +8 days: the reconciliation is due after +7 days
        const runs = [...firstDay, ...later, ...rest]
        expect(runs.every((r) => r.state === 'complete')).toBe(true)
        const reconciliations = runs.filter((r) => r.window_kind === 'reconciliation')
        expect(reconciliations).toHaveLength(1)
        expect(reconciliations[0].window_from).toBe('2026-09-24 00:00:00') // 7 days before the previous reconciliation (the backfill, to T0)
        expect(reconciliations[0].window_reason).toMatch(
            /^Reconciliation \(every 7 days, x_tvgh_teamviewer.retrieval.reconcile_days\): re-reads from 7 days before the previous reconciliation \(2026-10-01 00:00:00 UTC\)/,
        )
        // every other run reads the 6-hour interval plus the 12-hour lookback, whatever is still running
        expect(runs.filter((r) => r.window_kind === 'regular').map(hoursOf)).toEqual(
            runs.filter((r) => r.window_kind === 'regular').map(() => 18),
        )

        expect(row(threeDays.id)).toMatchObject({ end_date: '2026-10-04 01:00:00', duration: '1970-01-04 00:00:00' })
        if (reportEntry === 'start') expect(row(stuck.id)).toMatchObject({ end_date: '' })
        else expect(row(stuck.id)).toBeUndefined()
        expect(await expectTableEqualsTruth(env)).toBe(reportEntry === 'start' ? 4 : 3)
    }, 120000)
})

describe('bounded re-reads', () => {
    test("on the simulator's demo data (7 days, 2% running), a second run minutes later re-reads the lookback, not the 7 days back to the oldest running connection", async () => {
        env = await startEnv(T0, { reportEntry: 'start' })
        await env.sim.control.seed({ seed: 1, connections: 3000, from: T0 - 7 * DAY, to: T0, runningFraction: 0.02 })
        const first = runJob(env)
        expect(first).toMatchObject({ state: 'complete', received: '3000' })
        expect(storedConnections(env).filter((r) => !r.end_date && toMs(r.start_date) < T0 - 6 * DAY).length).toBeGreaterThan(0)
        await env.sim.control.advanceClock(10 * 60000)
        env.rt.clock.set(T0 + 10 * 60000, { runJobs: false })
        const second = runJob(env)
        expect(second).toMatchObject({ state: 'complete', window_kind: 'regular', window_from: '2026-09-30 12:00:00', pages: '1' })
        expect(Number(second.received)).toBeLessThan(300) // 12 h of a 7-day spread, not 3,000
        expect(second.window_reason).toMatch(
            /A stored connection still running since 2026-09-2\d \d\d:\d\d:\d\d UTC is older than that: the window is not widened for it/,
        )
    })
})

describe('what the real API sends', () => {
    test('a saved offset_id whose report entry was deleted restarts the window from its start, says so, and duplicates nothing', async () => {
        env = await startEnv(T0)
        await env.sim.control.seed({ seed: 31, connections: 2500, from: T0 - 5 * DAY, to: T0 - 3 * HOUR, runningFraction: 0 })
        await env.sim.control.fault({ kind: 'status', status: 503, path: '/api/v1/reports/connections', onCalls: [3, 4, 5] })
        const failed = runJob(env)
        expect(failed).toMatchObject({ state: 'failed', pages: '2', inserted: '2000' })
        const offset = env.rt.query('x_tvgh_teamviewer_retrieval_state', 'name=company')[0].cursor_offset_id
        const deleted = await fetch(`${env.sim.apiBase}/reports/connections/${offset}`, {
            method: 'DELETE',
            headers: { Authorization: `Bearer ${env.sim.adminToken}` },
        })
        expect(deleted.status).toBe(204)
        await env.sim.control.clearFaults()

        const restarted = runJob(env)
        expect(restarted).toMatchObject({
            state: 'complete',
            rest_calls: '4',
            pages: '3',
            inserted: '500',
            updated: '0',
            unchanged: '1999',
        }) // 1 refused call, then 3 pages from the start
        expect(restarted.window_from).toBe(failed.window_from)
        expect(restarted.window_reason).toContain(
            `TeamViewer no longer knows the saved offset_id ${offset} (HTTP 400 invalid_request; its report entry was probably deleted): the window was read again from its start; rows already stored are matched on their TeamViewer id, never duplicated.`,
        )
        // the deleted record stays stored (the history keeps what was retrieved); every other one is there once
        const truth = await env.sim.control.truth()
        const stored = storedConnections(env).map((r) => r.tv_id)
        expect(new Set(stored).size).toBe(stored.length)
        expect(stored.sort()).toEqual([...truth.map((t) => t.id), offset].sort())
        expect(runJob(env).state).toBe('complete') // the cursor is clean: later runs work
    })

    test("dates in the documentation's basic form (20130116T194014Z) are stored with start, end and duration", async () => {
        env = await startEnv(T0)
        await env.sim.control.configure({ dateFormat: 'basic' })
        await env.sim.control.addConnection({ start_date: iso(T0 - 2 * HOUR), end_date: iso(T0 - HOUR + 47 * 60000 + 59000) })
        expect(runJob(env)).toMatchObject({ state: 'complete', inserted: '1' })
        expect(storedConnections(env)[0]).toMatchObject({
            start_date: '2026-09-30 22:00:00',
            end_date: '2026-09-30 23:47:59',
            duration: '1970-01-01 01:47:59',
        })
    })

    test('issue #20: an unreadable end date costs nothing — the record is stored, its end empty, the raw value kept and counted; fixed later, the end arrives', async () => {
        env = await startEnv(T0)
        const good = await env.sim.control.addConnection({ start_date: iso(T0 - 3 * HOUR), end_date: iso(T0 - 2 * HOUR) })
        const bad = await env.sim.control.addConnection({ start_date: iso(T0 - 2 * HOUR), end_date: iso(T0 - HOUR) })
        await env.sim.control.rawFields(bad.id, { end_date: '2026-09-31T25:00:00Z' })
        const run = runJob(env)
        expect(run).toMatchObject({ state: 'complete', rest_calls: '1', inserted: '2', rejected: '0', odd_values: '1', error: '' })
        expect(run.odd_values_detail).toBe("end_date ×1 e.g. '2026-09-31T25:00:00Z' (left empty)")
        const row = () => storedConnections(env!).find((r) => r.tv_id === bad.id) as Stored
        expect(row()).toMatchObject({ start_date: '2026-09-30 22:00:00', end_date: '', duration: '' })
        expect(JSON.parse(row().raw_json).end_date).toBe('2026-09-31T25:00:00Z')
        await env.sim.control.rawFields(bad.id, { end_date: iso(T0 - HOUR) }) // TeamViewer fixes its data
        expect(runJob(env)).toMatchObject({ state: 'complete', inserted: '0', updated: '1', odd_values: '0' })
        expect(row()).toMatchObject({ end_date: '2026-09-30 23:00:00', duration: '1970-01-01 01:00:00' })
        expect(
            storedConnections(env)
                .map((r) => r.tv_id)
                .sort(),
        ).toEqual([good.id, bad.id].sort())
    })

    test('403 "blocked" pauses retrieval like a rate limit (it is not a missing permission)', async () => {
        env = await startEnv(T0)
        await env.sim.control.fault({ kind: 'status', status: 403, error: 'blocked', path: '/api/v1/reports/connections', times: 1 })
        const run = runJob(env)
        expect(run).toMatchObject({ state: 'rate_limited', error_code: 'rate_limited' })
        expect(run.error).toMatch(
            /^TeamViewer is blocking calls from this instance for now \(IP blocked or rate limit reached\)\. GET \/reports\/connections: HTTP 403 blocked — IP blocked or rate limit reached\. Retrieval resumes after 2026-10-01 01:00:00 UTC\.$/,
        )
    })
})
