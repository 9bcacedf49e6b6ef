/** Unit tests of cases/service.ts with plain-object fakes: the caller checks and the orphan path. */
import { createCase } from '../../src/server/cases/service'
import type { CaseFields, CaseRow, CasesDeps, SessionApi, TaskInfo } from '../../src/server/ports/cases'
import { TeamViewerError } from '../../src/server/teamviewer/errors'

const TASK = 'a'.repeat(32)

function deps(over: { roles?: string[]; writable?: boolean; insert?: () => string; api?: Partial<SessionApi> } = {}) {
    const calls: string[] = []
    const task: TaskInfo = {
        sysId: TASK,
        table: 'incident',
        number: 'INC0010001',
        shortDescription: 'Printer',
        callerName: 'Carol',
        callerEmail: 'carol@example.com',
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
                endCustomerLink: 'l',
                supporterLink: 's',
                webclientSupporterLink: 'w',
                createdAt: null,
                validUntil: null,
                closedAt: null,
                online: false,
                supportSessionType: 'default',
            }
        },
        closeSession: (code) => void calls.push(`close ${code}`),
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
        },
        withSupporterApi: (fn) => fn(api, 'u100'),
        defaultGroup: 'ServiceNow',
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
        endCustomerLink: 'l',
        supporterLink: 's',
        webclientSupporterLink: 'w',
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
