/** Plain fakes for the Supporter Control's unit tests: an API with scripted answers, timers, windows. */
import { apiError, type TeamViewerApi } from '../../src/client/form-control/api'
import type { CaseView, TaskOverview } from '../../src/server/shared/contract'
import type { ControlEnv, ControlState, PopupLike } from '../../src/client/form-control/controller'

export const TASK = 'a'.repeat(32)

export function aCase(patch: Partial<CaseView> = {}): CaseView {
    return {
        sysId: 'c'.repeat(32),
        code: 's12-345-678',
        state: 'open',
        online: false,
        onlineSince: '',
        endCustomerName: 'Carol Caller',
        endCustomerEmail: 'carol@example.com',
        endCustomerLink: 'https://get.teamviewer.com/s12345678',
        validUntil: '2026-11-27 10:00:00',
        closedAt: '',
        mine: true,
        ownerName: 'Ann Support',
        canAsk: false,
        canReassign: false,
        canClose: true,
        ...patch,
    }
}

export function overview(cases: CaseView[] = []): TaskOverview {
    return {
        task: { sysId: TASK, table: 'incident', number: 'INC0010001' },
        defaults: { endCustomerName: 'Carol Caller', endCustomerEmail: 'carol@example.com', description: 'INC0010001: Printer is on fire' },
        cases,
    }
}

export interface FakeApi extends TeamViewerApi {
    calls: string[]
    signedIn: boolean
    cases: CaseView[]
    /** what reassignCandidates answers */
    candidates: { sysId: string; name: string }[]
    fail: Partial<Record<keyof TeamViewerApi, ReturnType<typeof apiError>>>
}

export function fakeApi(): FakeApi {
    const api: FakeApi = {
        calls: [],
        signedIn: true,
        cases: [],
        candidates: [],
        fail: {},
        async signInStatus() {
            api.calls.push('signInStatus')
            if (api.fail.signInStatus) throw api.fail.signInStatus
            return api.signedIn
                ? { signedIn: true, accountName: 'Sam Supporter', accountEmail: 'sam@example.com', tvUserId: 'u1' }
                : { signedIn: false, accountName: '', accountEmail: '', tvUserId: '' }
        },
        async authorizeUrl() {
            api.calls.push('authorizeUrl')
            if (api.fail.authorizeUrl) throw api.fail.authorizeUrl
            return 'https://login.teamviewer.com/oauth2/authorize?state=x'
        },
        async disconnect() {
            api.calls.push('disconnect')
            if (api.fail.disconnect) throw api.fail.disconnect
            const removed = api.signedIn
            api.signedIn = false
            return { removed, revokedAtTeamViewer: removed }
        },
        async taskCases(task) {
            api.calls.push(`taskCases ${task}`)
            if (api.fail.taskCases) throw api.fail.taskCases
            return overview(api.cases.map((c) => ({ ...c })))
        },
        async createCase(task, input) {
            api.calls.push(`createCase ${task} ${JSON.stringify(input)}`)
            if (api.fail.createCase) throw api.fail.createCase
            const c = aCase({ endCustomerName: input.endCustomerName ?? '', endCustomerEmail: input.endCustomerEmail ?? '' })
            api.cases.push(c)
            return c
        },
        async startCase(id) {
            api.calls.push(`startCase ${id}`)
            if (api.fail.startCase) throw api.fail.startCase
            return {
                code: 's12-345-678',
                supporterLink: 'https://start.teamviewer.com/s12345678',
                webclientSupporterLink: 'https://web.teamviewer.com/s12345678',
            }
        },
        async closeCase(id) {
            api.calls.push(`closeCase ${id}`)
            if (api.fail.closeCase) throw api.fail.closeCase
            const c = api.cases.find((x) => x.sysId === id) as CaseView
            c.state = 'closed'
            c.closedAt = '2026-11-26 11:00:00'
            return { ...c }
        },
        async inviteCase(id) {
            api.calls.push(`inviteCase ${id}`)
            if (api.fail.inviteCase) throw api.fail.inviteCase
            return { sentTo: 'carol@example.com' }
        },
        async changeCustomerEmail(id, email) {
            api.calls.push(`changeCustomerEmail ${id} ${email}`)
            if (api.fail.changeCustomerEmail) throw api.fail.changeCustomerEmail
            const c = api.cases.find((x) => x.sysId === id) as CaseView
            c.endCustomerEmail = email
            return { ...c }
        },
        async askCase(id) {
            api.calls.push(`askCase ${id}`)
            if (api.fail.askCase) throw api.fail.askCase
            const c = api.cases.find((x) => x.sysId === id) as CaseView
            return { ownerName: c.ownerName }
        },
        async reassignCandidates(id) {
            api.calls.push(`reassignCandidates ${id}`)
            if (api.fail.reassignCandidates) throw api.fail.reassignCandidates
            return api.candidates.map((c) => ({ ...c }))
        },
        async reassignCase(id, to) {
            api.calls.push(`reassignCase ${id} ${to}`)
            if (api.fail.reassignCase) throw api.fail.reassignCase
            const c = api.cases.find((x) => x.sysId === id) as CaseView
            c.ownerName = api.candidates.find((x) => x.sysId === to)?.name ?? ''
            return { ...c }
        },
    }
    return api
}

export interface FakeEnv extends ControlEnv {
    api: FakeApi
    opened: string[]
    popups: PopupLike[]
    emailClients: string[]
    emailClientAvailable: boolean
    blockPopups: boolean
    timers: Map<number, { ms: number; fn: () => void }>
    renders: ControlState[]
    /** how often the connection report was refreshed */
    reportRefreshes: number
    signInMessage(ok: boolean): void
    /** runs every timer of this period once */
    tick(ms: number): void
}

export function fakeEnv(api = fakeApi()): FakeEnv {
    let nextTimer = 1
    const listeners = new Set<(ok: boolean) => void>()
    const env: FakeEnv = {
        api,
        opened: [],
        popups: [],
        emailClients: [],
        emailClientAvailable: true,
        blockPopups: false,
        timers: new Map(),
        renders: [],
        reportRefreshes: 0,
        refreshConnectionReport() {
            env.reportRefreshes += 1
        },
        openWindow(url) {
            env.opened.push(url)
            if (env.blockPopups) return null
            const p = { closed: false }
            env.popups.push(p)
            return p
        },
        openEmailClient(id) {
            if (!env.emailClientAvailable) return false
            env.emailClients.push(id)
            return true
        },
        onSignInMessage(handler) {
            listeners.add(handler)
            return () => listeners.delete(handler)
        },
        every(ms, fn) {
            const id = nextTimer++
            env.timers.set(id, { ms, fn })
            return () => env.timers.delete(id)
        },
        render(state) {
            env.renders.push(state)
        },
        signInMessage(ok) {
            for (const l of [...listeners]) l(ok)
        },
        tick(ms) {
            for (const t of [...env.timers.values()]) if (t.ms === ms) t.fn()
        },
    }
    return env
}

/** lets pending promise callbacks run */
export async function settle(): Promise<void> {
    for (let i = 0; i < 10; i++) await Promise.resolve()
}
