/**
 * Issue #9 — the company window, as pure logic with plain-object fakes: where each run starts and why, for
 * every case (first run, regular lookback, reconciliation due, legacy state, resumed window, a connection
 * stuck running that must not widen the window).
 */
import { companyWindow } from '../../src/server/history/retrieval.ts'
import type { RetrievalDeps, StreamState } from '../../src/server/ports/history.ts'

const NOW = Date.UTC(2026, 9, 10, 12, 0, 0) // 2026-10-10 12:00:00
const empty: StreamState = {
    mark: '',
    cursorFrom: '',
    cursorTo: '',
    cursorOffsetId: '',
    cursorKind: '',
    cursorReason: '',
    reconciledTo: '',
    retryAfter: '',
    manualRequested: '',
}

function deps(running: string | null = null) {
    const saved: Partial<StreamState>[] = []
    const d = {
        clock: () => NOW + 400, // milliseconds are dropped
        settings: { lookbackHours: 12, reconcileDays: 7, backfillDays: 30 },
        store: { earliestRunningStart: () => running },
        state: { load: () => empty, save: (_n: string, p: Partial<StreamState>) => saved.push(p) },
    } as unknown as RetrievalDeps
    return { d, saved }
}

describe('companyWindow', () => {
    test.each([
        ['first run: backfill', {}, '2026-09-10 12:00:00', 'backfill', /^First retrieval: 30 days of history/],
        [
            'regular: 12 h before the mark',
            { mark: '2026-10-10 06:00:00', reconciledTo: '2026-10-05 00:00:00' },
            '2026-10-09 18:00:00',
            'regular',
            /^Re-reads 12 h before the high-water mark 2026-10-10 06:00:00 UTC/,
        ],
        [
            'reconciliation due 7 days after the last one',
            { mark: '2026-10-10 06:00:00', reconciledTo: '2026-10-03 12:00:00' },
            '2026-09-26 12:00:00',
            'reconciliation',
            /^Reconciliation \(every 7 days/,
        ],
        [
            'reconciliation overdue (long outage): from 7 days before the last one',
            { mark: '2026-09-01 00:00:00', reconciledTo: '2026-08-30 00:00:00' },
            '2026-08-23 00:00:00',
            'reconciliation',
            /previous reconciliation \(2026-08-30 00:00:00 UTC\)/,
        ],
        [
            'state from before reconciliations existed: one now, 7 days before the mark',
            { mark: '2026-10-10 06:00:00' },
            '2026-10-03 06:00:00',
            'reconciliation',
            /previous reconciliation \(2026-10-10 06:00:00 UTC\)/,
        ],
    ] as [string, Partial<StreamState>, string, string, RegExp][])('%s', (_name, st, from, kind, reason) => {
        const { d, saved } = deps()
        const w = companyWindow(d, { ...empty, ...st })
        expect(w).toMatchObject({ from, to: '2026-10-10 12:00:00', offset: '', kind })
        expect(w.reason).toMatch(reason)
        expect(saved).toEqual([
            { cursorFrom: from, cursorTo: '2026-10-10 12:00:00', cursorOffsetId: '', cursorKind: kind, cursorReason: w.reason },
        ])
    })

    test('a connection stuck running since before the lookback does not widen the window; the reason says when its end arrives', () => {
        const { d } = deps('2026-10-02 08:00:00')
        const w = companyWindow(d, { ...empty, mark: '2026-10-10 06:00:00', reconciledTo: '2026-10-05 00:00:00' })
        expect(w.from).toBe('2026-10-09 18:00:00')
        expect(w.reason).toMatch(
            /A stored connection still running since 2026-10-02 08:00:00 UTC is older than that: the window is not widened for it .* the reconciliation due after 2026-10-12 00:00:00 UTC picks up its end\.$/,
        )
    })

    test('a window in progress resumes where it stopped, with its original reason', () => {
        const { d, saved } = deps()
        const st = {
            ...empty,
            mark: '2026-10-10 06:00:00',
            cursorFrom: '2026-10-09 18:00:00',
            cursorTo: '2026-10-10 06:00:00',
            cursorOffsetId: 'abc',
            cursorKind: 'reconciliation',
            cursorReason: 'Because.',
        }
        expect(companyWindow(d, st)).toEqual({
            from: '2026-10-09 18:00:00',
            to: '2026-10-10 06:00:00',
            offset: 'abc',
            kind: 'reconciliation',
            reason: 'Resumes an unfinished window after its last stored page (offset_id abc). Because.',
        })
        expect(companyWindow(d, { ...st, cursorOffsetId: '' }).reason).toBe('Retries an unfinished window. Because.')
        expect(saved).toEqual([])
    })
})
