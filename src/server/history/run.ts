/**
 * One retrieval run: pages through a query from an offset, stores each page (upsert on TeamViewer's record id,
 * enrichment, work notes) before moving on, stops cleanly at the run's budget, and records its outcome on the
 * run log. Which window a run reads and where it resumes is decided by retrieval.ts.
 */
import type { CaseLink, ConnectionSource, RetrievalDeps, RunBudget, RunCounts, RunResult, RunState } from '../ports/history.ts'
import { messageOf } from '../shared/errors.ts'
import { STATE_ROW } from '../shared/names.ts'
import { SETTING } from '../shared/settings.ts'
import { humanDuration, isoToGlide, toGlide } from '../shared/time.ts'
import { explain, isTeamViewerError, TeamViewerError } from '../teamviewer/errors.ts'
import type { ConnectionPage, ConnectionQuery, ConnectionRecord } from '../teamviewer/model.ts'
import { pagingFault } from '../teamviewer/paging.ts'
import { bound, MAX_ERROR_TEXT, MAX_NOTE_PART, plain, safeText } from '../teamviewer/redact.ts'
import { changedColumns, connectionSeconds, identityProblem, linkableCode, linkableUserId, mapRecord, type OddValue } from './mapping.ts'

/** The settings' defaults (2,000 pages are 2 million records; a healthy run needs one request per page, retries aside). */
export const DEFAULT_RUN_BUDGET: RunBudget = {
    maxPagesPerRun: SETTING.maxPagesPerRun.default,
    maxRequestsPerRun: SETTING.maxRequestsPerRun.default,
    maxRunMinutes: SETTING.maxRunMinutes.default,
}

/** When TeamViewer limits the rate without saying until when. */
const DEFAULT_RETRY_AFTER_SECONDS = 3600

const zero = (): RunCounts => ({ pages: 0, restCalls: 0, received: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0, oddValues: 0 })

/** How many columns the run's odd-value summary names (the rest are counted in its total). */
const MAX_ODD_COLUMNS = 24

/** A value from TeamViewer inside a work note: plain text (no [code], no markup), bounded. */
function notePart(value: string): string {
    return bound(plain(value).replace(/\s+/g, ' ').trim(), MAX_NOTE_PART)
}

/** The one-line work note of a completed connection. Journal text: plain, never [code] (see teamviewer/redact.ts). */
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
    const fault = pagingFault(next, page.records.length === 0, seen)
    if (fault) throw pagingError(fault.code, fault.what)
    const remaining = page.remaining
    if (remaining === null) return
    if (!Number.isFinite(remaining) || remaining < 0 || Math.floor(remaining) !== remaining) {
        throw pagingError('paging_inconsistent', 'sent a records_remaining that is not a whole number ≥ 0')
    }
    if (remaining > 0 && !next) throw pagingError('paging_inconsistent', `says ${remaining} more records remain but gives no next offset`)
    if (remaining === 0 && next) throw pagingError('paging_inconsistent', 'says no records remain but gives a next offset')
}

/** One run's counts, budget and outcome; `pages` reads and stores, `finish`/`fail` record how it ended. */
export class Retrieval {
    readonly counts = zero()
    private source: ConnectionSource | null = null
    private requestsAtStart = 0
    private readonly startedAt: number
    private readonly budget: RunBudget
    /** Why the run stopped at its budget ('' while it did not). */
    stoppedBy = ''
    /** The first few rejected records, for the run's error text. */
    private readonly rejections: string[] = []
    /** Values not stored as sent, per column: how many, and the first one (for the run's record). */
    private readonly odd = new Map<string, { count: number; first: OddValue }>()

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
        if (this.counts.restCalls >= b.maxRequestsPerRun)
            return `${this.counts.restCalls} requests sent (at most ${b.maxRequestsPerRun} per run)`
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
            this.counts.received += page.records.length + (page.refused?.length ?? 0)
            for (const reason of page.refused ?? []) this.reject(safeText(reason, [], 300))
            this.upsert(page.records)
            stored(next)
            this.syncRequests()
            this.deps.runs.progress(this.runId, this.counts)
            this.deps.log.info(
                `TeamViewer connections: page ${this.counts.pages}, ${page.records.length} records (inserted ${this.counts.inserted}, updated ${this.counts.updated}, unchanged ${this.counts.unchanged})`,
            )
            if (!next) return true
            current = next
        }
    }

    /**
     * Stores one page: 1 query for existing rows, 1 for cases, 1 for users, then one write per new or changed row.
     * Only ids and codes in a usable form reach a lookup (an IN list is comma-separated); the others do not link.
     */
    private upsert(records: ConnectionRecord[]): void {
        const byId = new Map<string, ConnectionRecord>()
        for (const r of records) {
            const problem = identityProblem(r)
            if (problem) this.reject(problem)
            else byId.set(r.id, r)
        }
        if (byId.size === 0) return
        const unique = [...byId.values()]
        const store = this.deps.store
        const existing = store.findByTvIds([...byId.keys()])
        const codes = [
            ...new Set(
                unique
                    .map((r) => r.sessionCode)
                    .filter(linkableCode)
                    .map((c) => c.toLowerCase()),
            ),
        ]
        const cases = codes.length ? store.casesByCodes(codes) : new Map<string, CaseLink>()
        const userIds = [...new Set(unique.map((r) => r.userId).filter(linkableUserId))]
        const users = userIds.length ? store.usersByTvUserIds(userIds) : new Map<string, string>()
        const raw = this.deps.settings.keepRawJson !== false
        for (const r of unique) {
            const mapped = mapRecord(r, { cases, users }, { raw })
            for (const o of mapped.odd) this.noteOdd(o)
            const fresh = mapped.row
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
                    this.deps.log.warn(
                        `TeamViewer connection ${r.id}: work note not added (${bound(messageOf(e), MAX_ERROR_TEXT)}); will retry.`,
                    )
                }
            }
        }
    }

    private noteOdd(o: OddValue): void {
        this.counts.oddValues++
        const seen = this.odd.get(o.column)
        if (seen) seen.count++
        else this.odd.set(o.column, { count: 1, first: o })
    }

    /** "currency ×1450 e.g. 'None' (left empty); fee ×3 e.g. 'n/a' (left empty)" — bounded, plain. */
    oddDetail(): string {
        const parts: string[] = []
        const sorted = [...this.odd.entries()].sort((a, b) => b[1].count - a[1].count)
        for (const [column, { count, first }] of sorted.slice(0, MAX_ODD_COLUMNS))
            parts.push(`${column} ×${count} e.g. '${safeText(first.value, [], 40)}' (${first.fate})`)
        if (sorted.length > MAX_ODD_COLUMNS) parts.push(`and ${sorted.length - MAX_ODD_COLUMNS} more columns`)
        return bound(parts.join('; '), MAX_ERROR_TEXT)
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
            error = `${error ? `${error} ` : ''}${this.counts.rejected} record(s) not stored (no usable record id or start date): ${this.rejections.join('; ')}${more}.`
            if (!errorCode) errorCode = 'rejected_records'
        }
        // TeamViewer's text in it is already redacted and plain (the client and invalidReason saw to it)
        error = bound(error, MAX_ERROR_TEXT)
        const oddDetail = this.oddDetail()
        this.deps.runs.finish(this.runId, { state, counts: this.counts, errorCode, error, oddDetail })
        const c = this.counts
        const oddText = c.oddValues ? ` ${c.oddValues} value(s) not stored as sent (kept in the raw JSON; see the retrieval run).` : ''
        const summary =
            state === 'complete'
                ? `Connection history refreshed: ${c.received} records in ${c.pages} page(s) — ${c.inserted} new, ${c.updated} updated, ${c.unchanged} unchanged${c.rejected ? `, ${c.rejected} not stored (no usable id or start date; see the retrieval run)` : ''}.${oddText}`
                : `Connection history not fully refreshed (${state}): ${error} Stored so far: ${c.inserted} new, ${c.updated} updated.${oddText}`
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
