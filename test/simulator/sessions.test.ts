/**
 * Simulator: sessions (service cases) — create/get/list/paging/update/close in both styles, validation,
 * licence limit, visibility, the online flag, and the connections a closed case produces.
 */
import { startSimulator, type SimHandle } from '../../tools/simulator/index'
import { api, iso, json, signIn, type J, type Page } from '../../tools/simulator/helpers'

const T0 = Date.UTC(2026, 9, 1, 12, 0, 0)
const REDIRECT = 'http://127.0.0.1/cb'
let sim: SimHandle

beforeAll(async () => {
    sim = await startSimulator({ now: T0, reportEntry: 'start', oauthClient: { redirectUris: [REDIRECT] } })
})
afterAll(() => sim.stop())
afterEach(() => sim.control.setStyle('documented'))

const create = (body: J, token?: string) => api(sim, '/sessions', { method: 'POST', body: JSON.stringify(body), token })
const put = (code: string, body: J, token?: string) => api(sim, `/sessions/${code}`, { method: 'PUT', body: JSON.stringify(body), token })

describe('create and read', () => {
    test.each([
        ['documented', 200, 'open'],
        ['recorded', 201, 'Open'],
    ] as const)('%s style: %i with Location, state %s, links, defaults', async (style, status, stateText) => {
        await sim.control.setStyle(style)
        const res = await create({
            groupname: 'ServiceNow',
            description: 'INC001',
            end_customer: { name: 'Bob', email: 'bob@example.com' },
            custom_api: 'task-1',
        })
        const s = await json(res)
        expect(res.status).toBe(status)
        expect(res.headers.get('location')).toBe(`${sim.apiBase}/sessions/${s.code}`)
        expect(s.code).toMatch(/^s\d{2,3}-\d{3}-\d{3}$/)
        const digits = String(s.code).replace(/\D/g, '')
        expect(s).toMatchObject({
            state: stateText,
            groupid: expect.stringMatching(/^g\d+$/),
            description: 'INC001',
            end_customer: { name: 'Bob', email: 'bob@example.com' },
            assigned_userid: expect.stringMatching(/^u\d+$/),
            assigned_at: iso(T0),
            end_customer_link: `https://get.teamviewer.com/v15/s${digits}`,
            supporter_link: expect.stringMatching(new RegExp(`^https://get\\.teamviewer\\.com/v15/s${digits}-\\d+$`)),
            webclient_supporter_link: expect.stringContaining(`sessioncode=s${digits}`),
            custom_api: 'task-1',
            created_at: iso(T0),
            valid_until: iso(T0 + 86400000),
        })
        expect(s).not.toHaveProperty('waiting_message') // optional fields absent, never null
        const got = await json(api(sim, `/sessions/${s.code}`))
        expect(got).toMatchObject({ code: s.code, state: stateText, online: false, support_session_type: 'Default' })
        expect(got).not.toHaveProperty('closed_at')
    })
    test('Pilot sessions use getpilot.; u0 leaves a case unassigned', async () => {
        const s = await json(create({ groupname: 'ServiceNow', support_session_type: 'Pilot', assigned_userid: 'u0' }))
        expect(s.end_customer_link).toMatch(/^https:\/\/getpilot\.teamviewer\.com\/v15\/s\d+$/)
        expect(s.assigned_userid).toBe('u0') // "nobody", not a user
        expect(s).not.toHaveProperty('assigned_at')
    })
    test('validation errors are 400 invalid_request naming the parameter', async () => {
        const cases: [J, RegExp][] = [
            [{}, /groupid or groupname/],
            [{ groupid: 'g999' }, /groupid/],
            [{ groupname: 'ServiceNow', end_customer: { email: 'not-an-email' } }, /end_customer\.email/],
            [{ groupname: 'ServiceNow', end_customer: { name: 'x'.repeat(101) } }, /end_customer\.name/],
            [{ groupname: 'ServiceNow', custom_api: 'x'.repeat(4001) }, /custom_api/],
            [{ groupname: 'ServiceNow', support_session_type: 'Other' }, /support_session_type/],
            [{ groupname: 'ServiceNow', valid_until: iso(T0 - 1000) }, /valid_until/],
            [{ groupname: 'ServiceNow', assigned_userid: 'u42' }, /assigned_userid/],
        ]
        const sn = (await json<{ groups: J[] }>(api(sim, '/groups?name=ServiceNow'))).groups[0]
        cases.push([{ groupid: sn.id, groupname: 'Other' }, /different groups/])
        for (const [body, description] of cases) {
            const res = await create(body)
            const b = await json(res)
            expect([res.status, b.error]).toEqual([400, 'invalid_request'])
            expect(b.error_description).toMatch(description)
        }
        const bad = await api(sim, '/sessions', { method: 'POST', body: '{not json' })
        expect(bad.status).toBe(400)
    })
    test('a company-level token must address groups by id', async () => {
        const company = await sim.control.createToken({ company: true })
        const res = await create({ groupname: 'ServiceNow' }, company)
        expect([res.status, (await json(res)).error_description]).toEqual([400, expect.stringMatching(/groupid/)])
        const sn = (await json<{ groups: J[] }>(api(sim, '/groups?name=ServiceNow', { token: company }))).groups[0]
        expect((await create({ groupid: sn.id }, company)).status).toBe(200)
    })
    test('unknown code → 404 not_found; there is no DELETE (405)', async () => {
        const res = await api(sim, '/sessions/s00-000-000')
        expect([res.status, (await json(res)).error]).toEqual([404, 'not_found'])
        const s = await json(create({ groupname: 'ServiceNow' }))
        expect((await api(sim, `/sessions/${s.code}`, { method: 'DELETE' })).status).toBe(405)
    })
})

describe('update and close', () => {
    test('PUT → 204; fields change; closing sets closed_at and clears online; a closed case cannot reopen', async () => {
        const s = await json(create({ groupname: 'ServiceNow' }))
        const ben = (await sim.control.info()).users.find((u) => u.email === 'ben@example.com')!
        const res = await put(s.code as string, {
            description: 'changed',
            waiting_message: 'wait',
            end_customer: { name: 'Eve', email: 'eve@example.com' },
            custom_api: 'c',
            assigned_userid: ben.id,
        })
        expect([res.status, await res.text()]).toEqual([204, ''])
        expect(await json(api(sim, `/sessions/${s.code}`))).toMatchObject({
            description: 'changed',
            waiting_message: 'wait',
            end_customer: { name: 'Eve' },
            custom_api: 'c',
            assigned_userid: ben.id,
        })
        expect((await put(s.code as string, { state: 'maybe' })).status).toBe(400)
        await sim.control.setOnline(s.code as string)
        expect((await json(api(sim, `/sessions/${s.code}`))).online).toBe(true)
        await sim.control.advanceClock(60000)
        expect((await put(s.code as string, { state: 'Closed' })).status).toBe(204) // any case accepted
        expect(await json(api(sim, `/sessions/${s.code}`))).toMatchObject({ state: 'closed', online: false, closed_at: iso(T0 + 60000) })
        expect((await put(s.code as string, { state: 'open' })).status).toBe(400)
        await sim.control.setClock(T0)
    })
    test('the customer "opens the link" (GET /_sim/join/{code}) and the online flag flips', async () => {
        const s = await json(create({ groupname: 'ServiceNow' }))
        const page = await fetch(`${sim.url}/_sim/join/${s.code}`)
        expect(page.status).toBe(200)
        expect(await page.text()).toContain(String(s.code))
        expect((await json(api(sim, `/sessions/${s.code}`))).online).toBe(true)
    })
    test("closing a case publishes its supporters' connections; a running one ends later", async () => {
        const s = await json(
            create({
                groupname: 'ServiceNow',
                description: 'INC9',
                end_customer: { name: 'Ida', email: 'ida@example.com' },
                custom_api: 'task-9',
            }),
        )
        const code = s.code as string
        const done = await sim.control.connectSession(code, {
            start_date: iso(T0 - 600000),
            end_date: iso(T0 - 300000),
            devicename: 'LAPTOP-1',
        })
        const running = await sim.control.connectSession(code, { start_date: iso(T0 - 200000) })
        expect((await json<Page>(api(sim, `/reports/connections?session_code=${code}`))).records).toHaveLength(0) // not before the case closes
        expect((await put(code, { state: 'closed' })).status).toBe(204)
        const records = (await json<Page>(api(sim, `/reports/connections?session_code=${code}`))).records
        expect(records.map((r) => r.id)).toEqual([done.id, running.id])
        expect(records[0]).toMatchObject({
            session_code: code,
            session_note: 'INC9',
            custom_api: 'task-9',
            end_customer: { name: 'Ida', email: 'ida@example.com' },
            support_session_type: 2,
            devicename: 'LAPTOP-1',
            end_date: iso(T0 - 300000),
            session_created_at: iso(T0),
            valid_until: s.valid_until,
            assigned_userid: s.assigned_userid,
        })
        expect(records[1]).not.toHaveProperty('end_date')
        await sim.control.endConnection(running.id)
        const ended = (await json<Page>(api(sim, `/reports/connections?session_code=${code}`))).records[1]
        expect(ended.end_date).toBe(iso(T0))
    })
})

describe('list', () => {
    test('open only by default, newest first; state filter; full_list; sessions_remaining/next_offset over 1000', async () => {
        await sim.control.seed({ seed: 3, connections: 0, sessions: 1500, from: T0 - 30 * 86400000, to: T0 - 86400000 })
        const open = await json<{ sessions: J[] }>(api(sim, '/sessions'))
        expect(open.sessions.every((s) => s.state === 'open')).toBe(true)
        expect(Object.keys(open.sessions[0]).sort()).toEqual(['code', 'groupid', 'online', 'state', 'support_session_type'])
        expect(open).not.toHaveProperty('next_offset')
        const p1 = await json<{ sessions: J[]; sessions_remaining?: number; next_offset?: string }>(
            api(sim, '/sessions?state=closed&full_list=true'),
        )
        expect([p1.sessions.length, p1.sessions_remaining, p1.next_offset]).toEqual([
            1000,
            500 + (await closedOutsideSeed()),
            p1.sessions[999].code,
        ])
        expect(p1.sessions[0]).toHaveProperty('end_customer_link')
        const created = p1.sessions.map((s) => String(s.created_at))
        expect([...created].sort().reverse()).toEqual(created)
        const p2 = await json<{ sessions: J[]; sessions_remaining?: number; next_offset?: string }>(
            api(sim, `/sessions?state=closed&full_list=true&offset=${p1.next_offset}`),
        )
        expect(p2).not.toHaveProperty('sessions_remaining')
        expect(p2).not.toHaveProperty('next_offset')
        expect(new Set([...p1.sessions, ...p2.sessions].map((s) => s.code)).size).toBe(p1.sessions.length + p2.sessions.length)
        const both = await json<{ sessions: J[] }>(api(sim, '/sessions?state=open,closed'))
        expect(both.sessions.length).toBe(1000)
        expect((await api(sim, '/sessions?state=gone')).status).toBe(400)
        expect((await api(sim, '/sessions?offset=s00-000-000')).status).toBe(400)
        await sim.control.seed({ seed: 3, connections: 0 }) // drops the generated sessions again
    })
    test('recorded style spells states Open/Closed in lists too', async () => {
        await sim.control.setStyle('recorded')
        const list = await json<{ sessions: J[] }>(api(sim, '/sessions?state=open,closed'))
        expect(new Set(list.sessions.map((s) => s.state))).toEqual(new Set(['Open', 'Closed']))
    })
    test('visibility: an OAuth user sees sessions of groups they own or that are shared with them; the admin sees all', async () => {
        const ann = await signIn(sim, 'ann@example.com', 'ann', REDIRECT)
        const ben = await signIn(sim, 'ben@example.com', 'ben', REDIRECT)
        const annCase = await json(create({ groupname: 'ServiceNow' }, ann.access_token))
        const annGroup = annCase.groupid as string
        expect(annGroup).not.toBe(
            (await json<{ groups: J[] }>(api(sim, '/groups?name=ServiceNow'))).groups.find((g) => g.permissions === 'owned')!.id,
        ) // her own "ServiceNow"
        expect((await api(sim, `/sessions/${annCase.code}`, { token: ben.access_token })).status).toBe(404)
        expect(
            (await json<{ sessions: J[] }>(api(sim, '/sessions', { token: ben.access_token }))).sessions.map((s) => s.code),
        ).not.toContain(annCase.code)
        expect((await api(sim, `/sessions/${annCase.code}`)).status).toBe(200) // company admin
        const info = await sim.control.info()
        const benId = info.users.find((u) => u.email === 'ben@example.com')!.id
        const annId = info.users.find((u) => u.email === 'ann@example.com')!.id
        const shared = await sim.control.addGroup({ name: 'Shared desk', owner: annId, sharedWith: [benId] })
        const sharedCase = await json(create({ groupid: shared.id }, ann.access_token))
        expect((await api(sim, `/sessions/${sharedCase.code}`, { token: ben.access_token })).status).toBe(200)
        expect((await json<{ groups: J[] }>(api(sim, '/groups?name=Shared', { token: ben.access_token }))).groups[0].permissions).toBe(
            'full',
        )
    })
})

describe('licence', () => {
    test('creating beyond the concurrent-session limit → 400 mentioning license limitations; closing frees a slot', async () => {
        const open = (await json<{ sessions: J[] }>(api(sim, '/sessions'))).sessions.length
        await sim.control.setSessionLimit(open + 1)
        const last = await json(create({ groupname: 'ServiceNow' }))
        const refused = await create({ groupname: 'ServiceNow' })
        const b = await json(refused)
        expect([refused.status, b.error]).toEqual([400, 'invalid_request'])
        expect(b.error_description).toMatch(/license limitations/)
        await put(last.code as string, { state: 'closed' })
        expect((await create({ groupname: 'ServiceNow' })).status).toBe(200)
        await sim.control.setSessionLimit(1000)
    })
    test('a session past valid_until stays open (and listed) until someone closes it', async () => {
        const s = await json(create({ groupname: 'ServiceNow', valid_until: iso(T0 + 60000) }))
        await sim.control.advanceClock(61000)
        const got = await json(api(sim, `/sessions/${s.code}`))
        expect(got).toMatchObject({ state: 'open', valid_until: iso(T0 + 60000) })
        expect(got).not.toHaveProperty('closed_at')
        expect((await json<{ sessions: J[] }>(api(sim, '/sessions'))).sessions.map((x) => x.code)).toContain(s.code)
        await put(s.code as string, { state: 'closed' })
        await sim.control.setClock(T0)
    })
    test('recorded style: the licence-limit 400 has a plain-text body mentioning license limitations', async () => {
        const open = (await json<{ sessions: J[] }>(api(sim, '/sessions'))).sessions.length
        await sim.control.setSessionLimit(open)
        await sim.control.setStyle('recorded')
        const refused = await create({ groupname: 'ServiceNow' })
        const text = await refused.text()
        expect([refused.status, refused.headers.get('content-type')]).toEqual([400, 'text/plain; charset=utf-8'])
        expect(text).toMatch(/^The session could not be created due to license limitations/)
        await sim.control.setStyle('documented')
        await sim.control.setSessionLimit(1000)
    })
})

/** closed sessions made by earlier tests of this file (not by the generator) */
async function closedOutsideSeed(): Promise<number> {
    const all = (await sim.control.call<{ sessions: (J & { generated?: boolean; state: string })[] }>('GET', '/sessions')).sessions
    return all.filter((s) => !s.generated && s.state === 'closed').length
}
