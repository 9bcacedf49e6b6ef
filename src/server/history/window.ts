/**
 * Which window of TeamViewer's connection report a company-wide run reads, and why (recorded on the run).
 *
 * TeamViewer's report filters on a connection's START, and may list a connection only once it has ENDED
 * (documented: end_date is always present; the report is "available once the connection has ended"). So a
 * connection can appear long after its start, behind a window that was already read. Windows:
 * - first run (no `mark`): backfill [now - backfill_days, now);
 * - a regular run: [mark - lookback_hours, now). Every connection up to lookback_hours long is stored by the
 *   first run after it ends (its start is at most lookback before the previous run's `to`), whether TeamViewer
 *   lists it at its start or at its end;
 * - every reconcile_days days, a reconciliation: [previous reconciliation's `to` - reconcile_days, now), which
 *   picks up any connection up to reconcile_days long (and the end of one stored while running).
 * The cost stays bounded: a connection stuck "running" never widens a window (the cap is the lookback; the
 * reconciliation depth is fixed); a regular window is interval + lookback long, a reconciliation about
 * 2 x reconcile_days, once per reconcile_days. A window in progress (cursor) is resumed as it was.
 */
import type { RetrievalDeps, StreamState, WindowKind } from '../ports/history.ts'
import { SETTING } from '../shared/settings.ts'
import { toGlide, toMs } from '../shared/time.ts'

export interface CompanyWindow {
    from: string
    to: string
    offset: string
    kind: WindowKind
    /** Why the window starts where it does, in plain words (recorded on the run). */
    reason: string
}

const DAY_MS = 86400000
const HOUR_MS = 3600000

/**
 * The window the company stream works on now: the one in progress, or the next one from the position. Pure
 * apart from one store lookup that only explains a regular window; the caller saves a new window as the cursor.
 */
export function nextWindow(deps: Pick<RetrievalDeps, 'clock' | 'settings' | 'store'>, st: StreamState): CompanyWindow {
    if (st.cursorFrom && st.cursorTo) {
        const kind = (st.cursorKind || 'regular') as WindowKind
        const resumed = st.cursorOffsetId
            ? `Resumes an unfinished window after its last stored page (offset_id ${st.cursorOffsetId}). `
            : 'Retries an unfinished window. '
        return { from: st.cursorFrom, to: st.cursorTo, offset: st.cursorOffsetId, kind, reason: `${resumed}${st.cursorReason}`.trim() }
    }
    const { lookbackHours, reconcileDays, backfillDays } = deps.settings
    const now = Math.floor(deps.clock() / 1000) * 1000
    const backfillStart = now - backfillDays * DAY_MS
    let from: number
    let kind: WindowKind
    let reason: string
    const reconciled = st.reconciledTo ? toMs(st.reconciledTo) : NaN
    if (!st.mark) {
        from = backfillStart
        kind = 'backfill'
        reason = `First retrieval: ${backfillDays} days of history (${SETTING.backfillDays.name}).`
    } else if (Number.isNaN(reconciled) || now - reconciled >= reconcileDays * DAY_MS) {
        const base = Number.isNaN(reconciled) ? toMs(st.mark) : reconciled
        from = base - reconcileDays * DAY_MS
        kind = 'reconciliation'
        reason =
            `Reconciliation (every ${reconcileDays} days, ${SETTING.reconcileDays.name}): re-reads from ${reconcileDays} days before ` +
            `the previous reconciliation (${toGlide(base)} UTC), so connections up to ${reconcileDays} days long that TeamViewer lists only when they end are stored too.`
    } else {
        from = toMs(st.mark) - lookbackHours * HOUR_MS
        kind = 'regular'
        reason =
            `Re-reads ${lookbackHours} h before the high-water mark ${st.mark} UTC (${SETTING.lookbackHours.name}), ` +
            `so connections up to ${lookbackHours} h long are stored as soon as TeamViewer lists them.`
        const running = deps.store.earliestRunningStart(toGlide(backfillStart))
        if (running && toMs(running) < from) {
            reason +=
                ` A stored connection still running since ${running} UTC is older than that: the window is not widened for it (one stuck "running" would make every run re-read it);` +
                ` the reconciliation due after ${toGlide(reconciled + reconcileDays * DAY_MS)} UTC picks up its end.`
        }
    }
    return { from: toGlide(from), to: toGlide(now), offset: '', kind, reason }
}
