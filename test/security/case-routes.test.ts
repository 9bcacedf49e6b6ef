/**
 * Issue #19 items 1, 2, 5, 10 — an itil user attacks the cases REST API and the case table. The instance's own
 * rule of the demo (scripts/local/seed.ts applyInstanceRules: security incidents are readable only with
 * security_incident_reader) restricts READING; Bob (itil, no reader role) still passes itil's write rule.
 * The BUILT app runs in the local runtime; TeamViewer is the simulator over real HTTP.
 */
import { applyInstanceRules } from '../../scripts/local/seed'
import { startWebServer } from '../../tools/runtime/web/server'
import { oneSimulatorPerFile } from '../env'
import { call, result, signIn, startEnv, stopEnv, type Env, type Json } from '../oauth/env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const CASE = 'x_tvgh_teamviewer_service_case'
const ALICE_TV = { email: 'alice@example.com', password: 'alice-tv' }
const BOB_TV = { email: 'bob@example.com', password: 'bob-tv' }
const NO_SUCH = '0'.repeat(32)

let env: Env
let dave = ''
let secInc = ''
let secNumber = ''
let aliceCase: Json = {}
oneSimulatorPerFile()

beforeEach(async () => {
    env = await startEnv(T0)
    applyInstanceRules(env.rt)
    env.rt.createUser({ user_name: 'alice', name: 'Alice Agent', roles: ['itil', 'security_incident_reader'] })
    env.rt.createUser({ user_name: 'bob', name: 'Bob Agent', roles: ['itil'] })
    env.rt.createUser({ user_name: 'plain', roles: [] })
    dave = env.rt.createUser({ user_name: 'dave', name: 'Dave Customer', email: 'dave@example.com' })
    await env.sim.control.addUser({ name: 'Alice Agent', email: ALICE_TV.email, password: ALICE_TV.password })
    await env.sim.control.addUser({ name: 'Bob Agent', email: BOB_TV.email, password: BOB_TV.password })
    secInc = env.rt.insert('incident', { short_description: 'VPN login from an unknown country', caller_id: dave, category: 'security' })
    secNumber = env.rt.query('incident', `sys_id=${secInc}`)[0].number
    await signIn(env, 'alice', ALICE_TV)
    await signIn(env, 'bob', BOB_TV)
    aliceCase = result(call(env, 'POST', `/cases/task/${secInc}`, 'alice', {}))
    expect(aliceCase.code).toMatch(/^s\d/)
})
afterEach(() => stopEnv(env))

function notes(taskId: string): string[] {
    return env.rt.query('sys_journal_field', `element_id=${taskId}^element=work_notes^ORDERBYsys_created_on`).map((j) => j.value)
}

async function sessionCount(): Promise<number> {
    return ((await env.sim.control.call('GET', '/sessions')) as { sessions: Json[] }).sessions.length
}

/** Nothing about the security incident, its caller or its case in an answer. */
function expectNothingAbout(body: string): void {
    for (const secret of [secNumber, 'VPN login', 'Dave Customer', 'dave@example.com', String(aliceCase.code), secInc])
        expect(body).not.toContain(secret)
}

describe('item 1: a task the caller cannot read is answered exactly as one that does not exist', () => {
    test('Bob: GET and POST on the security incident answer 404 like a missing task; nothing created at TeamViewer or here', async () => {
        const sessions = await sessionCount()
        const notesBefore = notes(secInc)
        for (const method of ['GET', 'POST']) {
            const missing = call(env, method, `/cases/task/${NO_SUCH}`, 'bob', {})
            const r = call(env, method, `/cases/task/${secInc}`, 'bob', {})
            expect([method, r.status]).toEqual([method, 404])
            expect(r.body).toBe(missing.body)
            expectNothingAbout(r.body)
        }
        expect(await sessionCount()).toBe(sessions)
        expect(env.rt.query(CASE)).toHaveLength(1)
        expect(notes(secInc)).toEqual(notesBefore)
    })

    test("Bob: start, close and invite on Alice's case of the security incident answer 404 like a missing case", async () => {
        for (const action of ['start', 'close', 'invite']) {
            const missing = call(env, 'POST', `/cases/${NO_SUCH}/${action}`, 'bob', {})
            const r = call(env, 'POST', `/cases/${aliceCase.sysId}/${action}`, 'bob', { email: 'bob@example.com' })
            expect([action, r.status, r.body]).toEqual([action, 404, missing.body])
            expectNothingAbout(r.body)
        }
        env.rt.processEvents()
        expect(env.rt.emails()).toHaveLength(0)
        expect(env.rt.query(CASE, `sys_id=${aliceCase.sysId}`)[0].state).toBe('open')
    })

    test("Bob's own case of an incident that becomes a security incident: invite, start, close and GET answer 404, nothing sent or noted", async () => {
        const inc = env.rt.insert('incident', { short_description: 'Laptop slow', caller_id: dave, category: 'software' })
        const mine = result(call(env, 'POST', `/cases/task/${inc}`, 'bob', {}))
        expect(mine.code).toMatch(/^s\d/)
        env.rt.update('incident', inc, { category: 'security' })
        const before = notes(inc)
        for (const action of ['invite', 'start', 'close']) {
            const missing = call(env, 'POST', `/cases/${NO_SUCH}/${action}`, 'bob', {})
            const r = call(env, 'POST', `/cases/${mine.sysId}/${action}`, 'bob', {})
            expect([action, r.status, r.body]).toEqual([action, 404, missing.body])
        }
        const r = call(env, 'GET', `/cases/task/${inc}`, 'bob')
        expect(r.status).toBe(404)
        expect(r.body).not.toContain('Laptop slow')
        env.rt.processEvents()
        expect(env.rt.emails()).toHaveLength(0)
        expect(notes(inc)).toEqual(before)
        expect(env.rt.query(CASE, `sys_id=${mine.sysId}`)[0].state).toBe('open')
    })

    test('Alice (who may read it) still works the security incident', () => {
        const r = call(env, 'GET', `/cases/task/${secInc}`, 'alice')
        expect(r.status).toBe(200)
        expect((result(r).cases as Json[]).map((c) => c.code)).toEqual([aliceCase.code])
    })

    test('a user without itil gets nothing about the task or its case on any route, and changes nothing', () => {
        for (const [method, route] of [
            ['GET', `/cases/task/${secInc}`],
            ['POST', `/cases/task/${secInc}`],
            ['POST', `/cases/${aliceCase.sysId}/start`],
            ['POST', `/cases/${aliceCase.sysId}/close`],
            ['POST', `/cases/${aliceCase.sysId}/invite`],
        ]) {
            const r = call(env, method, route, 'plain', { email: 'plain@example.com' })
            expect([route, r.status]).toEqual([route, 403])
            expectNothingAbout(r.body)
        }
        env.rt.processEvents()
        expect(env.rt.emails()).toHaveLength(0)
        expect(env.rt.query(CASE)).toHaveLength(1)
        expect(env.rt.query(CASE, `sys_id=${aliceCase.sysId}`)[0].state).toBe('open')
    })

    test("Bob cannot read the security incident's connections either (table ACL, GlideRecordSecure)", () => {
        const CONN = 'x_tvgh_teamviewer_connection'
        const conn = env.rt.insert(CONN, {
            tv_id: 'c-1',
            session_code: String(aliceCase.code),
            task: secInc,
            supporter_name: 'Alice Agent',
        })
        expect(env.rt.can('bob', 'read', CONN, conn)).toBe(false)
        expect(env.rt.can('alice', 'read', CONN, conn)).toBe(true)
        const codes = env.rt.runAs('bob', () =>
            env.rt.execute(`var c = new GlideRecordSecure('${CONN}'); c.query(); var n = 0; while (c.next()) n++; return n;`),
        )
        expect(codes).toBe(0)
    })
})

describe('item 2: a service case is readable only by those who read its task', () => {
    const readAs = (user: string, code: string) => env.rt.runAs(user, () => env.rt.execute(code))
    const secureCodes = (user: string) =>
        readAs(
            user,
            `var c = new GlideRecordSecure('${CASE}'); c.query(); var out = []; while (c.next()) out.push(String(c.getValue('code'))); return out;`,
        ) as string[]

    test('Bob: the ACL refuses the case, GlideRecordSecure does not list it; Alice reads it; a plain user reads none', () => {
        expect(env.rt.can('bob', 'read', CASE, String(aliceCase.sysId))).toBe(false)
        expect(env.rt.can('alice', 'read', CASE, String(aliceCase.sysId))).toBe(true)
        expect(env.rt.can('plain', 'read', CASE, String(aliceCase.sysId))).toBe(false)
        expect(secureCodes('bob')).toEqual([])
        expect(secureCodes('alice')).toEqual([aliceCase.code])
        expect(secureCodes('plain')).toEqual([])
    })

    test('the case list and form show Bob nothing of the security incident; Alice sees it', async () => {
        const web = await startWebServer(env.rt)
        try {
            const page = async (user: string, path: string) => {
                const login = await fetch(`${web.url}/login?user=${user}&next=/`, { redirect: 'manual' })
                const cookie = String(login.headers.get('set-cookie')).split(';')[0]
                return (await fetch(`${web.url}${path}`, { headers: { cookie }, redirect: 'manual' })).text()
            }
            const list = `/${CASE}_list.do`
            const form = `/${CASE}.do?sys_id=${aliceCase.sysId}`
            expectNothingAbout(await page('bob', list))
            const bobForm = await page('bob', form)
            expect(bobForm).toContain('Record not found')
            expectNothingAbout(bobForm)
            expect(await page('alice', list)).toContain(String(aliceCase.code))
            expect(await page('alice', form)).toContain('Dave Customer')
        } finally {
            await web.close()
        }
    })

    test('the Online Service Cases widget shows Bob nothing of the security incident', () => {
        const data = env.rt.runWidget('x_tvgh_teamviewer_online_cases', { user: 'bob' }) as unknown as { cases: Json[]; error: string }
        expect(data.cases).toEqual([])
        expectNothingAbout(JSON.stringify(data))
        const alice = env.rt.runWidget('x_tvgh_teamviewer_online_cases', { user: 'alice' }) as unknown as { cases: Json[] }
        expect(alice.cases.map((c) => c.code)).toEqual([aliceCase.code])
    })

    test("the case does not copy the task's short description; TeamViewer's session carries the number only", async () => {
        const row = env.rt.query(CASE, `sys_id=${aliceCase.sysId}`)[0]
        expect(row.description).toBe(secNumber)
        const s = (await env.sim.control.session(String(aliceCase.code))) as Json
        expect(s.description).toBe(secNumber)
        expect(result(call(env, 'GET', `/cases/task/${secInc}`, 'alice')).defaults).toMatchObject({ description: secNumber })
    })
})

describe('item 5: markup in the app’s own work notes is neutralised', () => {
    test('"created for <name>" and "sent to <e-mail>" store no [code] escape and no HTML', () => {
        const inc = env.rt.insert('incident', { short_description: 'Printer', caller_id: dave })
        const name = '[code]<img src=x onerror=alert(1)>[/code]'
        const email = '[code]x@example.com[/code]'
        const c = result(call(env, 'POST', `/cases/task/${inc}`, 'bob', { endCustomerName: name, endCustomerEmail: email }))
        expect(c.code).toMatch(/^s\d/)
        expect(call(env, 'POST', `/cases/${c.sysId}/invite`, 'bob', {}).status).toBe(200)
        const written = notes(inc)
        expect(written).toHaveLength(2)
        for (const n of written) {
            expect(n).not.toMatch(/\[code\]|\[\/code\]|<|>/i)
        }
        expect(written[0]).toMatch(/created for .*img src=x onerror=alert\(1\)/)
        expect(written[1]).toMatch(/sent to .*x@example\.com/)
    })
})

describe('item 10: control characters and direction overrides in the customer name and e-mail are refused', () => {
    test.each([
        ['a NUL in the name', { endCustomerName: 'Dave\u0000Customer' }],
        ['a newline inside the name', { endCustomerName: 'Dave\nCustomer' }],
        ['a right-to-left override in the name', { endCustomerName: 'Dave \u202Emoc.live' }],
        ['a direction isolate in the name', { endCustomerName: 'Dave \u2066x\u2069' }],
        ['a NUL in the e-mail', { endCustomerEmail: 'dave\u0000@example.com' }],
        ['a right-to-left override in the e-mail', { endCustomerEmail: 'dave@exa\u202Eelpm.com' }],
        ['an escape character in the e-mail', { endCustomerEmail: 'dave@example.com\u001b' }],
    ])('%s: 400 before any TeamViewer call', async (_what, body) => {
        const inc = env.rt.insert('incident', { short_description: 'Printer', caller_id: dave })
        const sessions = await sessionCount()
        const r = call(env, 'POST', `/cases/task/${inc}`, 'bob', body)
        expect([r.status, (result(r).error as Json).code]).toEqual([400, 'invalid_input'])
        expect(await sessionCount()).toBe(sessions)
        expect(env.rt.query(CASE, `task=${inc}`)).toHaveLength(0)
    })
})
