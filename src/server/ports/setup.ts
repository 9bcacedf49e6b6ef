/**
 * What the setup status (setup/status.ts) reads: the settings (whether secrets are set, never their values),
 * the company client's probe calls, the last retrieval run (platform/run-log.ts), the scheduled jobs
 * (platform/jobs.ts) and the online poll; wired in entry/wiring/setup.ts.
 */
import type { Clock } from '../shared/clock.ts'
import type { JobInfo } from './jobs.ts'

export type { JobInfo } from './jobs.ts'

/** The part of the TeamViewer client the check calls (teamviewer/client.ts). */
export interface ProbeClient {
    ping(): { tokenValid: boolean }
    connectionPage(q: { from?: string; to?: string }): { records: unknown[] }
}

export interface RunInfo {
    started: string
    finished: string
    state: string
    trigger: string
    received: number
    inserted: number
    updated: number
    /** Records not stored (no usable id or start date); values not stored as sent, and per column (text). */
    rejected?: number
    oddValues?: number
    oddDetail?: string
    error: string
}

export interface PollInfo {
    /** The poll job: found, active, its wake-up period (s). */
    job: JobInfo | null
    /** The setting onlinePollIntervalSeconds (shared/settings.ts). */
    intervalSeconds: number
    /** When the poll last ran (ms), 0 never. */
    lastPollMs: number
    openCases: number
}

export interface SetupDeps {
    now: Clock
    /** Whether a value is stored — never the value itself leaves these deps except into the client. */
    adminTokenSet(): boolean
    /** The company client with the stored admin token (throws a configuration error when it is not set). */
    adminClient(): ProbeClient
    oauthClientId(): string
    oauthSecretSet(): boolean
    redirectUri(): string
    lastRun(): RunInfo | null
    /** The last run the scheduled job made (its start, ms), 0 none: the base of the next run's estimate. */
    lastScheduledStartMs(): number
    job(): JobInfo | null
    poll(): PollInfo
    /** A date-time as the admin reads it: the glide value in UTC, marked so ("2026-10-01 09:00:00 UTC"). */
    display(ms: number): string
}
