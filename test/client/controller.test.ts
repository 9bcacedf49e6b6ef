/**
 * The Supporter Control's state machine (src/client/form-control/controller.ts) with plain fakes: every
 * screen, every action, the 30 s online refresh while a case is open (and only then), sign-in through the
 * popup, errors in plain words.
 */
import { apiError } from '../../src/client/form-control/api'
import {
    createController,
    formProblem,
    POLL_MS,
    POPUP_CHECK_MS,
    REPORT_REFRESH_MS,
    REPORT_REFRESHES,
    safeLink,
    screenFor,
} from '../../src/client/form-control/controller'
import { aCase, fakeEnv, overview, settle, TASK } from './fakes'

describe('screenFor', () => {
    test.each([
        ['not signed in, no case', false, [], 'signedOut'],
        ['signed in, no case', true, [], 'noCase'],
        ['signed in, an open case', true, [aCase()], 'openCase'],
        ['not signed in, an open case (its state stays visible)', false, [aCase()], 'openCase'],
        ['signed in, only closed cases', true, [aCase({ state: 'closed', closedAt: '2026-11-26 09:00:00' })], 'closedCase'],
        ['signed in, an expired case', true, [aCase({ state: 'expired' })], 'closedCase'],
    ])('%s', (_name, signedIn, cases, kind) => {
        expect(screenFor({ signedIn }, overview(cases)).kind).toBe(kind)
    })

    test("the supporter's own open case first, then the latest closed one", () => {
        const other = aCase({ sysId: 'd'.repeat(32), mine: false, code: 'other' })
        const mine = aCase({ code: 'mine' })
        expect(screenFor({ signedIn: true }, overview([other, mine]))).toMatchObject({ kind: 'openCase', case: { code: 'mine' } })
        const older = aCase({ state: 'closed', code: 'older', closedAt: '2026-11-01 09:00:00' })
        const newer = aCase({ state: 'closed', code: 'newer', closedAt: '2026-11-20 09:00:00' })
        expect(screenFor({ signedIn: true }, overview([newer, older]))).toMatchObject({ kind: 'closedCase', case: { code: 'newer' } })
    })

    test('the create form is prefilled with the end customer from the task', () => {
        expect(screenFor({ signedIn: true }, overview([]))).toEqual({
            kind: 'noCase',
            another: false,
            form: { endCustomerName: 'Carol Caller', endCustomerEmail: 'carol@example.com', description: 'INC0010001: Printer is on fire' },
        })
    })
})

test.each([
    [{ endCustomerName: 'x'.repeat(101), endCustomerEmail: '' }, "The customer's name is too long (at most 100 characters)."],
    [{ endCustomerName: 'Carol', endCustomerEmail: 'carol' }, '"carol" is not an e-mail address. Correct it or leave it empty.'],
    [
        { endCustomerName: 'Carol', endCustomerEmail: `${'x'.repeat(250)}@example.com` },
        "The customer's e-mail address is too long (at most 254 characters).",
    ],
    [{ endCustomerName: '', endCustomerEmail: '' }, null],
    [
        { endCustomerName: '', endCustomerEmail: '', description: 'x'.repeat(1001) },
        'The description is too long (at most 1000 characters).',
    ],
    [{ endCustomerName: 'Carol', endCustomerEmail: ' carol@example.com ' }, null],
    // the server's rule: no recipient-list separators, quotes or angle brackets
    [
        { endCustomerName: 'Carol', endCustomerEmail: 'carol,ann@example.com' },
        '"carol,ann@example.com" is not an e-mail address. Correct it or leave it empty.',
    ],
])('formProblem %#', (form, problem) => {
    expect(formProblem({ description: '', ...form })).toBe(problem)
})

test('safeLink only lets https links through', () => {
    expect(safeLink('https://start.teamviewer.com/x')).toBe('https://start.teamviewer.com/x')
    expect(safeLink('javascript:alert(1)')).toBeNull()
    expect(safeLink('http://start.teamviewer.com/x')).toBeNull()
    expect(safeLink('http://127.0.0.1:4567/oauth2/authorize')).toBe('http://127.0.0.1:4567/oauth2/authorize')
    expect(safeLink('http://127.0.0.1.evil.example/x')).toBeNull()
    expect(safeLink(null)).toBeNull()
})

describe('the control', () => {
    test('not signed in: Sign in opens the authorize URL in a popup; the callback message reloads the state', async () => {
        const env = fakeEnv()
        env.api.signedIn = false
        const c = createController(env, TASK)
        await c.load()
        expect(c.state().screen).toMatchObject({ kind: 'signedOut', waiting: false })
        await c.signIn()
        expect(env.opened).toEqual(['https://login.teamviewer.com/oauth2/authorize?state=x'])
        expect(c.state()).toMatchObject({
            screen: { kind: 'signedOut', waiting: true },
            status: 'Sign in to TeamViewer in the window that opened.',
        })
        env.api.signedIn = true
        env.signInMessage(true)
        await settle()
        expect(c.state().screen.kind).toBe('noCase')
        expect(c.state().account).toBe('Sam Supporter')
        // the popup watch stopped with it
        expect([...env.timers.values()].filter((t) => t.ms === POPUP_CHECK_MS)).toEqual([])
    })

    test('a popup closed without the message (cancelled) also reloads the state', async () => {
        const env = fakeEnv()
        env.api.signedIn = false
        const c = createController(env, TASK)
        await c.load()
        await c.signIn()
        env.tick(POPUP_CHECK_MS)
        await settle()
        expect(env.api.calls.filter((x) => x === 'signInStatus')).toHaveLength(1)
        env.popups[0].closed = true
        env.tick(POPUP_CHECK_MS)
        await settle()
        expect(env.api.calls.filter((x) => x === 'signInStatus')).toHaveLength(2)
        expect(c.state().screen).toMatchObject({ kind: 'signedOut', waiting: false })
    })

    test('a blocked popup says so in plain words', async () => {
        const env = fakeEnv()
        env.api.signedIn = false
        env.blockPopups = true
        const c = createController(env, TASK)
        await c.load()
        await c.signIn()
        expect(c.state().error).toBe('The sign-in window could not be opened. Allow pop-ups for this site and try again.')
    })

    test('no case: the edited customer is sent; the open case is shown', async () => {
        const env = fakeEnv()
        const c = createController(env, TASK)
        await c.load()
        c.editForm('endCustomerName', '  Dana Doe ')
        c.editForm('endCustomerEmail', 'dana@example.com')
        c.editForm('description', ' Printer on fire, second floor ')
        await c.create()
        expect(env.api.calls).toContain(
            `createCase ${TASK} {"endCustomerName":"Dana Doe","endCustomerEmail":"dana@example.com","description":"Printer on fire, second floor"}`,
        )
        expect(c.state()).toMatchObject({
            screen: { kind: 'openCase', case: { endCustomerName: 'Dana Doe' } },
            status: 'Service case s12-345-678 created.',
            error: null,
        })
    })

    test('an invalid e-mail is refused before any call', async () => {
        const env = fakeEnv()
        const c = createController(env, TASK)
        await c.load()
        c.editForm('endCustomerEmail', 'not-an-address')
        await c.create()
        expect(env.api.calls.some((x) => x.startsWith('createCase'))).toBe(false)
        expect(c.state().error).toBe('"not-an-address" is not an e-mail address. Correct it or leave it empty.')
    })

    test('an API refusal is shown inline in its own words, and the form stays', async () => {
        const env = fakeEnv()
        env.api.fail.createCase = apiError('license_limit', 409, 'Your TeamViewer licence allows no more open sessions.')
        const c = createController(env, TASK)
        await c.load()
        await c.create()
        expect(c.state()).toMatchObject({
            screen: { kind: 'noCase' },
            error: 'Your TeamViewer licence allows no more open sessions.',
            busy: false,
        })
    })

    test('a grant TeamViewer no longer accepts goes back to Sign in', async () => {
        const env = fakeEnv()
        const c = createController(env, TASK)
        await c.load()
        env.api.signedIn = false
        env.api.fail.createCase = apiError(
            'sign_in_required',
            409,
            'TeamViewer no longer accepts your sign-in. Sign in to TeamViewer again.',
        )
        await c.create()
        expect(c.state()).toMatchObject({ screen: { kind: 'signedOut' }, error: 'Sign in to TeamViewer again.' })
    })

    test('open case: Start opens the supporter link; Share opens the e-mail client, or mails through the API without one', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        await c.start()
        expect(env.opened).toEqual(['https://start.teamviewer.com/s12345678'])
        expect(c.state()).toMatchObject({
            screen: { kind: 'openCase', links: { supporterLink: 'https://start.teamviewer.com/s12345678' } },
            status: 'TeamViewer is starting the session.',
        })
        await c.share()
        expect(env.emailClients).toEqual(['c'.repeat(32)])
        expect(env.api.calls.some((x) => x.startsWith('inviteCase'))).toBe(false)
        env.emailClientAvailable = false
        await c.share()
        expect(env.api.calls).toContain(`inviteCase ${'c'.repeat(32)}`)
        expect(c.state().status).toBe('Invitation sent to carol@example.com.')
    })

    test('Start with blocked pop-ups offers the link instead', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        env.blockPopups = true
        const c = createController(env, TASK)
        await c.load()
        await c.start()
        expect(c.state().status).toBe('Open the session with the link below.')
    })

    test('Close shows the closed case; Create another opens the form again (prefilled)', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        await c.close()
        expect(c.state()).toMatchObject({
            screen: { kind: 'closedCase', case: { state: 'closed' } },
            status: 'Service case s12-345-678 closed.',
        })
        c.createAnother()
        await settle()
        expect(c.state().screen).toMatchObject({ kind: 'noCase', another: false, form: { endCustomerName: 'Carol Caller' } })
    })

    test('the online indicator is refreshed every 30 s from the case record while a case is open, and only then', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        const polls = () => [...env.timers.values()].filter((t) => t.ms === POLL_MS).length
        expect(polls()).toBe(1)
        env.api.cases[0].online = true
        env.api.cases[0].onlineSince = '2026-11-26 10:05:00'
        env.tick(POLL_MS)
        await settle()
        expect(c.state()).toMatchObject({ screen: { kind: 'openCase', case: { online: true } }, status: 'The customer is online.' })
        // closed elsewhere (another tab, the poll at valid-until): the control follows, and stops polling
        env.api.cases[0].state = 'expired'
        env.tick(POLL_MS)
        await settle()
        expect(c.state().screen.kind).toBe('closedCase')
        expect(polls()).toBe(0)
        // reads only the app's GET route: never TeamViewer, never a write
        expect(new Set(env.api.calls.map((x) => x.split(' ')[0]))).toEqual(new Set(['signInStatus', 'taskCases']))
    })

    test('a failed refresh keeps the last state quietly', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        env.api.fail.taskCases = apiError('network', 0, 'ServiceNow could not be reached.')
        env.tick(POLL_MS)
        await settle()
        expect(c.state()).toMatchObject({ screen: { kind: 'openCase' }, error: null })
    })

    test('a load that fails shows Try again with the reason', async () => {
        const env = fakeEnv()
        env.api.fail.taskCases = apiError('not_allowed', 403, 'You cannot change this record.')
        const c = createController(env, TASK)
        await c.load()
        expect(c.state()).toMatchObject({ screen: { kind: 'failed' }, error: 'You cannot change this record.' })
        delete env.api.fail.taskCases
        await c.load()
        expect(c.state().screen.kind).toBe('noCase')
    })

    test('actions do not overlap: a second click while busy does nothing', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        const a = c.start()
        const b = c.start()
        await Promise.all([a, b])
        expect(env.api.calls.filter((x) => x.startsWith('startCase'))).toHaveLength(1)
    })

    test('dispose stops the timers and the message listener', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        c.dispose()
        expect(env.timers.size).toBe(0)
        const before = env.api.calls.length
        env.signInMessage(true)
        await settle()
        expect(env.api.calls.length).toBe(before)
    })
    test('Disconnect asks first inside the control; Cancel keeps the sign-in and calls nothing', async () => {
        const env = fakeEnv()
        const c = createController(env, TASK)
        await c.load()
        expect(c.state()).toMatchObject({ screen: { kind: 'noCase' }, account: 'Sam Supporter', confirmDisconnect: false })
        c.askDisconnect()
        expect(c.state()).toMatchObject({ screen: { kind: 'noCase' }, account: 'Sam Supporter', confirmDisconnect: true })
        c.cancelDisconnect()
        expect(c.state()).toMatchObject({ screen: { kind: 'noCase' }, account: 'Sam Supporter', confirmDisconnect: false })
        // not confirmed: nothing is sent
        await c.disconnect()
        expect(env.api.calls).not.toContain('disconnect')
        expect(env.api.signedIn).toBe(true)
    })

    test('Disconnect confirmed: the grant is revoked, the control is signed out, and Sign in is the next action', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        expect(c.state().screen.kind).toBe('openCase')
        c.askDisconnect()
        await c.disconnect()
        expect(env.api.calls.filter((x) => x === 'disconnect')).toEqual(['disconnect'])
        expect(c.state()).toMatchObject({
            screen: { kind: 'signedOut', waiting: false },
            account: '',
            confirmDisconnect: false,
            busy: false,
            error: null,
            status: 'Your TeamViewer account is disconnected from ServiceNow.',
        })
        // no online refresh runs for a signed-out control
        expect([...env.timers.values()].filter((t) => t.ms === POLL_MS)).toEqual([])
        // a reload agrees: not signed in (the server forgot the grant)
        env.api.cases = []
        await c.load()
        expect(c.state()).toMatchObject({ screen: { kind: 'signedOut' }, account: '' })
        await c.signIn()
        expect(env.opened).toEqual(['https://login.teamviewer.com/oauth2/authorize?state=x'])
    })

    test('a failed Disconnect says why and keeps the signed-in screen; not signed in, there is nothing to disconnect', async () => {
        const env = fakeEnv()
        env.api.fail.disconnect = apiError('network', 0, 'ServiceNow could not be reached. Check your connection and try again.')
        const c = createController(env, TASK)
        await c.load()
        c.askDisconnect()
        await c.disconnect()
        expect(c.state()).toMatchObject({
            screen: { kind: 'noCase' },
            account: 'Sam Supporter',
            confirmDisconnect: false,
            error: 'ServiceNow could not be reached. Check your connection and try again.',
        })
        const out = fakeEnv()
        out.api.signedIn = false
        const c2 = createController(out, TASK)
        await c2.load()
        c2.askDisconnect()
        expect(c2.state().confirmDisconnect).toBe(false)
    })
})

describe('sign in and create (issue #22 item 6)', () => {
    const created = (env: ReturnType<typeof fakeEnv>) => env.api.calls.filter((x) => x.startsWith('createCase'))
    async function signedOutOnForm() {
        const env = fakeEnv()
        env.api.signedIn = false
        const c = createController(env, TASK)
        await c.load()
        return { env, c }
    }

    test('signed out on a task without a case: the create form is offered, prefilled from the task', async () => {
        const { c } = await signedOutOnForm()
        expect(c.state().screen).toEqual({
            kind: 'signedOut',
            waiting: false,
            another: false,
            form: { endCustomerName: 'Carol Caller', endCustomerEmail: 'carol@example.com', description: 'INC0010001: Printer is on fire' },
        })
    })

    test('signed out on a task with only closed cases: sign in only (no form)', async () => {
        const env = fakeEnv()
        env.api.signedIn = false
        env.api.cases = [aCase({ state: 'closed', closedAt: '2026-11-26 09:00:00' })]
        const c = createController(env, TASK)
        await c.load()
        expect(c.state().screen).toEqual({ kind: 'signedOut', waiting: false, form: null, another: false })
        await c.signInAndCreate()
        expect(env.opened).toEqual([])
    })

    test('Sign in and create: when the popup reports success, the case is created with the edited values, without a second click', async () => {
        const { env, c } = await signedOutOnForm()
        c.editForm('endCustomerName', ' Dana Doe ')
        c.editForm('description', 'Printer on fire')
        await c.signInAndCreate()
        expect(env.opened).toEqual(['https://login.teamviewer.com/oauth2/authorize?state=x'])
        expect(c.state()).toMatchObject({
            screen: { kind: 'signedOut', waiting: true, form: { endCustomerName: ' Dana Doe ' } },
            status: 'Sign in to TeamViewer in the window that opened; the service case is created when you have signed in.',
        })
        expect(created(env)).toEqual([])
        env.api.signedIn = true
        env.signInMessage(true)
        await settle()
        expect(created(env)).toEqual([
            `createCase ${TASK} {"endCustomerName":"Dana Doe","endCustomerEmail":"carol@example.com","description":"Printer on fire"}`,
        ])
        expect(c.state()).toMatchObject({
            screen: { kind: 'openCase', case: { endCustomerName: 'Dana Doe' } },
            status: 'Service case s12-345-678 created.',
            error: null,
            account: 'Sam Supporter',
        })
        // the popup watch stopped: the popup closing afterwards changes nothing
        env.popups[0].closed = true
        env.tick(POPUP_CHECK_MS)
        await settle()
        expect(created(env)).toHaveLength(1)
    })

    test('a failed sign-in creates nothing and keeps the form with its values', async () => {
        const { env, c } = await signedOutOnForm()
        c.editForm('endCustomerName', 'Dana Doe')
        await c.signInAndCreate()
        env.signInMessage(false)
        await settle()
        expect(created(env)).toEqual([])
        expect(c.state()).toMatchObject({
            screen: { kind: 'signedOut', waiting: false, form: { endCustomerName: 'Dana Doe' } },
            error: 'The TeamViewer sign-in did not finish, so no service case was created. Sign in again to create it.',
        })
    })

    test('a cancelled sign-in (popup closed without a word) creates nothing and keeps the values', async () => {
        const { env, c } = await signedOutOnForm()
        c.editForm('endCustomerEmail', 'dana@example.com')
        await c.signInAndCreate()
        env.popups[0].closed = true
        env.tick(POPUP_CHECK_MS)
        await settle()
        expect(created(env)).toEqual([])
        expect(c.state().screen).toMatchObject({ kind: 'signedOut', form: { endCustomerEmail: 'dana@example.com' } })
        // and a later successful plain sign-in does not create it either
        await c.signIn()
        env.api.signedIn = true
        env.signInMessage(true)
        await settle()
        expect(created(env)).toEqual([])
        expect(c.state().screen).toMatchObject({ kind: 'noCase', form: { endCustomerEmail: 'dana@example.com' } })
    })

    test('an invalid form is refused before the popup opens', async () => {
        const { env, c } = await signedOutOnForm()
        c.editForm('endCustomerEmail', 'not-an-address')
        await c.signInAndCreate()
        expect(env.opened).toEqual([])
        expect(c.state().error).toBe('"not-an-address" is not an e-mail address. Correct it or leave it empty.')
    })

    test('plain Sign in only signs in: the create form follows, with the values typed so far, and nothing is created', async () => {
        const { env, c } = await signedOutOnForm()
        c.editForm('description', 'Scanner jammed')
        await c.signIn()
        env.api.signedIn = true
        env.signInMessage(true)
        await settle()
        expect(created(env)).toEqual([])
        expect(c.state().screen).toMatchObject({ kind: 'noCase', form: { description: 'Scanner jammed' } })
    })

    test('a Create refused for an expired sign-in: signing in again from there creates the case with the same values', async () => {
        const env = fakeEnv()
        const c = createController(env, TASK)
        await c.load()
        c.editForm('endCustomerName', 'Dana Doe')
        env.api.signedIn = false
        env.api.fail.createCase = apiError(
            'sign_in_required',
            409,
            'TeamViewer no longer accepts your sign-in. Sign in to TeamViewer again.',
        )
        await c.create()
        expect(c.state()).toMatchObject({
            screen: { kind: 'signedOut', form: { endCustomerName: 'Dana Doe' } },
            error: 'Sign in to TeamViewer again.',
        })
        delete env.api.fail.createCase
        await c.signInAndCreate()
        env.api.signedIn = true
        env.signInMessage(true)
        await settle()
        expect(created(env)).toHaveLength(2)
        expect(created(env)[1]).toContain('"endCustomerName":"Dana Doe"')
        expect(c.state().screen.kind).toBe('openCase')
    })
})

describe('the connection report after Close (issue #22 item 3)', () => {
    const refreshTimers = (env: ReturnType<typeof fakeEnv>) => [...env.timers.values()].filter((t) => t.ms === REPORT_REFRESH_MS).length

    test('Close refreshes the report every 10 s, a bounded number of times, then stops', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        env.tick(REPORT_REFRESH_MS)
        expect(env.reportRefreshes).toBe(0)
        await c.close()
        expect(refreshTimers(env)).toBe(1)
        for (let i = 0; i < REPORT_REFRESHES + 5; i++) env.tick(REPORT_REFRESH_MS)
        expect(env.reportRefreshes).toBe(REPORT_REFRESHES)
        expect(refreshTimers(env)).toBe(0)
    })

    test('a failed Close refreshes nothing; a case found closed by the poll refreshes too; dispose stops it', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        env.api.fail.closeCase = apiError('teamviewer_unavailable', 503, 'TeamViewer could not be reached.')
        await c.close()
        expect(refreshTimers(env)).toBe(0)
        env.api.cases[0].state = 'closed'
        env.tick(POLL_MS)
        await settle()
        expect(c.state().screen.kind).toBe('closedCase')
        env.tick(REPORT_REFRESH_MS)
        expect(env.reportRefreshes).toBe(1)
        c.dispose()
        expect(refreshTimers(env)).toBe(0)
    })
})

describe("the customer's e-mail of an open case", () => {
    test('Change, type, Save: the server changes it and the case shows it; Cancel changes nothing', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        c.editCustomerEmail()
        c.typeCustomerEmail('other@example.com')
        c.cancelCustomerEmail()
        expect(c.state().screen).toMatchObject({ kind: 'openCase', emailDraft: null, case: { endCustomerEmail: 'carol@example.com' } })
        c.editCustomerEmail()
        expect(c.state().screen).toMatchObject({ emailDraft: 'carol@example.com' })
        c.typeCustomerEmail('  dana@example.com ')
        await c.saveCustomerEmail()
        expect(env.api.calls).toContain(`changeCustomerEmail ${'c'.repeat(32)} dana@example.com`)
        expect(c.state().screen).toMatchObject({ kind: 'openCase', emailDraft: null, case: { endCustomerEmail: 'dana@example.com' } })
    })

    test('an empty or malformed address is refused before any call; a server refusal keeps the draft', async () => {
        const env = fakeEnv()
        env.api.cases = [aCase()]
        const c = createController(env, TASK)
        await c.load()
        c.editCustomerEmail()
        c.typeCustomerEmail(' ')
        await c.saveCustomerEmail()
        expect(c.state().error).toBe("Enter the customer's e-mail address.")
        c.typeCustomerEmail('dana@example.com\u202e')
        await c.saveCustomerEmail()
        expect(c.state().error).toMatch(/is not an e-mail address|control characters/)
        expect(env.api.calls.some((x) => x.startsWith('changeCustomerEmail'))).toBe(false)
        env.api.fail.changeCustomerEmail = apiError('case_not_open', 409, 'Service case s12-345-678 is closed.')
        c.typeCustomerEmail('dana@example.com')
        await c.saveCustomerEmail()
        expect(c.state()).toMatchObject({ error: 'Service case s12-345-678 is closed.', screen: { emailDraft: 'dana@example.com' } })
    })

    test("another supporter's case offers no change", async () => {
        const env = fakeEnv()
        env.api.cases = [aCase({ mine: false, ownerName: 'Alice Agent' })]
        const c = createController(env, TASK)
        await c.load()
        c.editCustomerEmail()
        expect(c.state().screen).not.toHaveProperty('emailDraft')
    })
})
