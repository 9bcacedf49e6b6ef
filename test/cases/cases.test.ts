/**
 * Issue #11 items 2, 4, 5, 7 and the server-side invitation of item 3 — service cases from task forms
 * through the REST API the form control calls. The BUILT app runs in the local runtime; TeamViewer is the
 * simulator over real HTTP; supporters sign in through the sign-in page as a browser would.
 */
import { call, result, signIn, startEnv, stopEnv, visibleText, type Env, type Json } from '../oauth/env'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const ANN = { email: 'ann@example.com', password: 'ann' }

let env: Env
let carol = ''
oneSimulatorPerFile()
beforeEach(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
    env.rt.createUser({ user_name: 'sup.ben', roles: ['itil'] })
    env.rt.createUser({ user_name: 'no.role', roles: [] })
    carol = env.rt.createUser({ user_name: 'carol', name: 'Carol Customer', email: 'carol@example.com' })
})
afterEach(() => stopEnv(env))

const errorOf = (r: { json: unknown }) => (result(r as never).error ?? {}) as Json

function newTask(table: string, fields: Json = {}): string {
    return env.rt.insert(table, {
        short_description: `Printer broken (${table})`,
        ...(table === 'incident' ? { caller_id: carol } : { opened_by: carol }),
        ...fields,
    })
}

function workNotes(taskId: string): string[] {
    return env.rt.query('sys_journal_field', `element_id=${taskId}^element=work_notes^ORDERBYsys_created_on`).map((j) => j.value)
}

async function simSession(code: string): Promise<Json> {
    return (await env.sim.control.session(code)) as Json
}

describe.each(['incident', 'problem', 'change_request'])('on a %s', (table) => {
    test('create → invite → start → close, with one work note per action and TeamViewer in step', async () => {
        await signIn(env, 'sup.ann', ANN)
        const task = newTask(table)
        const number = env.rt.query(table, `sys_id=${task}`)[0].number

        const overview = result(call(env, 'GET', `/cases/task/${task}`, 'sup.ann'))
        expect(overview).toMatchObject({
            task: { sysId: task, table, number },
            defaults: {
                endCustomerName: 'Carol Customer',
                endCustomerEmail: 'carol@example.com',
                description: number, // the task's number only: its short description is not copied (issue #19 item 2)
            },
            cases: [],
        })

        const created = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
        expect(created.status).toBe(200)
        const c = result(created)
        expect(c).toMatchObject({
            code: expect.stringMatching(/^s\d{2,3}-\d{3}-\d{3}$/),
            state: 'open',
            online: false,
            endCustomerName: 'Carol Customer',
            endCustomerEmail: 'carol@example.com',
            mine: true,
        })
        expect(c).not.toHaveProperty('supporterLink') // the supporter link is returned by start only
        const code = String(c.code)
        const s = await simSession(code)
        expect(s).toMatchObject({
            state: 'open',
            description: number,
            end_customer: { name: 'Carol Customer', email: 'carol@example.com' },
        })
        const row = env.rt.query('x_tvgh_teamviewer_service_case', `code=${code}`)[0]
        expect(row).toMatchObject({
            task,
            state: 'open',
            group_name: 'ServiceNow',
            supporter: env.rt.query('sys_user', 'user_name=sup.ann')[0].sys_id,
            supporter_tv_user_id: expect.stringMatching(/^u\d+$/),
            support_session_type: 'default',
        })

        const invite = result(call(env, 'POST', `/cases/${c.sysId}/invite`, 'sup.ann', {}))
        expect(invite).toEqual({ sentTo: 'carol@example.com' })
        env.rt.processEvents()
        const mail = env.rt.emails().find((m) => m.recipients === 'carol@example.com')!
        expect(mail.subject).toBe(`Remote support for ${number}: TeamViewer session ${code}`)
        expect(mail.body).toContain(row.end_customer_link)
        expect(mail.body).toContain(`Your session code is ${code}.`)
        expect(mail.body).not.toContain(row.supporter_link)

        const start = result(call(env, 'POST', `/cases/${c.sysId}/start`, 'sup.ann'))
        expect(start).toEqual({ code, supporterLink: row.supporter_link, webclientSupporterLink: row.webclient_supporter_link })
        expect(String(start.supporterLink)).toMatch(/^https:\/\/get\.teamviewer\.com\/v15\/s\d+-\d+$/)

        const closed = result(call(env, 'POST', `/cases/${c.sysId}/close`, 'sup.ann'))
        expect(closed).toMatchObject({ code, state: 'closed', closedAt: '2026-10-01 09:00:00' })
        expect((await simSession(code)).state).toBe('closed')
        // closing triggers the retrieval of the session's connections (async business rule)
        env.rt.runAsync()
        expect(env.rt.query('x_tvgh_teamviewer_retrieval_run', 'trigger=case_closed')).toHaveLength(1)

        expect(workNotes(task)).toEqual([
            `TeamViewer service case ${code} created for Carol Customer.`,
            `TeamViewer invitation for service case ${code} sent to carol@example.com.`,
            `TeamViewer session ${code} started by the supporter.`,
            `TeamViewer service case ${code} closed.`,
        ])
        const again = call(env, 'POST', `/cases/${c.sysId}/start`, 'sup.ann')
        expect([again.status, errorOf(again).code]).toEqual([409, 'case_not_open'])
    })
})

describe('create', () => {
    test('a second open case is refused unless asked for explicitly; edited customer fields are used', async () => {
        await signIn(env, 'sup.ann', ANN)
        const task = newTask('incident')
        const first = result(
            call(env, 'POST', `/cases/task/${task}`, 'sup.ann', { endCustomerName: 'Dave', endCustomerEmail: 'dave@example.com' }),
        )
        expect(first).toMatchObject({ endCustomerName: 'Dave', endCustomerEmail: 'dave@example.com' })
        const second = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
        expect([second.status, errorOf(second).code]).toEqual([409, 'case_exists'])
        expect(String(errorOf(second).message)).toContain(String(first.code))
        const another = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', { another: true })
        expect(another.status).toBe(200)
        expect(result(call(env, 'GET', `/cases/task/${task}`, 'sup.ann')).cases).toHaveLength(2)
    })

    test.each([
        [{ endCustomerEmail: 'not-an-email' }, /not a valid e-mail/],
        [{ endCustomerEmail: `${'a'.repeat(250)}@example.com` }, /too long \(at most 254/],
        [{ endCustomerName: 'x'.repeat(101) }, /too long \(at most 100/],
        [{ endCustomerName: 42 }, /must be text/],
    ])('input %j is refused before calling TeamViewer', async (body, message) => {
        await signIn(env, 'sup.ann', ANN)
        const task = newTask('incident')
        await env.sim.control.resetStats()
        const r = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', body)
        expect([r.status, errorOf(r).code]).toEqual([400, 'invalid_input'])
        expect(String(errorOf(r).message)).toMatch(message)
        expect((await env.sim.control.stats()).total).toBe(0)
    })

    test('storing fails after TeamViewer created the session: the session is closed again, no orphan', async () => {
        await signIn(env, 'sup.ann', ANN)
        const task = newTask('incident')
        // the database refuses the next service case (as a unique-key violation would)
        env.rt.storage.db.exec(
            `CREATE TRIGGER fail_case BEFORE INSERT ON "t_x_tvgh_teamviewer_service_case" BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: simulated'); END`,
        )
        const r = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
        expect([r.status, errorOf(r).code]).toEqual([500, 'storage_failed'])
        expect(String(errorOf(r).message)).toMatch(/created but could not be saved in ServiceNow, so it was closed again/)
        const sessions = ((await env.sim.control.call('GET', '/sessions')) as { sessions: Json[] }).sessions
        expect(sessions).toHaveLength(1)
        expect(sessions[0].state).toBe('closed')
        expect(env.rt.query('x_tvgh_teamviewer_service_case')).toHaveLength(0)
        expect(workNotes(task)).toEqual([])
    })
})

describe('TeamViewer errors reach the supporter in plain words', () => {
    const cases: [string, Json, number, string, RegExp][] = [
        ['licence limit', { kind: 'status', status: 400, error: 'invalid_request' }, 409, 'license_limit', /licen[cs]e/],
        [
            'missing permission',
            { kind: 'status', status: 403, error: 'invalid_permission' },
            502,
            'teamviewer_refused',
            /lacks the permission/,
        ],
        [
            'validation',
            { kind: 'status', status: 400, error: 'invalid_request' },
            502,
            'teamviewer_refused',
            /TeamViewer refused the request/,
        ],
        ['server error', { kind: 'status', status: 500 }, 503, 'teamviewer_unavailable', /could not be reached or had an error/],
        ['rate limit', { kind: 'status', status: 429, retryAfter: 120 }, 503, 'teamviewer_unavailable', /try again in 120 s/],
        ['no answer', { kind: 'drop' }, 503, 'teamviewer_unavailable', /could not be reached/],
    ]
    test.each(cases)('%s', async (name, fault, status, code, message) => {
        await signIn(env, 'sup.ann', ANN)
        const task = newTask('incident')
        if (name === 'licence limit') await env.sim.control.setSessionLimit(0)
        else await env.sim.control.fault({ ...fault, path: '/api/v1/sessions', method: 'POST' } as never)
        const r = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
        expect([r.status, errorOf(r).code]).toEqual([status, code])
        expect(String(errorOf(r).message)).toMatch(message)
        expect(env.rt.query('x_tvgh_teamviewer_service_case')).toHaveLength(0)
    })

    test('licence limit with a plain-text body (recorded style)', async () => {
        await signIn(env, 'sup.ann', ANN)
        const task = newTask('incident')
        await env.sim.control.setStyle('recorded')
        await env.sim.control.setSessionLimit(0)
        const r = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
        expect([r.status, errorOf(r).code]).toEqual([409, 'license_limit'])
    })

    test('not signed in, and a grant revoked at TeamViewer: "Sign in to TeamViewer again", the dead grant removed', async () => {
        const task = newTask('incident')
        const none = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
        expect([none.status, errorOf(none).code, errorOf(none).message]).toEqual([
            409,
            'sign_in_required',
            'You are not signed in to TeamViewer. Sign in to TeamViewer again.',
        ])
        await signIn(env, 'sup.ann', ANN)
        const tokens = ((await env.sim.control.call('GET', '/tokens')) as { tokens: { token: string; kind: string }[] }).tokens.filter(
            (t) => t.kind === 'oauth',
        )
        for (const t of tokens) await env.sim.control.revokeToken(t.token)
        const revoked = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
        expect([revoked.status, errorOf(revoked).code]).toEqual([409, 'sign_in_required'])
        expect(String(errorOf(revoked).message)).toMatch(/Sign in to TeamViewer again\.$/)
        expect(env.rt.query('x_tvgh_teamviewer_token')).toHaveLength(0)
        expect(JSON.stringify(revoked.json)).not.toMatch(/at |stack|Error:/)
    })

    test('an access token TeamViewer calls expired is refreshed once and the action goes through', async () => {
        await signIn(env, 'sup.ann', ANN)
        const task = newTask('incident')
        const tokens = ((await env.sim.control.call('GET', '/tokens')) as { tokens: { token: string; kind: string }[] }).tokens.filter(
            (t) => t.kind === 'oauth',
        )
        for (const t of tokens) await env.sim.control.expireToken(t.token)
        const r = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
        expect(r.status).toBe(200)
        expect(((await env.sim.control.call('GET', '/sessions')) as { sessions: Json[] }).sessions).toHaveLength(1)
    })
})

describe('who may do this', () => {
    test('a user without itil can do none of it', async () => {
        const task = newTask('incident')
        for (const [method, route] of [
            ['GET', `/cases/task/${task}`],
            ['POST', `/cases/task/${task}`],
        ]) {
            const r = call(env, method, route, 'no.role', {})
            expect([r.status, errorOf(r).code]).toEqual([403, 'not_allowed'])
        }
        expect(env.rt.query('x_tvgh_teamviewer_service_case')).toHaveLength(0)
    })

    test("an itil user who may not write the task (a rule on the task's own class) cannot create a case for it", async () => {
        await signIn(env, 'sup.ann', ANN)
        // a customer's rule on incident only: closed incidents are read-only, whatever task's rules say
        env.rt.addAcl({ name: 'incident', operation: 'write', decision: 'deny', script: "answer = current.getValue('state') != '7';" })
        const closed = newTask('incident', { state: 7 })
        const r = call(env, 'POST', `/cases/task/${closed}`, 'sup.ann', {})
        expect([r.status, errorOf(r).code]).toEqual([403, 'not_allowed'])
        expect(env.rt.query('x_tvgh_teamviewer_service_case')).toHaveLength(0)
        expect(Object.keys((await env.sim.control.stats()).byEndpoint).filter((e) => e.includes('/sessions'))).toEqual([])
    })

    test("another supporter cannot start, close or invite on someone else's case", async () => {
        await signIn(env, 'sup.ann', ANN)
        const task = newTask('incident')
        const c = result(call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {}))
        for (const action of ['start', 'close', 'invite']) {
            const r = call(env, 'POST', `/cases/${c.sysId}/${action}`, 'sup.ben', {})
            expect([action, r.status, errorOf(r).code]).toEqual([action, 403, 'not_allowed'])
        }
        expect((await simSession(String(c.code))).state).toBe('open')
    })

    test('unknown task or case, and ids that are not sys_ids', async () => {
        await signIn(env, 'sup.ann', ANN)
        expect(errorOf(call(env, 'POST', `/cases/task/${'0'.repeat(32)}`, 'sup.ann', {})).code).toBe('not_found')
        expect(errorOf(call(env, 'POST', `/cases/task/INC0010001`, 'sup.ann', {})).code).toBe('invalid_input')
        expect(errorOf(call(env, 'POST', `/cases/${'0'.repeat(32)}/start`, 'sup.ann', {})).code).toBe('not_found')
    })
})

test('no token, secret or authorization header in any response, page, work note, e-mail, log line or record', async () => {
    const page = await signIn(env, 'sup.ann', ANN)
    const task = newTask('incident')
    const responses: string[] = [page.body]
    const c = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
    const id = result(c).sysId
    responses.push(
        c.body,
        call(env, 'GET', `/cases/task/${task}`, 'sup.ann').body,
        call(env, 'POST', `/cases/${id}/invite`, 'sup.ann', {}).body,
    )
    responses.push(call(env, 'POST', `/cases/${id}/start`, 'sup.ann').body, call(env, 'POST', `/cases/${id}/close`, 'sup.ann').body)
    env.rt.processEvents()
    env.rt.runAsync()
    const secrets = ((await env.sim.control.call('GET', '/tokens')) as { tokens: { token: string }[] }).tokens.map((t) => t.token)
    const stored = env.rt.execute(
        `var gr = new GlideRecord('x_tvgh_teamviewer_token'); var out = []; gr.query(); while (gr.next()) { out.push(gr.getElement('access_token').getDecryptedValue()); out.push(gr.getElement('refresh_token').getDecryptedValue()); } return out;`,
    ) as string[]
    const text = visibleText(env, responses)
    for (const s of [...secrets, ...stored, 'sn-app-secret-value']) expect(text).not.toContain(s)
    expect(text).not.toMatch(/Bearer\s+\S|authorization:/i)
})
