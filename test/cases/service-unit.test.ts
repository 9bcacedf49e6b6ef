/** Unit tests of cases/service.ts with plain-object fakes: the caller checks and the orphan path. */
import { createCase, startCase, taskOverview } from '../../src/server/cases/service'
import type { CaseFields, CaseRow, CasesDeps, SessionApi, TaskInfo } from '../../src/server/ports/cases'
import { TeamViewerError } from '../../src/server/teamviewer/errors'

const TASK = 'a'.repeat(32)

function deps(
    over: {
        roles?: string[]
        writable?: boolean
        readable?: boolean
        callerName?: string
        insert?: () => string
        api?: Partial<SessionApi>
    } = {},
) {
    const calls: string[] = []
    const task: TaskInfo = {
        sysId: TASK,
        table: 'incident',
        number: 'INC0010001',
        shortDescription: 'Printer',
        callerName: over.callerName ?? 'Carol',
        callerEmail: 'carol@example.com',
        readable: over.readable ?? true,
        writable: over.writable ?? true,
    }
    const api: SessionApi = {
        createSession: () => {
            calls.push('create')
            return {
                code: 's12-345-678',
                state: 'open',
                groupId: 'g1',
                description: '',
                endCustomerName: '',
                endCustomerEmail: '',
                assignedUserId: '',
                endCustomerLink: 'https://get.teamviewer.com/v15/s12345678',
                supporterLink: 'https://get.teamviewer.com/v15/s12345678-q',
                webclientSupporterLink: 'https://login.teamviewer.com/Connect/IndexByol?sessioncode=s12345678',
                createdAt: null,
                validUntil: null,
                closedAt: null,
                online: false,
                supportSessionType: 'default',
            }
        },
        closeSession: (code) => void calls.push(`close ${code}`),
        updateSession: (code, changes) => void calls.push(`update ${code} ${JSON.stringify(changes)}`),
        ...over.api,
    }
    const d: CasesDeps = {
        caller: { sysId: 'u1', hasRole: (r) => (over.roles ?? ['itil']).includes(r) },
        tasks: { open: (id) => (id === TASK ? task : null), addWorkNote: (_t, text) => void calls.push(`note ${text}`) },
        cases: {
            get: () => ({ sysId: 'c1', code: 's12-345-678', state: 'open' }) as CaseRow,
            ofTask: () => [],
            insert: over.insert ?? (() => 'c1'),
            markClosed: () => undefined,
            setCustomerEmail: () => undefined,
            countInvitation: () => undefined,
            reassign: () => undefined,
        },
        withSupporterApi: (fn) => fn(api, 'u100'),
        withUserApi: (_u, fn) => fn(api, 'u100'),
        people: { get: () => null, tvUserIdOf: () => '', signedIn: () => [] },
        defaultGroup: 'ServiceNow',
        links: { apiBaseUrl: 'https://webapi.teamviewer.com/api/v1', allowCustomEndpoint: false },
        maxInvitationsPerCase: 5,
        queueEvent: () => undefined,
        log: { info: () => undefined, warn: (m) => void calls.push(`warn ${m}`) },
    }
    return { d, calls }
}

test('itil who cannot write the task: refused before any TeamViewer call', () => {
    const { d, calls } = deps({ writable: false })
    expect(() => createCase(d, TASK, {})).toThrow(
        expect.objectContaining({ code: 'not_allowed', message: expect.stringMatching(/cannot edit INC0010001/) }),
    )
    expect(calls).toEqual([])
})

test('without itil: refused', () => {
    const { d, calls } = deps({ roles: [] })
    expect(() => createCase(d, TASK, {})).toThrow(expect.objectContaining({ code: 'not_allowed' }))
    expect(calls).toEqual([])
})

test('insert throws: the session is closed again; no work note', () => {
    const { d, calls } = deps({
        insert: () => {
            throw new Error('db down')
        },
    })
    expect(() => createCase(d, TASK, {})).toThrow(
        expect.objectContaining({ code: 'storage_failed', message: expect.stringMatching(/closed again/) }),
    )
    expect(calls.filter((c) => !c.startsWith('warn'))).toEqual(['create', 'close s12-345-678'])
})

test('insert throws and closing fails too: the supporter is told it was left to expire', () => {
    const { d } = deps({
        insert: () => {
            throw new Error('db down')
        },
        api: {
            closeSession: () => {
                throw new TeamViewerError('network_error', 'x')
            },
        },
    })
    expect(() => createCase(d, TASK, {})).toThrow(
        expect.objectContaining({ code: 'storage_failed', message: expect.stringMatching(/left to expire/) }),
    )
})

test("the stored case keeps the session's type as TeamViewer answered it", () => {
    const stored: CaseFields[] = []
    const pilot = {
        code: 's12-345-678',
        state: 'open',
        groupId: 'g1',
        description: '',
        endCustomerName: '',
        endCustomerEmail: '',
        assignedUserId: '',
        endCustomerLink: 'https://getpilot.teamviewer.com/v15/s12345678',
        supporterLink: 'https://getpilot.teamviewer.com/v15/s12345678-q',
        webclientSupporterLink: '',
        createdAt: null,
        validUntil: null,
        closedAt: null,
        online: false,
        supportSessionType: 'pilot',
    } as const
    const { d } = deps({ insert: () => 'c1', api: { createSession: () => ({ ...pilot }) } })
    d.cases.insert = (f) => (stored.push(f), 'c1')
    createCase(d, TASK, {})
    expect(stored.map((f) => f.supportSessionType)).toEqual(['pilot'])
})

describe('issue #19 item 6: session links are checked before they are stored', () => {
    const good = {
        endCustomerLink: 'https://get.teamviewer.com/v15/s12345678',
        supporterLink: 'https://get.teamviewer.com/v15/s12345678-q',
        webclientSupporterLink: 'https://login.teamviewer.com/Connect/IndexByol?sessioncode=s12345678&servicequeuetoken=q',
    }
    function create(links: Partial<typeof good>, policy?: { apiBaseUrl: string; allowCustomEndpoint: boolean }) {
        const stored: CaseFields[] = []
        const { d, calls } = deps({
            api: {
                createSession: () => {
                    calls.push('create')
                    return {
                        code: 's12-345-678',
                        state: 'open',
                        groupId: 'g1',
                        description: '',
                        endCustomerName: '',
                        endCustomerEmail: '',
                        assignedUserId: '',
                        ...good,
                        ...links,
                        createdAt: null,
                        validUntil: null,
                        closedAt: null,
                        online: false,
                        supportSessionType: 'default',
                    }
                },
            },
        })
        if (policy) d.links = policy
        d.cases.insert = (f) => (stored.push(f), 'c1')
        return { run: () => createCase(d, TASK, {}), stored, calls }
    }

    test.each([
        ['a javascript: link', { endCustomerLink: 'javascript:alert(1)//get.teamviewer.com/v15/s1' }],
        ['an http link', { endCustomerLink: 'http://get.teamviewer.com/v15/s12345678' }],
        ['a look-alike host', { supporterLink: 'https://get.teamviewer.com.evil.example/v15/s1-q' }],
        ['a host ending in teamviewer.com', { supporterLink: 'https://evilteamviewer.com/v15/s1-q' }],
        ['credentials before the host', { endCustomerLink: 'https://get.teamviewer.com@evil.example/v15/s1' }],
        ['a backslash', { endCustomerLink: 'https://evil.example\\.teamviewer.com/v15/s1' }],
        ['another port', { endCustomerLink: 'https://get.teamviewer.com:8443/v15/s1' }],
        ['a data: link', { webclientSupporterLink: 'data:text/html,<script>alert(1)</script>' }],
        ['a quote in the query', { webclientSupporterLink: 'https://login.teamviewer.com/x?a="><script>' }],
        ['a line break', { endCustomerLink: 'https://get.teamviewer.com/v15/s1\nX' }],
    ])('%s: nothing stored, the session closed again, a clear error', (_what, links) => {
        const { run, stored, calls } = create(links)
        expect(run).toThrow(
            expect.objectContaining({
                code: 'teamviewer_refused',
                message: expect.stringMatching(/not https links under teamviewer\.com/),
            }),
        )
        expect(stored).toEqual([])
        expect(calls.filter((c) => !c.startsWith('warn'))).toEqual(['create', 'close s12-345-678'])
    })

    test('https links under teamviewer.com are stored; an empty web-client link is no link', () => {
        const { run, stored } = create({ webclientSupporterLink: '' })
        run()
        expect(stored.map((f) => [f.endCustomerLink, f.webclientSupporterLink])).toEqual([[good.endCustomerLink, '']])
    })

    test('with a custom endpoint allowed: the configured endpoint (scheme, host, port) is accepted, nothing else', () => {
        const policy = { apiBaseUrl: 'http://127.0.0.1:8091/api/v1', allowCustomEndpoint: true }
        const local = create({ endCustomerLink: 'http://127.0.0.1:8091/v15/s12345678' }, policy)
        local.run()
        expect(local.stored).toHaveLength(1)
        for (const other of ['http://127.0.0.1:8092/v15/s1', 'https://127.0.0.1:8091/v15/s1', 'http://evil.example:8091/v15/s1']) {
            const c = create({ endCustomerLink: other }, policy)
            expect(c.run).toThrow(expect.objectContaining({ message: expect.stringMatching(/or the configured endpoint/) }))
            expect(c.stored).toEqual([])
        }
        // without the custom endpoint allowed, the same local link is refused
        expect(create({ endCustomerLink: 'http://127.0.0.1:8091/v15/s12345678' }).run).toThrow(
            expect.objectContaining({ code: 'teamviewer_refused' }),
        )
    })
})

test('issue #19 item 1: a task the caller cannot read is "not found", with the words of a missing one, before anything else', () => {
    const { d, calls } = deps({ readable: false, writable: true })
    for (const run of [() => createCase(d, TASK, {}), () => taskOverview(d, TASK)])
        expect(run).toThrow(expect.objectContaining({ code: 'not_found', message: 'The task does not exist.' }))
    expect(calls).toEqual([])
})

test('issue #19 item 10: a caller name with hidden characters is no default (the supporter types one)', () => {
    const { d, calls } = deps({ callerName: 'Eve \u202Egnp.exe' })
    expect(taskOverview(d, TASK).defaults.endCustomerName).toBe('')
    createCase(d, TASK, {})
    expect(calls.filter((c) => c.startsWith('note'))).toEqual(['note TeamViewer service case s12-345-678 created.'])
})

test('issue #19 item 6: start never hands out a link stored before links were checked', () => {
    const { d } = deps()
    const row = { sysId: 'c1', code: 's12-345-678', state: 'open', task: TASK, supporter: 'u1' } as CaseRow
    d.cases.get = () => ({
        ...row,
        supporterLink: 'javascript:alert(1)',
        webclientSupporterLink: 'https://login.teamviewer.com/Connect?x=1',
    })
    expect(startCase(d, 'c'.repeat(32))).toEqual({
        code: 's12-345-678',
        supporterLink: '',
        webclientSupporterLink: 'https://login.teamviewer.com/Connect?x=1',
    })
})
