/**
 * npm run bench:online — the online poll of the BUILT app in the local runtime against the simulator over
 * real HTTP, with 1,000 and 10,000 open service cases across 200 supporters and 50 open browsers (form
 * controls reading their task's cases through the REST API once per interval). Prints, per size, the
 * TeamViewer calls and database operations of one poll interval: a quiet poll, and a poll where 1% of the
 * customers come online. Target: TeamViewer calls = ceil(open sessions / 1000), independent of supporters
 * and browsers. Figures are printed, never asserted.  Usage: npm run bench:online [-- 1000 10000]
 */
import { Runtime } from '../tools/runtime'
import { startSimulator, type SimHandle } from '../tools/simulator'

const JOB = 'Poll TeamViewer service cases online'
const SUPPORTERS = 200
const BROWSERS = 50

interface Line {
    cases: number
    scenario: string
    tvCalls: number
    browserTvCalls: number
    target: number
    browserSelects: number
    selects: number
    writes: number
    events: number
    ms: number
}

async function createSessions(sim: SimHandle, n: number): Promise<{ code: string; validUntil: string; link: string }[]> {
    const out: { code: string; validUntil: string; link: string }[] = []
    for (let i = 0; i < n; i += 50) {
        const batch = Array.from({ length: Math.min(50, n - i) }, () =>
            fetch(`${sim.apiBase}/sessions`, {
                method: 'POST',
                headers: { Authorization: `Bearer ${sim.adminToken}`, 'Content-Type': 'application/json' },
                body: JSON.stringify({ groupname: 'ServiceNow' }),
            }).then((r) => r.json() as Promise<Record<string, string>>),
        )
        for (const s of await Promise.all(batch)) out.push({ code: s.code, validUntil: s.valid_until, link: s.end_customer_link })
    }
    return out
}

const glide = (iso: string) => new Date(iso).toISOString().slice(0, 19).replace('T', ' ')

async function measure(size: number, lines: Line[]): Promise<void> {
    const now = Date.UTC(2026, 10, 1, 12, 0, 0)
    const sim = await startSimulator({ now })
    const rt = Runtime.load({ now })
    try {
        await sim.control.setSessionLimit(size + 10)
        rt.setProperty('x_tvgh_teamviewer.api.base_url', sim.apiBase)
        rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'true')
        rt.setProperty('x_tvgh_teamviewer.adminToken', sim.adminToken)
        const supporters = Array.from({ length: SUPPORTERS }, (_, i) => rt.createUser({ user_name: `sup${i}`, roles: ['itil'] }))
        const sessions = await createSessions(sim, size)
        const tasks: string[] = []
        sessions.forEach((s, i) => {
            const task = rt.insert('incident', { short_description: `issue ${i}` })
            tasks.push(task)
            rt.insert('x_tvgh_teamviewer_service_case', {
                code: s.code,
                task,
                state: 'open',
                supporter: supporters[i % SUPPORTERS],
                valid_until: glide(s.validUntil),
                end_customer_link: s.link,
            })
        })
        rt.runJob(JOB) // first poll: warms caches, sets the last-poll time
        const interval = 60
        let t = now
        const oneInterval = async (scenario: string, before?: () => Promise<void>) => {
            if (before) await before()
            t += interval * 1000
            await sim.control.setClock(t)
            rt.clock.set(t, { runJobs: false })
            await sim.control.resetStats()
            rt.resetStats()
            const t0 = process.hrtime.bigint()
            rt.runJob(JOB)
            const ms = Number(process.hrtime.bigint() - t0) / 1e6
            const poll = { ...rt.stats }
            const tvPoll = (await sim.control.stats()).total
            // the open browsers read their task's cases from the platform table (never TeamViewer)
            rt.resetStats()
            for (let b = 0; b < BROWSERS; b++)
                rt.rest('GET', `/api/x_tvgh_teamviewer/cases/task/${tasks[b]}`, { user: `sup${b % SUPPORTERS}` })
            const browsers = { ...rt.stats }
            const tvAll = (await sim.control.stats()).total
            const events = rt.query('sysevent', 'state=ready').length
            rt.processEvents()
            lines.push({
                cases: size,
                scenario,
                tvCalls: tvPoll,
                browserTvCalls: tvAll - tvPoll,
                target: Math.ceil(size / 1000),
                selects: poll.sqlSelects,
                writes: poll.sqlInserts + poll.sqlUpdates + poll.sqlDeletes,
                browserSelects: browsers.sqlSelects,
                events,
                ms: Math.round(ms),
            })
        }
        await oneInterval('quiet (no change)')
        await oneInterval('1% come online', async () => {
            for (let i = 0; i < size; i += 100) await sim.control.setOnline(sessions[i].code)
        })
    } finally {
        rt.close()
        await sim.stop()
    }
}

async function main(): Promise<void> {
    const sizes = process.argv
        .slice(2)
        .map(Number)
        .filter((n) => n > 0)
    const lines: Line[] = []
    for (const size of sizes.length ? sizes : [1000, 10000]) await measure(size, lines)
    console.log(
        `Online poll, one interval: ${SUPPORTERS} supporters, ${BROWSERS} browsers reading their task's cases (REST) in the same interval`,
    )
    console.log(
        'open cases | scenario           | TeamViewer calls (poll) | target ceil(n/1000) | poll DB selects | poll DB writes | events | poll ms | browsers: TeamViewer calls | browsers: DB selects',
    )
    for (const l of lines) {
        console.log(
            `${String(l.cases).padStart(10)} | ${l.scenario.padEnd(18)} | ${String(l.tvCalls).padStart(23)} | ${String(l.target).padStart(19)} | ${String(l.selects).padStart(15)} | ${String(l.writes).padStart(14)} | ${String(l.events).padStart(6)} | ${String(l.ms).padStart(7)} | ${String(l.browserTvCalls).padStart(26)} | ${String(l.browserSelects).padStart(20)}`,
        )
    }
    console.log(
        'Poll DB writes: one per changed case (+ its event) and one for the last-poll time. Each browser read costs a few selects (task, its class, caller, cases, ACL roles).',
    )
}

main().catch((e) => {
    console.error(e)
    process.exit(1)
})
