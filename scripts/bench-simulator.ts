/**
 * npm run bench:simulator [-- N] — how fast the TeamViewer simulator generates and serves a large report.
 * Prints: seeding N connections (default 100,000; at least 3,000) over the control API and inside the generator,
 * the median of five 1,000-record pages over HTTP, and one filtered page. Figures only; it fails only when the
 * simulator does not answer a full page.
 */
import { startSimulator } from '../tools/simulator'
import { iso } from '../tools/simulator/helpers'

const DAY = 86400000
const HOUR = 3600000
const T0 = Date.UTC(2026, 9, 1, 8)

const N = Math.max(3000, Number(process.argv[2] ?? 100000) || 100000)

async function main(): Promise<void> {
    const sim = await startSimulator({ now: T0 })
    try {
        const page = async (qs: string) => {
            const r = await fetch(`${sim.apiBase}/reports/connections${qs}`, { headers: { Authorization: `Bearer ${sim.adminToken}` } })
            return (await r.json()) as { records: { start_date: string }[] }
        }
        let t = performance.now()
        const seeded = await sim.control.seed({ seed: 7, connections: N, from: T0 - 30 * DAY, to: T0 - HOUR })
        console.log(
            `seed ${N.toLocaleString('en')} connections: ${(performance.now() - t).toFixed(0)} ms over the control API (generator: ${seeded.ms} ms)`,
        )
        // a page from the first third of the report: at least 1,000 records follow it within 20 days
        const truth = await sim.control.truthPage(Math.floor(N / 3), 1)
        const timings: number[] = []
        for (let i = 0; i < 5; i++) {
            t = performance.now()
            const p = await page(`?from_date=${truth.records[0].start_date}&to_date=${iso(T0 - 2 * DAY)}`)
            timings.push(performance.now() - t)
            if (p.records.length !== 1000) throw new Error(`expected a full page, got ${p.records.length}`)
        }
        timings.sort((a, b) => a - b)
        console.log(
            `page of 1,000 records over HTTP: median ${timings[2].toFixed(1)} ms (min ${timings[0].toFixed(1)}, max ${timings[4].toFixed(1)})`,
        )
        t = performance.now()
        await page(`?has_code=true&from_date=${iso(T0 - 20 * DAY)}`)
        console.log(`filtered page (has_code, from_date): ${(performance.now() - t).toFixed(1)} ms`)
    } finally {
        await sim.stop()
    }
}

main().catch((e) => {
    console.error(e)
    process.exit(1)
})
