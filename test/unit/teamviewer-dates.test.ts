/**
 * Issue #9 — one date parser for every form TeamViewer's sources show. Issue #20 — a record whose start cannot be
 * read is refused on its own, named with its raw value; an unreadable end is kept in the raw JSON and counted.
 */
import { canonicalIso, parseDateTime } from '../../src/server/shared/time.ts'
import { TeamViewerClient } from '../../src/server/teamviewer/client.ts'
import { parseConnectionPage, parseConnectionRecord } from '../../src/server/teamviewer/parse.ts'
import { toRow } from '../../src/server/history/mapping.ts'
import type { HttpResponse } from '../../src/server/teamviewer/transport.ts'

const at = (iso: string) => Date.parse(iso)

describe('parseDateTime reads every form of the sources', () => {
    test.each([
        // extended (responses; TeamViewerPS)
        ['2024-04-16T20:40:38Z', '2024-04-16T20:40:38.000Z'],
        ['2024-04-16t20:40:38z', '2024-04-16T20:40:38.000Z'],
        ['2024-04-16T20:40:38', '2024-04-16T20:40:38.000Z'],
        ['2024-04-16T20:40Z', '2024-04-16T20:40:00.000Z'],
        ['2024-04-16 20:40:38', '2024-04-16T20:40:38.000Z'], // glide value
        // basic (the documentation's own examples)
        ['20130116T194014Z', '2013-01-16T19:40:14.000Z'],
        ['20130116T194014', '2013-01-16T19:40:14.000Z'],
        ['20130116T1940Z', '2013-01-16T19:40:00.000Z'],
        ['20130116T194014.25Z', '2013-01-16T19:40:14.250Z'],
        ['20130116T214014+0200', '2013-01-16T19:40:14.000Z'],
        // offsets
        ['2024-04-16T22:40:38+02:00', '2024-04-16T20:40:38.000Z'],
        ['2024-04-16T22:40:38+0200', '2024-04-16T20:40:38.000Z'],
        ['2024-04-16T22:40:38+02', '2024-04-16T20:40:38.000Z'],
        ['2024-04-16T15:10:38-05:30', '2024-04-16T20:40:38.000Z'],
        ['2024-04-17T00:10:38+03:30', '2024-04-16T20:40:38.000Z'],
        // fractions
        ['2024-04-16T20:40:38.1Z', '2024-04-16T20:40:38.100Z'],
        ['2024-04-16T20:40:38.123Z', '2024-04-16T20:40:38.123Z'],
        ['2024-04-16T20:40:38.1234567Z', '2024-04-16T20:40:38.123Z'],
        ['2024-04-16T20:40:38,5Z', '2024-04-16T20:40:38.500Z'],
        ['2024-04-16T22:40:38.750+02:00', '2024-04-16T20:40:38.750Z'],
        // date only
        ['2024-04-16', '2024-04-16T00:00:00.000Z'],
        ['20240416', '2024-04-16T00:00:00.000Z'],
        ['2024-02-29', '2024-02-29T00:00:00.000Z'],
        ['  2024-04-16T20:40:38Z  ', '2024-04-16T20:40:38.000Z'],
    ])('%s', (raw, expected) => {
        expect(new Date(parseDateTime(raw)).toISOString()).toBe(expected)
    })

    test.each([
        '',
        'yesterday',
        '2024-13-01',
        '2023-02-29',
        '2024-04-31',
        '2024-04-16T24:00:00Z',
        '2024-04-16T20:60:00Z',
        '2024-04-16T20:40:61Z',
        '16/04/2024',
        '2024-04-16T20:40:38+25:00',
        '2024-4-16',
        '1713300038',
        '2024-04-16T20:40:38ZZ',
    ])('%j is not a date', (raw) => {
        expect(parseDateTime(raw)).toBeNaN()
    })

    test('canonical form: seconds, milliseconds only when present', () => {
        expect(canonicalIso(at('2024-04-16T20:40:38Z'))).toBe('2024-04-16T20:40:38Z')
        expect(canonicalIso(at('2024-04-16T20:40:38.250Z'))).toBe('2024-04-16T20:40:38.250Z')
    })
})

describe('connection records', () => {
    const base = {
        id: 'rec-1',
        userid: 'u1',
        username: 'Ann',
        deviceid: 'd1',
        groupid: 'g1',
        groupname: 'G',
        fee: '0.00',
        support_session_type: 1,
    }

    test('the documentation example (basic form) is stored with start, end and duration', () => {
        const r = parseConnectionRecord({ ...base, start_date: '20130116T194014Z', end_date: '20130116T201532Z' })
        expect(r).toMatchObject({ startDate: '2013-01-16T19:40:14Z', endDate: '2013-01-16T20:15:32Z' })
        const row = toRow(r, { cases: new Map(), users: new Map() })
        expect(row).toMatchObject({ start_date: '2013-01-16 19:40:14', end_date: '2013-01-16 20:15:32', duration: '1970-01-01 00:35:18' })
    })

    test('offsets and milliseconds become UTC', () => {
        const r = parseConnectionRecord({ ...base, start_date: '2024-04-16T22:40:38.750+02:00', end_date: '2024-04-16T21:41:00+00:00' })
        expect(r).toMatchObject({ startDate: '2024-04-16T20:40:38.750Z', endDate: '2024-04-16T21:41:00Z' })
        expect(toRow(r, { cases: new Map(), users: new Map() })).toMatchObject({
            start_date: '2024-04-16 20:40:38',
            duration: '1970-01-01 01:00:21',
        })
    })

    test('an absent end_date is a running connection; an empty one too', () => {
        expect(parseConnectionRecord({ ...base, start_date: '2024-04-16T20:40:38Z' }).endDate).toBeNull()
        expect(parseConnectionRecord({ ...base, start_date: '2024-04-16T20:40:38Z', end_date: '' }).endDate).toBeNull()
    })

    // issue #20: one record's unreadable date costs that record (start) or that value (end), never its page
    test.each([
        ['start_date', { start_date: '16.04.2024 20:40', end_date: '2024-04-16T21:00:00Z' }, '"16.04.2024 20:40"'],
        ['start_date', { start_date: 1713300038 }, '1713300038'],
    ])('an unreadable %s refuses that record, naming it and the raw value; the page is kept', (key, dates, shown) => {
        const page = parseConnectionPage({
            records: [
                { ...base, id: 'good', start_date: '2024-04-16T20:00:00Z' },
                { ...base, ...dates },
            ],
        })
        expect(page.records.map((r) => r.id)).toEqual(['good'])
        expect(page.refused).toEqual([`record 2 of the page: TeamViewer connection record rec-1 has an unreadable ${key} ${shown}.`])
    })

    test('an unreadable end_date is read as absent and noted (the raw JSON keeps it); the record is kept', () => {
        const page = parseConnectionPage({ records: [{ ...base, start_date: '2024-04-16T20:40:38Z', end_date: 'soon' }] })
        expect(page.refused).toEqual([])
        expect(page.records[0]).toMatchObject({ endDate: null, unreadable: { endDate: 'soon' } })
        expect(JSON.parse(page.records[0].raw ?? '{}').end_date).toBe('soon')
    })

    test('through the client: a page with an unreadable start is answered once, the record refused, nothing repeated', () => {
        const sent: string[] = []
        const answer: HttpResponse = {
            status: 200,
            headers: {},
            body: JSON.stringify({
                records: [
                    { ...base, start_date: '2024-99-99' },
                    { ...base, id: 'rec-2', start_date: '2024-04-16T20:40:38Z' },
                ],
            }),
        }
        const client = new TeamViewerClient(
            { send: (r) => (sent.push(r.url), answer) },
            { baseUrl: 'https://webapi.teamviewer.com/api/v1', allowCustomEndpoint: false, timeoutMs: 1000, token: 't' },
        )
        const page = client.connectionPage({})
        expect(page.records.map((r) => r.id)).toEqual(['rec-2'])
        expect(page.refused).toEqual([
            'record 1 of the page: TeamViewer connection record rec-1 has an unreadable start_date "2024-99-99".',
        ])
        expect(sent).toHaveLength(1)
    })
})
