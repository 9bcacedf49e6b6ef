/**
 * Scheduled jobs (`sysauto_script`) and the scheduler clock: "Execute Now" by name, the jobs app code
 * queues with scoped gs.executeNow(), and periodic jobs fired by `run_period` as the clock advances.
 */
import type { RuntimeContext } from './context'
import { toMs } from './context'
import type { Row } from './db'
import { parseGlide } from './glide/datetime'
import type { GlideRecord } from './glide/record'

interface JobState {
    lastRun: number
}

export class Scheduler {
    private now: number
    private jobs = new Map<string, JobState>()
    /** Jobs queued by gs.executeNow(), run by runQueued() (the platform's scheduler picks them up shortly). */
    private jobQueue: string[] = []

    constructor(
        start: number,
        private readonly ctx: RuntimeContext,
    ) {
        this.now = start
    }

    /** The scheduler's starting point: every job of the database counts its periods from now. */
    start(): void {
        for (const job of this.ctx.query('sysauto_script')) this.jobs.set(job.sys_id, { lastRun: this.now })
    }

    /** Runs a scheduled job by name through its built script, as "Execute Now" does (as the system user). */
    runJob(name: string): void {
        const job = this.ctx.query('sysauto_script', `name=${name}`)[0]
        if (!job) throw new Error(`no scheduled job named "${name}" in the build`)
        this.runJobRecord(job)
    }

    /** Scoped gs.executeNow(job): queues a job of the same application for immediate execution; returns an id. */
    executeNow(job: GlideRecord): string {
        const sysId = job.getUniqueValue()
        if (!this.ctx.query(job.getTableName(), `sys_id=${sysId}`)[0]) throw new Error('gs.executeNow: the job record does not exist')
        this.jobQueue.push(sysId)
        return sysId
    }

    /** Runs the jobs queued by gs.executeNow() (as the system user, in queue order); returns how many ran. */
    runQueued(): number {
        let n = 0
        while (this.jobQueue.length) {
            const job = this.ctx.query('sysauto_script', `sys_id=${this.jobQueue.shift()}`)[0]
            if (job) {
                this.runJobRecord(job)
                n++
            }
        }
        return n
    }

    /** Jobs queued by gs.executeNow() and not run yet. */
    get queued(): number {
        return this.jobQueue.length
    }

    private runJobRecord(job: Row): void {
        this.ctx.asSystem(() => this.ctx.runScript(job.script as string))
        const st = this.jobs.get(job.sys_id as string)
        if (st) st.lastRun = this.now
    }

    /**
     * The scheduler clock. advance() fires periodic jobs that fall due, in time order, each due run once,
     * reading run_period from the job record each time (an admin's change applies). The runtime counts
     * periods from when the app was loaded (run_start in the build is the build time). An inactive job's due
     * runs pass without running, as on the platform.
     */
    readonly clock = {
        now: (): number => this.now,
        set: (t: number | string | Date, opts: { runJobs?: boolean } = {}): void => {
            const target = toMs(t)
            if (opts.runJobs === false || target <= this.now) this.now = target
            else this.clock.advance(target - this.now)
        },
        advance: (ms: number): void => {
            const target = this.now + ms
            for (;;) {
                let next: { job: Row; due: number } | null = null
                for (const job of this.ctx.query('sysauto_script', 'run_type=periodically')) {
                    const period = parseGlide(String(job.run_period ?? ''))
                    if (!period || period <= 0) continue
                    const st = this.jobs.get(job.sys_id as string) ?? { lastRun: this.now }
                    this.jobs.set(job.sys_id as string, st)
                    const due = st.lastRun + period
                    if (due <= target && (!next || due < next.due)) next = { job, due }
                }
                if (!next) break
                this.now = next.due
                const st = this.jobs.get(next.job.sys_id as string) as JobState
                if (next.job.active === '1' || next.job.active === 'true') this.runJobRecord(next.job)
                st.lastRun = next.due
            }
            this.now = target
        },
    }
}
