/**
 * Issue #20 — every connection TeamViewer sends is kept. Against the simulator answering with values outside the
 * documented forms (per field, one at a time and all together, and like real traffic: every record with
 * currency "None" and undocumented fields), in both report modes: every record with an id and a start date is
 * stored, with its raw JSON; the values not stored as sent are counted per column on the run record and shown on
 * the setup status page. The BUILT app in the local runtime, the simulator over HTTP.
 */
import { safeText } from '../../src/server/teamviewer/redact'
import { iso } from '../../tools/simulator/helpers'
import { oneSimulatorPerFile } from '../env'
import { HOUR, MODES, runJob, startEnv, stopEnv, storedConnections, type Env, type Stored } from './harness'

const T0 = Date.UTC(2026, 9, 1, 0, 0, 0)

let env: Env | undefined
oneSimulatorPerFile()
afterEach(async () => {
    await stopEnv(env)
    env = undefined
})

type Json = Record<string, unknown>

/** One odd value per field: [JSON field, value, column it fills, stored value, what became of it]. */
const ODD: [string, unknown, string, string, string][] = [
    ['currency', 'None', 'currency', '', 'left empty'],
    ['support_session_type', 7, 'support_session_type', '7', 'stored as sent'],
    ['billing_state', 'Unknown', 'billing_state', 'Unknown', 'stored as sent'],
    ['fee', 'n/a', 'fee', '', 'left empty'],
    ['userid', 'user-1001', 'supporter_tv_user_id', 'user-1001', 'stored as sent'],
    ['groupid', 'ServiceNow', 'group_id', 'ServiceNow', 'stored as sent'],
    ['deviceid', '123 456 789', 'device_id', '123 456 789', 'stored as sent'],
    ['contact_id', 'contact-7', 'contact_id', 'contact-7', 'stored as sent'],
    ['session_code', 'S-12345', 'session_code', 'S-12345', 'stored as sent'],
    ['devicename', { name: 'PC-1', os: 'Windows' }, 'device_name', '{"name":"PC-1","os":"Windows"}', 'stored as sent'],
    ['username', { first: 'Ann' }, 'supporter_name', '{"first":"Ann"}', 'stored as sent'],
    ['groupname', ['Support', 'EU'], 'group_name', '["Support","EU"]', 'stored as sent'],
    ['notes', { text: 'n' }, 'notes', '{"text":"n"}', 'stored as sent'],
    ['end_customer', 'Customer (free text)', 'end_customer', '', 'left empty'],
    ['feedback', { session_rating: 'five' }, 'feedback_rating', '', 'left empty'],
    ['end_date', 'not yet', 'end_date', '', 'left empty'],
]

/**
 * A record starting 30 min apart per index (all within the next run's 12-hour lookback), ended 20 min later; odd
 * fields are set verbatim afterwards.
 */
async function addOdd(i: number, odd: Json): Promise<string> {
    const start = T0 - 11 * HOUR + i * 30 * 60000
    const rec = await env!.sim.control.addConnection({ start_date: iso(start), end_date: iso(start + 20 * 60000) })
    // verbatim: the control API's normal route would normalise dates and keep sessions consistent
    await env!.sim.control.rawFields(rec.id, odd)
    return rec.id
}

function byId(): Map<string, Stored> {
    return new Map(storedConnections(env!).map((r) => [r.tv_id, r]))
}

/** The raw JSON of every stored row equals the record exactly as the report lists it. */
async function expectRawEqualsReport(rows: Map<string, Stored>): Promise<void> {
    const truth = (await env!.sim.control.truth()) as Json[]
    expect(rows.size).toBe(truth.length)
    for (const t of truth) expect([t.id, JSON.parse(rows.get(String(t.id))?.raw_json ?? 'null')]).toEqual([t.id, t])
}

describe.each(MODES)('values outside the documented forms (connections listed at their %s)', (reportEntry) => {
    test('one odd field per record: every record stored, the column as sent or empty, raw JSON kept, counted per column', async () => {
        env = await startEnv(T0, { reportEntry })
        const good = await addOdd(ODD.length, {})
        const ids = await Promise.all(ODD.map(([field, value], i) => addOdd(i, { [field]: value })))
        const run = runJob(env)
        expect(run).toMatchObject({ state: 'complete', received: String(ODD.length + 1), inserted: String(ODD.length + 1), rejected: '0' })
        expect(run.odd_values).toBe(String(ODD.length))
        const rows = byId()
        ODD.forEach(([field, value, column, stored, fate], i) => {
            const row = rows.get(ids[i]) as Stored
            if (column === 'end_customer') expect([field, row.end_customer_name, row.end_customer_email]).toEqual([field, '', ''])
            else expect([field, row[column]]).toEqual([field, stored])
            expect([field, JSON.parse(row.raw_json)[field]]).toEqual([field, value])
            // as the run shows text from TeamViewer: plain (markup and [code] neutralised), bounded
            // (the example of feedback_rating is the rating inside the feedback object)
            const example = field === 'feedback' ? 'five' : value
            const shown = safeText(typeof example === 'string' ? example : JSON.stringify(example), [], 40)
            expect(run.odd_values_detail).toContain(`${column} ×1 e.g. '${shown}' (${fate})`)
        })
        expect(rows.get(good)).toMatchObject({ currency: 'EUR', billing_state: 'Bill', fee: '0.00', support_session_type: '1' })
        await expectRawEqualsReport(rows)
        // nothing changed at TeamViewer: the next run writes nothing and counts the same values again
        expect(runJob(env)).toMatchObject({
            state: 'complete',
            window_kind: 'regular',
            received: String(ODD.length + 1),
            inserted: '0',
            updated: '0',
            odd_values: String(ODD.length),
        })
    })

    test('every odd field in one record, and unknown extra fields: stored, every odd value counted', async () => {
        env = await startEnv(T0, { reportEntry })
        const all = Object.fromEntries(ODD.map(([field, value]) => [field, value]))
        const id = await addOdd(0, { ...all, api_version: '2', meta: { source: 'migration', tags: ['a'] } })
        const run = runJob(env)
        expect(run).toMatchObject({ state: 'complete', inserted: '1', rejected: '0', odd_values: String(ODD.length) })
        const row = byId().get(id) as Stored
        for (const [field, , column, stored] of ODD) if (column !== 'end_customer') expect([field, row[column]]).toEqual([field, stored])
        expect(JSON.parse(row.raw_json)).toMatchObject({ ...all, api_version: '2', meta: { source: 'migration', tags: ['a'] } })
        await expectRawEqualsReport(byId())
    })

    test('like real traffic: 1,450 records with currency "None" and undocumented fields are all stored; the run and the setup page say so', async () => {
        env = await startEnv(T0, { reportEntry })
        await env.sim.control.seed({
            seed: 20,
            connections: 1450,
            from: T0 - 20 * HOUR,
            to: T0 - 3 * HOUR,
            runningFraction: 0,
            oddFraction: 1,
            oddFields: ['currency'],
            extraFields: true,
        })
        await env.sim.control.rawFields((await env.sim.control.truth())[0].id, { currency: 'None' })
        const truth = (await env.sim.control.truth()) as Json[]
        expect(truth).toHaveLength(1450)
        const nones = truth.filter((t) => t.currency === 'None').length
        const run = runJob(env)
        expect(run).toMatchObject({ state: 'complete', received: '1450', inserted: '1450', rejected: '0', odd_values: '1450', error: '' })
        expect(run.odd_values_detail).toMatch(/^currency ×1450 e\.g\. '[^']+' \((left empty|stored as sent)\)$/)
        const rows = byId()
        expect(nones).toBeGreaterThan(0)
        expect([...rows.values()].filter((r) => JSON.parse(r.raw_json).currency === 'None')).toHaveLength(nones)
        for (const r of rows.values()) {
            const raw = JSON.parse(r.raw_json)
            // "None" and "EURO" do not fit the 3-character column: left empty; a 1-character "€" is kept as sent
            expect([raw.currency, r.currency, raw.api_version]).toEqual([raw.currency, raw.currency.length <= 3 ? raw.currency : '', '2'])
        }
        await expectRawEqualsReport(rows)

        env.rt.createUser({ user_name: 'tv.admin', roles: ['x_tvgh_teamviewer.admin'] })
        const status = env.rt.rest('GET', '/api/x_tvgh_teamviewer/setup/status', { user: 'tv.admin' })
        const checks = (status.json as { result: { checks: { id: string; state: string; detail: string }[] } }).result.checks
        const last = checks.find((c) => c.id === 'last_run')
        expect(last?.detail).toMatch(
            /1450 received, 1450 new, 0 updated\. Values not stored as sent \(kept in each record's raw JSON\): 1450 — currency ×1450/,
        )
    })
})
