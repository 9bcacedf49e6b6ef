/**
 * The online poll: ONE scheduled job for the whole instance. Per interval it lists TeamViewer's open
 * sessions page by page with the admin token (one call per 1,000 open sessions, whatever the number of
 * supporters or open browsers), then updates only the cases that changed:
 * - online false → true: `online`, `online since`, and the event x_tvgh_teamviewer.customer_online, once;
 *   true → false: `online` cleared;
 * - past `valid_until` (TeamViewer keeps such sessions open): closed at TeamViewer (best effort, once) and
 *   marked expired here;
 * - no longer among the open sessions (closed at TeamViewer): closed here, which retrieves its connections.
 * Nothing is called when no case is open. A failed page changes nothing that depends on the full list.
 * Every poll ends, whatever the server answers (the guards of history retrieval): an offset seen before in the
 * poll (a paging cycle) or an empty page that still points further fails it, and so does reaching its budget
 * (pages, and minutes on the injected clock; defaults: the retrieval's `max_pages_per_run`, and the poll's own
 * interval) — then nothing is closed or changed, and the next poll starts afresh.
 * Logic only, over the ports of ports/poll.ts; Glide in platform/poll-store.ts.
 */
import type { PollApi, PollCase, PollDeps } from '../ports/poll.ts'
import { messageOf } from '../shared/errors.ts'
import { EVENT } from '../shared/names.ts'
import { SETTING } from '../shared/settings.ts'
import { explain, isTeamViewerError } from '../teamviewer/errors.ts'
import { pagingFault } from '../teamviewer/paging.ts'

/** Why the session list cannot be trusted or read further ('' while it can): a cycle, an inconsistent page, the budget. */
function pagingProblem(deps: PollDeps, r: PollResult, startedMs: number, next: string, empty: boolean, seen: Set<string>): string {
    const fault = pagingFault(next, empty, seen)
    if (fault) return `TeamViewer's session list ${fault.what}; the poll stopped.`
    const maxPages = deps.budget?.maxPages ?? SETTING.maxPagesPerRun.default
    if (r.pages >= maxPages) return `TeamViewer's session list has more than ${maxPages} pages (the poll's budget); the poll stopped.`
    const maxMs = (deps.budget?.maxSeconds ?? deps.intervalSeconds) * 1000
    if (deps.clock() - startedMs >= maxMs)
        return `Reading TeamViewer's session list took longer than ${Math.round(maxMs / 1000)} s (the poll's budget); the poll stopped.`
    return ''
}

export interface PollResult {
    state: 'complete' | 'skipped' | 'failed'
    openCases: number
    pages: number
    calls: number
    wentOnline: number
    wentOffline: number
    expired: number
    closed: number
    error: string
}

/** Runs the poll when the interval has passed since the last one (the job fires more often than that). */
export function pollOnline(deps: PollDeps, opts: { force?: boolean } = {}): PollResult {
    const now = deps.clock()
    const r: PollResult = {
        state: 'complete',
        openCases: 0,
        pages: 0,
        calls: 0,
        wentOnline: 0,
        wentOffline: 0,
        expired: 0,
        closed: 0,
        error: '',
    }
    // a run up to 2 s early counts as due: the job's own period need not divide the interval exactly
    if (!opts.force && now - deps.store.lastPollMs() < deps.intervalSeconds * 1000 - 2000) return { ...r, state: 'skipped' }
    deps.store.setLastPoll(now)
    const cases = deps.store.openCases()
    r.openCases = cases.length
    if (cases.length === 0) return r
    let api: PollApi
    try {
        api = deps.api()
    } catch (e) {
        return fail(deps, r, e)
    }
    const live: PollCase[] = []
    for (const c of cases) {
        if (c.validUntilMs && c.validUntilMs <= now) {
            try {
                r.calls++
                api.closeSession(c.code)
            } catch (e) {
                // TeamViewer keeps expired sessions open; closing frees the licence slot. Best effort.
                if (isTeamViewerError(e) && e.kind !== 'not_found')
                    deps.log.warn(`TeamViewer online poll: closing expired session ${c.code} failed (${e.kind})`)
            }
            deps.store.markExpired(c, now)
            r.expired++
        } else live.push(c)
    }
    if (live.length === 0) return r
    const online = new Map<string, boolean>()
    let offset: string | undefined
    const seen = new Set<string>([''])
    try {
        for (;;) {
            r.calls++
            const page = api.listSessions({ states: ['open'], offset })
            r.pages++
            for (const s of page.sessions) online.set(s.code.toLowerCase(), s.online === true)
            if (!page.nextOffset) break
            const problem = pagingProblem(deps, r, now, page.nextOffset, page.sessions.length === 0, seen)
            if (problem) return fail(deps, r, new Error(problem))
            seen.add(page.nextOffset)
            offset = page.nextOffset
        }
    } catch (e) {
        return fail(deps, r, e)
    }
    for (const c of live) {
        const now2 = online.get(c.code.toLowerCase())
        if (now2 === undefined) {
            deps.store.markClosed(c, now)
            r.closed++
            continue
        }
        if (now2 === c.online) continue
        deps.store.setOnline(c, now2, now)
        if (now2) {
            r.wentOnline++
            deps.queueEvent(EVENT.customerOnline, c.sysId)
        } else r.wentOffline++
    }
    return r
}

function fail(deps: PollDeps, r: PollResult, e: unknown): PollResult {
    const msg = isTeamViewerError(e) ? explain(e) : messageOf(e)
    deps.log.warn(`TeamViewer online poll failed: ${msg}`)
    return { ...r, state: 'failed', error: msg }
}
