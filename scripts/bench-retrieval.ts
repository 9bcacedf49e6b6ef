/**
 * npm run bench:retrieval [-- sync|daily] [sizes…] — two measurements of the BUILT app's job "Retrieve TeamViewer
 * connections" in the local runtime, against the simulator over real HTTP. Figures are printed, never asserted.
 *
 * sync: syncs 1,000, 10,000 and 100,000 simulated connections and prints per size: REST calls, database
 *   operations per page, wall time and records per second, for a first sync and for an incremental run that
 *   finds 1% new records.
 * daily: the steady cost of the lookback and the weekly reconciliation. For 1,000 and 10,000 connections a
 *   day (1% of them 5 h or 3 days long), the job runs every 6 hours for 7 days (28 runs, one of them the
 *   reconciliation) after a first run over 14 days of history; it prints REST calls per day against the
 *   smallest licence budget of TeamViewer's API (Business: 7,200 calls per 24 h; target: under 1%), in both
 *   simulator modes (connections listed at their end, as documented, or at their start).
 */
import os from 'node:os'
import path from 'node:path'
import { Runtime } from '../tools/runtime'
import { startSimulator, type ReportEntry } from '../tools/simulator'

const JOB = 'Retrieve TeamViewer connections'
const DAY = 86400000

interface Row {
    size: number
    run: string
    records: number
    restCalls: number
    pages: number
    selectsPerPage: number
    writesPerPage: number
    seconds: number
    perSecond: number
}

function pad(s: string | number, n: number): string {
    const t = String(s)
    return t.length >= n ? t : ' '.repeat(n - t.length) + t
}

const HOUR = 3600000
/** TeamViewer's smallest per-licence budget: Business, 7,200 calls per 24 hours. */
const BUDGET_PER_DAY = 7200

interface DailyRow {
    perDay: number
    mode: ReportEntry
    runs: number
    regularPagesPerRun: number
    reconciliationPages: number
    restCallsWeek: number
    seconds: number
}

async function daily(perDay: number, mode: ReportEntry): Promise<DailyRow> {
    const t0 = Date.UTC(2026, 10, 1, 0, 0, 0)
    const sim = await startSimulator({ now: t0, reportEntry: mode })
    const started = process.hrtime.bigint()
    try {
        await sim.control.seed({
            seed: perDay,
            connections: perDay * 14,
            from: t0 - 14 * DAY,
            to: t0,
            runningFraction: 0,
            longFraction: 0.01,
        })
        const rt = Runtime.load({ now: t0 })
        try {
            rt.setProperty('x_tvgh_teamviewer.api.base_url', sim.apiBase)
            rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'true')
            rt.setProperty('x_tvgh_teamviewer.adminToken', sim.adminToken)
            rt.runJob(JOB) // the first run (backfill) is a one-time cost: not counted
            const before = new Set(rt.query('x_tvgh_teamviewer_retrieval_run').map((r) => r.sys_id))
            let t = t0
            for (let k = 0; k < 28; k++) {
                // the next 6 hours' connections, then both clocks move and the scheduler fires the job
                await sim.control.seed({
                    seed: perDay * 100 + k,
                    connections: Math.round(perDay / 4),
                    from: t,
                    to: t + 6 * HOUR,
                    runningFraction: 0,
                    longFraction: 0.01,
                    append: true,
                })
                t += 6 * HOUR
                await sim.control.setClock(t)
                rt.clock.advance(6 * HOUR)
            }
            const runs = rt.query('x_tvgh_teamviewer_retrieval_run').filter((r) => !before.has(r.sys_id))
            const bad = runs.find((r) => r.state !== 'complete')
            if (bad) throw new Error(`daily ${perDay}/${mode}: a run ended ${bad.state}: ${bad.error}`)
            const regular = runs.filter((r) => r.window_kind === 'regular')
            const reconciliation = runs.filter((r) => r.window_kind === 'reconciliation')
            return {
                perDay,
                mode,
                runs: runs.length,
                regularPagesPerRun: regular.reduce((n, r) => n + Number(r.pages), 0) / Math.max(1, regular.length),
                reconciliationPages: reconciliation.reduce((n, r) => n + Number(r.pages), 0),
                restCallsWeek: runs.reduce((n, r) => n + Number(r.rest_calls), 0),
                seconds: Number(process.hrtime.bigint() - started) / 1e9,
            }
        } finally {
            rt.close()
        }
    } finally {
        await sim.stop()
    }
}

async function dailyTable(): Promise<void> {
    const rows: DailyRow[] = []
    for (const perDay of [1000, 10000]) for (const mode of ['end', 'start'] as ReportEntry[]) rows.push(await daily(perDay, mode))
    console.log('\nREST calls per day at the 6-hour interval (lookback 12 h, reconciliation every 7 days), 7 simulated days:')
    const header = [
        'connections/day',
        'listed at',
        'runs',
        'pages/regular run',
        'reconciliation pages',
        'calls/week',
        'calls/day',
        `% of ${BUDGET_PER_DAY}/24 h`,
        'seconds',
    ]
    const widths = [15, 9, 5, 17, 20, 10, 9, 13, 8]
    console.log(header.map((h, i) => pad(h, widths[i])).join(' '))
    for (const r of rows) {
        const perDay = r.restCallsWeek / 7
        console.log(
            [
                r.perDay,
                r.mode,
                r.runs,
                r.regularPagesPerRun.toFixed(1),
                r.reconciliationPages,
                r.restCallsWeek,
                perDay.toFixed(1),
                `${((perDay / BUDGET_PER_DAY) * 100).toFixed(2)}%`,
                r.seconds.toFixed(1),
            ]
                .map((v, i) => pad(v, widths[i]))
                .join(' '),
        )
    }
}

async function main(): Promise<void> {
    const args = process.argv.slice(2)
    const only = args.find((a) => a === 'sync' || a === 'daily')
    if (only !== 'daily') await syncTable(args)
    if (only !== 'sync') await dailyTable()
    console.log(`(machine: ${os.cpus().length} cores; ${path.basename(process.execPath)} ${process.version})`)
}

async function syncTable(args: string[]): Promise<void> {
    const sizes = args.map(Number).filter((n) => n > 0)
    const plan = sizes.length ? sizes : [1000, 10000, 100000]
    const rows: Row[] = []
    for (const size of plan) {
        const now = Date.UTC(2026, 10, 1, 12, 0, 0)
        const sim = await startSimulator({ now })
        try {
            // all connections within the first-run backfill window (30 days), ended, some with session codes
            await sim.control.seed({ seed: size, connections: size, from: now - 20 * DAY, to: now - 60000, runningFraction: 0 })
            const rt = Runtime.load({ now })
            rt.setProperty('x_tvgh_teamviewer.api.base_url', sim.apiBase)
            rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'true')
            rt.setProperty('x_tvgh_teamviewer.adminToken', sim.adminToken)

            const measure = (label: string, expected: number): void => {
                const before = new Set(rt.query('x_tvgh_teamviewer_retrieval_run').map((r) => r.sys_id))
                rt.resetStats()
                const t0 = process.hrtime.bigint()
                rt.runJob(JOB)
                const seconds = Number(process.hrtime.bigint() - t0) / 1e9
                const created = rt.query('x_tvgh_teamviewer_retrieval_run').filter((r) => !before.has(r.sys_id))
                if (created.length !== 1) throw new Error(`${label} run of ${size}: expected one new run record, found ${created.length}`)
                const run = created[0]
                if (run.state !== 'complete') throw new Error(`${label} run of ${size}: ${run.state} ${run.error}`)
                const pages = Number(run.pages)
                const s = rt.stats
                rows.push({
                    size,
                    run: label,
                    records: Number(run.received),
                    restCalls: s.restCalls,
                    pages,
                    selectsPerPage: s.sqlSelects / pages,
                    writesPerPage: (s.sqlInserts + s.sqlUpdates + s.sqlDeletes) / pages,
                    seconds,
                    perSecond: Number(run.received) / seconds,
                })
                if (Number(run.received) < expected)
                    throw new Error(`${label} run of ${size}: received ${run.received}, expected at least ${expected}`)
            }

            measure('first sync', size)
            // 1% new connections arrive, and six hours pass
            const fresh = Math.max(1, Math.round(size / 100))
            await sim.control.seed({
                seed: size + 1,
                connections: fresh,
                from: now + 60000,
                to: now + 6 * 3600000 - 60000,
                runningFraction: 0,
                append: true,
            })
            // both clocks move; the scheduler must not fire here: the measured run is the explicit one
            await sim.control.setClock(now + 6 * 3600000)
            rt.clock.set(now + 6 * 3600000, { runJobs: false })
            measure('incremental (+1%)', fresh)
            rt.close()
        } finally {
            await sim.stop()
        }
    }
    const header = ['size', 'run', 'records', 'REST calls', 'pages', 'DB reads/page', 'DB writes/page', 'seconds', 'records/s']
    const widths = [8, 18, 8, 10, 6, 13, 14, 8, 10]
    console.log(header.map((h, i) => pad(h, widths[i])).join(' '))
    for (const r of rows) {
        console.log(
            [
                r.size,
                r.run,
                r.records,
                r.restCalls,
                r.pages,
                r.selectsPerPage.toFixed(1),
                r.writesPerPage.toFixed(1),
                r.seconds.toFixed(2),
                Math.round(r.perSecond),
            ]
                .map((v, i) => pad(v, widths[i]))
                .join(' '),
        )
    }
}

main().catch((e) => {
    console.error(e)
    process.exitCode = 1
})
