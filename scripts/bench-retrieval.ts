/**
 * npm run bench:retrieval [-- sync|daily] [sizes…] — two measurements of the BUILT app's job "Retrieve TeamViewer
 * connections" in the local runtime, against the simulator over real HTTP. Figures are printed, not asserted; what
 * is checked is that every run completes and stores exactly what the simulator lists (the count the simulator
 * reports, not an assumed one), so the benchmark fails when retrieval loses or duplicates a connection.
 *
 * sync: syncs 1,000, 10,000 and 100,000 simulated connections (or the sizes given) and prints per size: REST
 *   calls, database operations per page, wall time and records per second, for a first sync with the raw JSON kept
 *   (the default), the same first sync without it (x_tvgh_teamviewer.retrieval.keep_raw_json false, a fresh
 *   database), and an incremental run that finds 1% new records.
 * daily: the steady cost of the lookback and the weekly reconciliation. For 1,000 and 10,000 connections a
 *   day (or the sizes given; 1% of them 5 h or 3 days long), the job runs every 6 hours for 7 days (28 runs, one of them the
 *   reconciliation) after a first run over 14 days of history; it prints REST calls per day against the
 *   smallest licence budget of TeamViewer's API (Business: 7,200 calls per 24 h; target: under 1%), in both
 *   simulator modes (connections listed at their end, as documented, or at their start).
 */
import os from 'node:os'
import path from 'node:path'
import { Runtime } from '../tools/runtime'
import { startSimulator, type ReportEntry, type SimHandle } from '../tools/simulator'

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
    /** CPU time of this process (the app in the runtime, its database) during the run: less sensitive to a busy machine. */
    cpuSeconds: number
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

async function dailyTable(sizes: number[]): Promise<void> {
    const rows: DailyRow[] = []
    for (const perDay of sizes.length ? sizes : [1000, 10000])
        for (const mode of ['end', 'start'] as ReportEntry[]) rows.push(await daily(perDay, mode))
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
    const sizes = args.map(Number).filter((n) => n > 0)
    if (only !== 'daily') await syncTable(sizes)
    if (only !== 'sync') await dailyTable(sizes)
    console.log(`(machine: ${os.cpus().length} cores; ${path.basename(process.execPath)} ${process.version})`)
}

/** "+12%": how much longer a took than b. */
function pct(a: number, b: number): string {
    const p = ((a - b) / b) * 100
    return `${p >= 0 ? '+' : ''}${p.toFixed(0)}%`
}

/** Connections stored in the runtime's table (counted outside the timed runs). */
function storedCount(rt: Runtime): number {
    const GlideRecord = rt.glide.GlideRecord as new (table: string) => { query(): void; getRowCount(): number }
    const gr = new GlideRecord('x_tvgh_teamviewer_connection')
    gr.query()
    return gr.getRowCount()
}

/** What the simulator's report lists now (its own count, over the control API). */
async function listed(sim: SimHandle): Promise<number> {
    return (await sim.control.truthPage(0, 1)).total
}

async function syncTable(sizes: number[]): Promise<void> {
    const plan = sizes.length ? sizes : [1000, 10000, 100000]
    const rows: Row[] = []
    for (const size of plan) {
        const now = Date.UTC(2026, 10, 1, 12, 0, 0)
        const sim = await startSimulator({ now })
        const runtimes: Runtime[] = []
        const runtime = (keepRaw: boolean): Runtime => {
            const rt = Runtime.load({ now })
            runtimes.push(rt)
            rt.setProperty('x_tvgh_teamviewer.api.base_url', sim.apiBase)
            rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'true')
            rt.setProperty('x_tvgh_teamviewer.adminToken', sim.adminToken)
            rt.setProperty('x_tvgh_teamviewer.retrieval.keep_raw_json', keepRaw ? 'true' : 'false')
            return rt
        }
        try {
            // all connections within the first-run backfill window (30 days), some with session codes, every one
            // ended before the clock: the simulator lists a connection once it has ended (as TeamViewer documents),
            // and generated durations are at most 2 h 1 min, so they start at least 3 h before now
            await sim.control.seed({ seed: size, connections: size, from: now - 20 * DAY, to: now - 3 * HOUR, runningFraction: 0 })
            const total = await listed(sim)
            if (total !== size) throw new Error(`the simulator lists ${total} of ${size} seeded connections (all should have ended)`)

            /** Runs the job once, measured; the run must complete, receive `expected` records and leave the table as listed. */
            const measure = async (rt: Runtime, label: string, expected: (received: number) => string): Promise<void> => {
                const before = new Set(rt.query('x_tvgh_teamviewer_retrieval_run').map((r) => r.sys_id))
                rt.resetStats()
                const t0 = process.hrtime.bigint()
                const cpu0 = process.cpuUsage()
                rt.runJob(JOB)
                const seconds = Number(process.hrtime.bigint() - t0) / 1e9
                const cpu = process.cpuUsage(cpu0)
                const cpuSeconds = (cpu.user + cpu.system) / 1e6
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
                    cpuSeconds,
                    perSecond: Number(run.received) / seconds,
                })
                const wrong = expected(Number(run.received))
                if (wrong) throw new Error(`${label} run of ${size}: ${wrong}`)
                const inTable = storedCount(rt)
                const inReport = await listed(sim)
                if (inTable !== inReport)
                    throw new Error(`${label} run of ${size}: ${inTable} connections stored, the simulator lists ${inReport}`)
            }

            const exactly = (n: number) => (received: number) => (received === n ? '' : `received ${received}, the simulator lists ${n}`)
            const withRaw = runtime(true)
            await measure(withRaw, 'first sync', exactly(size))
            await measure(runtime(false), 'first sync, no raw JSON', exactly(size))
            // 1% new connections arrive (all ended within the next six hours), and six hours pass
            const fresh = Math.max(1, Math.round(size / 100))
            await sim.control.seed({
                seed: size + 1,
                connections: fresh,
                from: now + 60000,
                to: now + 3 * HOUR,
                runningFraction: 0,
                append: true,
            })
            // both clocks move; the scheduler must not fire here: the measured run is the explicit one
            await sim.control.setClock(now + 6 * HOUR)
            withRaw.clock.set(now + 6 * HOUR, { runJobs: false })
            await measure(withRaw, 'incremental (+1%)', (received) =>
                received >= fresh ? '' : `received ${received}, expected at least ${fresh}`,
            )
        } finally {
            for (const rt of runtimes) rt.close()
            await sim.stop()
        }
    }
    const header = ['size', 'run', 'records', 'REST calls', 'pages', 'DB reads/page', 'DB writes/page', 'seconds', 'CPU s', 'records/s']
    const widths = [8, 24, 8, 10, 6, 13, 14, 8, 8, 10]
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
                r.cpuSeconds.toFixed(2),
                Math.round(r.perSecond),
            ]
                .map((v, i) => pad(v, widths[i]))
                .join(' '),
        )
    }
    for (const size of plan) {
        const withRaw = rows.find((r) => r.size === size && r.run === 'first sync')
        const without = rows.find((r) => r.size === size && r.run === 'first sync, no raw JSON')
        if (withRaw && without)
            console.log(
                `raw JSON kept, first sync of ${size}: ${withRaw.seconds.toFixed(2)} s vs ${without.seconds.toFixed(2)} s without (${pct(withRaw.seconds, without.seconds)}); CPU ${withRaw.cpuSeconds.toFixed(2)} s vs ${without.cpuSeconds.toFixed(2)} s (${pct(withRaw.cpuSeconds, without.cpuSeconds)})`,
            )
    }
}

main().catch((e) => {
    console.error(e)
    process.exitCode = 1
})
