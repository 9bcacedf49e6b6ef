/**
 * Issue #8 — the runtime is as strict as an instance: admin and elevated roles, the base instance's ACLs on
 * the platform tables the app touches, application (cross-scope) access, and smaller platform semantics.
 * Each test names the documented behaviour it holds the runtime to.
 */
import { Runtime } from '../../tools/runtime/index'

const T0 = Date.UTC(2026, 9, 1, 8, 0, 0)
type GR = new (table: string) => Record<string, (...a: unknown[]) => unknown>

let rt: Runtime
beforeEach(() => {
    rt = Runtime.load({ now: T0 })
})
afterEach(() => rt.close())

const TOKEN = 'x_tvgh_teamviewer_token'
const CONN = 'x_tvgh_teamviewer_connection'
const CASE = 'x_tvgh_teamviewer_service_case'

describe('admin and elevated roles (platform: admin holds every role but elevated-privilege ones)', () => {
    test('gs.hasRole is true for admin for any ordinary role, false for the elevated token_acl', () => {
        rt.createUser({ user_name: 'root', roles: ['admin'] })
        const roles = rt.runAs('root', () =>
            rt.execute(
                "return [gs.hasRole('itil'), gs.hasRole('x_tvgh_teamviewer.session_history_user'), gs.hasRole('anything_at_all'), gs.hasRole('x_tvgh_teamviewer.token_acl')]",
            ),
        )
        expect(roles).toEqual([true, true, true, false])
    })

    test('admin passes the role part of an ACL whose admin_overrides is off, but not its script', () => {
        rt.createUser({ user_name: 'root', roles: ['admin'] })
        rt.addAcl({
            name: 'incident',
            operation: 'write',
            decision: 'deny',
            roles: ['itil'],
            adminOverrides: false,
            script: "answer = current.getValue('state') != '7';",
        })
        const open = rt.insert('incident', { short_description: 'open', state: '1' })
        const closed = rt.insert('incident', { short_description: 'closed', state: '7' })
        expect([rt.can('root', 'write', 'incident', open), rt.can('root', 'write', 'incident', closed)]).toEqual([true, false])
    })
})

describe('the token table: no token through any user-facing path, admins included; server code still works', () => {
    let tokenId = ''
    beforeEach(() => {
        const owner = rt.createUser({ user_name: 'owner', roles: ['itil'] })
        rt.createUser({ user_name: 'root', roles: ['admin'] })
        rt.createUser({ user_name: 'boss', roles: ['x_tvgh_teamviewer.admin'] })
        // even a user someone granted the role by mistake is refused (the ACL scripts refuse everyone)
        rt.createUser({ user_name: 'mistake', roles: ['x_tvgh_teamviewer.token_acl', 'admin'] })
        tokenId = rt.runAs('root', () =>
            rt.execute(
                `var t = new GlideRecord('${TOKEN}'); t.initialize(); t.setValue('user', '${owner}'); t.setValue('account_name', 'Owner TV'); t.setValue('access_token', 'at-secret-1'); t.setValue('refresh_token', 'rt-secret-1'); return t.insert();`,
            ),
        ) as string
    })

    test.each(['owner', 'root', 'boss', 'mistake'])(
        '%s can neither create, write nor delete a grant, nor read its tokens (ACLs: lists, forms, REST)',
        (user) => {
            for (const op of ['create', 'write', 'delete'] as const) expect([op, rt.can(user, op, TOKEN, tokenId)]).toEqual([op, false])
            for (const field of ['access_token', 'refresh_token'])
                for (const op of ['read', 'write'] as const)
                    expect([field, op, rt.can(user, op, TOKEN, tokenId, field)]).toEqual([field, op, false])
        },
    )

    test('app admins (and admin) see who is signed in — user, account, dates; a supporter sees no grant, not even their own', () => {
        expect(['owner', 'root', 'boss', 'mistake'].map((u) => rt.can(u, 'read', TOKEN, tokenId))).toEqual([false, true, true, true])
        for (const field of ['user', 'account_name', 'account_email', 'signed_in', 'expires_at'])
            expect([field, rt.can('boss', 'read', TOKEN, tokenId, field)]).toEqual([field, true])
    })

    test('GlideRecordSecure as admin finds the row with its tokens NULL (docs: unreadable elements are NULL in memory); no insert, update or delete', () => {
        const seen = rt.runAs('root', () =>
            rt.execute(`
                var q = new GlideRecordSecure('${TOKEN}'); q.query(); var rows = q.getRowCount(); q.next();
                var values = [q.getValue('account_name'), q.getValue('access_token'), q.getValue('refresh_token'), q.access_token.canRead()];
                var n = new GlideRecordSecure('${TOKEN}'); n.initialize(); n.setValue('access_token', 'x'); var inserted = n.insert();
                var g = new GlideRecordSecure('${TOKEN}'); g.get('${tokenId}'); g.setValue('account_name', 'changed'); var updated = g.update();
                var d = new GlideRecordSecure('${TOKEN}'); d.get('${tokenId}'); var deleted = d.deleteRecord();
                return [rows, values, inserted, updated, deleted];`),
        )
        expect(seen).toEqual([1, ['Owner TV', null, null, false], null, null, false])
        expect(rt.query(TOKEN)).toHaveLength(1)
        expect(rt.query(TOKEN)[0].account_name).toBe('Owner TV')
    })

    test('GlideRecordSecure as a supporter sees no grant', () => {
        const rows = rt.runAs('owner', () => rt.execute(`var q = new GlideRecordSecure('${TOKEN}'); q.query(); return q.getRowCount();`))
        expect(rows).toBe(0)
    })

    test('the app reads the token with a plain GlideRecord; it is encrypted at rest', () => {
        const clear = rt.execute(`var t = new GlideRecord('${TOKEN}'); t.get('${tokenId}'); return t.access_token.getDecryptedValue();`)
        expect(clear).toBe('at-secret-1')
        const raw = rt.storage.select(`SELECT access_token FROM "t_${TOKEN}"`, [])[0].access_token
        expect(String(raw)).not.toContain('at-secret-1')
    })
})

describe('base-instance ACLs on the platform tables the app touches', () => {
    let caller = ''
    let inc = ''
    let other = ''
    beforeEach(() => {
        caller = rt.createUser({ user_name: 'caller', roles: [] })
        rt.createUser({ user_name: 'agent', roles: ['itil'] })
        rt.createUser({ user_name: 'nobody', roles: [] })
        inc = rt.insert('incident', { short_description: 'printer', caller_id: caller })
        other = rt.insert('incident', { short_description: 'someone else' })
    })

    test('itil reads and writes every incident; a caller reads only their own; a user with no role none', () => {
        expect([
            rt.can('agent', 'read', 'incident', inc),
            rt.can('agent', 'write', 'incident', other),
            rt.can('agent', 'delete', 'incident', inc),
        ]).toEqual([true, true, false])
        expect([
            rt.can('caller', 'read', 'incident', inc),
            rt.can('caller', 'read', 'incident', other),
            rt.can('caller', 'write', 'incident', inc),
        ]).toEqual([true, false, false])
        expect([rt.can('nobody', 'read', 'incident', inc), rt.can('nobody', 'read', 'incident', other)]).toEqual([false, false])
    })

    test('canRead() on a task opened on its own class, and GlideRecordSecure, follow them', () => {
        const seen = rt.runAs('caller', () =>
            rt.execute(
                "var gr = new GlideRecordSecure('incident'); gr.query(); var n = []; while (gr.next()) n.push(gr.getValue('short_description')); return n;",
            ),
        )
        expect(seen).toEqual(['printer'])
    })

    test('every signed-in user reads user records; only admins create them; a table with no rule is admin-only', () => {
        expect([
            rt.can('nobody', 'read', 'sys_user', caller),
            rt.can('nobody', 'write', 'sys_user', caller),
            rt.can('caller', 'write', 'sys_user', caller),
            rt.can('agent', 'create', 'sys_user'),
        ]).toEqual([true, false, true, false])
        expect(rt.can('agent', 'read', 'sys_journal_field')).toBe(false)
    })
})

describe("connection visibility per task (connection read ACL + the task's own class rules)", () => {
    let inc = ''
    let secret = ''
    beforeEach(() => {
        const caller = rt.createUser({ user_name: 'caller', roles: [] })
        rt.createUser({ user_name: 'agent', roles: ['itil'] })
        rt.createUser({ user_name: 'historian', roles: ['x_tvgh_teamviewer.session_history_user'] })
        rt.createUser({ user_name: 'nobody', roles: [] })
        inc = rt.insert('incident', { short_description: 'printer', caller_id: caller })
        secret = rt.insert('incident', { short_description: 'board matter', category: 'security' })
        rt.insert(CONN, { tv_id: 'c-inc', task: inc })
        rt.insert(CONN, { tv_id: 'c-secret', task: secret })
        rt.insert(CONN, { tv_id: 'c-none' })
    })

    const visible = (user: string) =>
        rt.runAs(user, () =>
            rt.execute(
                `var gr = new GlideRecordSecure('${CONN}'); gr.orderBy('tv_id'); gr.query(); var ids = []; while (gr.next()) ids.push(gr.getValue('tv_id')); return ids;`,
            ),
        )

    test('itil: connections of tasks it can read; session-history user: all; the caller and a no-role user: none', () => {
        expect(visible('agent')).toEqual(['c-inc', 'c-secret'])
        expect(visible('historian')).toEqual(['c-inc', 'c-none', 'c-secret'])
        expect(visible('caller')).toEqual([])
        expect(visible('nobody')).toEqual([])
    })

    test("a customer's read restriction on incident (not on task) hides that incident's connections from itil", () => {
        // a Deny-Unless rule on the child class only: a check through the `task` parent would not see it
        rt.addAcl({
            name: 'incident',
            operation: 'read',
            decision: 'deny',
            script: "answer = current.getValue('category') != 'security' || gs.hasRole('security_reader');",
        })
        expect(rt.can('agent', 'read', 'incident', secret)).toBe(false)
        expect(visible('agent')).toEqual(['c-inc'])
        rt.createUser({ user_name: 'cleared', roles: ['itil', 'security_reader'] })
        expect(visible('cleared')).toEqual(['c-inc', 'c-secret'])
    })
})

describe('application access: cross-scope operations need a shipped privilege', () => {
    test("the app's code may not touch a platform table the build grants nothing on", () => {
        const GlideRecord = rt.glide.GlideRecord as GR
        const groups = new GlideRecord('sys_user_group')
        expect(() => groups.query()).toThrow(/Read operation on table 'sys_user_group' from scope 'x_tvgh_teamviewer' was denied/)
        const inc = new GlideRecord('incident')
        inc.initialize()
        expect(() => inc.insert()).toThrow(/Create operation on table 'incident' from scope 'x_tvgh_teamviewer' was denied/)
    })

    test('granted operations run; global-scope scripts and the platform itself are not restricted', () => {
        rt.createUser({ user_name: 'someone' })
        const id = rt.insert('incident', { short_description: 'x' })
        const GlideRecord = rt.glide.GlideRecord as GR
        const task = new GlideRecord('task')
        expect(task.get(id)).toBe(true)
        task.setValue('work_notes', 'a note')
        expect(task.update()).toBe(id)
        expect(rt.execute("var u = new GlideRecord('sys_user'); u.query(); return u.getRowCount();")).toBeGreaterThan(0)
        expect([...rt.crossScopeOperations].sort()).toEqual(['read task', 'write task'])
    })
})

describe('smaller platform semantics', () => {
    test('string queries are case-insensitive (and IN, and unique indexes)', () => {
        rt.insert(CASE, { code: 's12-345-678', task: rt.insert('incident', { short_description: 'x' }) })
        expect(rt.query(CASE, 'code=S12-345-678')).toHaveLength(1)
        expect(rt.query(CASE, 'codeINS12-345-678,s99-999-999')).toHaveLength(1)
        expect(rt.query('incident', 'short_description=X')).toHaveLength(1)
        expect(() => rt.insert(CASE, { code: 'S12-345-678' })).toThrow(/insert into .* failed/)
    })

    test('isValidRecord() is false after the last next()', () => {
        rt.insert('incident', { short_description: 'only' })
        expect(
            rt.execute(
                "var gr = new GlideRecord('incident'); gr.query(); var inside = gr.next() && gr.isValidRecord(); var more = gr.next(); return [inside, more, gr.isValidRecord(), gr.getValue('short_description')];",
            ),
        ).toEqual([true, false, false, null])
    })

    test('an ACL script answers by `answer` or by its last expression', () => {
        rt.createUser({ user_name: 'agent', roles: ['itil'] })
        const a = rt.insert('incident', { short_description: 'a', state: '1' })
        const b = rt.insert('incident', { short_description: 'b', state: '2' })
        rt.addAcl({ name: 'incident', operation: 'delete', roles: ['itil'], script: "current.getValue('state') == '1'" })
        expect([rt.can('agent', 'delete', 'incident', a), rt.can('agent', 'delete', 'incident', b)]).toEqual([true, false])
    })

    test("a script with a feature the instance refuses is refused at load, with the checker's message", () => {
        expect(() => rt.execute('try { x() } catch { }')).toThrow(
            /script:1:13: optional catch binding \(catch without a parameter\) — Disallowed/,
        )
        expect(() => rt.execute('class E extends Error {}')).toThrow(/subclassing the built-in Error/)
    })
})
