/**
 * The local product's scheduler: real time drives the runtime as the platform's scheduler workers would.
 * Each tick moves the runtime's clock to `now` — periodic jobs due by then run (online poll, retrieval) —
 * and then processes what was queued: jobs queued with gs.executeNow, async business rules, events (script
 * actions and e-mail notifications), until nothing is left (at most a few rounds).
 */
import type { Runtime } from '../../tools/runtime'

export function tick(rt: Runtime, now: number): number {
    rt.clock.set(now)
    return drain(rt)
}

/** Runs what is queued (jobs, async rules, events) until nothing is left, at most a few rounds; returns the count. */
export function drain(rt: Runtime): number {
    let done = 0
    for (let i = 0; i < 5; i++) {
        const n = rt.runQueuedJobs() + rt.runAsync() + rt.processEvents()
        done += n
        if (n === 0) break
    }
    return done
}
