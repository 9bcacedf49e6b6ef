/**
 * The Supporter Control's state machine, free of the DOM: what the control shows (its screen), and what
 * each action does. The browser specifics (window.open, the e-mail client, timers, the sign-in message)
 * come in through `ControlEnv`, so unit tests drive it with plain fakes.
 *
 * Screens: signedOut (Sign in → popup) · noCase (create form) · openCase (code, customer, online, Share,
 * Start, Close) · closedCase (summary, Create another) · failed (could not load; Try again). While signed in,
 * Disconnect (asked to confirm inside the control) revokes the TeamViewer sign-in and returns to signedOut.
 */
import {
    hasHiddenCharacters,
    isEmailAddress,
    MAX_DESCRIPTION,
    MAX_EMAIL,
    MAX_NAME,
    type CaseView,
    type NewCase,
    type SignInStatus,
    type StartResult,
    type TaskOverview,
} from '../../server/shared/contract'
import { isApiError, type TeamViewerApi } from './api'

export const POLL_MS = 30000
export const POPUP_CHECK_MS = 1000

export interface CaseForm {
    endCustomerName: string
    endCustomerEmail: string
    description: string
}

export type Screen =
    | { kind: 'loading' }
    | { kind: 'signedOut'; waiting: boolean }
    | { kind: 'noCase'; form: CaseForm; another: boolean }
    | { kind: 'openCase'; case: CaseView; links: StartResult | null }
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
    /** A repeating timer; returns its cancel function. */
    every(ms: number, fn: () => void): () => void
    render(state: ControlState): void
}

/** The screen for a task's state: pure, so each case is a table row in the tests. */
export function screenFor(status: Pick<SignInStatus, 'signedIn'>, overview: TaskOverview): Screen {
    const open = overview.cases.filter((c) => c.state === 'open')
    const current = open.find((c) => c.mine) ?? open[0]
    if (current) return { kind: 'openCase', case: current, links: null }
    if (!status.signedIn) return { kind: 'signedOut', waiting: false }
    const last = latestClosed(overview.cases)
    if (last) return { kind: 'closedCase', case: last }
    return { kind: 'noCase', form: defaultForm(overview), another: false }
}

export function defaultForm(overview: TaskOverview): CaseForm {
    const d = overview.defaults
    return { endCustomerName: d.endCustomerName || '', endCustomerEmail: d.endCustomerEmail || '', description: d.description || '' }
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
    signIn(): Promise<void>
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
    close(): Promise<void>
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
    let polling = false
    const stopMessages = env.onSignInMessage(() => {
        void afterSignIn()
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

    async function afterSignIn(): Promise<void> {
        if (stopPopupWatch) {
            stopPopupWatch()
            stopPopupWatch = null
        }
        s = { ...s, busy: false }
        await controller.load()
    }

    const controller: Controller = {
        state: () => s,
        async load() {
            s = { ...s, busy: false }
            await run('Loading TeamViewer…', async () => ({ ...(await fetchScreen()), status: '' }))
            if (s.error && s.screen.kind === 'loading') set({ screen: { kind: 'failed' } })
        },
        async signIn() {
            await run('Opening the TeamViewer sign-in…', async () => {
                const url = safeLink(await env.api.authorizeUrl())
                const popup = url ? env.openWindow(url) : null
                if (!popup)
                    return { error: 'The sign-in window could not be opened. Allow pop-ups for this site and try again.', status: '' }
                if (stopPopupWatch) stopPopupWatch()
                // the callback page posts a message; a popup closed without it (cancelled) also reloads the state
                stopPopupWatch = env.every(POPUP_CHECK_MS, () => {
                    if (popup.closed) void afterSignIn()
                })
                return { screen: { kind: 'signedOut', waiting: true }, status: 'Sign in to TeamViewer in the window that opened.' }
            })
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
                    screen: { kind: 'signedOut', waiting: false },
                    account: '',
                    status:
                        r.removed && !r.revokedAtTeamViewer
                            ? 'Your TeamViewer account is disconnected from ServiceNow (TeamViewer could not be reached to revoke the sign-in there).'
                            : 'Your TeamViewer account is disconnected from ServiceNow.',
                }
            })
        },
        editForm(field, value) {
            if (s.screen.kind !== 'noCase') return
            set({ screen: { ...s.screen, form: { ...s.screen.form, [field]: value } } })
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
                return { screen: { kind: 'openCase', case: c, links: null }, status: `Service case ${c.code} created.` }
            })
            if (s.error && /sign in/i.test(s.error)) await controller.load().then(() => set({ error: 'Sign in to TeamViewer again.' }))
        },
        createAnother() {
            if (s.screen.kind !== 'closedCase') return
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
        async close() {
            const screen = s.screen
            if (screen.kind !== 'openCase') return
            await run('Closing the service case…', async () => {
                const c = await env.api.closeCase(screen.case.sysId)
                return { screen: { kind: 'closedCase', case: c }, status: `Service case ${c.code} closed.` }
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
                if (fresh.state !== 'open')
                    set({ screen: { kind: 'closedCase', case: fresh }, status: `Service case ${fresh.code} is ${fresh.state}.` })
                else if (fresh.online !== now.case.online)
                    set({ screen: { ...now, case: fresh }, status: fresh.online ? 'The customer is online.' : 'The customer is offline.' })
                else if (JSON.stringify(fresh) !== JSON.stringify(now.case)) set({ screen: { ...now, case: fresh } })
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
            stopPoll = null
            stopPopupWatch = null
        },
    }
    return controller
}
