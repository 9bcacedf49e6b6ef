/**
 * Issue #22 item 4 — abandoned cases through the REST routes the control calls: the BUILT app in the local
 * runtime, TeamViewer played by the simulator over real HTTP, supporters signed in through its sign-in page.
 * Another supporter of the task sees whose case it is and asks for it (work note), creates another; an app
 * admin reassigns the case (the session moves at TeamViewer under the owner's grant) or closes it (at
 * TeamViewer with the owner's grant, here only when that grant is gone); refused calls change nothing.
 */
import { call, result, signIn, startEnv, stopEnv, type Env, type Json } from '../oauth/env'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const CASES = 'x_tvgh_teamviewer_service_case'

let env: Env
let task = ''
let ben = ''
oneSimulatorPerFile()
beforeEach(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', email: 'ann.support@example.com', roles: ['itil'] })
    ben = env.rt.createUser({ user_name: 'sup.ben', name: 'Ben Support', roles: ['itil'] })
    env.rt.createUser({ user_name: 'tv.admin', name: 'Tina Admin', roles: ['itil', 'x_tvgh_teamviewer.admin'] })
    const carol = env.rt.createUser({ user_name: 'carol', name: 'Carol Customer', email: 'carol@example.com' })
    task = env.rt.insert('incident', { short_description: 'Printer broken', caller_id: carol })
    await signIn(env, 'sup.ann', { email: 'ann@example.com', password: 'ann' })
    await signIn(env, 'sup.ben', { email: 'ben@example.com', password: 'ben' })
})
afterEach(() => stopEnv(env))

const errorOf = (r: { json: unknown }) => (result(r as never).error ?? {}) as Json
const workNotes = () =>
    env.rt.query('sys_journal_field', `element_id=${task}^element=work_notes^ORDERBYsys_created_on`).map((j) => String(j.value))
const caseRow = (sysId: unknown) => env.rt.query(CASES, `sys_id=${String(sysId)}`)[0]
const tvUserOf = (user: string) => env.rt.query('x_tvgh_teamviewer_token', `user=${user}`)[0]?.tv_user_id
const caseTask = () => String(env.rt.query('incident', `sys_id=${task}`)[0].number)
const simSession = async (code: unknown) => (await env.sim.control.session(String(code))) as Json

function annsCase(): Json {
    return result(call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {}))
}

test('another supporter of the task: sees whose case it is, may not use it, asks for it (work note), creates another', async () => {
    const c = annsCase()
    const seen = (result(call(env, 'GET', `/cases/task/${task}`, 'sup.ben')).cases as Json[])[0]
    expect(seen).toMatchObject({ sysId: c.sysId, mine: false, ownerName: 'Ann Support', canAsk: true, canReassign: false, canClose: false })
    for (const action of ['start', 'close', 'invite']) {
        const r = call(env, 'POST', `/cases/${c.sysId}/${action}`, 'sup.ben', {})
        expect([action, r.status, errorOf(r).message]).toEqual([
            action,
            403,
            expect.stringMatching(new RegExp(`^Service case ${c.code} belongs to Ann Support[.:] `)),
        ])
    }
    const notesBefore = workNotes()
    const asked = call(env, 'POST', `/cases/${c.sysId}/ask`, 'sup.ben', {})
    expect([asked.status, result(asked)]).toEqual([200, { ownerName: 'Ann Support' }])
    // Ann is e-mailed: the notification "TeamViewer service case asked for", the asker's name escaped by its mail script
    env.rt.processEvents()
    const mails = env.rt.query('sys_email', `recipients=ann.support@example.com`)
    expect(mails.map((m) => m.subject)).toEqual([`Asked for: TeamViewer service case ${c.code} (${caseTask()})`])
    expect(mails[0].body).toContain(`Ben Support asks for your TeamViewer service case ${c.code} of ${caseTask()}.`)
    expect(workNotes().slice(notesBefore.length)).toEqual([
        `Ben Support asks for TeamViewer service case ${c.code} of Ann Support: Ann Support, please hand it over (Reassign in the TeamViewer control) or close it.`,
    ])
    // not the candidates, not a reassign: Ben is neither the owner nor an admin
    for (const [method, route] of [
        ['GET', `/cases/${c.sysId}/candidates`],
        ['POST', `/cases/${c.sysId}/reassign`],
    ]) {
        const r = call(env, method, route, 'sup.ben', method === 'POST' ? { to: ben } : undefined)
        expect([route, r.status, errorOf(r).code]).toEqual([route, 403, 'not_allowed'])
    }
    expect(caseRow(c.sysId).supporter).not.toBe(ben)
    const another = call(env, 'POST', `/cases/task/${task}`, 'sup.ben', { another: true })
    expect([another.status, result(another).mine, result(another).ownerName]).toEqual([200, true, 'Ben Support'])
    expect((await simSession(c.code)).state).toBe('open')
})

test("an admin reassigns the case: the session moves to the new supporter's TeamViewer account, who can then close it", async () => {
    const c = annsCase()
    const admin = (result(call(env, 'GET', `/cases/task/${task}`, 'tv.admin')).cases as Json[])[0]
    expect(admin).toMatchObject({ mine: false, ownerName: 'Ann Support', canReassign: true, canClose: true })
    const candidates = result(call(env, 'GET', `/cases/${c.sysId}/candidates`, 'tv.admin'))
    expect(candidates).toEqual([{ sysId: ben, name: 'Ben Support' }]) // signed in, not the owner
    const r = call(env, 'POST', `/cases/${c.sysId}/reassign`, 'tv.admin', { to: ben })
    expect([r.status, result(r).ownerName, result(r).mine]).toEqual([200, 'Ben Support', false])
    expect(caseRow(c.sysId)).toMatchObject({ supporter: ben, supporter_tv_user_id: tvUserOf(ben) })
    expect((await simSession(c.code)).assigned_userid).toBe(tvUserOf(ben))
    expect(workNotes()).toContain(`TeamViewer service case ${c.code} reassigned from Ann Support to Ben Support by Tina Admin.`)
    // the case is Ben's now: he starts and closes it with his own TeamViewer sign-in
    expect(call(env, 'POST', `/cases/${c.sysId}/start`, 'sup.ben', {}).status).toBe(200)
    expect(call(env, 'POST', `/cases/${c.sysId}/close`, 'sup.ben', {}).status).toBe(200)
    expect((await simSession(c.code)).state).toMatch(/closed/i)
    // and no longer Ann's
    expect(errorOf(call(env, 'POST', `/cases/${c.sysId}/start`, 'sup.ann', {})).code).toBe('not_allowed')
})

test('bad reassign input changes nothing, here or at TeamViewer', async () => {
    const c = annsCase()
    const ann = String(caseRow(c.sysId).supporter)
    const nobody = env.rt.createUser({ user_name: 'no.tv', name: 'Not Signed In', roles: ['itil'] })
    for (const [to, code] of [
        [undefined, 'invalid_input'],
        ['ben', 'invalid_input'],
        [ann, 'invalid_input'],
        ['0'.repeat(32), 'invalid_input'],
        [nobody, 'invalid_input'],
    ] as const) {
        const r = call(env, 'POST', `/cases/${c.sysId}/reassign`, 'tv.admin', { to })
        expect([to, r.status, errorOf(r).code]).toEqual([to, 400, code])
    }
    expect(caseRow(c.sysId).supporter).toBe(ann)
    expect((await simSession(c.code)).assigned_userid).toBe(tvUserOf(ann))
    expect(workNotes().filter((n) => /reassigned/.test(n))).toEqual([])
})

test("the owner's TeamViewer sign-in is gone: reassign is refused; the admin closes the case here only, with a note", async () => {
    const c = annsCase()
    expect(call(env, 'POST', '/oauth/disconnect', 'sup.ann', {}).status).toBe(200)
    const r = call(env, 'POST', `/cases/${c.sysId}/reassign`, 'tv.admin', { to: ben })
    expect([r.status, errorOf(r).code]).toEqual([409, 'owner_signed_out'])
    expect(errorOf(r).message).toMatch(/Close the case \(it is closed here only\) and let Ben Support create another service case/)
    expect(caseRow(c.sysId).supporter).not.toBe(ben)

    const closed = call(env, 'POST', `/cases/${c.sysId}/close`, 'tv.admin', {})
    expect([closed.status, result(closed).state]).toEqual([200, 'closed'])
    expect((await simSession(c.code)).state).toMatch(/open/i)
    expect(workNotes()).toContain(
        `TeamViewer service case ${c.code} of Ann Support closed here only by Tina Admin: Ann Support has no usable TeamViewer sign-in, so the session stays open at TeamViewer until Ann Support or a TeamViewer company admin closes it.`,
    )
})

test("an admin closes another supporter's case at TeamViewer with the owner's grant; a supporter may not", async () => {
    const c = annsCase()
    expect(errorOf(call(env, 'POST', `/cases/${c.sysId}/close`, 'sup.ben', {})).code).toBe('not_allowed')
    expect(caseRow(c.sysId).state).toBe('open')
    const closed = call(env, 'POST', `/cases/${c.sysId}/close`, 'tv.admin', {})
    expect([closed.status, result(closed).state]).toEqual([200, 'closed'])
    expect((await simSession(c.code)).state).toMatch(/closed/i)
    expect(workNotes()).toContain(
        `TeamViewer service case ${c.code} of Ann Support closed by Tina Admin (at TeamViewer with Ann Support's sign-in).`,
    )
})
