/**
 * The Supporter Control's state machine, free of the DOM: what the control shows (its screen), and what
 * each action does. The browser specifics (window.open, the e-mail client, timers, the sign-in message)
 * come in through `ControlEnv`, so unit tests drive it with plain fakes.
 *
 * Screens: signedOut (Sign in → popup; on a task without a case with the create form, "Sign in and create"
 * creates the case as soon as the popup reports a successful sign-in) · noCase (create form) · openCase (code, customer, online, Share,
 * Start, Close — or, for another supporter's case, whose it is, Ask for it, Create another, and for its owner or
 * an app admin Reassign/Close; the task's other open cases below) · closedCase (summary, Create another) ·
 * failed (could not load; Try again).
 * After Close, the form's connection report (a related list) is refreshed a bounded number of times: the
 * connections are retrieved by an async business rule, so they arrive a little after the close.
 * While signed in, Disconnect (asked to confirm inside the control) revokes the TeamViewer sign-in and returns
 * to signedOut.
 */
import {
    hasHiddenCharacters,
    isEmailAddress,
    MAX_DESCRIPTION,
    MAX_EMAIL,
    MAX_NAME,
    type CaseView,
    type NewCase,
    type ReassignCandidate,
    type SignInStatus,
    type StartResult,
    type TaskOverview,
} from '../../server/shared/contract'
import { isApiError, type TeamViewerApi } from './api'

export const POLL_MS = 30000
export const POPUP_CHECK_MS = 1000
/** After Close: the connection report is refreshed every REPORT_REFRESH_MS, REPORT_REFRESHES times (two minutes). */
export const REPORT_REFRESH_MS = 10000
export const REPORT_REFRESHES = 12

export interface CaseForm {
    endCustomerName: string
    endCustomerEmail: string
    description: string
}

/** The reassign picker of one case: the supporters it may go to, and the one chosen. */
export interface ReassignPicker {
    caseSysId: string
    code: string
    candidates: ReassignCandidate[]
    chosen: string
}

export type Screen =
    | { kind: 'loading' }
    /** `form`: the task has no case, so signing in can go on to create one with these values (null: sign in only) */
    | { kind: 'signedOut'; waiting: boolean; form: CaseForm | null; another: boolean }
    | { kind: 'noCase'; form: CaseForm; another: boolean }
    | {
          kind: 'openCase'
          case: CaseView
          links: StartResult | null
          others?: CaseView[]
          picker?: ReassignPicker | null
          /** the customer e-mail being edited (null: not editing) */
          emailDraft?: string | null
      }
    | { kind: 'closedCase'; case: CaseView }
    | { kind: 'failed' }

export interface ControlState {
    screen: Screen
    /** an action is under way: buttons are disabled */
    busy: boolean
    /** the last failure, in plain words (shown inline) */
    error: string | null
    /** the last success or progress, read out by screen readers (aria-live) */
    status: string
    taskNumber: string
    account: string
    /** Disconnect was pressed: the control asks to confirm (inside the control, no browser dialog) */
    confirmDisconnect: boolean
}

/** A popup window, as far as the control looks at it. */
export interface PopupLike {
    closed: boolean
}

export interface ControlEnv {
    api: TeamViewerApi
    openWindow(url: string): PopupLike | null
    /** Opens the platform e-mail client on the case; false where there is none (then the invite route mails it). */
    openEmailClient(caseSysId: string): boolean
    /** Calls `handler` when the sign-in callback page reports back; returns an unsubscribe function. */
    onSignInMessage(handler: (ok: boolean) => void): () => void
    /** Refreshes the form's TeamViewer connection report related list, where the page has one (else nothing). */
    refreshConnectionReport(): void
    /** A repeating timer; returns its cancel function. */
    every(ms: number, fn: () => void): () => void
    render(state: ControlState): void
}

/** The screen for a task's state: pure, so each case is a table row in the tests. */
export function screenFor(status: Pick<SignInStatus, 'signedIn'>, overview: TaskOverview): Screen {
    const open = overview.cases.filter((c) => c.state === 'open')
    const current = open.find((c) => c.mine) ?? open[0]
    if (current) {
        const others = open.filter((c) => c !== current)
        return others.length ? { kind: 'openCase', case: current, links: null, others } : { kind: 'openCase', case: current, links: null }
    }
    const last = latestClosed(overview.cases)
    if (!status.signedIn) return { kind: 'signedOut', waiting: false, form: last ? null : defaultForm(overview), another: false }
    if (last) return { kind: 'closedCase', case: last }
    return { kind: 'noCase', form: defaultForm(overview), another: false }
}

export function defaultForm(overview: TaskOverview): CaseForm {
    const d = overview.defaults
    return { endCustomerName: d.endCustomerName || '', endCustomerEmail: d.endCustomerEmail || '', description: d.description || '' }
}

/** The shown case or one of the task's other open cases. */
function caseOf(screen: Extract<Screen, { kind: 'openCase' }>, caseSysId: string): CaseView | null {
    if (screen.case.sysId === caseSysId) return screen.case
    return (screen.others ?? []).find((c) => c.sysId === caseSysId) ?? null
}

function latestClosed(cases: CaseView[]): CaseView | null {
    const closed = cases.filter((c) => c.state !== 'open')
    if (closed.length === 0) return null
    return closed.reduce((a, b) => ((b.closedAt || '') > (a.closedAt || '') ? b : a))
}

/** Client-side check of the create form, with the API's own limits and e-mail rule (the contract); null when fine. */
export function formProblem(form: CaseForm): string | null {
    const name = form.endCustomerName.trim()
    const email = form.endCustomerEmail.trim()
    if (name.length > MAX_NAME) return `The customer's name is too long (at most ${MAX_NAME} characters).`
    if (hasHiddenCharacters(name)) return "The customer's name contains control characters or text-direction marks: remove them."
    if (form.description.trim().length > MAX_DESCRIPTION) return `The description is too long (at most ${MAX_DESCRIPTION} characters).`
    if (email.length > MAX_EMAIL) return `The customer's e-mail address is too long (at most ${MAX_EMAIL} characters).`
    if (email && !isEmailAddress(email)) return `"${email}" is not an e-mail address. Correct it or leave it empty.`
    return null
}

/**
 * Only web links are opened or shown as links (a case's links come from TeamViewer through the server):
 * https, or http on this machine (a local TeamViewer simulator, which the server allows only with
 * x_tvgh_teamviewer.api.allow_custom_endpoint).
 */
export function safeLink(url: string | null | undefined): string | null {
    return url && (/^https:\/\//i.test(url) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//i.test(url)) ? url : null
}

function messageOf(e: unknown): string {
    return isApiError(e) ? e.message : 'Something went wrong in the TeamViewer control. Reload the page and try again.'
}

export interface Controller {
    state(): ControlState
    load(): Promise<void>
    /** Sign in only (the popup); afterwards the control shows the task's state. */
    signIn(): Promise<void>
    /** Signed out, on the create form: checks the form, opens the sign-in popup, and creates the case once it reports success. */
    signInAndCreate(): Promise<void>
    /** Disconnect pressed: ask to confirm. */
    askDisconnect(): void
    cancelDisconnect(): void
    /** Confirmed: revoke the TeamViewer sign-in; the control returns to the signed-out screen. */
    disconnect(): Promise<void>
    editForm(field: keyof CaseForm, value: string): void
    create(): Promise<void>
    createAnother(): void
    share(): Promise<void>
    start(): Promise<void>
    /** Closes the shown case (its owner), or the given case of the task (its owner or an app admin). */
    close(caseSysId?: string): Promise<void>
    /** Asks the owner of another supporter's case for it (recorded in the task's work notes). */
    ask(caseSysId: string): Promise<void>
    /** Opens the reassign picker of a case (its owner or an app admin). */
    openReassign(caseSysId: string): Promise<void>
    chooseReassign(userSysId: string): void
    cancelReassign(): void
    /** Reassigns the picker's case to the chosen supporter. */
    reassign(): Promise<void>
    /** Opens the editor of the shown case's customer e-mail (its owner). */
    editCustomerEmail(): void
    typeCustomerEmail(value: string): void
    cancelCustomerEmail(): void
    /** Saves the edited customer e-mail: checked here first, then by the server (which records it in the work notes). */
    saveCustomerEmail(): Promise<void>
    /** one online-state refresh (what the 30 s poll calls) */
    poll(): Promise<void>
    dispose(): void
}

export function createController(env: ControlEnv, taskSysId: string): Controller {
    let s: ControlState = {
        screen: { kind: 'loading' },
        busy: false,
        error: null,
        status: 'Loading TeamViewer…',
        taskNumber: '',
        account: '',
        confirmDisconnect: false,
    }
    let stopPoll: (() => void) | null = null
    let stopPopupWatch: (() => void) | null = null
    let stopReportRefresh: (() => void) | null = null
    let polling = false
    /** the sign-in under way was started by "Sign in and create service case" */
    let createAfterSignIn = false
    const stopMessages = env.onSignInMessage((ok) => {
        void afterSignIn(ok)
    })

    function set(patch: Partial<ControlState>): void {
        s = { ...s, ...patch }
        syncPolling()
        env.render(s)
    }

    /** The online indicator is refreshed from the platform record while a case is open. */
    function syncPolling(): void {
        const want = s.screen.kind === 'openCase'
        if (want && !stopPoll) stopPoll = env.every(POLL_MS, () => void controller.poll())
        if (!want && stopPoll) {
            stopPoll()
            stopPoll = null
        }
    }

    async function run(progress: string, work: () => Promise<Partial<ControlState> | void>): Promise<void> {
        if (s.busy) return
        set({ busy: true, error: null, status: progress })
        try {
            const patch = await work()
            set({ busy: false, ...(patch || {}) })
        } catch (e) {
            set({ busy: false, error: messageOf(e), status: '' })
        }
    }

    async function fetchScreen(): Promise<Partial<ControlState>> {
        const [status, overview] = await Promise.all([env.api.signInStatus(), env.api.taskCases(taskSysId)])
        return {
            screen: screenFor(status, overview),
            taskNumber: overview.task.number,
            account: status.signedIn ? status.accountName || status.accountEmail || '' : '',
        }
    }

    /** The create form on the screen (signed out or not), to keep the supporter's values across a reload. */
    function formOnScreen(): { form: CaseForm; another: boolean } | null {
        const sc = s.screen
        if (sc.kind === 'noCase' || (sc.kind === 'signedOut' && sc.form)) return { form: sc.form as CaseForm, another: sc.another }
        return null
    }

    /** After a reload that ends signed out or on the create form: the kept values instead of the task's defaults. */
    function restoreForm(kept: { form: CaseForm; another: boolean } | null): void {
        const sc = s.screen
        if (!kept || (sc.kind !== 'noCase' && sc.kind !== 'signedOut')) return
        set({ screen: { ...sc, form: kept.form, another: kept.another } })
    }

    /**
     * The popup reported back (`ok`), or was closed without a word (null: cancelled). The state is reloaded; a
     * sign-in started from Create creates the case with the form's values only when it succeeded.
     */
    async function afterSignIn(ok: boolean | null): Promise<void> {
        if (stopPopupWatch) {
            stopPopupWatch()
            stopPopupWatch = null
        }
        const create = createAfterSignIn
        createAfterSignIn = false
        const kept = formOnScreen()
        s = { ...s, busy: false }
        await controller.load()
        restoreForm(kept)
        if (!create) return
        if (ok === true && s.screen.kind === 'noCase') await controller.create()
        else if (s.screen.kind === 'signedOut')
            set({ error: 'The TeamViewer sign-in did not finish, so no service case was created. Sign in again to create it.', status: '' })
    }

    async function openSignIn(): Promise<void> {
        await run('Opening the TeamViewer sign-in…', async () => {
            const url = safeLink(await env.api.authorizeUrl())
            const popup = url ? env.openWindow(url) : null
            if (!popup) {
                createAfterSignIn = false
                return { error: 'The sign-in window could not be opened. Allow pop-ups for this site and try again.', status: '' }
            }
            if (stopPopupWatch) stopPopupWatch()
            // the callback page posts a message; a popup closed without it (cancelled) also reloads the state
            stopPopupWatch = env.every(POPUP_CHECK_MS, () => {
                if (popup.closed) void afterSignIn(null)
            })
            const sc = s.screen
            const screen: Screen =
                sc.kind === 'signedOut' ? { ...sc, waiting: true } : { kind: 'signedOut', waiting: true, form: null, another: false }
            return {
                screen,
                status: createAfterSignIn
                    ? 'Sign in to TeamViewer in the window that opened; the service case is created when you have signed in.'
                    : 'Sign in to TeamViewer in the window that opened.',
            }
        })
        if (s.error) createAfterSignIn = false
    }

    /** After Close: the connections arrive through an async business rule, so the report is refreshed for a while. */
    function refreshReportAfterClose(): void {
        if (stopReportRefresh) stopReportRefresh()
        let left = REPORT_REFRESHES
        stopReportRefresh = env.every(REPORT_REFRESH_MS, () => {
            env.refreshConnectionReport()
            left -= 1
            if (left <= 0 && stopReportRefresh) {
                stopReportRefresh()
                stopReportRefresh = null
            }
        })
    }

    const controller: Controller = {
        state: () => s,
        async load() {
            s = { ...s, busy: false }
            await run('Loading TeamViewer…', async () => ({ ...(await fetchScreen()), status: '' }))
            if (s.error && s.screen.kind === 'loading') set({ screen: { kind: 'failed' } })
        },
        async signIn() {
            if (s.busy) return
            createAfterSignIn = false
            await openSignIn()
        },
        async signInAndCreate() {
            const sc = s.screen
            if (s.busy || sc.kind !== 'signedOut' || !sc.form) return
            const problem = formProblem(sc.form)
            if (problem) {
                set({ error: problem, status: '' })
                return
            }
            createAfterSignIn = true
            await openSignIn()
        },
        askDisconnect() {
            if (!s.account || s.busy) return
            set({ confirmDisconnect: true, error: null, status: '' })
        },
        cancelDisconnect() {
            if (s.confirmDisconnect) set({ confirmDisconnect: false })
        },
        async disconnect() {
            if (!s.confirmDisconnect || s.busy) return
            s = { ...s, confirmDisconnect: false }
            await run('Disconnecting your TeamViewer account…', async () => {
                const r = await env.api.disconnect()
                return {
                    screen: { kind: 'signedOut', waiting: false, form: null, another: false },
                    account: '',
                    status:
                        r.removed && !r.revokedAtTeamViewer
                            ? 'Your TeamViewer account is disconnected from ServiceNow (TeamViewer could not be reached to revoke the sign-in there).'
                            : 'Your TeamViewer account is disconnected from ServiceNow.',
                }
            })
        },
        editForm(field, value) {
            const sc = s.screen
            if (sc.kind === 'noCase') set({ screen: { ...sc, form: { ...sc.form, [field]: value } } })
            else if (sc.kind === 'signedOut' && sc.form) set({ screen: { ...sc, form: { ...sc.form, [field]: value } } })
        },
        async create() {
            const screen = s.screen
            if (screen.kind !== 'noCase') return
            const problem = formProblem(screen.form)
            if (problem) {
                set({ error: problem, status: '' })
                return
            }
            const input: NewCase = {
                endCustomerName: screen.form.endCustomerName.trim(),
                endCustomerEmail: screen.form.endCustomerEmail.trim(),
                description: screen.form.description.trim(),
            }
            if (screen.another) input.another = true
            await run('Creating the service case…', async () => {
                const c = await env.api.createCase(taskSysId, input)
                // beside another open case (another supporter's): that one stays listed below the new one
                const others = screen.another
                    ? (await env.api.taskCases(taskSysId)).cases.filter((o) => o.state === 'open' && o.sysId !== c.sysId)
                    : []
                const shown: Screen = others.length
                    ? { kind: 'openCase', case: c, links: null, others }
                    : { kind: 'openCase', case: c, links: null }
                return { screen: shown, status: `Service case ${c.code} created.` }
            })
            if (s.error && /sign in/i.test(s.error)) {
                // the sign-in expired: back to Sign in, with the form kept, so signing in again creates the case
                await controller.load()
                if (s.screen.kind === 'signedOut') set({ screen: { ...s.screen, form: screen.form, another: screen.another } })
                set({ error: 'Sign in to TeamViewer again.' })
            }
        },
        createAnother() {
            if (s.screen.kind !== 'closedCase' && !(s.screen.kind === 'openCase' && !s.screen.case.mine)) return
            void run('Loading TeamViewer…', async () => {
                const overview = await env.api.taskCases(taskSysId)
                return {
                    screen: { kind: 'noCase', form: defaultForm(overview), another: overview.cases.some((c) => c.state === 'open') },
                    status: '',
                }
            })
        },
        async share() {
            const screen = s.screen
            if (screen.kind !== 'openCase') return
            if (env.openEmailClient(screen.case.sysId)) {
                set({ error: null, status: 'The e-mail client opened with the session invitation.' })
                return
            }
            await run('Sending the invitation…', async () => {
                const r = await env.api.inviteCase(screen.case.sysId)
                return { status: `Invitation sent to ${r.sentTo}.` }
            })
        },
        async start() {
            const screen = s.screen
            if (screen.kind !== 'openCase') return
            await run('Starting the session…', async () => {
                const links = await env.api.startCase(screen.case.sysId)
                const url = safeLink(links.supporterLink) || safeLink(links.webclientSupporterLink)
                const opened = url ? env.openWindow(url) : null
                return {
                    screen: { ...screen, links },
                    status: opened ? 'TeamViewer is starting the session.' : 'Open the session with the link below.',
                }
            })
        },
        async close(caseSysId?: string) {
            const screen = s.screen
            if (screen.kind !== 'openCase') return
            const target = caseSysId ?? screen.case.sysId
            if (target === screen.case.sysId && screen.case.mine) {
                await run('Closing the service case…', async () => {
                    const c = await env.api.closeCase(target)
                    refreshReportAfterClose()
                    return { screen: { kind: 'closedCase', case: c }, status: `Service case ${c.code} closed.` }
                })
                return
            }
            // another supporter's case (an admin closing an abandoned case): the task's cases are read again
            await run('Closing the service case…', async () => {
                const c = await env.api.closeCase(target)
                refreshReportAfterClose()
                return { ...(await fetchScreen()), status: `Service case ${c.code} closed.` }
            })
        },
        async ask(caseSysId) {
            if (s.screen.kind !== 'openCase') return
            const k = caseOf(s.screen, caseSysId)
            if (!k) return
            await run('Asking for the service case…', async () => {
                const r = await env.api.askCase(caseSysId)
                return { status: `You asked ${r.ownerName || 'its owner'} for service case ${k.code}; the request is in the work notes.` }
            })
        },
        async openReassign(caseSysId) {
            if (s.screen.kind !== 'openCase') return
            const k = caseOf(s.screen, caseSysId)
            if (!k) return
            await run('Loading the supporters…', async () => {
                const candidates = await env.api.reassignCandidates(caseSysId)
                const now = s.screen
                if (now.kind !== 'openCase') return {}
                if (!candidates.length)
                    return {
                        error: 'No other supporter is signed in to TeamViewer from ServiceNow: the case can move only to a supporter who is.',
                        status: '',
                    }
                const picker: ReassignPicker = { caseSysId, code: k.code, candidates, chosen: candidates[0].sysId }
                return { screen: { ...now, picker }, status: '' }
            })
        },
        chooseReassign(userSysId) {
            const screen = s.screen
            if (screen.kind !== 'openCase' || !screen.picker) return
            set({ screen: { ...screen, picker: { ...screen.picker, chosen: userSysId } } })
        },
        cancelReassign() {
            const screen = s.screen
            if (screen.kind !== 'openCase' || !screen.picker) return
            set({ screen: { ...screen, picker: null }, status: '' })
        },
        async reassign() {
            const screen = s.screen
            if (screen.kind !== 'openCase' || !screen.picker) return
            const picker = screen.picker
            await run('Reassigning the service case…', async () => {
                const c = await env.api.reassignCase(picker.caseSysId, picker.chosen)
                return {
                    ...(await fetchScreen()),
                    status: `Service case ${c.code} now belongs to ${c.ownerName || 'the chosen supporter'}.`,
                }
            })
        },
        editCustomerEmail() {
            const sc = s.screen
            if (sc.kind !== 'openCase' || !sc.case.mine || s.busy) return
            set({ screen: { ...sc, emailDraft: sc.case.endCustomerEmail }, error: null, status: '' })
        },
        typeCustomerEmail(value) {
            const sc = s.screen
            if (sc.kind === 'openCase' && typeof sc.emailDraft === 'string') set({ screen: { ...sc, emailDraft: value } })
        },
        cancelCustomerEmail() {
            const sc = s.screen
            if (sc.kind === 'openCase' && typeof sc.emailDraft === 'string') set({ screen: { ...sc, emailDraft: null }, error: null })
        },
        async saveCustomerEmail() {
            const sc = s.screen
            if (sc.kind !== 'openCase' || typeof sc.emailDraft !== 'string') return
            const email = sc.emailDraft.trim()
            const problem = email
                ? formProblem({ endCustomerName: '', endCustomerEmail: email, description: '' })
                : "Enter the customer's e-mail address."
            if (problem) {
                set({ error: problem, status: '' })
                return
            }
            await run("Changing the customer's e-mail…", async () => {
                const c = await env.api.changeCustomerEmail(sc.case.sysId, email)
                const now = s.screen
                const base = now.kind === 'openCase' && now.case.sysId === c.sysId ? now : sc
                return {
                    screen: { ...base, case: c, emailDraft: null },
                    status: `The customer's e-mail is now ${c.endCustomerEmail}; Share addresses the invitation there.`,
                }
            })
        },
        async poll() {
            const screen = s.screen
            if (screen.kind !== 'openCase' || s.busy || polling) return
            polling = true
            try {
                const overview = await env.api.taskCases(taskSysId)
                const now = s.screen
                if (now.kind !== 'openCase' || now.case.sysId !== screen.case.sysId || s.busy) return
                const fresh = overview.cases.find((c) => c.sysId === screen.case.sysId)
                if (!fresh) return
                if (fresh.state !== 'open') {
                    refreshReportAfterClose()
                    set({ screen: { kind: 'closedCase', case: fresh }, status: `Service case ${fresh.code} is ${fresh.state}.` })
                    return
                }
                // the task's other open cases too (another supporter's, reassigned or closed meanwhile)
                const others = overview.cases.filter((c) => c.state === 'open' && c.sysId !== fresh.sysId)
                const othersChanged = JSON.stringify(others) !== JSON.stringify(now.others ?? [])
                const next: Screen = othersChanged ? { ...now, case: fresh, others } : { ...now, case: fresh }
                if (fresh.online !== now.case.online)
                    set({ screen: next, status: fresh.online ? 'The customer is online.' : 'The customer is offline.' })
                else if (othersChanged || JSON.stringify(fresh) !== JSON.stringify(now.case)) set({ screen: next })
            } catch (_e) {
                // a failed background refresh keeps the last state; the next poll tries again
            } finally {
                polling = false
            }
        },
        dispose() {
            stopMessages()
            if (stopPoll) stopPoll()
            if (stopPopupWatch) stopPopupWatch()
            if (stopReportRefresh) stopReportRefresh()
            stopPoll = null
            stopPopupWatch = null
            stopReportRefresh = null
        },
    }
    return controller
}
