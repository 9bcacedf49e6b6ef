/**
 * Issue #18 items 2 and 6 — application access as an instance applies it to the app's scripts:
 * - each platform table's own cross-scope policy (sys_db_object read/create/update/delete access), read from the
 *   platform dictionary the SDK ships, refuses what the table does not allow other scopes, privilege or not, with
 *   the platform's message (KB0727180);
 * - installed, the app runs with runtime access tracking Enforcing (KB0717945): an operation it holds no
 *   privilege for is refused with the platform's message until an admin grants one;
 * - a task class of another scope (security incidents, sn_si_incident) fails with a message naming the privilege
 *   an admin grants, and works once it is granted.
 */
import { Runtime } from '../../tools/runtime/index'

const T0 = Date.UTC(2026, 9, 1, 8, 0, 0)
type GR = new (table: string) => Record<string, (...a: unknown[]) => unknown>
const SCOPE = 'x_tvgh_teamviewer'
const refusedByPolicy = (op: string, table: string) =>
    `Security restricted: ${op} operation against '${table}' from scope '${SCOPE}' has been refused due to the table's cross-scope access policy`

let rt: Runtime
beforeEach(() => {
    rt = Runtime.load({ now: T0 })
})
afterEach(() => rt.close())

describe("a platform table's cross-scope policy (SDK platform dictionary)", () => {
    test("the app's scripts may not create, update or delete form layout records: the tables allow other scopes read only", () => {
        const GlideRecord = rt.glide.GlideRecord as GR
        const section = new GlideRecord('sys_ui_section')
        section.initialize()
        section.setValue('name', 'incident')
        section.setValue('caption', 'TeamViewer Remote Control')
        expect(() => section.insert()).toThrow(refusedByPolicy('Create', 'sys_ui_section'))
        for (const table of ['sys_ui_element', 'sys_ui_form_section', 'sys_ui_related_list', 'sys_ui_related_list_entry']) {
            const gr = new GlideRecord(table)
            gr.initialize()
            expect(() => gr.insert()).toThrow(refusedByPolicy('Create', table))
        }
        // the base incident form's sections (seeded platform data) can be read (given a privilege), not changed or
        // deleted — whatever privileges the app holds
        for (const op of ['read', 'write', 'delete'] as const) rt.grantPrivilege(op, 'sys_ui_section')
        const existing = new GlideRecord('sys_ui_section')
        existing.addQuery('name', 'incident')
        existing.query()
        expect(existing.next()).toBe(true)
        existing.setValue('caption', 'Changed')
        expect(() => existing.update()).toThrow(refusedByPolicy('Write', 'sys_ui_section'))
        expect(() => existing.deleteRecord()).toThrow(refusedByPolicy('Delete', 'sys_ui_section'))
        expect(rt.query('sys_ui_section', 'caption=Changed')).toEqual([])
    })

    test('a privilege never grants more than the table allows (docs: c_CrossScopePrivilegeRecord)', () => {
        rt.grantPrivilege('create', 'sys_ui_form_section')
        rt.grantPrivilege('delete', 'incident')
        const GlideRecord = rt.glide.GlideRecord as GR
        const link = new GlideRecord('sys_ui_form_section')
        link.initialize()
        expect(() => link.insert()).toThrow(refusedByPolicy('Create', 'sys_ui_form_section'))
        // incident allows other scopes read, create and update — not delete
        const id = rt.insert('incident', { short_description: 'x' })
        const inc = new GlideRecord('incident')
        expect(inc.get(id)).toBe(true)
        inc.setValue('short_description', 'y')
        expect(inc.update()).toBe(id)
        expect(() => inc.deleteRecord()).toThrow(refusedByPolicy('Delete', 'incident'))
        expect(rt.query('incident', `sys_id=${id}`)).toHaveLength(1)
    })

    test("the platform tables' columns are the dictionary's (type, reference, length)", () => {
        const col = (t: string, c: string) => {
            const d = rt.schema.column(t, c)
            return d && { type: d.type, reference: d.reference, maxLength: d.maxLength }
        }
        expect(col('sys_ui_section', 'caption')).toEqual({ type: 'translated_field', reference: undefined, maxLength: 40 })
        expect(col('sys_email', 'subject')).toEqual({ type: 'string', reference: undefined, maxLength: 160 })
        expect(col('task', 'watch_list')).toEqual({ type: 'glide_list', reference: 'sys_user', maxLength: 4000 })
        expect(col('sys_ui_element', 'sys_ui_formatter')).toEqual({ type: 'reference', reference: 'sys_ui_formatter', maxLength: 32 })
    })
})

describe('runtime access tracking: Enforcing once installed (KB0717945)', () => {
    test('an operation the app holds no privilege for is refused with the platform message until an admin grants it', () => {
        expect(rt.accessTracking).toBe('enforcing')
        const GlideRecord = rt.glide.GlideRecord as GR
        const groups = new GlideRecord('sys_user_group')
        expect(() => groups.query()).toThrow(
            `Security restricted: Read operation on table 'sys_user_group' from scope '${SCOPE}' was denied. The application 'TeamViewer Integration' must declare a cross scope access privilege. Please contact the application admin to update their access requests.`,
        )
        rt.grantPrivilege('read', 'sys_user_group')
        const again = new GlideRecord('sys_user_group')
        again.query()
        expect(again.next()).toBe(false)
    })

    test('a security incident (sn_si_incident, scope sn_si): a clear message naming the privilege, then it works once granted', () => {
        rt.addScopedTable({
            name: 'sn_si_incident',
            label: 'Security Incident',
            parent: 'task',
            scope: 'sn_si',
            actions: ['read', 'update', 'create'],
        })
        rt.createUser({ user_name: 'agent', roles: ['itil'] })
        const sir = rt.insert('sn_si_incident', { short_description: 'Phishing' })
        const overview = () => rt.rest('GET', `/api/x_tvgh_teamviewer/cases/task/${sir}`, { user: 'agent' })
        const refused = overview()
        expect(refused.status).toBe(403)
        const message = String((refused.json as { result: { error: { message: string } } }).result.error.message)
        expect(message).toMatch(/sn_si_incident/)
        expect(message).toMatch(/Application Cross-Scope Access/)
        expect(message).toMatch(/Read/)
        rt.grantPrivilege('read', 'sn_si_incident')
        rt.grantPrivilege('write', 'sn_si_incident')
        const granted = overview()
        expect(granted.status).toBe(200)
        expect((granted.json as { result: { task: { table: string } } }).result.task.table).toBe('sn_si_incident')
    })
})
