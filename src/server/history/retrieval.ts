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
 * is not stored; the run counts and names it (`rejected`). One run's paging and storing: run.ts.
 */
import type { RetrievalDeps, RunResult, StreamState, Trigger } from '../ports/history.ts'
import type { FindJob } from '../ports/jobs.ts'
import { JOB, STATE_ROW } from '../shared/names.ts'
import { toGlide, toIso, toMs } from '../shared/time.ts'
import { isTeamViewerError, type TeamViewerError } from '../teamviewer/errors.ts'
import { Retrieval } from './run.ts'
import { nextWindow, type CompanyWindow } from './window.ts'

/**
 * A company run still "running" without progress for this long is taken as dead (killed, or its transaction
 * cancelled). Progress is recorded after every page; one page takes at most a few attempts × the API timeout.
 */
export const RUN_LEASE_MINUTES = 10

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
    if (!resumed)
        deps.state.save(STATE_ROW.company, {
            cursorFrom: window.from,
            cursorTo: window.to,
            cursorOffsetId: '',
            cursorKind: window.kind,
            cursorReason: window.reason,
        })
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
        return run.finish(
            'failed',
            'busy',
            `Skipped: another company-wide retrieval started at ${busySince} UTC is still running; it covers the same history.`,
        )
    }
    const window = companyWindow(deps, deps.state.load(STATE_ROW.company))
    const runId = deps.runs.start({
        trigger,
        filter: '',
        windowFrom: window.from,
        windowTo: window.to,
        windowKind: window.kind,
        windowReason: window.reason,
    })
    const run = new Retrieval(deps, runId)
    try {
        if (!pageWindow(deps, run, runId, window)) return run.finish('partial', 'run_budget', budgetText(run))
        const done: Partial<StreamState> = {
            mark: window.to,
            cursorFrom: '',
            cursorTo: '',
            cursorOffsetId: '',
            cursorKind: '',
            cursorReason: '',
            retryAfter: '',
        }
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

/**
 * The scheduled job "Retrieve TeamViewer connections". Also what a company-wide Refresh runs in the background:
 * then the state carries the request and the run is recorded as a manual one.
 */
export function retrieveScheduled(deps: RetrievalDeps): RunResult {
    const requested = deps.state.load(STATE_ROW.company).manualRequested
    if (requested) deps.state.save(STATE_ROW.company, { manualRequested: '' })
    return retrieveCompany(deps, requested ? 'manual' : 'scheduled')
}

/**
 * Queues the retrieval job to run now in the background (the platform's way to run a job of the same
 * application at once). A company retrieval after a long pause can outlast the transaction quota of a UI
 * request, so the user's request only queues it; the request is stored first, so the job's run is recorded as
 * a manual one. Returns the scheduler's id, or '' when the job record is missing.
 */
export function requestCompanyRetrieval(deps: Pick<RetrievalDeps, 'state' | 'clock'>, findJob: FindJob): string {
    const job = findJob(JOB.retrieval)
    if (!job) return ''
    deps.state.save(STATE_ROW.company, { manualRequested: toGlide(deps.clock()) })
    return job.executeNow()
}
