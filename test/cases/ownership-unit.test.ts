/**
 * Unit tests of abandoned cases (issue #22 item 4; cases/ownership.ts and closeCase in cases/service.ts) over
 * plain fakes: whose case it is in the view, who may ask / reassign / close, the work notes each writes,
 * the owner's grant used at TeamViewer, and refused input changing nothing.
 */
import { askForCase, reassignCandidates, reassignCase } from '../../src/server/cases/ownership'
import { closeCase, sendInvitation, startCase, taskOverview } from '../../src/server/cases/service'
import type { CaseRow, CasesDeps, Person, SessionApi, TaskInfo } from '../../src/server/ports/cases'
import { ROLE } from '../../src/server/shared/names'
import { AppError } from '../../src/server/shared/errors'
import { TeamViewerError } from '../../src/server/teamviewer/errors'

const TASK = 'a'.repeat(32)
const CASE = 'c'.repeat(32)
const ALICE = '1'.repeat(32)
const BOB = '2'.repeat(32)
const CHRIS = '3'.repeat(32)
const ADMIN = '9'.repeat(32)

const PEOPLE: Record<string, Person> = {
    [ALICE]: { sysId: ALICE, name: 'Alice Agent', active: true },
    [BOB]: { sysId: BOB, name: 'Bob Agent', active: true },
    [CHRIS]: { sysId: CHRIS, name: 'Chris Agent', active: false },
    [ADMIN]: { sysId: ADMIN, name: 'System Administrator', active: true },
}

interface World {
    d: CasesDeps
    row: CaseRow
    /** what happened, in order: TeamViewer calls (with whose grant), notes, store writes */
    calls: string[]
    /** users with a usable grant → TeamViewer user id */
    grants: Record<string, string>
}

function world(caller: string, roles: string[] = ['itil'], over: { writable?: boolean; tvFails?: TeamViewerError } = {}): World {
    const calls: string[] = []
    const grants: Record<string, string> = { [ALICE]: 'u100', [BOB]: 'u200' }
    const task: TaskInfo = {
        sysId: TASK,
        table: 'incident',
        number: 'INC0010001',
        shortDescription: '',
        callerName: 'Carol',
        callerEmail: 'carol@example.com',
        readable: true,
        writable: over.writable ?? true,
    }
    const row: CaseRow = {
        sysId: CASE,
        code: 's12-345-678',
        state: 'open',
        task: TASK,
        supporter: ALICE,
        supporterTvUserId: 'u100',
        endCustomerName: 'Carol',
        endCustomerEmail: 'carol@example.com',
        endCustomerLink: 'https://get.teamviewer.com/v15/s12345678',
        supporterLink: 'https://get.teamviewer.com/v15/s12345678-q',
        webclientSupporterLink: '',
        validUntil: '',
        online: false,
        onlineSince: '',
        closedAt: '',
        invitationsSent: 0,
    }
    const apiOf = (who: string): SessionApi => ({
        createSession: () => {
            throw new Error('not expected')
        },
        closeSession: (code) => {
            if (over.tvFails) throw over.tvFails
            calls.push(`tv close ${code} as ${who}`)
        },
        updateSession: (code, changes) => {
            if (over.tvFails) throw over.tvFails
            calls.push(`tv assign ${code} to ${changes.assignedUserId} as ${who}`)
        },
    })
    const withUser = <T>(user: string, fn: (api: SessionApi, tv: string) => T): T => {
        if (!grants[user])
            throw new AppError('sign_in_required', 'Your TeamViewer sign-in has expired or was revoked. Sign in to TeamViewer again.')
        return fn(apiOf(PEOPLE[user].name), grants[user])
    }
    const d: CasesDeps = {
        caller: { sysId: caller, hasRole: (r) => roles.includes(r) },
        tasks: { open: (id) => (id === TASK ? task : null), addWorkNote: (_t, text) => void calls.push(`note ${text}`) },
        cases: {
            get: (id) => (id === CASE ? { ...row } : null),
            ofTask: () => [{ ...row }],
            insert: () => 'x',
            markClosed: () => {
                calls.push('closed here')
                row.state = 'closed'
            },
            setCustomerEmail: () => undefined,
            countInvitation: () => undefined,
            reassign: (_id, to, tv) => {
                calls.push(`reassigned here to ${PEOPLE[to].name} ${tv}`)
                row.supporter = to
            },
        },
        withSupporterApi: (fn) => withUser(caller, fn),
        withUserApi: withUser,
        people: {
            get: (id) => PEOPLE[id] ?? null,
            tvUserIdOf: (id) => grants[id] ?? '',
            signedIn: () => Object.keys(grants).filter((id) => grants[id]),
        },
        defaultGroup: 'ServiceNow',
        links: { apiBaseUrl: 'https://webapi.teamviewer.com/api/v1', allowCustomEndpoint: false },
        maxInvitationsPerCase: 5,
        queueEvent: (name, id, parm1) => void calls.push(`event ${name} ${id === CASE ? 'case' : id} ${parm1}`),
        log: { info: () => undefined, warn: () => undefined },
    }
    return { d, row, calls, grants }
}

const ADMIN_ROLES = ['itil', ROLE.admin]

test('the view says whose case it is and what the caller may do, for the owner, another supporter and an admin', () => {
    const flags = (caller: string, roles?: string[]) => {
        const c = taskOverview(world(caller, roles).d, TASK).cases[0]
        return { mine: c.mine, ownerName: c.ownerName, canAsk: c.canAsk, canReassign: c.canReassign, canClose: c.canClose }
    }
    expect(flags(ALICE)).toEqual({ mine: true, ownerName: 'Alice Agent', canAsk: false, canReassign: true, canClose: true })
    expect(flags(BOB)).toEqual({ mine: false, ownerName: 'Alice Agent', canAsk: true, canReassign: false, canClose: false })
    expect(flags(ADMIN, ADMIN_ROLES)).toEqual({ mine: false, ownerName: 'Alice Agent', canAsk: true, canReassign: true, canClose: true })
    // nothing of the owner's grant or links in the view
    const keys = Object.keys(taskOverview(world(BOB).d, TASK).cases[0])
    expect(keys.filter((k) => /token|grant|supporterLink|tvUser/i.test(k))).toEqual([])
})

test("another supporter's Start, Share and Close say whose case it is and change nothing", () => {
    const w = world(BOB)
    const refusal = expect.objectContaining({ code: 'not_allowed', message: expect.stringMatching(/belongs to Alice Agent/) })
    expect(() => startCase(w.d, CASE)).toThrow(refusal)
    expect(() => sendInvitation(w.d, CASE, {})).toThrow(refusal)
    expect(() => closeCase(w.d, CASE)).toThrow(refusal)
    expect(w.calls).toEqual([])
})

test('a supporter of the task asks for the case: the owner is e-mailed (event) and one plain-text work note names both; nothing else changes', () => {
    const w = world(BOB)
    expect(askForCase(w.d, CASE)).toEqual({ ownerName: 'Alice Agent' })
    expect(w.calls).toEqual([
        'event x_tvgh_teamviewer.case_requested case Bob Agent',
        'note Bob Agent asks for TeamViewer service case s12-345-678 of Alice Agent: Alice Agent, please hand it over (Reassign in the TeamViewer control) or close it.',
    ])
    expect(w.row.supporter).toBe(ALICE)
})

test('asking is refused for the owner, a closed case, a task the caller cannot edit, without itil, and for a non-sys_id', () => {
    expect(() => askForCase(world(ALICE).d, CASE)).toThrow(
        expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/already yours/) }),
    )
    const closed = world(BOB)
    closed.row.state = 'closed'
    expect(() => askForCase(closed.d, CASE)).toThrow(expect.objectContaining({ code: 'case_not_open' }))
    const readOnly = world(BOB, ['itil'], { writable: false })
    expect(() => askForCase(readOnly.d, CASE)).toThrow(
        expect.objectContaining({ code: 'not_allowed', message: expect.stringMatching(/cannot edit/) }),
    )
    expect(() => askForCase(world(BOB, []).d, CASE)).toThrow(expect.objectContaining({ code: 'not_allowed' }))
    expect(() => askForCase(world(BOB).d, 'x')).toThrow(expect.objectContaining({ code: 'invalid_input' }))
    for (const w of [closed, readOnly]) expect(w.calls).toEqual([])
})

test("an admin reassigns: the session moves at TeamViewer under the owner's grant, then here, then one work note", () => {
    const w = world(ADMIN, ADMIN_ROLES)
    const v = reassignCase(w.d, CASE, { to: BOB })
    expect(w.calls).toEqual([
        'tv assign s12-345-678 to u200 as Alice Agent',
        'reassigned here to Bob Agent u200',
        'note TeamViewer service case s12-345-678 reassigned from Alice Agent to Bob Agent by System Administrator.',
    ])
    expect([v.ownerName, v.mine]).toEqual(['Bob Agent', false])
})

test('the owner may hand the case over too; another supporter may not', () => {
    const owner = world(ALICE)
    expect(reassignCase(owner.d, CASE, { to: BOB }).ownerName).toBe('Bob Agent')
    expect(owner.calls[2]).toBe('note TeamViewer service case s12-345-678 reassigned from Alice Agent to Bob Agent by Alice Agent.')
    const other = world(BOB)
    expect(() => reassignCase(other.d, CASE, { to: BOB })).toThrow(
        expect.objectContaining({
            code: 'not_allowed',
            message: expect.stringMatching(/belongs to Alice Agent: only they or a TeamViewer integration admin/),
        }),
    )
    expect(() => reassignCandidates(other.d, CASE)).toThrow(expect.objectContaining({ code: 'not_allowed' }))
    expect(other.calls).toEqual([])
})

test('bad reassign input changes nothing: no target, the owner, an unknown or inactive user, one not signed in, a closed case', () => {
    const tries: [unknown, RegExp][] = [
        [undefined, /Choose the supporter/],
        ['bob', /Choose the supporter/],
        [ALICE, /already belongs to Alice Agent/],
        ['4'.repeat(32), /does not exist or is not active/],
        [CHRIS, /does not exist or is not active/],
    ]
    for (const [to, why] of tries) {
        const w = world(ADMIN, ADMIN_ROLES)
        expect(() => reassignCase(w.d, CASE, { to })).toThrow(
            expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(why) }),
        )
        expect(w.calls).toEqual([])
    }
    const notSignedIn = world(ADMIN, ADMIN_ROLES)
    delete notSignedIn.grants[BOB]
    expect(() => reassignCase(notSignedIn.d, CASE, { to: BOB })).toThrow(
        expect.objectContaining({ code: 'invalid_input', message: expect.stringMatching(/Bob Agent is not signed in to TeamViewer/) }),
    )
    const closed = world(ADMIN, ADMIN_ROLES)
    closed.row.state = 'expired'
    expect(() => reassignCase(closed.d, CASE, { to: BOB })).toThrow(expect.objectContaining({ code: 'case_not_open' }))
    expect([...notSignedIn.calls, ...closed.calls]).toEqual([])
})

test("the owner's sign-in is gone: reassigning is refused (owner_signed_out, close and create another); nothing changes", () => {
    const w = world(ADMIN, ADMIN_ROLES)
    delete w.grants[ALICE]
    expect(() => reassignCase(w.d, CASE, { to: BOB })).toThrow(
        expect.objectContaining({
            code: 'owner_signed_out',
            message: expect.stringMatching(/Close the case \(it is closed here only\) and let Bob Agent create another/),
        }),
    )
    expect(w.calls).toEqual([])
    expect(w.row.supporter).toBe(ALICE)
})

test('stored at TeamViewer but not here: the session is given back to its owner at TeamViewer; no note', () => {
    const w = world(ADMIN, ADMIN_ROLES)
    w.d.cases.reassign = () => {
        throw new Error('db down')
    }
    expect(() => reassignCase(w.d, CASE, { to: BOB })).toThrow(
        expect.objectContaining({ code: 'storage_failed', message: expect.stringMatching(/stays Alice Agent's/) }),
    )
    expect(w.calls).toEqual(['tv assign s12-345-678 to u200 as Alice Agent', 'tv assign s12-345-678 to u100 as Alice Agent'])
})

test('TeamViewer refuses the move: an error, nothing changed here', () => {
    const w = world(ADMIN, ADMIN_ROLES, { tvFails: new TeamViewerError('invalid_request', 'The user does not exist.', 400) })
    expect(() => reassignCase(w.d, CASE, { to: BOB })).toThrow(expect.objectContaining({ code: 'teamviewer_refused' }))
    expect(w.calls).toEqual([])
    expect(w.row.supporter).toBe(ALICE)
})

test("an admin closes an abandoned case at TeamViewer with the owner's grant, or here only when it is gone — each with its note", () => {
    const w = world(ADMIN, ADMIN_ROLES)
    expect(closeCase(w.d, CASE).state).toBe('closed')
    expect(w.calls).toEqual([
        'tv close s12-345-678 as Alice Agent',
        'closed here',
        "note TeamViewer service case s12-345-678 of Alice Agent closed by System Administrator (at TeamViewer with Alice Agent's sign-in).",
    ])
    const gone = world(ADMIN, ADMIN_ROLES)
    delete gone.grants[ALICE]
    closeCase(gone.d, CASE)
    expect(gone.calls).toEqual([
        'closed here',
        'note TeamViewer service case s12-345-678 of Alice Agent closed here only by System Administrator: Alice Agent has no usable TeamViewer sign-in, so the session stays open at TeamViewer until Alice Agent or a TeamViewer company admin closes it.',
    ])
})

test('candidates: signed-in, active supporters other than the owner, by name', () => {
    const w = world(ADMIN, ADMIN_ROLES)
    w.grants[CHRIS] = 'u300' // inactive: not listed
    w.grants[ADMIN] = 'u900'
    expect(reassignCandidates(w.d, CASE)).toEqual([
        { sysId: BOB, name: 'Bob Agent' },
        { sysId: ADMIN, name: 'System Administrator' },
    ])
})
