/**
 * Issue #19 item 12 — the online poll against a hostile session list (server.ts, over real HTTP): it pages with
 * the guards retrieval has, so a server that pages forever, cycles or sends empty pages that point further
 * stops the poll (nothing closed, nothing changed) instead of paging for ever every minute. The BUILT app.
 */
import { Runtime } from '../../tools/runtime'
import { startHostile, type Hostile } from '.'

const T0 = Date.UTC(2026, 9, 1, 0, 0, 0)
const JOB = 'Poll TeamViewer service cases online'
const CODE = 's12-345-678'

let hostile: Hostile
let rt: Runtime
let lines: string[] = []

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
    rt.setProperty('x_tvgh_teamviewer.adminToken', 'hostile-poll-token-1b2c3d')
    const task = rt.insert('incident', { short_description: 'Printer' })
    rt.insert('x_tvgh_teamviewer_service_case', { code: CODE, task, state: 'open', valid_until: '2026-10-02 00:00:00' })
    lines = []
    rt.onLog((level, message) => lines.push(`${level} ${message}`))
    await hostile.clearRequests()
})
afterEach(() => rt.close())

async function listRequests(): Promise<number> {
    return (await hostile.requests()).filter((r) => r.url.startsWith('/api/v1/sessions')).length
}

function theCase(): Record<string, string> {
    return rt.query('x_tvgh_teamviewer_service_case', `code=${CODE}`)[0]
}

test('a well-behaved one-page list: the customer is seen online (the hostile server speaks the protocol)', async () => {
    await hostile.plan({ mode: 'pages', sessions: { mode: 'one', codes: [CODE] } })
    rt.runJob(JOB)
    expect(await listRequests()).toBe(1)
    expect(theCase()).toMatchObject({ state: 'open', online: '1' })
})

test('endless pages with a fresh offset each time stop at the page budget; nothing is closed or changed', async () => {
    rt.setProperty('x_tvgh_teamviewer.retrieval.max_pages_per_run', '20')
    await hostile.plan({ mode: 'pages', sessions: { mode: 'endless', codes: ['s99-999-999'], limit: 100 } })
    rt.runJob(JOB)
    expect(await listRequests()).toBe(20)
    expect(theCase()).toMatchObject({ state: 'open', online: '0' })
    expect(lines.join('\n')).toMatch(/online poll failed: TeamViewer's session list has more than 20 pages \(the poll's budget\)/)
})

test('two offsets alternating are a paging cycle: the poll stops at once', async () => {
    await hostile.plan({ mode: 'pages', sessions: { mode: 'cycle', codes: [CODE], cycle: ['a', 'b'], limit: 100 } })
    rt.runJob(JOB)
    expect(await listRequests()).toBeLessThanOrEqual(3)
    expect(theCase()).toMatchObject({ state: 'open', online: '0' })
    expect(lines.join('\n')).toMatch(/sent the offset "a" again \(a paging cycle\)/)
})

test('an empty page that still points further stops the poll; the case is not closed as "missing"', async () => {
    await hostile.plan({ mode: 'pages', sessions: { mode: 'empty', codes: [], limit: 100 } })
    rt.runJob(JOB)
    expect(await listRequests()).toBe(1)
    expect(theCase().state).toBe('open')
    expect(lines.join('\n')).toMatch(/sent an empty page that still points to a next one/)
})
