/** Issue #9 — the CSV export writes durations as a person reads them: seconds and hh:mm:ss, not glide values. */
import { connectionsCsv, hhmmss } from '../../scripts/csv-export'
import { glideDurationSeconds } from '../../src/server/shared/time'

describe('CSV export', () => {
    test.each([
        ['1970-01-01 01:47:59', 6479, '01:47:59'],
        ['1970-01-01 00:00:42', 42, '00:00:42'],
        ['1970-01-04 00:00:00', 259200, '72:00:00'],
        ['1970-01-01 05:00:00', 18000, '05:00:00'],
    ])('%s → %i s, %s', (glide, seconds, clock) => {
        expect(glideDurationSeconds(glide)).toBe(seconds)
        expect(hhmmss(seconds)).toBe(clock)
    })

    test('rows: duration columns filled from the stored value, empty while running; fields quoted when needed', () => {
        const csv = connectionsCsv([
            {
                tv_id: 'a',
                start_date: '2026-10-01 10:00:00',
                end_date: '2026-10-01 11:47:59',
                duration: '1970-01-01 01:47:59',
                notes: 'said "hi", left',
            },
            { tv_id: 'b', start_date: '2026-10-01 12:00:00', end_date: null, duration: null },
        ])
        const [header, a, b] = csv.trimEnd().split('\n')
        expect(header.split(',').slice(0, 5)).toEqual(['tv_id', 'start_date', 'end_date', 'duration_seconds', 'duration'])
        expect(a.startsWith('a,2026-10-01 10:00:00,2026-10-01 11:47:59,6479,01:47:59,')).toBe(true)
        expect(a.endsWith(',"said ""hi"", left"')).toBe(true)
        expect(b.startsWith('b,2026-10-01 12:00:00,,,,')).toBe(true)
        expect(csv).not.toContain('1970-01-01')
    })
})
