/**
 * Issue #12 item 3: the Online Service Cases widget's server script, run from the BUILT record in the local
 * runtime as the portal runs it (rt.runWidget) — what it reads, in which order, for whom.
 */
import { Runtime } from '../../tools/runtime'

const WIDGET = 'x_tvgh_teamviewer_online_cases'
let rt: Runtime
let carol = ''
beforeEach(() => {
    rt = Runtime.load({ now: Date.UTC(2026, 9, 1, 9, 0, 0) })
    rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
    rt.createUser({ user_name: 'nobody', roles: [] })
    carol = rt.createUser({ user_name: 'carol', name: 'Carol Customer' })
})
afterEach(() => rt.close())

function newCase(code: string, fields: Record<string, unknown> = {}): { caseId: string; task: string } {
    const task = rt.insert('incident', { short_description: `printer ${code}`, caller_id: carol })
    const caseId = rt.insert('x_tvgh_teamviewer_service_case', {
        code,
        task,
        state: 'open',
        end_customer_name: `Customer ${code}`,
        ...fields,
    })
    return { caseId, task }
}

type Data = {
    cases: { code: string; online: boolean; cells: { name: string; display: string; href: string }[] }[]
    columns: { name: string; label: string }[]
    error: string
    refreshInterval: number
}

test('open cases only, customers online first, default columns with labels, task linked to its own class', () => {
    newCase('s01-000-001')
    const online = newCase('s01-000-002', { online: true })
    newCase('s01-000-003', { state: 'closed' })
    const data = rt.runWidget(WIDGET, { user: 'sup.ann' }) as unknown as Data
    expect(data.error).toBe('')
    expect(data.refreshInterval).toBe(30)
    expect(data.cases.map((c) => [c.code, c.online])).toEqual([
        ['s01-000-002', true],
        ['s01-000-001', false],
    ])
    expect(data.columns.map((c) => c.label)).toEqual([
        'Task',
        'End customer name',
        'Supporter',
        'Customer online',
        'Created',
        'Valid until',
    ])
    const number = rt.query('incident', `sys_id=${online.task}`)[0].number
    expect(data.cases[0].cells[0]).toEqual({ name: 'task', display: number, href: `/incident.do?sys_id=${online.task}` })
    expect(data.cases[0].cells[3].display).toBe('Online')
})

test('the fields option picks the columns (unknown names ignored); refresh_interval is passed to the client', () => {
    newCase('s01-000-004')
    const data = rt.runWidget(WIDGET, {
        user: 'sup.ann',
        options: { fields: 'code,no_such_field,end_customer_name', refresh_interval: 7 },
    }) as unknown as Data
    expect(data.columns.map((c) => c.name)).toEqual(['code', 'end_customer_name'])
    expect(data.cases[0].cells.map((c) => c.display)).toEqual(['s01-000-004', 'Customer s01-000-004'])
    expect(data.refreshInterval).toBe(7)
})

test('empty list; a user without access gets a plain-words error and no rows', () => {
    expect((rt.runWidget(WIDGET, { user: 'sup.ann' }) as unknown as Data).cases).toEqual([])
    newCase('s01-000-005')
    const data = rt.runWidget(WIDGET, { user: 'nobody' }) as unknown as Data
    expect(data.cases).toEqual([])
    expect(data.error).toMatch(/do not have access/)
})

test('values are handed over as data (the template escapes them): a hostile name arrives unchanged', () => {
    newCase('s01-000-006', { end_customer_name: '<img src=x onerror=alert(1)>' })
    const data = rt.runWidget(WIDGET, { user: 'sup.ann' }) as unknown as Data
    expect(data.cases[0].cells[1].display).toBe('<img src=x onerror=alert(1)>')
})
