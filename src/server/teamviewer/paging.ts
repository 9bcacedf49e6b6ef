/**
 * How a paged TeamViewer list may continue, checked the same way by every reader of one (the connection report
 * in history/run.ts, the session list in cases/poll.ts): an offset seen before in this read is a cycle, an empty
 * page that still points further contradicts itself. Either ends the read.
 */
import { safeText } from './redact.ts'

export interface PagingFault {
    code: 'paging_loop' | 'paging_inconsistent'
    /** What the list did, to follow "TeamViewer's <list> ". */
    what: string
}

/** The fault of continuing to `next` after a page (`empty`: it held no records), or null when the read may go on. */
export function pagingFault(next: string, empty: boolean, seen: ReadonlySet<string>): PagingFault | null {
    if (!next) return null
    const shown = safeText(next, [], 80)
    if (seen.has(next)) return { code: 'paging_loop', what: `sent the offset "${shown}" again (a paging cycle)` }
    if (empty) return { code: 'paging_inconsistent', what: `sent an empty page that still points to a next one ("${shown}")` }
    return null
}
