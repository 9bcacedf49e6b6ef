/**
 * Issue #10 — hostile input, pure parts: the strict endpoint parser, redaction of secrets from messages,
 * refused redirects, poison values, and runs that always end (budget, offset cycles, records_remaining),
 * driven through plain-object fakes. The same behaviours run end to end against test/hostile in test/hostile.
 */
import { TeamViewerClient } from '../../src/server/teamviewer/client.ts'
import { checkBaseUrl, parseBaseUrl } from '../../src/server/teamviewer/endpoint.ts'
import { isTeamViewerError, type TeamViewerError } from '../../src/server/teamviewer/errors.ts'
import { parseConnectionPage, parseConnectionRecord } from '../../src/server/teamviewer/parse.ts'
import { MAX_ERROR_TEXT, safeText } from '../../src/server/teamviewer/redact.ts'
import type { HttpRequest, HttpResponse, HttpTransport } from '../../src/server/teamviewer/transport.ts'
import { identityProblem, mapRecord } from '../../src/server/history/mapping.ts'
import { retrieveCompany } from '../../src/server/history/retrieval.ts'
import { workNote } from '../../src/server/history/run.ts'
import type { RetrievalDeps, RunCounts, StreamState } from '../../src/server/ports/history.ts'
import type { ConnectionPage, ConnectionQuery } from '../../src/server/teamviewer/model.ts'

const TOKEN = 'tv-admin-token-0123456789abcdef'

class Scripted implements HttpTransport {
    sent: HttpRequest[] = []
    constructor(private readonly answer: (r: HttpRequest) => HttpResponse) {}
    send(request: HttpRequest): HttpResponse {
        this.sent.push(request)
        return this.answer(request)
    }
}

function caught(fn: () => unknown): TeamViewerError {
    try {
        fn()
    } catch (e) {
        if (isTeamViewerError(e)) return e
        throw e
    }
    throw new Error('did not throw')
}

describe('endpoint: the base URL is parsed, not matched as text', () => {
    test.each([
        ['https://127.0.0.1\\.teamviewer.com/api/v1', 'a backslash (URL parsers read it as "/": the host would be 127.0.0.1)'],
        ['https://user:pass@webapi.teamviewer.com/api/v1', 'credentials'],
        ['https://evil.example@webapi.teamviewer.com/api/v1', 'credentials'],
        ['https://webapi.teamviewer.com /api/v1', 'a space'],
        ['https://webapi.teamviewer.com/api\n/v1', 'a newline'],
        ['https://webapi.teamviewer.com/api\u0000/v1', 'a NUL'],
        ['https://webapi.teamviewer.com\t/api/v1', 'a tab'],
        ['https://webapi.teamviewer.com/api/v1?x=1', 'a query'],
        ['https://webapi.teamviewer.com/api/v1#x', 'a fragment'],
        ['https://webapi.teamviewer.com:/api/v1', 'an empty port'],
        ['https://webapi.teamviewer.com:99999/api/v1', 'a port out of range'],
        ['https://webapi.teamviewer.com%2e/api/v1', 'an escape in the host'],
        ['https://[::1]/api/v1', 'an IPv6 literal'],
        ['javascript://webapi.teamviewer.com/api', 'another scheme'],
        ['https:/webapi.teamviewer.com/api/v1', 'a missing slash'],
        ['https://webapi.teamviewer.com/api/v1/%zz', 'a bad escape in the path'],
    ])('%s is refused (%s), even with custom endpoints allowed', (url) => {
        expect(parseBaseUrl(url)).toBeNull()
        expect(() => checkBaseUrl(url, true)).toThrow(/not a valid http\(s\) URL/)
    })

    test.each([
        'https://webapi.teamviewer.com:8443/api/v1',
        'https://webapi.teamviewer.com:80/api/v1',
        'http://webapi.teamviewer.com/api/v1',
        'https://127.0.0.1/api/v1',
        'https://webapi.teamviewer.com.evil.example/api/v1',
        'https://evilteamviewer.com/api/v1',
    ])('%s is refused by the allow-list (scheme, host label-wise, port 443 only)', (url) => {
        expect(() => checkBaseUrl(url, false)).toThrow(/not an https address under teamviewer.com on the default port/)
        expect(checkBaseUrl(url, true)).toBe(url)
    })

    test('the official base URL, an explicit 443 and upper case pass, in canonical form', () => {
        expect(checkBaseUrl('https://webapi.teamviewer.com/api/v1/', false)).toBe('https://webapi.teamviewer.com/api/v1')
        expect(checkBaseUrl('HTTPS://WebAPI.TeamViewer.com:443/api/v1', false)).toBe('https://webapi.teamviewer.com/api/v1')
        expect(checkBaseUrl('http://127.0.0.1:8099/api/v1', true)).toBe('http://127.0.0.1:8099/api/v1')
    })

    test('a refused URL is not repeated in the message (it may hold credentials)', () => {
        expect(caught(() => checkBaseUrl('https://admin:hunter2secret@x.teamviewer.com/', false)).message).not.toContain('hunter2secret')
    })
})

describe('token echo: messages built from an answer are redacted and bounded', () => {
    const client = (t: HttpTransport) =>
        new TeamViewerClient(t, {
            baseUrl: 'https://webapi.teamviewer.com/api/v1',
            allowCustomEndpoint: false,
            timeoutMs: 5000,
            token: TOKEN,
        })

    test('an error description echoing the Authorization header (plain, URL-encoded, huge) never carries the token', () => {
        const echo = new Scripted((r) => ({
            status: 400,
            headers: {},
            body: JSON.stringify({
                error: 'invalid_request',
                error_description: `got ${r.headers.Authorization} ${encodeURIComponent(TOKEN)} ${'x'.repeat(1_000_000)}`,
            }),
        }))
        const e = caught(() => client(echo).connectionPage({}))
        expect(e.message).not.toContain(TOKEN)
        expect(e.message).not.toContain(encodeURIComponent(TOKEN))
        expect(e.message).toContain('(redacted)')
        expect(e.message.length).toBeLessThanOrEqual(MAX_ERROR_TEXT)
    })

    test('OAuth calls redact the client secret, the refresh token and the code', () => {
        const echo = new Scripted((r) => ({
            status: 400,
            headers: {},
            body: JSON.stringify({ error: 'invalid_grant', error_description: `body was ${r.body}` }),
        }))
        const e1 = caught(() => client(echo).refresh('refresh-token-abcdef123', { clientId: 'cid', clientSecret: 'client-secret-xyz789' }))
        const e2 = caught(() =>
            client(echo).exchangeCode('auth-code-456789', 'https://x/cb', { clientId: 'cid', clientSecret: 'client-secret-xyz789' }),
        )
        for (const m of [e1.message, e2.message]) {
            expect(m).not.toMatch(/refresh-token-abcdef123|client-secret-xyz789|auth-code-456789/)
        }
    })

    test('markup in an answer is neutralised in the message', () => {
        expect(safeText('<img src=x onerror=alert(1)> [code]x[/code] & more')).toBe('‹img src=x onerror=alert(1)› (code)x(/code) ＆ more')
    })
})

describe('redirects are never followed with the token', () => {
    test('a 3xx is an error of its own, not repeated, and nothing is sent to its Location', () => {
        const t = new Scripted(() => ({ status: 302, headers: { location: 'https://evil.example/steal' }, body: '' }))
        const e = caught(() =>
            new TeamViewerClient(t, {
                baseUrl: 'https://webapi.teamviewer.com/api/v1',
                allowCustomEndpoint: false,
                timeoutMs: 5000,
                token: TOKEN,
            }).connectionPage({}),
        )
        expect(e.code).toBe('redirect_refused')
        expect(t.sent).toHaveLength(1)
        expect(t.sent[0].url.startsWith('https://webapi.teamviewer.com/api/v1/')).toBe(true)
    })
})

const good = {
    id: '0b7c2a8e-1f0d-4c55-9a3b-2b1e0c9d8f71',
    userid: 'u1001',
    username: 'Ann',
    deviceid: 'd100000001',
    devicename: 'PC-1',
    groupid: 'g1',
    groupname: 'ServiceNow',
    start_date: '2026-09-20T10:00:00Z',
    end_date: '2026-09-20T10:30:00Z',
    fee: '0.00',
    currency: 'EUR',
    billing_state: 'Bill',
    support_session_type: 1,
    session_code: 's12-345-678',
}

describe('issue #20: only a record without a usable id or start date is refused; every other value is kept', () => {
    const none = { cases: new Map(), users: new Map() }
    test('a valid record passes, with nothing odd', () => {
        const r = parseConnectionRecord(good)
        expect(identityProblem(r)).toBe('')
        expect(mapRecord(r, none).odd).toEqual([])
    })
    test.each([
        [{ id: 'a,b' }, /tv_id "a,b" cannot be a record id/],
        [{ id: 'a^b' }, /cannot be a record id/],
        [{ id: 'x'.repeat(65) }, /cannot be a record id/],
        [{ id: 'two words' }, /cannot be a record id/],
    ])('%o is refused', (change, reason) => {
        expect(identityProblem(parseConnectionRecord({ ...good, ...change }))).toMatch(reason)
    })
    test.each([
        ['an id in another form', { id: '12345' }, 'tv_id', '12345'],
        ['a {GUID} id', { id: '{2f9b9e1c-0f5e-4c2a-9d1e-3b6c1a7e4f10}' }, 'tv_id', '{2f9b9e1c-0f5e-4c2a-9d1e-3b6c1a7e4f10}'],
    ])('%s is stored', (_name, change, column, stored) => {
        const r = parseConnectionRecord({ ...good, ...change })
        expect(identityProblem(r)).toBe('')
        expect(mapRecord(r, none).row[column]).toBe(stored)
    })
    test.each([
        [{ billing_state: 'B'.repeat(30) }, 'billing_state', '', 'left empty'],
        [{ billing_state: 'Unknown' }, 'billing_state', 'Unknown', 'stored as sent'],
        [{ fee: '1'.repeat(40) }, 'fee', '', 'left empty'],
        [{ fee: 'n/a' }, 'fee', '', 'left empty'],
        [{ support_session_type: 'Infinity' }, 'support_session_type', 'Infinity', 'stored as sent'],
        [{ support_session_type: 7 }, 'support_session_type', '7', 'stored as sent'],
        [{ userid: 'admin,u1' }, 'supporter_tv_user_id', 'admin,u1', 'stored as sent'],
        [{ session_code: 's1,s2' }, 'session_code', 's1,s2', 'stored as sent'],
        [{ deviceid: 'x'.repeat(41) }, 'device_id', '', 'left empty'],
        [{ groupid: '<g>' }, 'group_id', '<g>', 'stored as sent'],
        [{ currency: 'None' }, 'currency', '', 'left empty'],
        [{ devicename: { name: 'PC-1' } }, 'device_name', '{"name":"PC-1"}', 'stored as sent'],
        [{ notes: 'n'.repeat(5000) }, 'notes', 'n'.repeat(4000), 'cut'],
        [{ end_date: 'soon' }, 'end_date', '', 'left empty'],
        [{ feedback: { session_rating: 'five' } }, 'feedback_rating', '', 'left empty'],
        [{ feedback: { session_rating: 4.5 } }, 'feedback_rating', '', 'left empty'],
    ])('%o: stored, %s = %j (%s), counted', (change, column, stored, fate) => {
        const r = parseConnectionRecord({ ...good, ...change })
        expect(identityProblem(r)).toBe('')
        const m = mapRecord(r, none)
        expect(m.row[column]).toBe(stored)
        expect(m.odd).toEqual([expect.objectContaining({ column, fate })])
        expect(JSON.parse(m.row.raw_json)).toEqual({ ...good, ...change })
    })

    test('the raw JSON is bounded to its column: a 1 MB value is shortened inside, the JSON stays valid', () => {
        const m = mapRecord(parseConnectionRecord({ ...good, notes: 'n'.repeat(1_000_000), extra: { deep: 'x'.repeat(600) } }), none)
        expect(m.row.raw_json.length).toBeLessThanOrEqual(8000)
        const raw = JSON.parse(m.row.raw_json)
        expect([raw.id, raw.notes, raw.extra.deep]).toEqual([good.id, `${'n'.repeat(500)}…`, `${'x'.repeat(500)}…`])
        expect(mapRecord(parseConnectionRecord(good), none, { raw: false }).row).not.toHaveProperty('raw_json')
    })

    test('an unreadable start date refuses that record only; its page is kept', () => {
        expect(() => parseConnectionRecord({ ...good, start_date: 'soon' })).toThrow(/has an unreadable start_date "soon"/)
        const page = parseConnectionPage({
            records: [good, { ...good, id: 'other', start_date: 'soon' }, { ...good, id: undefined }, 'text'],
        })
        expect(page.records.map((r) => r.id)).toEqual([good.id])
        expect(page.refused).toHaveLength(3)
        expect(page.refused?.[0]).toMatch(/record 2 of the page: .*other has an unreadable start_date "soon"/)
    })
})

describe('work notes are plain text', () => {
    test('markup and [code] from device and user names are neutralised and bounded', () => {
        const note = workNote(
            parseConnectionRecord({
                ...good,
                devicename: '[code]<img src=x onerror=alert(1)>[/code]' + 'y'.repeat(500),
                username: 'Ann & <b>Bob</b>',
            }),
        )
        expect(note).not.toMatch(/\[code\]|\[\/code\]|<|>|&/)
        expect(note).toContain('(code)‹img src=x onerror=alert(1)›(/code)')
        expect(note.length).toBeLessThan(400)
    })
})

describe('paging: records_remaining is kept as sent', () => {
    test('absent → null, a number → the number, anything else → NaN', () => {
        expect(parseConnectionPage({ records: [] }).remaining).toBeNull()
        expect(parseConnectionPage({ records: [], records_remaining: 3 }).remaining).toBe(3)
        expect(parseConnectionPage({ records: [], reports_remaining: '3' }).remaining).toBe(3)
        expect(parseConnectionPage({ records: [], records_remaining: 'lots' }).remaining).toBeNaN()
    })
})

/** Retrieval over fakes: `pageFor(offset, n)` answers the n-th request. */
function fakeDeps(
    pageFor: (q: ConnectionQuery, n: number) => ConnectionPage,
    opts: { clockStep?: number; budget?: Partial<RetrievalDeps['settings']> } = {},
) {
    let now = Date.UTC(2026, 9, 1)
    let requests = 0
    const state: StreamState = {
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
    const stored = new Map<string, string>()
    const finished: { state: string; counts: RunCounts; errorCode: string; error: string }[] = []
    const queries: ConnectionQuery[] = []
    const deps: RetrievalDeps = {
        source: () => ({
            connectionPage(q) {
                queries.push(q)
                requests++
                now += opts.clockStep ?? 0
                return pageFor(q, requests)
            },
            get requests() {
                return requests
            },
        }),
        store: {
            findByTvIds: () => new Map(),
            casesByCodes: () => new Map(),
            usersByTvUserIds: () => new Map(),
            insert: (row) => {
                stored.set(row.tv_id, row.tv_id)
                return row.tv_id
            },
            update: () => undefined,
            earliestRunningStart: () => null,
            addWorkNote: () => undefined,
        },
        state: { load: () => ({ ...state }), save: (_n, patch) => Object.assign(state, patch) },
        runs: {
            start: () => 'run',
            explainWindow: () => undefined,
            companyRunSince: () => null,
            progress: () => undefined,
            finish: (_id, o) => void finished.push(o),
        },
        clock: () => now,
        log: { info: () => undefined, warn: () => undefined },
        settings: { lookbackHours: 12, reconcileDays: 7, backfillDays: 30, ...opts.budget },
    }
    return { deps, state, stored, finished, queries }
}

let serial = 0
const rec = () => ({ ...good, id: `00000000-0000-4000-a000-${(++serial).toString(16).padStart(12, '0')}` })
const page = (records: unknown[], extra: Record<string, unknown> = {}) => parseConnectionPage({ records, ...extra })

describe('runs always end', () => {
    test('endless fresh offsets stop at the page budget as partial; what was read is stored; the next run continues', () => {
        const f = fakeDeps((_q, n) => page([rec()], { next_offset: `o${n}`, records_remaining: 5 }), { budget: { maxPagesPerRun: 25 } })
        const first = retrieveCompany(f.deps, 'scheduled')
        expect(first).toMatchObject({ state: 'partial', errorCode: 'run_budget' })
        expect(first.counts.pages).toBe(25)
        expect(f.stored.size).toBe(25)
        expect(first.error).toMatch(/25 pages read \(at most 25 per run\)/)
        expect(f.state.cursorOffsetId).toBe('o25')
        retrieveCompany(f.deps, 'scheduled')
        expect(f.queries[25].offsetId).toBe('o25') // continues where it stopped
    })
    test('the request budget counts retries too', () => {
        const f = fakeDeps((_q, n) => page([rec()], { next_offset: `o${n}` }), { budget: { maxRequestsPerRun: 7 } })
        expect(retrieveCompany(f.deps, 'scheduled')).toMatchObject({
            state: 'partial',
            errorCode: 'run_budget',
            counts: expect.objectContaining({ restCalls: 7 }),
        })
    })
    test('the time budget reads the injected clock', () => {
        const f = fakeDeps((_q, n) => page([rec()], { next_offset: `o${n}` }), { clockStep: 60000, budget: { maxRunMinutes: 10 } })
        const r = retrieveCompany(f.deps, 'scheduled')
        expect(r).toMatchObject({ state: 'partial', errorCode: 'run_budget' })
        expect(r.error).toMatch(/10 minutes elapsed/)
        expect(r.counts.pages).toBe(10)
    })
    test.each([
        ['two offsets alternating', ['a', 'b']],
        ['a cycle of three', ['a', 'b', 'c']],
        ['back to the first page', ['a', 'b', '']],
    ])('%s is a paging cycle', (_name, cycle) => {
        const f = fakeDeps((q) => page([rec()], { next_offset: cycle[(cycle.indexOf(q.offsetId ?? '') + 1) % cycle.length] || 'a' }))
        const r = retrieveCompany(f.deps, 'scheduled')
        expect(r).toMatchObject({ state: 'failed', errorCode: 'paging_loop' })
        expect(r.counts.pages).toBeLessThanOrEqual(cycle.length + 1)
    })
    test.each([
        ['empty pages that still point further', () => page([], { next_offset: `o${++serial}`, records_remaining: 5 })],
        ['records_remaining > 0 without a next page', () => page([rec()], { records_remaining: 3 })],
        ['records_remaining 0 with a next page', () => page([rec()], { records_remaining: 0, next_offset: `o${++serial}` })],
        ['records_remaining negative with a next page', () => page([rec()], { records_remaining: -1, next_offset: `o${++serial}` })],
        ['records_remaining not a number', () => page([rec()], { records_remaining: 'lots', next_offset: `o${++serial}` })],
    ])('%s is inconsistent: the run fails and says so', (_name, answer) => {
        const r = retrieveCompany(fakeDeps(answer).deps, 'scheduled')
        expect(r).toMatchObject({ state: 'failed', errorCode: 'paging_inconsistent' })
        expect(r.counts.pages).toBe(1)
    })
    test('a poison record is not stored; the others are; the run names it', () => {
        const f = fakeDeps(() => page([rec(), { ...rec(), id: 'a,b' }, rec()]))
        const r = retrieveCompany(f.deps, 'scheduled')
        expect(r.state).toBe('complete')
        expect(r.counts).toMatchObject({ inserted: 2, rejected: 1 })
        expect(r.error).toMatch(/1 record\(s\) not stored .*record a,b: tv_id "a,b" cannot be a record id/)
        expect(f.finished[0].errorCode).toBe('rejected_records')
    })
})
