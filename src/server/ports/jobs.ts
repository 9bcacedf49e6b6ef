/** A scheduled job of the app (sysauto_script), as the setup status reads it and the company-wide Refresh runs it. */
export interface JobInfo {
    name: string
    active: boolean
    /** The run period in seconds (0 when not periodic). */
    intervalSeconds: number
}

export interface ScheduledJob extends JobInfo {
    /** Queues the job to run now in the background; the scheduler's id ('' when it gave none). */
    executeNow(): string
}

/** The job of that name, or null when its record is missing (platform/jobs.ts). */
export type FindJob = (name: string) => ScheduledJob | null
