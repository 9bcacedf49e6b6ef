/**
 * Issue #10 — the BUILT app in the local runtime against a deliberately hostile TeamViewer-compatible server
 * (server.ts, over real HTTP): runs that always end, an endpoint check that holds, no redirect followed with
 * the token, no token in any message, poison values kept safely (issue #20), plain-text work notes, slow bodies cut.
 */
import { Runtime } from '../../tools/runtime'
import { record, startHostile, type Hostile } from '.'

const T0 = Date.UTC(2026, 9, 1, 0, 0, 0)
const JOB = 'Retrieve TeamViewer connections'
const TOKEN = 'hostile-admin-token-5f2c9a1e7b3d'
const RUN = 'x_tvgh_teamviewer_retrieval_run'

let hostile: Hostile
let rt: Runtime

beforeAll(async () => {
    hostile = await startHostile()
})
afterAll(async () => {
    await hostile.stop()
})
beforeEach(async () => {
    rt = Runtime.load({ now: T0 })
    rt.setProperty('x_tvgh_teamviewer.api.base_url', hostile.apiBase)
    rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'true')
    rt.setProperty('x_tvgh_teamviewer.api.timeout_seconds', '2')
    rt.setProperty('x_tvgh_teamviewer.adminToken', TOKEN)
    await hostile.clearRequests()
})
afterEach(() => rt.close())

/** Runs the job and returns its run record (the newest one). */
function runJob(): Record<string, string> {
    const before = new Set(rt.query(RUN).map((r) => r.sys_id))
    rt.runJob(JOB)
    const fresh = rt.query(RUN).filter((r) => !before.has(r.sys_id))
    expect(fresh).toHaveLength(1)
    return fresh[0]
}

describe('runs that always end', () => {
    test('endless pages with a fresh offset each time stop at the page budget; what was read is kept; the next run continues', async () => {
        rt.setProperty('x_tvgh_teamviewer.retrieval.max_pages_per_run', '20')
        await hostile.plan({ mode: 'endless', perPage: 1, limit: 100 })
        const run = runJob()
        expect(run).toMatchObject({ state: 'partial', error_code: 'run_budget', pages: '20', inserted: '20' })
        expect(run.error).toMatch(/Stopped at the run's budget: 20 pages read/)
        expect(rt.query('x_tvgh_teamviewer_connection')).toHaveLength(20)
        const position = rt.query('x_tvgh_teamviewer_retrieval_state', 'name=company')[0]
        expect(position.cursor_offset_id).toMatch(/^next-/)
        await hostile.clearRequests()
        expect(runJob()).toMatchObject({ state: 'partial', pages: '20' })
        const first = (await hostile.requests())[0]
        expect(first.url).toContain(`offset_id=${position.cursor_offset_id}`)
    })

    test('two offsets alternating are a paging cycle: the run fails and says so', async () => {
        await hostile.plan({ mode: 'cycle', cycle: ['a', 'b'], limit: 100 })
        const run = runJob()
        expect(run).toMatchObject({ state: 'failed', error_code: 'paging_loop' })
        expect(run.error).toMatch(/sent the offset "a" again \(a paging cycle\)/)
        expect((await hostile.requests()).length).toBeLessThanOrEqual(3)
    })

    test('records_remaining that contradicts next_offset fails the run', async () => {
        await hostile.plan({ mode: 'pages', pages: { '': { records: [record(1)], records_remaining: 3 } } })
        expect(runJob()).toMatchObject({ state: 'failed', error_code: 'paging_inconsistent' })
    })
})

describe('the endpoint check holds and redirects are never followed', () => {
    test('https://127.0.0.1\\.teamviewer.com is refused before anything is sent', () => {
        rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'false')
        rt.setProperty('x_tvgh_teamviewer.api.base_url', 'https://127.0.0.1\\.teamviewer.com/api/v1')
        const run = runJob()
        expect(run).toMatchObject({ state: 'failed', error_code: 'configuration', rest_calls: '0' })
        expect(run.error).toMatch(/is not a valid http\(s\) URL/)
        expect(rt.stats.restCalls).toBe(0)
    })

    test('a 302 is an error; the token is never sent to the Location', async () => {
        await hostile.plan({ mode: 'redirect', location: `${hostile.url}/captured` })
        const run = runJob()
        expect(run).toMatchObject({ state: 'failed', error_code: 'redirect_refused', rest_calls: '1' })
        const seen = await hostile.requests()
        expect(seen.map((r) => r.url.split('?')[0])).toEqual(['/api/v1/reports/connections'])
    })
})

describe('token echo', () => {
    test('an error description echoing the Authorization header (1 MB long) reaches no run record, log line or message', async () => {
        rt.createUser({ user_name: 'lead', roles: ['x_tvgh_teamviewer.session_history_user'] })
        rt.createUser({ user_name: 'agent', roles: ['itil'] })
        const inc = rt.insert('incident', { short_description: 'x' })
        rt.insert('x_tvgh_teamviewer_service_case', { code: 's12-345-678', task: inc })
        await hostile.plan({ mode: 'echo', status: 400, padding: 1_000_000 })
        const lines: string[] = []
        const stop = rt.onLog((level, message) => lines.push(`${level} ${message}`))
        const run = runJob()
        // the company-wide Refresh queues the job (its outcome goes to the run record); a task's Refresh answers inline
        const company = rt.runUiAction('x_tvgh_teamviewer_refresh', 'x_tvgh_teamviewer_connection', null, 'lead')
        rt.runQueuedJobs()
        const task = rt.runUiAction('x_tvgh_teamviewer_refresh', 'x_tvgh_teamviewer_connection', null, 'agent', {
            parent: { table: 'incident', sysId: inc },
        })
        stop()
        expect(run).toMatchObject({ state: 'failed', error_code: 'invalid_request' })
        expect(run.error).toContain('(redacted)')
        const ui = [...company.infoMessages, ...company.errorMessages, ...task.infoMessages, ...task.errorMessages]
        const everything = [run.error, ...lines, ...ui]
        expect(task.errorMessages.length).toBeGreaterThan(0)
        for (const text of everything) {
            expect(text).not.toContain(TOKEN)
            expect(text.length).toBeLessThanOrEqual(1200)
        }
        for (const r of rt.query(RUN)) expect(JSON.stringify(r)).not.toContain(TOKEN)
    })
})

describe('poison values (issue #20: hostile input must not cost data)', () => {
    test('only records without a usable id are refused, each named; odd values are stored or left empty, counted, kept raw', async () => {
        const records = [
            record(1),
            { ...record(2), id: 'a,b' },
            { ...record(3), billing_state: 'B'.repeat(30) },
            { ...record(4), support_session_type: 'Infinity' },
            { ...record(5), fee: '9'.repeat(40) },
            { ...record(6), id: 'x'.repeat(80) },
        ]
        await hostile.plan({ mode: 'pages', pages: { '': { records } } })
        const run = runJob()
        expect(run).toMatchObject({ state: 'complete', inserted: '4', rejected: '2', odd_values: '3', error_code: 'rejected_records' })
        expect(run.error).toMatch(
            /2 record\(s\) not stored \(no usable record id or start date\): record a,b: tv_id "a,b" cannot be a record id/,
        )
        expect(run.odd_values_detail).toMatch(/billing_state ×1 e\.g\. 'B{30}' \(left empty\)/)
        expect(run.odd_values_detail).toMatch(/support_session_type ×1 e\.g\. 'Infinity' \(stored as sent\)/)
        expect(run.odd_values_detail).toMatch(/fee ×1 e\.g\. '9{40}' \(left empty\)/)
        const rows = rt.query('x_tvgh_teamviewer_connection', 'ORDERBYstart_date')
        expect(rows.map((r) => r.tv_id)).toEqual([1, 3, 4, 5].map((n) => record(n).id))
        expect(rows.map((r) => [r.billing_state, r.support_session_type, r.fee])).toEqual([
            ['Bill', '1', '0.00'],
            ['', '1', '0.00'],
            ['Bill', 'Infinity', '0.00'],
            ['Bill', '1', ''],
        ])
        expect(JSON.parse(rows[1].raw_json).billing_state).toBe('B'.repeat(30))
        rt.clock.set(T0 + 3600000, { runJobs: false })
        expect(runJob()).toMatchObject({ state: 'complete', inserted: '0', unchanged: '4', rejected: '2' })
    })
})

describe('records without an identity (issue #20)', () => {
    test('no id, an object as id, no start or an unreadable start: that record is refused and named, the rest of its page stored', async () => {
        const { id: _id, ...noId } = record(2)
        const { start_date: _start, ...noStart } = record(4)
        const records = [record(1), noId, { ...record(3), id: { value: 3 } }, noStart, { ...record(5), start_date: 'yesterday' }, record(6)]
        await hostile.plan({ mode: 'pages', pages: { '': { records } } })
        const run = runJob()
        expect(run).toMatchObject({ state: 'complete', received: '6', inserted: '2', rejected: '4', error_code: 'rejected_records' })
        expect(run.error).toMatch(/4 record\(s\) not stored \(no usable record id or start date\): record 2 of the page: .*without "id"/)
        const ids = rt.query('x_tvgh_teamviewer_connection').map((r) => r.tv_id)
        expect(ids.sort()).toEqual([record(1).id, record(6).id].sort())
    })
})

describe('markup from TeamViewer data', () => {
    test('a work note built from a hostile device name is plain text: no [code], no tags', async () => {
        const incident = rt.insert('incident', { short_description: 'Printer' })
        rt.insert('x_tvgh_teamviewer_service_case', { code: 's12-345-678', task: incident, state: 'open' })
        const evil = '[code]<img src=x onerror=alert(document.cookie)>[/code]'
        await hostile.plan({
            mode: 'pages',
            pages: {
                '': { records: [{ ...record(7), session_code: 's12-345-678', devicename: evil, username: `<b>${'A'.repeat(300)}</b>` }] },
            },
        })
        expect(runJob()).toMatchObject({ state: 'complete', inserted: '1' })
        const notes = rt.query('sys_journal_field', `element_id=${incident}^element=work_notes`)
        expect(notes).toHaveLength(1)
        expect(notes[0].value).not.toMatch(/\[\/?code\]|<|>/)
        expect(notes[0].value).toContain('device: (code)‹img src=x onerror=alert(document.cookie)›(/code)')
        expect(notes[0].value.length).toBeLessThan(400)
    })
})

describe('slow bodies', () => {
    test('a body trickled a byte every 200 ms is cut at the 1-second timeout: a network error, not an answer', async () => {
        rt.setProperty('x_tvgh_teamviewer.api.timeout_seconds', '1')
        await hostile.plan({ mode: 'trickle', body: JSON.stringify({ records: [] }) + ' '.repeat(20), intervalMs: 200 })
        const run = runJob()
        expect(run).toMatchObject({ state: 'failed', error_code: 'network_error' })
        expect(run.error).toMatch(/timed out/)
    }, 60000)
})
