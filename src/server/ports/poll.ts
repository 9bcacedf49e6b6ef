/**
 * What the online poll (cases/poll.ts) exchanges with the outside: the open cases and the poll's own time the
 * platform keeps (platform/poll-store.ts), the company client's session calls, and the deps the entry layer
 * wires (entry/wiring/poll.ts).
 */
import type { Clock } from '../shared/clock.ts'
import type { SessionPage, SessionState } from '../teamviewer/model.ts'
import type { Log } from './log.ts'

export interface PollCase {
    sysId: string
    code: string
    online: boolean
    /** ms; 0 when unknown */
    validUntilMs: number
}

export interface PollStore {
    openCases(): PollCase[]
    setOnline(c: PollCase, online: boolean, nowMs: number): void
    markExpired(c: PollCase, nowMs: number): void
    markClosed(c: PollCase, nowMs: number): void
    lastPollMs(): number
    setLastPoll(nowMs: number): void
}

export interface PollApi {
    listSessions(q: { states?: SessionState[]; offset?: string }): SessionPage
    closeSession(code: string): void
}

export interface PollDeps {
    store: PollStore
    /** The company client (admin token). */
    api(): PollApi
    clock: Clock
    intervalSeconds: number
    /** Limits of one poll's paging (defaults: the retrieval's max_pages_per_run default; the interval). */
    budget?: { maxPages: number; maxSeconds: number }
    queueEvent(name: string, caseSysId: string): void
    log: Log
}
