/**
 * The environment of the end-to-end tests: the BUILT app in the local runtime, TeamViewer (API and sign-in
 * page) played by the simulator over real HTTP, both on one controllable clock, the app configured to call it.
 */
import { Runtime } from '../tools/runtime'
import { startSimulator, type SimHandle, type SimOptions } from '../tools/simulator'

export interface Env {
    rt: Runtime
    sim: SimHandle
    now: number
}

/** Starts the simulator at `now` (with `sim` options) and the runtime pointed at it with the admin token. */
export async function startEnv(now: number, sim: SimOptions = {}): Promise<Env> {
    const handle = await startSimulator({ style: 'documented', ...sim, now })
    const rt = Runtime.load({ now })
    rt.setProperty('x_tvgh_teamviewer.api.base_url', handle.apiBase)
    rt.setProperty('x_tvgh_teamviewer.login.base_url', handle.url)
    rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'true')
    rt.setProperty('x_tvgh_teamviewer.api.timeout_seconds', '2')
    rt.setProperty('x_tvgh_teamviewer.adminToken', handle.adminToken)
    return { rt, sim: handle, now }
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
