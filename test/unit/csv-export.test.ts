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

describe('CSV export: no formula injection (issue #19 item 14)', () => {
    test.each([['=HYPERLINK("http://evil.example","click")'], ['+1+cmd|" /C calc"!A0'], ['-2+3'], ['@SUM(A1:A9)'], ['\t=1+1'], ['\r=1+1']])(
        'TeamViewer text %j is written as text, never as a formula',
        (evil) => {
            const csv = connectionsCsv([{ tv_id: 'a', device_name: evil, notes: evil, end_customer_name: evil }])
            const line = csv.split('\n').slice(1).join('\n')
            // every cell a spreadsheet reads: none starts with a formula character
            const cells = line.match(/("([^"]|"")*"|[^,\n]*)(?=,|\n|$)/g) ?? []
            for (const cell of cells) {
                const text = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell
                expect(text).not.toMatch(/^[=+\-@\t\r]/)
            }
            expect(csv).toContain(`'${evil.replace(/"/g, '""')}`)
        },
    )

    test('numbers stay numbers: a negative fee is not altered', () => {
        const csv = connectionsCsv([{ tv_id: 'a', fee: '-12.50', currency: 'EUR' }])
        expect(csv.split('\n')[1]).toContain(',-12.50,EUR,')
    })
})
