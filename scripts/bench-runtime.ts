/**
 * npm run bench:runtime — how fast the local runtime loads the built app and stores records.
 * Prints: load time, 100,000 GlideRecord inserts (time, rows/s, statements), an indexed query and a scan.
 */
import { Runtime } from '../tools/runtime'

function seconds(t0: bigint): number {
    return Number(process.hrtime.bigint() - t0) / 1e9
}

const N = Number(process.argv[2] ?? 100000)
let t = process.hrtime.bigint()
const rt = Runtime.load({ now: Date.UTC(2026, 9, 1) })
console.log(`load built app + open in-memory database: ${(seconds(t) * 1000).toFixed(0)} ms`)

const GlideRecord = rt.glide.GlideRecord as new (table: string) => {
    initialize(): void
    setValue(f: string, v: unknown): void
    insert(): string | null
    addQuery(f: string, v: unknown): void
    query(): void
    next(): boolean
    getRowCount(): number
}
rt.resetStats()
t = process.hrtime.bigint()
for (let i = 0; i < N; i++) {
    const gr = new GlideRecord('x_tvgh_teamviewer_connection')
    gr.initialize()
    gr.setValue('tv_id', `id-${i}`)
    gr.setValue('start_date', '2026-09-30 10:00:00')
    gr.setValue('device_name', `PC-${i % 500}`)
    if (!gr.insert()) throw new Error(`insert ${i} failed`)
}
const insertSeconds = seconds(t)
console.log(
    `${N} inserts through GlideRecord: ${insertSeconds.toFixed(2)} s, ${Math.round(N / insertSeconds)} rows/s, SQL inserts ${rt.stats.sqlInserts}`,
)

t = process.hrtime.bigint()
const one = new GlideRecord('x_tvgh_teamviewer_connection')
one.addQuery('tv_id', `id-${N - 1}`)
one.query()
console.log(`query by unique column: ${(seconds(t) * 1000).toFixed(1)} ms (${one.getRowCount()} row)`)
t = process.hrtime.bigint()
const scan = new GlideRecord('x_tvgh_teamviewer_connection')
scan.addQuery('device_name', 'PC-7')
scan.query()
console.log(`query on a non-indexed column: ${(seconds(t) * 1000).toFixed(1)} ms (${scan.getRowCount()} rows)`)
rt.close()
