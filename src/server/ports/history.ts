/**
 * What connection-history retrieval (history/) exchanges with the outside: the connection table's rows, the
 * stores and run log the platform implements (platform/history-store.ts, platform/run-log.ts), the TeamViewer
 * client it reads, and the deps the entry layer wires (entry/wiring/history.ts).
 */
import type { Clock } from '../shared/clock.ts'
import type { ConnectionPage, ConnectionQuery } from '../teamviewer/model.ts'
import type { Log } from './log.ts'

/** Column → value, as getValue() returns them ('' for empty). */
export type Row = Record<string, string>

/** The connection table's column holding the record exactly as TeamViewer sent it (bounded JSON text). */
export const RAW_JSON_COLUMN = 'raw_json'

/** Columns filled from TeamViewer (what a refresh may change). */
export const TV_COLUMNS = [
    'tv_id',
    'session_code',
    'supporter_tv_user_id',
    'supporter_name',
    'device_id',
    'device_name',
    'group_id',
    'group_name',
    'start_date',
    'end_date',
    'duration',
    'support_session_type',
    'billing_state',
    'fee',
    'currency',
    'notes',
    'contact_id',
    'end_customer_name',
    'end_customer_email',
    'feedback_rating',
    'feedback_comment',
    RAW_JSON_COLUMN,
] as const

/** Columns filled by enrichment (links into the platform). */
export const LINK_COLUMNS = ['task', 'service_case', 'supporter'] as const

export const STORED_COLUMNS = [...TV_COLUMNS, ...LINK_COLUMNS, 'work_note_added'] as const

export interface CaseLink {
    sysId: string
    task: string
    supporter: string
    supporterTvUserId: string
}

export type WindowKind = 'backfill' | 'regular' | 'reconciliation'

export type Trigger = 'scheduled' | 'manual' | 'case_closed' | 'task'
export type RunState = 'complete' | 'failed' | 'rate_limited' | 'partial'

/** Where records come from (the TeamViewer client). */
export interface ConnectionSource {
    connectionPage(q: ConnectionQuery): ConnectionPage
    /** HTTP requests sent so far. */
    readonly requests: number
}

export interface StoredConnection {
    sysId: string
    /** Stored values of the columns retrieval writes ('' when empty; work_note_added 'true'/'false'). */
    row: Row
}

/** The connection table and the lookups enrichment needs; each method is one database operation. */
export interface HistoryStore {
    findByTvIds(ids: string[]): Map<string, StoredConnection>
    /** Service cases by lower-cased session code. */
    casesByCodes(codes: string[]): Map<string, CaseLink>
    /** sys_user ids by TeamViewer user id. */
    usersByTvUserIds(ids: string[]): Map<string, string>
    insert(row: Row): string
    update(sysId: string, changes: Row): void
    /** start_date (glide value) of the earliest stored connection without an end, not before `notBefore` (explains windows). */
    earliestRunningStart(notBefore: string): string | null
    addWorkNote(taskSysId: string, text: string): void
}

/** The persisted position of a stream; glide date-time values, '' when empty. */
export interface StreamState {
    mark: string
    cursorFrom: string
    cursorTo: string
    cursorOffsetId: string
    /** Kind and reason of the window in progress (a resumed run says why its window started there). */
    cursorKind: string
    cursorReason: string
    /** `to` of the last completed backfill or reconciliation window. */
    reconciledTo: string
    retryAfter: string
    /** When a user asked for a company-wide Refresh that the background job has not picked up yet. */
    manualRequested: string
}

export interface StateStore {
    load(name: string): StreamState
    save(name: string, patch: Partial<StreamState>): void
}

export interface RunCounts {
    pages: number
    restCalls: number
    received: number
    inserted: number
    updated: number
    unchanged: number
    /** Records not stored: no usable record id or start date (see history/mapping.ts identityProblem). */
    rejected: number
    /** Values not stored as TeamViewer sent them or outside their documented form (history/mapping.ts mapRecord). */
    oddValues: number
}

export interface RunLog {
    start(info: {
        trigger: Trigger
        filter: string
        windowFrom: string
        windowTo: string
        windowKind?: WindowKind | ''
        windowReason?: string
    }): string
    /** Replaces the recorded reason of the run's window (e.g. after a restart of the window). */
    explainWindow(runId: string, reason: string): void
    /**
     * `started` (glide value) of a company-wide run still marked running that made progress (its record was
     * last updated) at or after `since`, or null.
     */
    companyRunSince(since: string): string | null
    /** Marks company-wide runs still "running" without progress since `before` as failed (they were killed). */
    abandonStale?(before: string): void
    progress(runId: string, counts: RunCounts): void
    /** `oddDetail`: the odd values per column with a first example ("currency ×1450 e.g. 'None' (left empty)"). */
    finish(runId: string, outcome: { state: RunState; counts: RunCounts; errorCode: string; error: string; oddDetail?: string }): void
}

export interface RetrievalDeps {
    /** Creates the client; a configuration error (e.g. no admin token) is recorded on the run. */
    source: () => ConnectionSource
    store: HistoryStore
    state: StateStore
    runs: RunLog
    clock: Clock
    log: Log
    settings: RetrievalSettings & Partial<RunBudget>
}

export interface RetrievalSettings {
    /** Hours before the high-water mark every run re-reads (the longest connection stored as soon as it ends). */
    lookbackHours: number
    /** Every this many days a run re-reads this many days before the previous reconciliation. */
    reconcileDays: number
    /** History fetched by the very first run. */
    backfillDays: number
    /** Keep each record's JSON as TeamViewer sent it (column raw_json); default true. */
    keepRawJson?: boolean
}

/** Limits of one run; reaching one stops the run as `partial` and the next run continues. */
export interface RunBudget {
    maxPagesPerRun: number
    maxRequestsPerRun: number
    maxRunMinutes: number
}

export interface RunResult {
    runId: string
    state: RunState
    counts: RunCounts
    errorCode: string
    error: string
    /** One line for a supporter, an admin or a log. */
    summary: string
}
