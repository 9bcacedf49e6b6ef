/**
 * Simulator: connection reports — date range semantics, offset_id paging, filters, counters in both styles,
 * clock visibility, running connections ending later, annotate/delete; generator determinism and speed.
 */
import { startSimulator, type SimHandle } from '../../tools/simulator/index'
import { api, DAY, HOUR, iso, json, type J, type Page } from '../../tools/simulator/helpers'
import { EXTRA_FIELDS, ODD_VALUES } from '../../tools/simulator/generator'

const T0 = Date.UTC(2026, 9, 1, 12, 0, 0)
let sim: SimHandle

beforeAll(async () => {
    sim = await startSimulator({ now: T0, reportEntry: 'start' }) // these tests see running connections; mode 'end' has its own below
})
afterAll(() => sim.stop())
afterEach(() => sim.control.setStyle('documented'))

const page = (qs: string, token?: string) => json<Page>(api(sim, `/reports/connections${qs}`, { token }))

/** Follows next_offset like TeamViewerPS does; returns every record. */
async function all(qs: string): Promise<J[]> {
    const out: J[] = []
    let offset: string | undefined
    for (;;) {
        const p = await page(`${qs}${qs ? '&' : '?'}${offset ? `offset_id=${offset}` : ''}`)
        out.push(...p.records)
        if (!p.next_offset) return out
        offset = String(p.next_offset)
    }
}

describe('date range and paging', () => {
    beforeAll(() => sim.control.seed({ seed: 11, connections: 2345, from: T0 - 3 * DAY, to: T0 - HOUR, withCodeFraction: 0.4 }))

    test('1000 per page, records_remaining + next_offset, both absent on the last page; order (start_date, id)', async () => {
        const p1 = await page('')
        expect([p1.records.length, p1.records_remaining, p1.next_offset]).toEqual([1000, 1345, p1.records[999].id])
        const p2 = await page(`?offset_id=${p1.next_offset}`)
        const p3 = await page(`?offset_id=${p2.next_offset}`)
        expect([p2.records.length, p2.records_remaining, p3.records.length]).toEqual([1000, 345, 345])
        expect(p3).not.toHaveProperty('records_remaining')
        expect(p3).not.toHaveProperty('next_offset')
        const records = [...p1.records, ...p2.records, ...p3.records]
        const keys = records.map((r) => `${r.start_date}|${r.id}`)
        expect([...keys].sort()).toEqual(keys)
        expect(new Set(records.map((r) => r.id)).size).toBe(2345)
        expect(records).toEqual(await sim.control.truth())
    })
    test('recorded style: reports_remaining instead of records_remaining', async () => {
        await sim.control.setStyle('recorded')
        const p = await page('')
        expect([p.reports_remaining, p.records_remaining, typeof p.next_offset]).toEqual([1345, undefined, 'string'])
    })
    test('from_date inclusive, to_date exclusive, on start_date; date-only and date-time forms', async () => {
        const truth = await sim.control.truth()
        const pivot = truth[500]
        const from = await all(`?from_date=${pivot.start_date}`)
        expect(from[0].start_date).toBe(pivot.start_date) // inclusive
        expect(from.length).toBe(truth.filter((r) => String(r.start_date) >= String(pivot.start_date)).length)
        const to = await all(`?to_date=${pivot.start_date}`)
        expect(to.every((r) => String(r.start_date) < String(pivot.start_date))).toBe(true) // exclusive
        expect(to.length + from.length).toBe(truth.length)
        const day = iso(T0 - DAY).slice(0, 10)
        const oneDay = await all(`?from_date=${day}&to_date=${iso(T0).slice(0, 10)}`)
        expect(oneDay.length).toBe(
            truth.filter((r) => String(r.start_date) >= `${day}T00:00:00Z` && String(r.start_date) < `${iso(T0).slice(0, 10)}T00:00:00Z`)
                .length,
        )
        // a connection that started before from_date but ended inside the range is NOT included (start_date filter)
        const straddling = truth.find(
            (r) => r.end_date && String(r.start_date) < `${day}T00:00:00Z` && String(r.end_date) >= `${day}T00:00:00Z`,
        )
        if (straddling) expect(oneDay.map((r) => r.id)).not.toContain(straddling.id)
        expect((await page(`?from_date=${pivot.start_date}&to_date=${pivot.start_date}`)).records).toEqual([])
    })
    test('offset_id continues right after that record, also inside a date range', async () => {
        const truth = await sim.control.truth()
        const after = await page(`?offset_id=${truth[1234].id}`)
        expect(after.records[0].id).toBe(truth[1235].id)
        expect(after.records_remaining).toBe(2345 - 1235 - 1000)
        const bad = await api(sim, '/reports/connections?offset_id=00000000-0000-4000-8000-000000000000')
        expect([bad.status, (await json(bad)).error]).toEqual([400, 'invalid_request'])
    })
    test('filters: session_code, has_code, userid, username, groupid, deviceid (with or without d), devicename', async () => {
        const truth = await sim.control.truth()
        const withCode = await all('?has_code=true')
        const without = await all('?has_code=false')
        expect(withCode.length + without.length).toBe(truth.length)
        expect(withCode.every((r) => typeof r.session_code === 'string' && r.support_session_type === 2)).toBe(true)
        expect(without.every((r) => !('session_code' in r) && !('end_customer' in r))).toBe(true)
        const sample = truth.find((r) => r.devicename && r.session_code) as J
        const check = async (qs: string, pred: (r: J) => boolean) =>
            expect((await all(qs)).map((r) => r.id)).toEqual(truth.filter(pred).map((r) => r.id))
        await check(`?session_code=${sample.session_code}`, (r) => r.session_code === sample.session_code)
        await check(`?userid=${sample.userid}`, (r) => r.userid === sample.userid)
        await check(`?username=${encodeURIComponent(String(sample.username))}`, (r) => r.username === sample.username)
        await check(`?groupid=${sample.groupid}`, (r) => r.groupid === sample.groupid)
        await check(`?deviceid=${sample.deviceid}`, (r) => r.deviceid === sample.deviceid)
        await check(`?deviceid=${String(sample.deviceid).slice(1)}`, (r) => r.deviceid === sample.deviceid)
        await check(
            `?devicename=${sample.devicename}&has_code=true`,
            (r) => r.devicename === sample.devicename && r.session_code !== undefined,
        )
    })
    test('bad parameters → 400 invalid_request with a TeamViewer-like description', async () => {
        for (const qs of ['from_date=yesterday', 'to_date=2026-13-45', 'has_code=maybe', 'support_session_type=9']) {
            const res = await api(sim, `/reports/connections?${qs}`)
            const b = await json(res)
            expect([qs, res.status, b.error]).toEqual([qs, 400, 'invalid_request'])
            expect(b.error_description).toMatch(/^Invalid value for parameter \w+\./)
        }
    })
    test('record fields: optional ones absent (never null), integer support_session_type, fee string', async () => {
        const records = await sim.control.truth()
        const required = [
            'id',
            'userid',
            'username',
            'deviceid',
            'groupid',
            'groupname',
            'start_date',
            'fee',
            'currency',
            'billing_state',
            'notes',
            'support_session_type',
        ]
        const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
        const wrong = records.filter(
            (r) =>
                Object.values(r).includes(null) ||
                required.some((k) => !(k in r)) ||
                !GUID.test(String(r.id)) ||
                typeof r.support_session_type !== 'number' ||
                r.fee !== '0.00',
        )
        expect(wrong).toEqual([])
        expect(records.some((r) => !('devicename' in r))).toBe(true)
        expect(records.some((r) => 'feedback' in r)).toBe(true)
    })
})

describe('the simulator clock decides what exists', () => {
    beforeAll(() => sim.control.seed({ seed: 1, connections: 0 }))

    test('a connection starting later is not reported yet; a future end_date shows as running until reached', async () => {
        const later = await sim.control.addConnection({ start_date: iso(T0 + HOUR), end_date: iso(T0 + 2 * HOUR) })
        const now = await sim.control.addConnection({ start_date: iso(T0 - HOUR), end_date: iso(T0 + HOUR) })
        expect((await page('')).records.map((r) => r.id)).toEqual([now.id])
        expect((await page('')).records[0]).not.toHaveProperty('end_date')
        await sim.control.setClock(T0 + 90 * 60000)
        const p = await page('')
        expect(p.records.map((r) => [r.id, r.end_date])).toEqual([
            [now.id, iso(T0 + HOUR)],
            [later.id, undefined],
        ])
        expect(await sim.control.truth({ all: true })).toHaveLength(2)
        await sim.control.setClock(T0)
    })
    test('a running connection (no end) is ended later through the control API', async () => {
        const running = await sim.control.addConnection({ start_date: iso(T0 - 30 * 60000) })
        expect((await page(`?from_date=${iso(T0 - 30 * 60000)}`)).records[0]).not.toHaveProperty('end_date')
        await sim.control.advanceClock(10 * 60000)
        await sim.control.endConnection(running.id)
        expect((await page(`?from_date=${iso(T0 - 30 * 60000)}`)).records[0]).toMatchObject({
            id: running.id,
            end_date: iso(T0 + 10 * 60000),
        })
        await sim.control.setClock(T0)
    })
})

describe('annotate and delete', () => {
    test('PUT billing_state/notes → 204; DELETE → 204 then 404; unknown id 404; needs the permission', async () => {
        const rec = await sim.control.addConnection({ start_date: iso(T0 - 5 * 60000), end_date: iso(T0 - 60000) })
        const put = (body: J, token?: string) =>
            api(sim, `/reports/connections/${rec.id}`, { method: 'PUT', body: JSON.stringify(body), token })
        expect((await put({ billing_state: 'Billed', notes: 'ok' })).status).toBe(204)
        expect((await sim.control.truth()).find((r) => r.id === rec.id)).toMatchObject({ billing_state: 'Billed', notes: 'ok' })
        expect((await put({ billing_state: 'Free' })).status).toBe(400)
        const sessionsOnly = await sim.control.createToken({ permissions: ['session_management'] })
        expect((await put({ notes: 'x' }, sessionsOnly)).status).toBe(403)
        expect((await api(sim, `/reports/connections/${rec.id}`, { method: 'DELETE' })).status).toBe(204)
        expect((await api(sim, `/reports/connections/${rec.id}`, { method: 'DELETE' })).status).toBe(404)
        expect((await put({ notes: 'x' })).status).toBe(404)
    })
    test('a non-admin user token sees only its own connections', async () => {
        const info = await sim.control.info()
        const ann = info.users.find((u) => u.email === 'ann@example.com')!
        await sim.control.addConnection({ userid: ann.id, username: ann.name, start_date: iso(T0 - 4 * 60000) })
        await sim.control.addConnection({ userid: 'u9999999', username: 'Someone', start_date: iso(T0 - 3 * 60000) })
        const annToken = await sim.control.createToken({ userId: ann.id, permissions: ['connection_reporting'] })
        const own = await all('') // admin: everything
        const mine = (await page('', annToken)).records
        expect(mine.length).toBeGreaterThan(0)
        expect(mine.every((r) => r.userid === ann.id)).toBe(true)
        expect(own.length).toBeGreaterThan(mine.length)
    })
    test('devicename comes with a user token, never with a company-level script token', async () => {
        await sim.control.addConnection({ devicename: 'LAPTOP-DN', start_date: iso(T0 - 2 * 60000) })
        const company = await sim.control.createToken({ permissions: ['connection_reporting'], company: true })
        const withUser = (await all('')).filter((r) => r.devicename === 'LAPTOP-DN')
        expect(withUser).toHaveLength(1)
        const fromCompany = (await page(`?from_date=${iso(T0 - 2 * 60000)}`, company)).records.find((r) => r.id === withUser[0].id)
        expect(fromCompany).toBeDefined()
        expect(fromCompany).not.toHaveProperty('devicename')
    })
})

describe('generator', () => {
    test('deterministic for a seed; users, groups, devices and sessions are generated too', async () => {
        const o = {
            seed: 42,
            connections: 300,
            users: 5,
            groups: 2,
            devices: 7,
            sessions: 20,
            from: T0 - DAY,
            to: T0 - HOUR,
            runningFraction: 0.1,
            withCodeFraction: 0.5,
        }
        const r = await sim.control.seed(o)
        expect(r).toMatchObject({ added: 300, users: 5, groups: 2, sessions: 20 })
        const a = await sim.control.truth()
        await sim.control.seed(o)
        expect(await sim.control.truth()).toEqual(a)
        expect(new Set(a.map((x) => x.deviceid)).size).toBeLessThanOrEqual(7)
        expect(new Set(a.map((x) => x.groupid)).size).toBe(2)
        expect(a.filter((x) => !('end_date' in x)).length).toBeGreaterThan(10)
        const codes = new Set(a.filter((x) => x.session_code).map((x) => x.session_code))
        expect(codes.size).toBeLessThanOrEqual(20)
        const session = await sim.control.session(String([...codes][0]))
        expect(session).toMatchObject({ state: 'closed' })
    })
    test('100,000 generated connections page correctly, filtered or not (speed: npm run bench:simulator)', async () => {
        const r = await sim.control.seed({ seed: 7, connections: 100000, from: T0 - 30 * DAY, to: T0 - HOUR })
        expect(r.total).toBe(100000)
        const truth = await sim.control.truthPage(50000, 1)
        const p = await page(`?from_date=${truth.records[0].start_date}&to_date=${iso(T0 - 10 * DAY)}`)
        expect(p.records).toHaveLength(1000)
        expect(
            p.records.every(
                (x) => String(x.start_date) >= String(truth.records[0].start_date) && String(x.start_date) < iso(T0 - 10 * DAY),
            ),
        ).toBe(true)
        const coded = await page(`?has_code=true&from_date=${iso(T0 - 20 * DAY)}`)
        expect(coded.records.length).toBeGreaterThan(0)
        expect(coded.records.every((x) => !!x.session_code)).toBe(true)
        await sim.control.seed({ seed: 1, connections: 0 })
    })
})

describe("report entry at the connection's end (the documented default) or at its start", () => {
    let end: SimHandle
    beforeAll(async () => {
        end = await startSimulator({ now: T0 })
    })
    afterAll(() => end.stop())
    const endPage = (qs: string) => json<Page>(api(end, `/reports/connections${qs}`))

    test("default 'end': a running connection is not listed until it ends, then appears with its original start_date", async () => {
        expect((await end.control.info()).reportEntry).toBe('end')
        const long = await end.control.addConnection({ start_date: iso(T0 - 4 * HOUR), end_date: iso(T0 + HOUR) })
        const open = await end.control.addConnection({ start_date: iso(T0 - 2 * HOUR) })
        const done = await end.control.addConnection({ start_date: iso(T0 - 3 * HOUR), end_date: iso(T0 - 2 * HOUR) })
        expect((await endPage('')).records.map((r) => r.id)).toEqual([done.id])
        expect((await end.control.truth()).map((r) => r.id)).toEqual([done.id])
        expect((await end.control.truth({ all: true })).map((r) => r.id).sort()).toEqual([long.id, open.id, done.id].sort())
        // hidden records cannot be annotated either
        expect((await api(end, `/reports/connections/${open.id}`, { method: 'PUT', body: JSON.stringify({ notes: 'x' }) })).status).toBe(
            404,
        )

        await end.control.setClock(T0 + 2 * HOUR)
        await end.control.endConnection(open.id)
        // from_date filters on the start: a window starting after the start misses the late-reported records
        expect((await endPage(`?from_date=${iso(T0 - 90 * 60000)}`)).records).toHaveLength(0)
        const p = await endPage(`?from_date=${iso(T0 - 5 * HOUR)}`)
        expect(p.records.map((r) => [r.id, r.start_date, r.end_date])).toEqual([
            [long.id, iso(T0 - 4 * HOUR), iso(T0 + HOUR)],
            [done.id, iso(T0 - 3 * HOUR), iso(T0 - 2 * HOUR)],
            [open.id, iso(T0 - 2 * HOUR), iso(T0 + 2 * HOUR)],
        ])
        await end.control.reset()
        await end.control.setClock(T0)
    })

    test("paging in mode 'end' skips unlisted records: counters and next_offset count listed ones only", async () => {
        await end.control.seed({ seed: 21, connections: 1500, from: T0 - 2 * DAY, to: T0 - HOUR, runningFraction: 0.2 })
        const truth = await end.control.truth()
        expect(truth.length).toBeLessThan(1500)
        expect(truth.every((r) => r.end_date && String(r.end_date) <= iso(T0))).toBe(true)
        const p1 = await endPage('')
        expect([p1.records.length, p1.records_remaining]).toEqual([1000, truth.length - 1000])
        const p2 = await endPage(`?offset_id=${p1.next_offset}`)
        expect([...p1.records, ...p2.records].map((r) => r.id)).toEqual(truth.map((r) => r.id))
        expect(p2).not.toHaveProperty('next_offset')
    })

    test('switching modes at run time (POST /_sim/config {reportEntry}); an unknown mode is refused', async () => {
        await end.control.reset()
        const open = await end.control.addConnection({ start_date: iso(T0 - HOUR) })
        expect((await endPage('')).records).toHaveLength(0)
        expect(await end.control.setReportEntry('start')).toMatchObject({ reportEntry: 'start' })
        expect((await endPage('')).records.map((r) => r.id)).toEqual([open.id])
        await expect(end.control.configure({ reportEntry: 'sometime' as 'end' })).rejects.toThrow(/reportEntry: start or end/)
        await end.control.setReportEntry('end')
    })

    test('the generator makes long connections (5 h and 3 days) that end by themselves as the clock moves', async () => {
        await end.control.reset()
        await end.control.seed({ seed: 22, connections: 400, from: T0 - 4 * DAY, to: T0 - HOUR, longFraction: 0.25 })
        const all = await end.control.truth({ all: true })
        const hours = all.map((r) => (Date.parse(String(r.end_date)) - Date.parse(r.start_date)) / HOUR)
        expect(hours.filter((h) => h === 5).length).toBeGreaterThan(20)
        expect(hours.filter((h) => h === 72).length).toBeGreaterThan(20)
        expect(hours.every((h) => h === 5 || h === 72 || h <= 2.02)).toBe(true)
        const listedNow = (await end.control.truth()).length
        await end.control.setClock(T0 + 3 * DAY)
        expect((await end.control.truth()).length).toBe(400)
        expect(listedNow).toBeLessThan(400)
        await end.control.setClock(T0)
    })
})

describe('date forms and raw values', () => {
    let d: SimHandle
    beforeAll(async () => {
        d = await startSimulator({ now: T0 })
    })
    afterAll(() => d.stop())

    test("dateFormat 'basic' writes dates as the documentation's examples (20130116T194014Z); raw fields are served verbatim", async () => {
        const rec = await d.control.addConnection({ start_date: '2026-10-01T10:00:00Z', end_date: '2026-10-01T10:05:30Z' })
        await d.control.configure({ dateFormat: 'basic' })
        const [r] = (await json<Page>(api(d, '/reports/connections'))).records
        expect([r.start_date, r.end_date]).toEqual(['20261001T100000Z', '20261001T100530Z'])
        await d.control.configure({ dateFormat: 'extended' })
        await d.control.rawFields(rec.id, { end_date: 'soon', notes: null })
        const [raw] = (await json<Page>(api(d, '/reports/connections'))).records
        expect(raw.end_date).toBe('soon')
        expect(raw).not.toHaveProperty('notes')
        await expect(d.control.rawFields(rec.id, { start_date: 'x' })).rejects.toThrow(/cannot be changed/)
    })
})

describe('issue #20: odd-but-plausible values and unknown fields, as real traffic carries', () => {
    test('oddFraction 1: every record has 1–3 fields from ODD_VALUES, never its id or start; extraFields adds undocumented ones', async () => {
        await sim.control.seed({ seed: 5, connections: 300, from: T0 - DAY, to: T0 - HOUR, oddFraction: 1, extraFields: true })
        const records = await all('')
        expect(records).toHaveLength(300)
        const oddFieldsSeen = new Set<string>()
        for (const r of records) {
            expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/)
            expect(r.start_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
            const odd = Object.keys(ODD_VALUES).filter((f) => ODD_VALUES[f].some((v) => JSON.stringify(v) === JSON.stringify(r[f])))
            expect(odd.length).toBeGreaterThanOrEqual(1)
            odd.forEach((f) => oddFieldsSeen.add(f))
            expect(r).toMatchObject(EXTRA_FIELDS)
        }
        // 300 records cover every odd field; the same seed gives the same records
        expect([...oddFieldsSeen].sort()).toEqual(Object.keys(ODD_VALUES).sort())
        await sim.control.seed({ seed: 5, connections: 300, from: T0 - DAY, to: T0 - HOUR, oddFraction: 1, extraFields: true })
        expect(await all('')).toEqual(records)
    })

    test('oddFields restricts the odd values to those fields; without the options nothing is odd', async () => {
        await sim.control.seed({ seed: 6, connections: 50, from: T0 - DAY, to: T0 - HOUR, oddFraction: 1, oddFields: ['currency'] })
        const records = await all('')
        expect(new Set(records.map((r) => r.currency))).not.toContain('EUR')
        expect(records.every((r) => r.billing_state === 'Bill' || r.billing_state === 'DoNotBill')).toBe(true)
        await sim.control.seed({ seed: 6, connections: 50, from: T0 - DAY, to: T0 - HOUR })
        expect((await all('')).every((r) => r.currency === 'EUR' && r.api_version === undefined)).toBe(true)
    })
})
