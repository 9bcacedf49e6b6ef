/**
 * npm run bench:retrieval — syncs 1,000, 10,000 and 100,000 simulated connections through the BUILT app's job
 * "Retrieve TeamViewer connections" in the local runtime, against the simulator over real HTTP, and prints
 * per size: REST calls, database operations per page, wall time and records per second, for a first sync and
 * for an incremental run that finds 1% new records. Figures are printed, never asserted.
 */
import os from 'node:os'
import path from 'node:path'
import { Runtime } from '../test/runtime'
import { startSimulator } from '../test/simulator'

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

async function main(): Promise<void> {
    const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
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
                if (Number(run.received) < expected) throw new Error(`${label} run of ${size}: received ${run.received}, expected at least ${expected}`)
            }

            measure('first sync', size)
            // 1% new connections arrive, and six hours pass
            const fresh = Math.max(1, Math.round(size / 100))
            await sim.control.seed({ seed: size + 1, connections: fresh, from: now + 60000, to: now + 6 * 3600000 - 60000, runningFraction: 0, append: true })
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
            [r.size, r.run, r.records, r.restCalls, r.pages, r.selectsPerPage.toFixed(1), r.writesPerPage.toFixed(1), r.seconds.toFixed(2), Math.round(r.perSecond)]
                .map((v, i) => pad(v, widths[i]))
                .join(' '),
        )
    }
    console.log(`(machine: ${os.cpus().length} cores; ${path.basename(process.execPath)} ${process.version})`)
}

main().catch((e) => {
    console.error(e)
    process.exitCode = 1
})
