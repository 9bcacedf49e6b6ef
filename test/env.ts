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

/** The file's one simulator (oneSimulatorPerFile); undefined: every startEnv starts a process of its own. */
let shared: SimHandle | undefined
/** The runtime of the environment that holds the shared simulator now (undefined: it is free). */
let sharedBy: Runtime | undefined

/**
 * One simulator process for the whole test file instead of one per test: started before the file's first test,
 * reset by every startEnv to the state a fresh start with that test's options has (SimHandle.reset,
 * tools/simulator/README.md), stopped after the last test. Each test still gets a fresh runtime. Call it at the
 * top level of a test file whose tests start their environment with startEnv and end it with stopEnv; an
 * environment started while another still holds the simulator gets a process of its own.
 */
export function oneSimulatorPerFile(): void {
    beforeAll(async () => {
        shared = await startSimulator({ style: 'documented' })
    })
    afterAll(async () => {
        const sim = shared
        shared = undefined
        sharedBy = undefined
        await sim?.stop()
    })
}

/** Starts the simulator at `now` (with `sim` options) and the runtime pointed at it with the admin token. */
export async function startEnv(now: number, sim: SimOptions = {}): Promise<Env> {
    const options: SimOptions = { style: 'documented', ...sim, now }
    const reuse = shared !== undefined && sharedBy === undefined
    const handle = reuse ? await (shared as SimHandle).reset(options) : await startSimulator(options)
    const rt = Runtime.load({ now })
    if (reuse) sharedBy = rt
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
    if (env.sim !== shared) return env.sim.stop()
    // the file's simulator stays for the next test (reset by its startEnv)
    if (sharedBy === env.rt) sharedBy = undefined
}

/** Moves both clocks (without firing the runtime's scheduler). */
export async function setTime(env: Env, ms: number): Promise<void> {
    env.now = ms
    await env.sim.control.setClock(ms)
    env.rt.clock.set(ms, { runJobs: false })
}
