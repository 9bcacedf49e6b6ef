/**
 * The environment of the history tests: the BUILT app in the local runtime, TeamViewer played by the
 * simulator over real HTTP, both on one controllable clock.
 */
import { Runtime } from '../runtime'
import { startSimulator, type SimHandle } from '../simulator'

export const JOB = 'Retrieve TeamViewer connections'
export const HOUR = 3600000
export const DAY = 24 * HOUR

export interface Env {
    rt: Runtime
    sim: SimHandle
    now: number
}

export async function startEnv(now: number, style: 'documented' | 'recorded' = 'documented'): Promise<Env> {
    const sim = await startSimulator({ now, style })
    const rt = Runtime.load({ now })
    rt.setProperty('x_tvgh_teamviewer.api.base_url', sim.apiBase)
    rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'true')
    rt.setProperty('x_tvgh_teamviewer.api.timeout_seconds', '2')
    rt.setProperty('x_tvgh_teamviewer.adminToken', sim.adminToken)
    return { rt, sim, now }
}

export async function stopEnv(env: Env | undefined): Promise<void> {
    if (!env) return
    env.rt.close()
    await env.sim.stop()
}

/** Moves both clocks (without firing the runtime's scheduler). */
export async function setTime(env: Env, ms: number): Promise<void> {
    env.now = ms
    await env.sim.control.setClock(ms)
    env.rt.clock.set(ms, { runJobs: false })
}

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
export async function expectTableEqualsTruth(env: Env): Promise<number> {
    const truth = (await env.sim.control.truth()) as Record<string, unknown>[]
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
