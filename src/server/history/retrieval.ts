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
 *
 * Every run ends, whatever the server answers: a per-run budget (pages, requests, minutes on the injected
 * clock) stops it cleanly as `partial` (what was read is stored, the next run continues from the position);
 * an offset seen before in the run (a paging cycle), an empty page that still promises more, and a
 * `records_remaining` that contradicts `next_offset` fail it. A record whose values do not fit their columns
 * is not stored; the run counts and names it (`rejected`).
 */
import { messageOf } from '../shared/errors.ts'
import { explain, isTeamViewerError, TeamViewerError } from '../teamviewer/errors.ts'
import type { ConnectionPage, ConnectionQuery, ConnectionRecord } from '../teamviewer/model.ts'
import { bound, MAX_ERROR_TEXT, MAX_NOTE_PART, plain, safeText } from '../teamviewer/redact.ts'
import { humanDuration, isoToGlide, toGlide, toIso, toMs } from '../shared/time.ts'
import { changedColumns, connectionSeconds, invalidReason, toRow, type CaseLink, type Row } from './mapping.ts'
import { nextWindow, type CompanyWindow, type WindowKind } from './window.ts'
import { STATE_ROW } from '../shared/names.ts'
import { SETTING } from '../shared/settings.ts'

export type { CompanyWindow, WindowKind } from './window.ts'

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
    /** Records not stored because a value does not fit its column (see mapping.ts invalidReason). */
    rejected: number
}

export interface RunLog {
    start(info: { trigger: Trigger; filter: string; windowFrom: string; windowTo: string; windowKind?: WindowKind | ''; windowReason?: string }): string
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
    settings: RetrievalSettings & Partial<RunBudget>
}

export interface RetrievalSettings {
    /** Hours before the high-water mark every run re-reads (the longest connection stored as soon as it ends). */
    lookbackHours: number
    /** Every this many days a run re-reads this many days before the previous reconciliation. */
    reconcileDays: number
    /** History fetched by the very first run. */
    backfillDays: number
}

/** Limits of one run; reaching one stops the run as `partial` and the next run continues. */
export interface RunBudget {
    maxPagesPerRun: number
    maxRequestsPerRun: number
    maxRunMinutes: number
}

/** The settings' defaults (2,000 pages are 2 million records; a healthy run needs one request per page, retries aside). */
export const DEFAULT_RUN_BUDGET: RunBudget = { maxPagesPerRun: SETTING.maxPagesPerRun.default, maxRequestsPerRun: SETTING.maxRequestsPerRun.default, maxRunMinutes: SETTING.maxRunMinutes.default }

export interface RunResult {
    runId: string
    state: RunState
    counts: RunCounts
    errorCode: string
    error: string
    /** One line for a supporter, an admin or a log. */
    summary: string
}

/**
 * A company run still "running" without progress for this long is taken as dead (killed, or its transaction
 * cancelled). Progress is recorded after every page; one page takes at most a few attempts × the API timeout.
 */
export const RUN_LEASE_MINUTES = 10
/** When TeamViewer limits the rate without saying until when. */
const DEFAULT_RETRY_AFTER_SECONDS = 3600

const zero = (): RunCounts => ({ pages: 0, restCalls: 0, received: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0 })

/** A value from TeamViewer inside a work note: plain text (no [code], no markup), bounded. */
function notePart(value: string): string {
    return bound(plain(value).replace(/\s+/g, ' ').trim(), MAX_NOTE_PART)
}

/** The one-line work note of a completed connection. Journal text: plain, never [code] (see redact.ts). */
export function workNote(r: ConnectionRecord): string {
    const seconds = connectionSeconds(r) ?? 0
    const device = notePart(r.deviceName || r.deviceId) || 'unknown device'
    const who = notePart(r.userName || r.userId) || 'unknown supporter'
    return `TeamViewer connection completed — supporter: ${who}; device: ${device}; start: ${isoToGlide(r.startDate)} UTC; duration: ${humanDuration(seconds)}.`
}

/** Error codes of problems the app detects in an answer (kept as the run's error code). */
const APP_DETECTED = ['paging_loop', 'paging_inconsistent', 'redirect_refused']

function pagingError(code: string, message: string): TeamViewerError {
    return new TeamViewerError('server_error', `TeamViewer's connection report ${message}; the run stopped.`, 200, code)
}

/** Throws when a page contradicts itself or repeats an offset of this run. */
function checkPage(page: ConnectionPage, next: string, seen: Set<string>): void {
    const shown = safeText(next, [], 80)
    if (next && seen.has(next)) throw pagingError('paging_loop', `sent the offset "${shown}" again (a paging cycle)`)
    if (next && page.records.length === 0) throw pagingError('paging_inconsistent', `sent an empty page that still points to a next one ("${shown}")`)
    const remaining = page.remaining
    if (remaining === null) return
    if (!Number.isFinite(remaining) || remaining < 0 || Math.floor(remaining) !== remaining) {
        throw pagingError('paging_inconsistent', 'sent a records_remaining that is not a whole number ≥ 0')
    }
    if (remaining > 0 && !next) throw pagingError('paging_inconsistent', `says ${remaining} more records remain but gives no next offset`)
    if (remaining === 0 && next) throw pagingError('paging_inconsistent', 'says no records remain but gives a next offset')
}

class Retrieval {
    readonly counts = zero()
    private source: ConnectionSource | null = null
    private requestsAtStart = 0
    private readonly startedAt: number
    private readonly budget: RunBudget
    /** Why the run stopped at its budget ('' while it did not). */
    stoppedBy = ''
    /** The first few rejected records, for the run's error text. */
    private readonly rejections: string[] = []

    constructor(
        private readonly deps: RetrievalDeps,
        private readonly runId: string,
    ) {
        this.startedAt = deps.clock()
        const s = deps.settings
        this.budget = {
            maxPagesPerRun: s.maxPagesPerRun ?? DEFAULT_RUN_BUDGET.maxPagesPerRun,
            maxRequestsPerRun: s.maxRequestsPerRun ?? DEFAULT_RUN_BUDGET.maxRequestsPerRun,
            maxRunMinutes: s.maxRunMinutes ?? DEFAULT_RUN_BUDGET.maxRunMinutes,
        }
    }

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

    /** The budget limit reached, in words, or '' while the run may read another page. */
    private overBudget(): string {
        this.syncRequests()
        const b = this.budget
        if (this.counts.pages >= b.maxPagesPerRun) return `${this.counts.pages} pages read (at most ${b.maxPagesPerRun} per run)`
        if (this.counts.restCalls >= b.maxRequestsPerRun) return `${this.counts.restCalls} requests sent (at most ${b.maxRequestsPerRun} per run)`
        const minutes = (this.deps.clock() - this.startedAt) / 60000
        if (minutes >= b.maxRunMinutes) return `${Math.floor(minutes)} minutes elapsed (at most ${b.maxRunMinutes} per run)`
        return ''
    }

    /**
     * Pages through one query from `offset`; after each stored page, `stored(nextOffset)` persists progress.
     * Returns false when the run's budget stopped it before the last page (`stoppedBy` says why).
     */
    pages(query: ConnectionQuery, offset: string, stored: (next: string) => void): boolean {
        const source = this.client()
        const seen = new Set<string>([offset])
        let current = offset
        for (;;) {
            if (this.counts.pages > 0) {
                this.stoppedBy = this.overBudget()
                if (this.stoppedBy) return false
            }
            const page = source.connectionPage({ ...query, offsetId: current || undefined })
            this.counts.pages++
            const next = page.nextOffset ?? ''
            checkPage(page, next, seen)
            seen.add(next)
            this.counts.received += page.records.length
            this.upsert(page.records)
            stored(next)
            this.syncRequests()
            this.deps.runs.progress(this.runId, this.counts)
            this.deps.log.info(`TeamViewer connections: page ${this.counts.pages}, ${page.records.length} records (inserted ${this.counts.inserted}, updated ${this.counts.updated}, unchanged ${this.counts.unchanged})`)
            if (!next) return true
            current = next
        }
    }

    /** Stores one page: 1 query for existing rows, 1 for cases, 1 for users, then one write per new or changed row. */
    private upsert(records: ConnectionRecord[]): void {
        const byId = new Map<string, ConnectionRecord>()
        for (const r of records) {
            const invalid = invalidReason(r)
            if (invalid) this.reject(invalid)
            else byId.set(r.id, r)
        }
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
                    this.deps.log.warn(`TeamViewer connection ${r.id}: work note not added (${bound(messageOf(e), MAX_ERROR_TEXT)}); will retry.`)
                }
            }
        }
    }

    private reject(reason: string): void {
        this.counts.rejected++
        if (this.rejections.length < 3) this.rejections.push(reason)
        this.deps.log.warn(`TeamViewer connection not stored: ${reason}`)
    }

    finish(state: RunState, errorCode = '', errorText = ''): RunResult {
        this.syncRequests()
        let error = errorText
        if (this.counts.rejected) {
            const more = this.counts.rejected > this.rejections.length ? ` (and ${this.counts.rejected - this.rejections.length} more)` : ''
            error = `${error ? `${error} ` : ''}${this.counts.rejected} record(s) not stored because a value does not fit its column: ${this.rejections.join('; ')}${more}.`
            if (!errorCode) errorCode = 'rejected_records'
        }
        // TeamViewer's text in it is already redacted and plain (the client and invalidReason saw to it)
        error = bound(error, MAX_ERROR_TEXT)
        this.deps.runs.finish(this.runId, { state, counts: this.counts, errorCode, error })
        const c = this.counts
        const summary =
            state === 'complete'
                ? `Connection history refreshed: ${c.received} records in ${c.pages} page(s) — ${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged${c.rejected ? `, ${c.rejected} not stored (invalid values; see the retrieval run)` : ''}.`
                : `Connection history not fully refreshed (${state}): ${error} Stored so far: ${c.inserted} new, ${c.updated} updated.`
        return { runId: this.runId, state, counts: { ...c }, errorCode, error, summary }
    }

    /** Records an error as the run's outcome; a rate limit also stores until when all retrieval pauses. */
    fail(e: unknown): RunResult {
        if (isTeamViewerError(e)) {
            if (e.kind === 'rate_limited') {
                const until = toGlide(this.deps.clock() + (e.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) * 1000)
                this.deps.state.save(STATE_ROW.company, { retryAfter: until })
                return this.finish('rate_limited', 'rate_limited', `${explain(e)} Retrieval resumes after ${until} UTC.`)
            }
            // what the app itself detected keeps its own code (a paging cycle, a refused redirect)
            return this.finish('failed', APP_DETECTED.includes(e.code) ? e.code : e.kind, explain(e))
        }
        return this.finish('failed', 'internal_error', `Unexpected error: ${bound(messageOf(e), MAX_ERROR_TEXT)}`)
    }
}

function budgetText(run: Retrieval): string {
    return `Stopped at the run's budget: ${run.stoppedBy}. Everything read is stored; the next run continues from there.`
}

/** A run that does not call TeamViewer because the rate limit's pause is not over. */
function pausedResult(deps: RetrievalDeps, trigger: Trigger, filter: string): RunResult | null {
    const until = deps.state.load(STATE_ROW.company).retryAfter
    if (!until || toMs(until) <= deps.clock()) return null
    const run = new Retrieval(deps, deps.runs.start({ trigger, filter, windowFrom: '', windowTo: '' }))
    return run.finish('rate_limited', 'rate_limited', `Skipped: TeamViewer's rate limit was reached; retrieval resumes after ${until} UTC.`)
}

/** The window the company stream works on now: the one in progress, or the next one (then saved as the cursor). */
export function companyWindow(deps: RetrievalDeps, st: StreamState): CompanyWindow {
    const resumed = st.cursorFrom && st.cursorTo
    const window = nextWindow(deps, st)
    if (!resumed) deps.state.save(STATE_ROW.company, { cursorFrom: window.from, cursorTo: window.to, cursorOffsetId: '', cursorKind: window.kind, cursorReason: window.reason })
    return window
}

/** An answer meaning "this offset_id does not exist (any more)", e.g. its report entry was deleted. */
function isVanishedOffset(e: unknown): e is TeamViewerError {
    return isTeamViewerError(e) && (e.kind === 'invalid_request' || e.kind === 'not_found')
}

/** Pages through the window from its cursor; a vanished saved offset restarts the window from its start, once. */
function pageWindow(deps: RetrievalDeps, run: Retrieval, runId: string, window: CompanyWindow): boolean {
    const query = { from: toIso(toMs(window.from)), to: toIso(toMs(window.to)) }
    const save = (next: string) => deps.state.save(STATE_ROW.company, { cursorOffsetId: next })
    try {
        return run.pages(query, window.offset, save)
    } catch (e) {
        const offset = deps.state.load(STATE_ROW.company).cursorOffsetId
        if (!offset || !isVanishedOffset(e)) throw e
        const restart =
            `TeamViewer no longer knows the saved offset_id ${offset} (HTTP ${e.status}${e.code ? ` ${e.code}` : ''}; its report entry was probably deleted): ` +
            'the window was read again from its start; rows already stored are matched on their TeamViewer id, never duplicated.'
        deps.log.warn(`TeamViewer connections: ${restart}`)
        deps.runs.explainWindow(runId, `${window.reason} ${restart}`)
        deps.state.save(STATE_ROW.company, { cursorOffsetId: '', cursorReason: `${window.reason} ${restart}` })
        return run.pages(query, '', save)
    }
}

/** The scheduled job and the company-wide Refresh: continue the company stream from where it stands. */
export function retrieveCompany(deps: RetrievalDeps, trigger: 'scheduled' | 'manual'): RunResult {
    const paused = pausedResult(deps, trigger, '')
    if (paused) return paused
    // one company retrieval at a time (the job and a manual Refresh may meet): the other one is skipped; a run
    // that made no progress for the lease is dead, whenever it started
    const leaseStart = toGlide(deps.clock() - RUN_LEASE_MINUTES * 60000)
    if (deps.runs.abandonStale) deps.runs.abandonStale(leaseStart)
    const busySince = deps.runs.companyRunSince(leaseStart)
    if (busySince) {
        const run = new Retrieval(deps, deps.runs.start({ trigger, filter: '', windowFrom: '', windowTo: '' }))
        return run.finish('failed', 'busy', `Skipped: another company-wide retrieval started at ${busySince} UTC is still running; it covers the same history.`)
    }
    const window = companyWindow(deps, deps.state.load(STATE_ROW.company))
    const runId = deps.runs.start({ trigger, filter: '', windowFrom: window.from, windowTo: window.to, windowKind: window.kind, windowReason: window.reason })
    const run = new Retrieval(deps, runId)
    try {
        if (!pageWindow(deps, run, runId, window)) return run.finish('partial', 'run_budget', budgetText(run))
        const done: Partial<StreamState> = { mark: window.to, cursorFrom: '', cursorTo: '', cursorOffsetId: '', cursorKind: '', cursorReason: '', retryAfter: '' }
        if (window.kind !== 'regular') done.reconciledTo = window.to
        deps.state.save(STATE_ROW.company, done)
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
        for (const code of codes) {
            if (!run.pages({ sessionCode: code }, '', () => undefined)) return run.finish('partial', 'run_budget', budgetText(run))
        }
        return run.finish('complete')
    } catch (e) {
        return run.fail(e)
    }
}
