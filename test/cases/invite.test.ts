/**
 * Issue #19 item 3 — where invitations may go and how many. `invite` sends only to the service case's customer
 * address; another address is refused (nothing queued, nothing noted) until the supporter changes the case's
 * customer e-mail — an explicit action recorded in the task's work notes. A case sends at most
 * x_tvgh_teamviewer.invitations.max_per_case invitations (default 5). The HTML of what is sent is escaped.
 * The BUILT app in the local runtime, TeamViewer played by the simulator.
 */
import { call, result, signIn, startEnv, stopEnv, type Env, type Json } from '../oauth/env'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const ANN = { email: 'ann@example.com', password: 'ann' }
const HOSTILE = '<img src=x onerror=alert(1)>'

let env: Env
let task = ''
oneSimulatorPerFile()
beforeEach(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
    const carol = env.rt.createUser({ user_name: 'carol', name: HOSTILE, email: 'carol@example.com' })
    task = env.rt.insert('incident', { short_description: 'Printer broken', caller_id: carol })
    await signIn(env, 'sup.ann', ANN)
})
afterEach(() => stopEnv(env))

const errorOf = (r: { json: unknown }) => (result(r as never).error ?? {}) as Json
const notes = () => env.rt.query('sys_journal_field', `element_id=${task}^element=work_notes^ORDERBYsys_created_on`).map((j) => j.value)
const sent = () => (env.rt.processEvents(), env.rt.emails().filter((m) => String(m.subject).startsWith('Remote support')))

function newCase(): string {
    return String(result(call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})).sysId)
}

test("the caller's hostile name (the default customer name) reaches the invitation as text", () => {
    const id = newCase()
    expect(result(call(env, 'POST', `/cases/${id}/invite`, 'sup.ann', {}))).toEqual({ sentTo: 'carol@example.com' })
    const [mail] = sent()
    expect(mail.recipients).toBe('carol@example.com')
    expect(String(mail.body)).not.toContain('<img')
    expect(String(mail.body)).toContain('Hello &lt;img src=x onerror=alert(1)&gt;,')
})

test('an invitation to another address is refused: nothing sent, nothing noted', () => {
    const id = newCase()
    const before = notes()
    for (const email of ['mallory@evil.example', 'carol@example.com.evil.example']) {
        const r = call(env, 'POST', `/cases/${id}/invite`, 'sup.ann', { email })
        expect([r.status, errorOf(r).code]).toEqual([403, 'not_allowed'])
        expect(String(errorOf(r).message)).toContain("only to the service case's customer address")
    }
    expect(sent()).toEqual([])
    expect(notes()).toEqual(before)
    // the case's own address, however it is written, is fine
    expect(result(call(env, 'POST', `/cases/${id}/invite`, 'sup.ann', { email: 'Carol@Example.com' }))).toEqual({
        sentTo: 'carol@example.com',
    })
    expect(sent().map((m) => m.recipients)).toEqual(['carol@example.com'])
})

test("changing the case's customer address is explicit and recorded; invitations then go there", () => {
    const id = newCase()
    const code = env.rt.query('x_tvgh_teamviewer_service_case', `sys_id=${id}`)[0].code
    const changed = call(env, 'POST', `/cases/${id}/customer`, 'sup.ann', { email: 'carol.home@example.org' })
    expect(changed.status).toBe(200)
    expect(result(changed)).toMatchObject({ sysId: id, endCustomerEmail: 'carol.home@example.org' })
    expect(notes()).toContain(
        `Customer e-mail of TeamViewer service case ${code} changed from carol@example.com to carol.home@example.org.`,
    )
    expect(result(call(env, 'POST', `/cases/${id}/invite`, 'sup.ann', {}))).toEqual({ sentTo: 'carol.home@example.org' })
    expect(sent().map((m) => m.recipients)).toEqual(['carol.home@example.org'])
    // bad input changes nothing
    for (const email of ['not an address', '', 42]) {
        const r = call(env, 'POST', `/cases/${id}/customer`, 'sup.ann', { email })
        expect([r.status, errorOf(r).code]).toEqual([400, 'invalid_input'])
    }
    expect(env.rt.query('x_tvgh_teamviewer_service_case', `sys_id=${id}`)[0].end_customer_email).toBe('carol.home@example.org')
    // only the case's supporter may change it
    env.rt.createUser({ user_name: 'sup.ben', roles: ['itil'] })
    const other = call(env, 'POST', `/cases/${id}/customer`, 'sup.ben', { email: 'ben@example.com' })
    expect([other.status, errorOf(other).code]).toEqual([403, 'not_allowed'])
})

test('a case sends at most max_per_case invitations (default 5; the property lowers it)', () => {
    const id = newCase()
    for (let i = 0; i < 5; i++) expect(call(env, 'POST', `/cases/${id}/invite`, 'sup.ann', {}).status).toBe(200)
    const sixth = call(env, 'POST', `/cases/${id}/invite`, 'sup.ann', {})
    expect([sixth.status, errorOf(sixth).code]).toEqual([403, 'not_allowed'])
    expect(String(errorOf(sixth).message)).toContain('x_tvgh_teamviewer.invitations.max_per_case')
    expect(sent()).toHaveLength(5)
    // changing the address does not reset the count
    call(env, 'POST', `/cases/${id}/customer`, 'sup.ann', { email: 'carol.home@example.org' })
    expect(call(env, 'POST', `/cases/${id}/invite`, 'sup.ann', {}).status).toBe(403)

    env.rt.setProperty('x_tvgh_teamviewer.invitations.max_per_case', '1')
    const next = newCaseAnother()
    expect(call(env, 'POST', `/cases/${next}/invite`, 'sup.ann', {}).status).toBe(200)
    expect(call(env, 'POST', `/cases/${next}/invite`, 'sup.ann', {}).status).toBe(403)
})

function newCaseAnother(): string {
    return String(result(call(env, 'POST', `/cases/task/${task}`, 'sup.ann', { another: true })).sysId)
}
