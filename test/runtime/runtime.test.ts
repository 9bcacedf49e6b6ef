/**
 * Issue #3 — the local runtime itself, against the platform's documented semantics, on the app's REAL build.
 */
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { Runtime } from '../../tools/runtime/index'

const T0 = Date.UTC(2026, 9, 1, 8, 0, 0)
type GR = {
    new (table: string): Record<string, (...a: unknown[]) => unknown> & Record<string, unknown>
}

let rt: Runtime
beforeEach(() => {
    rt = Runtime.load({ now: T0 })
})
afterEach(() => rt.close())

const GlideRecord = () => rt.globalGlide.GlideRecord as GR

describe('GlideRecord', () => {
    test('iteration with next/hasNext, getRowCount, setLimit, ORDERBY and ORDERBYDESC', () => {
        for (const n of [3, 1, 2]) rt.insert('incident', { short_description: `item ${n}`, priority: n })
        const gr = new (GlideRecord())('incident')
        gr.addEncodedQuery('ORDERBYDESCpriority')
        gr.query()
        expect(gr.getRowCount()).toBe(3)
        const seen: string[] = []
        while (gr.next()) seen.push(String(gr.getValue('priority')))
        expect(seen).toEqual(['3', '2', '1'])
        expect(gr.hasNext()).toBe(false)
        const limited = new (GlideRecord())('incident')
        limited.orderBy('priority')
        limited.setLimit(2)
        limited.query()
        expect(limited.getRowCount()).toBe(2)
        expect(limited.next() && limited.getValue('priority')).toBe('1')
    })

    test('getValue returns null for empty, strings otherwise; booleans are "1"/"0"; elements stringify', () => {
        const id = rt.insert('incident', { short_description: 'x', description: '' })
        const gr = new (GlideRecord())('incident')
        expect(gr.get(id)).toBe(true)
        expect(gr.getValue('description')).toBeNull()
        expect(gr.getValue('short_description')).toBe('x')
        expect(gr.getValue('active')).toBe('1')
        expect(String(gr.active)).toBe('true')
        expect((gr.description as unknown as { nil(): boolean }).nil()).toBe(true)
        expect(gr.getValue('number')).toMatch(/^INC\d{7}$/)
    })

    test('encoded-query operators, ^OR, ^NQ, IN, ISEMPTY, comparisons; addQuery with operators and addOrCondition', () => {
        const rows = [
            ['a', 1, 'alpha'],
            ['b', 2, ''],
            ['c', 3, 'gamma'],
            ['d', 4, 'delta'],
        ] as const
        for (const [d, p, c] of rows) rt.insert('incident', { short_description: d, priority: p, category: c })
        const names = (q: string) => rt.query('incident', `${q}^ORDERBYshort_description`).map((r) => r.short_description)
        expect(names('priority>=3')).toEqual(['c', 'd'])
        expect(names('priority<2^ORpriority>3')).toEqual(['a', 'd'])
        expect(names('short_descriptionINa,c')).toEqual(['a', 'c'])
        expect(names('short_descriptionNOT INa,c')).toEqual(['b', 'd'])
        expect(names('categoryISEMPTY')).toEqual(['b'])
        expect(names('categoryISNOTEMPTY^categorySTARTSWITHd')).toEqual(['d'])
        expect(names('categoryLIKEamm')).toEqual(['c'])
        expect(names('priority=1^NQpriority=4')).toEqual(['a', 'd'])
        expect(names('category!=alpha')).toEqual(['b', 'c', 'd'])
        const gr = new (GlideRecord())('incident')
        const qc = gr.addQuery('priority', '<', 2) as { addOrCondition(f: string, o: string, v: unknown): unknown }
        qc.addOrCondition('priority', '=', 3)
        gr.orderBy('priority')
        gr.query()
        const got: unknown[] = []
        while (gr.next()) got.push(gr.getValue('short_description'))
        expect(got).toEqual(['a', 'c'])
    })

    test('table inheritance: a query on task sees incidents and problems; class names are kept', () => {
        rt.insert('incident', { short_description: 'i' })
        rt.insert('problem', { short_description: 'p' })
        const all = rt.query('task', 'ORDERBYshort_description')
        expect(all.map((r) => [r.short_description, r.sys_class_name])).toEqual([
            ['i', 'incident'],
            ['p', 'problem'],
        ])
        expect(rt.query('problem')).toHaveLength(1)
    })

    test('references and display values; getRefRecord', () => {
        const user = rt.createUser({ user_name: 'ann', name: 'Ann Smith' })
        const inc = rt.insert('incident', { short_description: 'x', caller_id: user })
        const gr = new (GlideRecord())('incident')
        gr.get(inc)
        expect(gr.getDisplayValue('caller_id')).toBe('Ann Smith')
        const ref = (gr.caller_id as unknown as { getRefRecord(): { getValue(f: string): string } }).getRefRecord()
        expect(ref.getValue('user_name')).toBe('ann')
    })

    test('a unique column refuses a duplicate: insert returns null and logs the violation', () => {
        rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'dup' })
        const gr = new (GlideRecord())('x_tvgh_teamviewer_connection')
        gr.initialize()
        gr.setValue('tv_id', 'dup')
        expect(gr.insert()).toBeNull()
        expect(rt.logs.some((l) => l.level === 'error' && /Unique Key violation/.test(l.message))).toBe(true)
        expect(rt.query('x_tvgh_teamviewer_connection')).toHaveLength(1)
    })

    test('choices: a value outside the choice list is stored, as the platform does', () => {
        const id = rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'c1', billing_state: 'SomethingNew' })
        expect(rt.query('x_tvgh_teamviewer_connection', `sys_id=${id}`)[0].billing_state).toBe('SomethingNew')
    })

    test('password2: stored encrypted, decrypted by getDecryptedValue; properties come back decrypted', () => {
        const user = rt.createUser({ user_name: 'ann' })
        const id = rt.insert('x_tvgh_teamviewer_token', { user, access_token: 'plain-secret' })
        const raw = rt.storage.db.prepare('SELECT access_token FROM "t_x_tvgh_teamviewer_token" WHERE sys_id = ?').get(id) as {
            access_token: string
        }
        expect(raw.access_token).not.toContain('plain-secret')
        const gr = new (GlideRecord())('x_tvgh_teamviewer_token')
        gr.get(id)
        expect(gr.getValue('access_token')).toBe(raw.access_token)
        expect((gr.getElement('access_token') as unknown as { getDecryptedValue(): string }).getDecryptedValue()).toBe('plain-secret')
        rt.setProperty('x_tvgh_teamviewer.adminToken', 'admin-secret')
        const prop = rt.storage.db.prepare(`SELECT value FROM "t_sys_properties" WHERE name = 'x_tvgh_teamviewer.adminToken'`).get() as {
            value: string
        }
        expect(prop.value).not.toContain('admin-secret')
        expect(rt.getProperty('x_tvgh_teamviewer.adminToken')).toBe('admin-secret')
    })

    test('update on a record never inserted inserts it; deleteRecord; unknown fields are refused loudly', () => {
        const gr = new (GlideRecord())('incident')
        gr.initialize()
        gr.setValue('short_description', 'new')
        const id = gr.update() as string
        expect(rt.query('incident', `sys_id=${id}`)).toHaveLength(1)
        expect(gr.deleteRecord()).toBe(true)
        expect(rt.query('incident', `sys_id=${id}`)).toHaveLength(0)
        expect(() => gr.setValue('no_such_field', 1)).toThrow(/unknown field/)
        expect(() => (gr as unknown as { chooseWindow(): void }).chooseWindow()).toThrow(
            /not supported by the local runtime: GlideRecord.chooseWindow/,
        )
    })

    test('work_notes become journal entries', () => {
        const id = rt.insert('incident', { short_description: 'x' })
        rt.update('incident', id, { work_notes: 'first note' })
        expect(rt.query('sys_journal_field', `element_id=${id}`).map((j) => [j.name, j.element, j.value])).toEqual([
            ['incident', 'work_notes', 'first note'],
        ])
    })
})

describe('GlideDateTime', () => {
    test('UTC values, arithmetic and comparison', () => {
        const GDT = rt.glide.GlideDateTime as new (v?: string) => {
            getValue(): string
            addSeconds(s: number): void
            addDaysUTC(d: number): void
            getNumericValue(): number
            before(o: unknown): boolean
        }
        expect(new GDT().getValue()).toBe('2026-10-01 08:00:00')
        const d = new GDT('2026-12-31 23:59:30')
        d.addSeconds(45)
        expect(d.getValue()).toBe('2027-01-01 00:00:15')
        d.addDaysUTC(-1)
        expect(d.getValue()).toBe('2025-12-31 00:00:15'.replace('2025', '2026'))
        expect(new GDT('2026-01-01 00:00:00').getNumericValue()).toBe(Date.UTC(2026, 0, 1))
        expect(new GDT('2026-01-01 00:00:00').before(new GDT('2026-01-01 00:00:01'))).toBe(true)
        const diff = (
            rt.glide.GlideDateTime as unknown as { subtract(a: unknown, b: unknown): { getDisplayValue(): string; getValue(): string } }
        ).subtract(new GDT('2026-01-01 00:00:00'), new GDT('2026-01-01 01:05:00'))
        expect([diff.getValue(), diff.getDisplayValue()]).toEqual(['1970-01-01 01:05:00', '1 Hour 5 Minutes'])
        expect(() => new GDT('yesterday')).toThrow(/cannot parse/)
    })
})

describe('users, roles and the built ACLs', () => {
    test('role containment from the build: admin contains session_history_user', () => {
        rt.createUser({ user_name: 'boss', roles: ['x_tvgh_teamviewer.admin'] })
        expect(rt.hasRole('boss', 'x_tvgh_teamviewer.session_history_user')).toBe(true)
        expect(rt.hasRole('boss', 'itil')).toBe(false)
    })

    test('token table: no token for anybody, not even admin (admin_overrides false); admin sees the row only', () => {
        rt.createUser({ user_name: 'itil.user', roles: ['itil'] })
        rt.createUser({ user_name: 'root', roles: ['admin'] })
        const id = rt.insert('x_tvgh_teamviewer_token', { user: rt.createUser({ user_name: 'x' }) })
        for (const u of ['itil.user', 'root']) {
            for (const op of ['write', 'delete'] as const)
                expect([u, op, rt.can(u, op, 'x_tvgh_teamviewer_token', id)]).toEqual([u, op, false])
            for (const f of ['access_token', 'refresh_token'])
                expect([u, f, rt.can(u, 'read', 'x_tvgh_teamviewer_token', id, f)]).toEqual([u, f, false])
        }
        expect([rt.can('itil.user', 'read', 'x_tvgh_teamviewer_token', id), rt.can('root', 'read', 'x_tvgh_teamviewer_token', id)]).toEqual(
            [false, true],
        )
    })

    test('role AND script must both pass; any of several ACLs grants; field ACLs apply', () => {
        const ann = rt.createUser({ user_name: 'ann', roles: ['itil'] })
        rt.createUser({ user_name: 'ben', roles: ['itil'] })
        rt.createUser({ user_name: 'boss', roles: ['x_tvgh_teamviewer.admin'] })
        rt.createUser({ user_name: 'guest', roles: [] })
        const inc = rt.insert('incident', { short_description: 'x' })
        const c = rt.insert('x_tvgh_teamviewer_service_case', { code: 's12-345-678', task: inc, supporter: ann })
        // write: the app changes cases; by hand only admins (boss by the app-admin ACL)
        expect([
            rt.can('ann', 'write', 'x_tvgh_teamviewer_service_case', c),
            rt.can('ben', 'write', 'x_tvgh_teamviewer_service_case', c),
            rt.can('boss', 'write', 'x_tvgh_teamviewer_service_case', c),
        ]).toEqual([false, false, true])
        // supporter_link read is itil AND "supporter is me": the script alone is not enough for a non-itil supporter
        rt.update('x_tvgh_teamviewer_service_case', c, { supporter: rt.createUser({ user_name: 'nora', roles: [] }) })
        expect(rt.can('nora', 'read', 'x_tvgh_teamviewer_service_case', c, 'supporter_link')).toBe(false)
        rt.update('x_tvgh_teamviewer_service_case', c, { supporter: ann })
        // field ACL on supporter_link: the case supporter, not another supporter
        expect(rt.can('ann', 'read', 'x_tvgh_teamviewer_service_case', c, 'supporter_link')).toBe(true)
        expect(rt.can('ben', 'read', 'x_tvgh_teamviewer_service_case', c, 'supporter_link')).toBe(false)
        expect(rt.can('ben', 'read', 'x_tvgh_teamviewer_service_case', c, 'code')).toBe(true)
        expect(rt.can('guest', 'read', 'x_tvgh_teamviewer_service_case', c)).toBe(false)
    })

    test('GlideRecordSecure skips rows the user cannot read and refuses writes', () => {
        rt.createUser({ user_name: 'itil.user', roles: ['itil'] })
        const inc = rt.insert('incident', { short_description: 'x' })
        rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'on-task', task: inc })
        rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'company-only' })
        const Secure = rt.glide.GlideRecordSecure as GR
        const seen = rt.runAs('itil.user', () => {
            const gr = new Secure('x_tvgh_teamviewer_connection')
            gr.query()
            const ids: unknown[] = []
            while (gr.next()) ids.push(gr.getValue('tv_id'))
            gr.get('tv_id', 'on-task')
            gr.setValue('notes', 'edited')
            return { ids, updated: gr.update() }
        })
        expect(seen).toEqual({ ids: ['on-task'], updated: null })
        expect(rt.query('x_tvgh_teamviewer_connection', 'tv_id=on-task')[0].notes).toBe('')
    })
})

describe('execution paths', () => {
    test("the app's real job runs by name through its built glue (require of the module)", () => {
        rt.runJob('Retrieve TeamViewer connections')
        const run = rt.query('x_tvgh_teamviewer_retrieval_run')
        expect(run).toHaveLength(1)
        expect(run[0]).toMatchObject({ trigger: 'scheduled', state: 'failed', error_code: 'configuration' })
        expect(() => rt.runJob('No such job')).toThrow(/no scheduled job named/)
    })

    test('the scheduler clock fires a periodic job by its run_period, and honours a changed period', () => {
        const runs = () => rt.query('x_tvgh_teamviewer_retrieval_run').length
        rt.clock.advance(5 * 3600000)
        expect(runs()).toBe(0)
        rt.clock.advance(3600000)
        expect(runs()).toBe(1)
        const job = rt.query('sysauto_script', 'name=Retrieve TeamViewer connections')[0]
        rt.update('sysauto_script', job.sys_id, { run_period: '1970-01-01 01:00:00' })
        rt.clock.advance(3 * 3600000)
        expect(runs()).toBe(4)
        expect(rt.clock.now()).toBe(T0 + 9 * 3600000)
    })

    test('an async business rule of the build runs after the update (service case closed)', () => {
        const inc = rt.insert('incident', { short_description: 'x' })
        const c = rt.insert('x_tvgh_teamviewer_service_case', { code: 's12-345-678', task: inc })
        rt.update('x_tvgh_teamviewer_service_case', c, { description: 'not closing' })
        expect(rt.runAsync()).toBe(0) // filter stateCHANGESTOclosed did not match
        rt.update('x_tvgh_teamviewer_service_case', c, { state: 'closed' })
        expect(rt.runAsync()).toBe(1)
        expect(rt.query('x_tvgh_teamviewer_retrieval_run')[0]).toMatchObject({
            trigger: 'case_closed',
            filter: 'session_code IN s12-345-678',
        })
    })

    test('events: gs.eventQueue writes sysevent rows that processEvents consumes', () => {
        const inc = rt.insert('incident', { short_description: 'x' })
        rt.execute(`var gr = new GlideRecord('incident'); gr.get('${inc}'); gs.eventQueue('x_tvgh_teamviewer.test', gr, 'p1', 'p2');`)
        expect(rt.query('sysevent', 'state=ready').map((e) => [e.name, e.table, e.instance, e.parm1])).toEqual([
            ['x_tvgh_teamviewer.test', 'incident', inc, 'p1'],
        ])
        expect(rt.processEvents()).toBe(1)
        expect(rt.query('sysevent', 'state=ready')).toHaveLength(0)
    })

    test('unsupported APIs fail loudly', () => {
        expect(() => rt.execute('gs.getSession()')).toThrow(/not supported by the local runtime: gs.getSession/)
        expect(() => rt.execute("new sn_ws.RESTMessageV2('Named message', 'get')")).toThrow(/not supported by the local runtime/)
    })
})

describe('RESTMessageV2 performs real HTTP synchronously', () => {
    let server: ChildProcess
    let base = ''
    beforeAll(async () => {
        server = fork(path.join(__dirname, 'test-http-server.js'), [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })
        base = await new Promise<string>((resolve) =>
            server.once('message', (m) => resolve(`http://127.0.0.1:${(m as { port: number }).port}`)),
        )
    })
    afterAll(() => server.kill())

    const call = (code: string) => rt.execute(code) as Record<string, unknown>

    test('GET with query parameters, POST with body and headers, a 500, a timeout, a refused connection', () => {
        const get =
            call(`var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${base}/echo'); r.setHttpMethod('get'); r.setQueryParameter('q', 'a b&c');
            var res = r.execute(); return { status: res.getStatusCode(), body: JSON.parse(res.getBody()), type: res.getHeader('Content-Type'), err: res.haveError() };`)
        expect(get).toMatchObject({ status: 200, err: false, type: 'application/json' })
        expect(get.body).toMatchObject({ method: 'GET', url: '/echo?q=a%20b%26c' })
        const post =
            call(`var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${base}/echo'); r.setHttpMethod('post'); r.setRequestHeader('X-Test', 'yes'); r.setRequestBody('{"a":1}');
            var res = r.execute(); return { status: res.getStatusCode(), body: JSON.parse(res.getBody()) };`)
        expect(post.body).toMatchObject({ method: 'POST', body: '{"a":1}', header: 'yes' })
        const failed = call(
            `var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${base}/fail'); r.setHttpMethod('get'); var res = r.execute(); return { status: res.getStatusCode(), err: res.haveError(), body: res.getBody() };`,
        )
        expect(failed).toEqual({ status: 500, err: true, body: 'boom' })
        const slow = call(
            `var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${base}/slow'); r.setHttpMethod('get'); r.setHttpTimeout(300); var res = r.execute(); return { status: res.getStatusCode(), err: res.haveError(), msg: res.getErrorMessage() };`,
        )
        expect(slow).toMatchObject({ status: 0, err: true })
        expect(slow.msg).toMatch(/timed out/)
        const refused = call(
            `var r = new sn_ws.RESTMessageV2(); r.setEndpoint('http://127.0.0.1:9/x'); r.setHttpMethod('get'); var res = r.execute(); return { status: res.getStatusCode(), msg: res.getErrorMessage() };`,
        )
        expect(refused.status).toBe(0)
        expect(refused.msg).toMatch(/ECONNREFUSED/)
        expect(rt.stats.restCalls).toBe(5)
    })
})
