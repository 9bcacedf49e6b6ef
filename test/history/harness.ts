/**
 * The environment of the history tests: the BUILT app in the local runtime, TeamViewer played by the
 * simulator over real HTTP, both on one controllable clock.
 */
import { setTime, startEnv as startBase, stopEnv, type Env as BaseEnv } from '../env'
import type { ReportEntry, Style } from '../../tools/simulator'

export const JOB = 'Retrieve TeamViewer connections'
export const HOUR = 3600000
export const DAY = 24 * HOUR
/** Both ways TeamViewer may list connections: at their end (documented; the simulator's default) or at their start. */
export const MODES: ReportEntry[] = ['end', 'start']

export interface Env extends BaseEnv {
    reportEntry: ReportEntry
}

export async function startEnv(now: number, o: { style?: Style; reportEntry?: ReportEntry } = {}): Promise<Env> {
    const reportEntry = o.reportEntry ?? 'end'
    return { ...(await startBase(now, { style: o.style ?? 'documented', reportEntry })), reportEntry }
}

export { setTime, stopEnv }

export type Stored = Record<string, string>

const seenRuns = new WeakMap<Env, Set<string>>()

/** The retrieval run recorded since the last call (clocks may be frozen, so timestamps can tie). */
export function latestRun(env: Env): Stored {
    const seen = seenRuns.get(env) ?? new Set<string>()
    seenRuns.set(env, seen)
    const fresh = env.rt.query('x_tvgh_teamviewer_retrieval_run').filter((r) => !seen.has(r.sys_id))
    if (fresh.length !== 1) throw new Error(`expected exactly one new retrieval run, found ${fresh.length}`)
    seen.add(fresh[0].sys_id)
    return fresh[0]
}

export function runJob(env: Env): Stored {
    env.rt.runJob(JOB)
    return latestRun(env)
}

/**
 * Lets `hours` pass in steps of `stepHours` on both clocks; the runtime's scheduler fires the job whenever its
 * period is due (the simulator's clock is moved first, so a run sees the new time). Returns the new runs.
 */
export async function passTime(env: Env, hours: number, stepHours = 6): Promise<Stored[]> {
    const before = new Set(env.rt.query('x_tvgh_teamviewer_retrieval_run').map((r) => r.sys_id))
    for (let done = 0; done < hours; done += stepHours) {
        const step = Math.min(stepHours, hours - done) * HOUR
        env.now += step
        await env.sim.control.setClock(env.now)
        env.rt.clock.advance(step)
    }
    const fresh = env.rt.query('x_tvgh_teamviewer_retrieval_run', 'ORDERBYstarted').filter((r) => !before.has(r.sys_id))
    const seen = seenRuns.get(env) ?? new Set<string>()
    seenRuns.set(env, seen)
    fresh.forEach((r) => seen.add(r.sys_id))
    return fresh
}

export function storedConnections(env: Env): Stored[] {
    return env.rt.query('x_tvgh_teamviewer_connection', 'ORDERBYtv_id')
}

function glide(iso: string | undefined): string {
    if (!iso) return ''
    return new Date(iso).toISOString().slice(0, 19).replace('T', ' ')
}

/**
 * The table equals TeamViewer's report exactly: same ids, no duplicates, and every field the app copies,
 * converted here independently of the app's mapping code.
 */
export async function expectTableEqualsTruth(env: Env, o: { allEnded?: boolean } = {}): Promise<number> {
    const truth = (await env.sim.control.truth()) as Record<string, unknown>[]
    if (o.allEnded) {
        // every connection of the report has ended, and the table has every end (none left "running")
        expect(truth.filter((t) => !t.end_date).map((t) => t.id)).toEqual([])
        expect(
            storedConnections(env)
                .filter((r) => !r.end_date || !r.duration)
                .map((r) => r.tv_id),
        ).toEqual([])
    }
    const rows = storedConnections(env)
    const ids = rows.map((r) => r.tv_id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.slice().sort()).toEqual(truth.map((t) => String(t.id)).sort())
    const byId = new Map(rows.map((r) => [r.tv_id, r]))
    for (const t of truth) {
        const r = byId.get(String(t.id)) as Stored
        const customer = (t.end_customer ?? {}) as Record<string, string>
        const expected = {
            tv_id: String(t.id),
            start_date: glide(t.start_date as string),
            end_date: glide(t.end_date as string | undefined),
            supporter_tv_user_id: String(t.userid ?? ''),
            supporter_name: String(t.username ?? ''),
            device_id: String(t.deviceid ?? ''),
            device_name: String(t.devicename ?? ''),
            group_id: String(t.groupid ?? ''),
            session_code: String(t.session_code ?? ''),
            billing_state: String(t.billing_state ?? ''),
            notes: String(t.notes ?? ''),
            support_session_type: t.support_session_type === undefined ? '' : String(t.support_session_type),
            currency: String(t.currency ?? ''),
            end_customer_email: String(customer.email ?? ''),
        }
        const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, r[k] ?? '']))
        expect(actual).toEqual(expected)
        expect(Number(r.fee || 0)).toBe(Number(t.fee ?? 0))
    }
    return truth.length
}
