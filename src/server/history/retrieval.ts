/**
 * Connection-history retrieval: never loses a connection, never duplicates one, at a bounded cost.
 *
 * The company stream keeps a persisted position (x_tvgh_teamviewer_retrieval_state, name "company"); which window
 * each run reads, and why, is decided in window.ts (backfill, lookback before the mark, periodic reconciliation —
 * so connections TeamViewer lists only when they end are read again, and one stuck "running" never widens a run).
 * - `cursor_*`: the window being paged. Each page is stored before `cursor_offset_id` advances, so a
 *   failure after page k keeps pages 1..k and the next run resumes at page k+1 of the same window. If
 *   TeamViewer no longer knows the saved offset_id (its report entry was deleted), the window restarts from
 *   its start, once; upserts make re-reading safe.
 * Rows are upserted on TeamViewer's record id: one query per page finds the existing rows; new records are
 * inserted, changed ones updated, unchanged ones not written.
 *
 * Rate limiting is never waited out (server code cannot sleep): the run stops, `retry_after` is stored,
 * and runs before that time are recorded as skipped.
 */
import { explain, isTeamViewerError, messageOf, TeamViewerError } from '../teamviewer/errors.ts'
import type { ConnectionPage, ConnectionQuery, ConnectionRecord } from '../teamviewer/model.ts'
import { changedColumns, durationSeconds, toRow, type CaseLink, type Row } from './mapping.ts'
import { humanDuration, isoToGlide, toGlide, toIso, toMs } from './time.ts'
import { nextWindow, type CompanyWindow, type WindowKind } from './window.ts'

export type { CompanyWindow, WindowKind } from './window.ts'

export type Trigger = 'scheduled' | 'manual' | 'case_closed' | 'task'
export type RunState = 'complete' | 'failed' | 'rate_limited'

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
}

export interface RunLog {
    start(info: { trigger: Trigger; filter: string; windowFrom: string; windowTo: string; windowKind?: WindowKind | ''; windowReason?: string }): string
    /** Replaces the recorded reason of the run's window (e.g. after a restart of the window). */
    explainWindow(runId: string, reason: string): void
    /** `started` (glide value) of a company-wide run still marked running that started at or after `since`, or null. */
    companyRunSince(since: string): string | null
    progress(runId: string, counts: RunCounts): void
    finish(runId: string, outcome: { state: RunState; counts: RunCounts; errorCode: string; error: string }): void
}

export interface Logger {
    info(message: string): void
    warn(message: string): void
}

export interface RetrievalDeps {
    /** Creates the client; a configuration error (e.g. no admin token) is recorded on the run. */
    source: () => ConnectionSource
    store: HistoryStore
    state: StateStore
    runs: RunLog
    clock: () => number
    log: Logger
    settings: RetrievalSettings
}

export interface RetrievalSettings {
    /** Hours before the high-water mark every run re-reads (the longest connection stored as soon as it ends). */
    lookbackHours: number
    /** Every this many days a run re-reads this many days before the previous reconciliation. */
    reconcileDays: number
    /** History fetched by the very first run. */
    backfillDays: number
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

export const COMPANY_STREAM = 'company'
/** A company run still "running" after this long is taken as dead (its transaction was cancelled). */
const RUN_LEASE_MINUTES = 30
/** When TeamViewer limits the rate without saying until when. */
const DEFAULT_RETRY_AFTER_SECONDS = 3600

const zero = (): RunCounts => ({ pages: 0, restCalls: 0, received: 0, inserted: 0, updated: 0, unchanged: 0 })

function workNote(r: ConnectionRecord): string {
    const seconds = durationSeconds(r) ?? 0
    const device = r.deviceName || r.deviceId || 'unknown device'
    const who = r.userName || r.userId || 'unknown supporter'
    return `TeamViewer connection completed — supporter: ${who}; device: ${device}; start: ${isoToGlide(r.startDate)} UTC; duration: ${humanDuration(seconds)}.`
}

class Retrieval {
    readonly counts = zero()
    private source: ConnectionSource | null = null
    private requestsAtStart = 0

    constructor(
        private readonly deps: RetrievalDeps,
        private readonly runId: string,
    ) {}

    client(): ConnectionSource {
        if (!this.source) {
            this.source = this.deps.source()
            this.requestsAtStart = this.source.requests
        }
        return this.source
    }

    private syncRequests(): void {
        if (this.source) this.counts.restCalls = this.source.requests - this.requestsAtStart
    }

    /** Pages through one query from `offset`; after each stored page, `stored(nextOffset)` persists progress. */
    pages(query: ConnectionQuery, offset: string, stored: (next: string) => void): void {
        const source = this.client()
        let current = offset
        for (;;) {
            const page = source.connectionPage({ ...query, offsetId: current || undefined })
            this.counts.pages++
            this.counts.received += page.records.length
            this.upsert(page.records)
            const next = page.nextOffset ?? ''
            if (next && next === current) {
                throw new TeamViewerError('server_error', `TeamViewer returned the same page offset twice (${next}).`, 200, 'paging_loop')
            }
            stored(next)
            this.syncRequests()
            this.deps.runs.progress(this.runId, this.counts)
            this.deps.log.info(`TeamViewer connections: page ${this.counts.pages}, ${page.records.length} records (inserted ${this.counts.inserted}, updated ${this.counts.updated}, unchanged ${this.counts.unchanged})`)
            if (!next) return
            current = next
        }
    }

    /** Stores one page: 1 query for existing rows, 1 for cases, 1 for users, then one write per new or changed row. */
    private upsert(records: ConnectionRecord[]): void {
        const byId = new Map<string, ConnectionRecord>()
        for (const r of records) byId.set(r.id, r)
        if (byId.size === 0) return
        const unique = [...byId.values()]
        const store = this.deps.store
        const existing = store.findByTvIds([...byId.keys()])
        const codes = [...new Set(unique.map((r) => r.sessionCode.toLowerCase()).filter((c) => c))]
        const cases = codes.length ? store.casesByCodes(codes) : new Map<string, CaseLink>()
        const userIds = [...new Set(unique.map((r) => r.userId).filter((u) => u))]
        const users = userIds.length ? store.usersByTvUserIds(userIds) : new Map<string, string>()
        for (const r of unique) {
            const fresh = toRow(r, { cases, users })
            const prev = existing.get(r.id)
            const task = fresh.task || (prev ? prev.row.task : '')
            const noteDue = !!task && !!fresh.end_date && (!prev || prev.row.work_note_added !== 'true')
            let sysId: string
            if (!prev) {
                if (noteDue) fresh.work_note_added = 'true'
                sysId = store.insert(fresh)
                this.counts.inserted++
            } else {
                const changes = changedColumns(prev.row, fresh)
                if (noteDue) changes.work_note_added = 'true'
                sysId = prev.sysId
                if (Object.keys(changes).length) {
                    store.update(sysId, changes)
                    this.counts.updated++
                } else {
                    this.counts.unchanged++
                }
            }
            if (noteDue) {
                // the flag is written first: a failed note is un-flagged so the next run adds it; never twice
                try {
                    store.addWorkNote(task, workNote(r))
                } catch (e) {
                    store.update(sysId, { work_note_added: 'false' })
                    this.deps.log.warn(`TeamViewer connection ${r.id}: work note not added (${messageOf(e)}); will retry.`)
                }
            }
        }
    }

    finish(state: RunState, errorCode = '', error = ''): RunResult {
        this.syncRequests()
        this.deps.runs.finish(this.runId, { state, counts: this.counts, errorCode, error })
        const c = this.counts
        const summary =
            state === 'complete'
                ? `Connection history refreshed: ${c.received} records in ${c.pages} page(s) — ${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged.`
                : `Connection history not fully refreshed (${state}): ${error} Stored so far: ${c.inserted} new, ${c.updated} updated.`
        return { runId: this.runId, state, counts: { ...c }, errorCode, error, summary }
    }

    /** Records an error as the run's outcome; a rate limit also stores until when all retrieval pauses. */
    fail(e: unknown): RunResult {
        if (isTeamViewerError(e)) {
            if (e.kind === 'rate_limited') {
                const until = toGlide(this.deps.clock() + (e.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) * 1000)
                this.deps.state.save(COMPANY_STREAM, { retryAfter: until })
                return this.finish('rate_limited', 'rate_limited', `${explain(e)} Retrieval resumes after ${until} UTC.`)
            }
            return this.finish('failed', e.kind, explain(e))
        }
        const message = messageOf(e)
        return this.finish('failed', 'internal_error', `Unexpected error: ${message}`)
    }
}

/** A run that does not call TeamViewer because the rate limit's pause is not over. */
function pausedResult(deps: RetrievalDeps, trigger: Trigger, filter: string): RunResult | null {
    const until = deps.state.load(COMPANY_STREAM).retryAfter
    if (!until || toMs(until) <= deps.clock()) return null
    const run = new Retrieval(deps, deps.runs.start({ trigger, filter, windowFrom: '', windowTo: '' }))
    return run.finish('rate_limited', 'rate_limited', `Skipped: TeamViewer's rate limit was reached; retrieval resumes after ${until} UTC.`)
}

/** The window the company stream works on now: the one in progress, or the next one (then saved as the cursor). */
export function companyWindow(deps: RetrievalDeps, st: StreamState): CompanyWindow {
    const resumed = st.cursorFrom && st.cursorTo
    const window = nextWindow(deps, st)
    if (!resumed) deps.state.save(COMPANY_STREAM, { cursorFrom: window.from, cursorTo: window.to, cursorOffsetId: '', cursorKind: window.kind, cursorReason: window.reason })
    return window
}

/** An answer meaning "this offset_id does not exist (any more)", e.g. its report entry was deleted. */
function isVanishedOffset(e: unknown): e is TeamViewerError {
    return isTeamViewerError(e) && (e.kind === 'invalid_request' || e.kind === 'not_found')
}

/** Pages through the window from its cursor; a vanished saved offset restarts the window from its start, once. */
function pageWindow(deps: RetrievalDeps, run: Retrieval, runId: string, window: CompanyWindow): void {
    const query = { from: toIso(toMs(window.from)), to: toIso(toMs(window.to)) }
    const save = (next: string) => deps.state.save(COMPANY_STREAM, { cursorOffsetId: next })
    try {
        run.pages(query, window.offset, save)
    } catch (e) {
        const offset = deps.state.load(COMPANY_STREAM).cursorOffsetId
        if (!offset || !isVanishedOffset(e)) throw e
        const restart =
            `TeamViewer no longer knows the saved offset_id ${offset} (HTTP ${e.status}${e.code ? ` ${e.code}` : ''}; its report entry was probably deleted): ` +
            'the window was read again from its start; rows already stored are matched on their TeamViewer id, never duplicated.'
        deps.log.warn(`TeamViewer connections: ${restart}`)
        deps.runs.explainWindow(runId, `${window.reason} ${restart}`)
        deps.state.save(COMPANY_STREAM, { cursorOffsetId: '', cursorReason: `${window.reason} ${restart}` })
        run.pages(query, '', save)
    }
}

/** The scheduled job and the company-wide Refresh: continue the company stream from where it stands. */
export function retrieveCompany(deps: RetrievalDeps, trigger: 'scheduled' | 'manual'): RunResult {
    const paused = pausedResult(deps, trigger, '')
    if (paused) return paused
    // one company retrieval at a time (the job and a manual Refresh may meet): the other one is skipped
    const busySince = deps.runs.companyRunSince(toGlide(deps.clock() - RUN_LEASE_MINUTES * 60000))
    if (busySince) {
        const run = new Retrieval(deps, deps.runs.start({ trigger, filter: '', windowFrom: '', windowTo: '' }))
        return run.finish('failed', 'busy', `Skipped: another company-wide retrieval started at ${busySince} UTC is still running; it covers the same history.`)
    }
    const window = companyWindow(deps, deps.state.load(COMPANY_STREAM))
    const runId = deps.runs.start({ trigger, filter: '', windowFrom: window.from, windowTo: window.to, windowKind: window.kind, windowReason: window.reason })
    const run = new Retrieval(deps, runId)
    try {
        pageWindow(deps, run, runId, window)
        const done: Partial<StreamState> = { mark: window.to, cursorFrom: '', cursorTo: '', cursorOffsetId: '', cursorKind: '', cursorReason: '', retryAfter: '' }
        if (window.kind !== 'regular') done.reconciledTo = window.to
        deps.state.save(COMPANY_STREAM, done)
        return run.finish('complete')
    } catch (e) {
        return run.fail(e)
    }
}

/** A case closed, or a task's Refresh: all connections of these session codes (the company mark is untouched). */
export function retrieveSessions(deps: RetrievalDeps, trigger: 'case_closed' | 'task', sessionCodes: string[]): RunResult {
    const codes = [...new Set(sessionCodes.map((c) => c.trim()).filter((c) => c))]
    const filter = codes.length ? `session_code IN ${codes.join(',')}` : 'no service case'
    const paused = pausedResult(deps, trigger, filter)
    if (paused) return paused
    const run = new Retrieval(deps, deps.runs.start({ trigger, filter: filter.slice(0, 200), windowFrom: '', windowTo: '' }))
    try {
        for (const code of codes) run.pages({ sessionCode: code }, '', () => undefined)
        return run.finish('complete')
    } catch (e) {
        return run.fail(e)
    }
}
