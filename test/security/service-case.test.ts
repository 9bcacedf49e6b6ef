/**
 * Issue #10 item 3 — nobody claims another session's history. A service case's code decides which
 * TeamViewer connections (supporter, device, customer, notes) are linked to a task and noted on it, so
 * cases are created and their code and task set only by the app's server code, never through the table.
 */
import { Runtime } from '../../tools/runtime'

const CASE = 'x_tvgh_teamviewer_service_case'
let rt: Runtime
let inc = ''
let caseId = ''

beforeEach(() => {
    rt = Runtime.load()
    const agent = rt.createUser({ user_name: 'agent', roles: ['itil'] })
    rt.createUser({ user_name: 'root', roles: ['admin'] })
    const boss = rt.createUser({ user_name: 'boss', roles: ['x_tvgh_teamviewer.admin'] })
    // a case is readable only by those who read its task (issue #19 item 2): the integration admin reads this incident as its caller
    inc = rt.insert('incident', { short_description: 'mine', opened_by: agent, caller_id: boss })
    caseId = rt.insert(CASE, { code: 's11-111-111', task: inc, supporter: agent })
})
afterEach(() => rt.close())

const secure = (user: string, code: string) => rt.runAs(user, () => rt.execute(code))

test.each(['agent', 'boss', 'root'])(
    '%s cannot insert a service case through the table (GlideRecordSecure, lists, forms, REST)',
    (user) => {
        const inserted = secure(
            user,
            `var c = new GlideRecordSecure('${CASE}'); c.initialize(); c.setValue('code', 's99-999-999'); c.setValue('task', '${inc}'); return c.insert();`,
        )
        expect(inserted).toBeNull()
        expect(rt.can(user, 'create', CASE)).toBe(false)
        expect(rt.query(CASE, 'code=s99-999-999')).toEqual([])
    },
)

test.each(['agent', 'boss', 'root'])("%s cannot change a case's code or move it to another task", (user) => {
    const other = rt.insert('incident', { short_description: 'someone else' })
    for (const [field, value] of [
        ['code', 's99-999-999'],
        ['task', other],
    ]) {
        const updated = secure(
            user,
            `var c = new GlideRecordSecure('${CASE}'); c.get('${caseId}'); c.setValue('${field}', '${value}'); return c.update();`,
        )
        expect([field, updated]).toEqual([field, null])
    }
    expect(rt.query(CASE, `sys_id=${caseId}`)[0]).toMatchObject({ code: 's11-111-111', task: inc })
})

test('a supporter cannot edit a case by hand at all (the TeamViewer control acts for them); an admin may correct other fields', () => {
    expect(
        secure('agent', `var c = new GlideRecordSecure('${CASE}'); c.get('${caseId}'); c.setValue('description', 'x'); return c.update();`),
    ).toBeNull()
    expect(
        secure(
            'boss',
            `var c = new GlideRecordSecure('${CASE}'); c.get('${caseId}'); c.setValue('description', 'fixed'); return c.update();`,
        ),
    ).toBe(caseId)
})

test('issue #19 item 2: an integration admin who cannot read the task cannot read or correct its case', () => {
    const hidden = rt.insert('incident', { short_description: 'not for boss' })
    const other = rt.insert(CASE, { code: 's22-222-222', task: hidden })
    expect(rt.can('boss', 'read', CASE, other)).toBe(false)
    expect(
        secure('boss', `var c = new GlideRecordSecure('${CASE}'); c.get('${other}'); c.setValue('description', 'x'); return c.update();`),
    ).toBeNull()
    expect(rt.can('root', 'read', CASE, other)).toBe(true)
})
