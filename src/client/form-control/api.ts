/**
 * The app's REST API as the Supporter Control uses it (README "REST API of the form control").
 * Every call carries the platform session token (`X-UserToken: g_ck`); answers are `{result: ...}`;
 * a failure becomes an ApiError whose message is a sentence for the supporter. No TeamViewer token
 * ever reaches the browser: the routes only answer codes, customer data and links. The shapes are the
 * server's REST contract (src/server/shared/contract.ts), bundled in.
 */
import {
    API_BASE,
    type AskResult,
    type AuthorizeResult,
    type CaseView,
    type DisconnectResult,
    type InviteResult,
    type NewCase,
    type ReassignCandidate,
    type SignInStatus,
    type StartResult,
    type TaskOverview,
} from '../../server/shared/contract'

/** A failed call: `code` from the API (or `network`, `session_expired`, `http_error`), `message` in plain words. */
export interface ApiError {
    kind: 'api_error'
    code: string
    status: number
    message: string
}

export function isApiError(e: unknown): e is ApiError {
    return typeof e === 'object' && e !== null && (e as ApiError).kind === 'api_error'
}

export function apiError(code: string, status: number, message: string): ApiError {
    return { kind: 'api_error', code, status, message }
}

/** The part of `fetch` the API needs (a test passes a fake). */
export type FetchLike = (
    url: string,
    init: { method: string; headers: Record<string, string>; body?: string; credentials: 'same-origin' },
) => Promise<{ status: number; text(): Promise<string> }>

export interface TeamViewerApi {
    signInStatus(): Promise<SignInStatus>
    authorizeUrl(): Promise<string>
    /** Disconnects the caller's TeamViewer account: revoked at TeamViewer and deleted here. */
    disconnect(): Promise<DisconnectResult>
    taskCases(taskSysId: string): Promise<TaskOverview>
    createCase(taskSysId: string, input: NewCase): Promise<CaseView>
    startCase(caseSysId: string): Promise<StartResult>
    closeCase(caseSysId: string): Promise<CaseView>
    inviteCase(caseSysId: string): Promise<InviteResult>
    /** Changes the case's customer e-mail (where Share addresses the invitation; recorded in the task's work notes). */
    changeCustomerEmail(caseSysId: string, email: string): Promise<CaseView>
    /** Asks another supporter's case from its owner (a line in the task's work notes). */
    askCase(caseSysId: string): Promise<AskResult>
    /** Who the case may be reassigned to (its owner or an app admin asks). */
    reassignCandidates(caseSysId: string): Promise<ReassignCandidate[]>
    reassignCase(caseSysId: string, toUserSysId: string): Promise<CaseView>
}

/** Turns an HTTP answer into its `result` or an ApiError (exported for tests). */
export function readAnswer(status: number, text: string): unknown {
    let body: { result?: { error?: { code?: string; message?: string } } & Record<string, unknown>; error?: { message?: string } } | null =
        null
    try {
        body = text ? JSON.parse(text) : null
    } catch (_e) {
        body = null
    }
    const err = body?.result?.error
    if (err && typeof err.message === 'string') throw apiError(String(err.code || 'error'), status, err.message)
    if (status === 401) throw apiError('session_expired', status, 'Your ServiceNow session has ended. Reload the page and sign in again.')
    if (status === 403) throw apiError('not_allowed', status, 'You are not allowed to do this on this record.')
    if (status < 200 || status >= 300 || !body || body.result === undefined) {
        throw apiError('http_error', status, `ServiceNow could not complete the request (HTTP ${status}). Try again in a moment.`)
    }
    return body.result
}

export function createApi(fetchFn: FetchLike, sessionToken: () => string): TeamViewerApi {
    async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
        const headers: Record<string, string> = { Accept: 'application/json', 'X-UserToken': sessionToken() }
        if (body !== undefined) headers['Content-Type'] = 'application/json'
        let res: { status: number; text(): Promise<string> }
        let text: string
        try {
            res = await fetchFn(API_BASE + path, {
                method,
                headers,
                body: body === undefined ? undefined : JSON.stringify(body),
                credentials: 'same-origin',
            })
            text = await res.text()
        } catch (_e) {
            throw apiError('network', 0, 'ServiceNow could not be reached. Check your connection and try again.')
        }
        return readAnswer(res.status, text) as T
    }
    const id = encodeURIComponent
    return {
        signInStatus: () => call<SignInStatus>('GET', '/oauth/status'),
        authorizeUrl: () => call<AuthorizeResult>('GET', '/oauth/authorize').then((r) => r.url),
        disconnect: () => call<DisconnectResult>('POST', '/oauth/disconnect', {}),
        taskCases: (task) => call<TaskOverview>('GET', `/cases/task/${id(task)}`),
        createCase: (task, input) => call<CaseView>('POST', `/cases/task/${id(task)}`, input),
        startCase: (c) => call<StartResult>('POST', `/cases/${id(c)}/start`, {}),
        closeCase: (c) => call<CaseView>('POST', `/cases/${id(c)}/close`, {}),
        inviteCase: (c) => call<InviteResult>('POST', `/cases/${id(c)}/invite`, {}),
        changeCustomerEmail: (c, email) => call<CaseView>('POST', `/cases/${id(c)}/customer`, { email }),
        askCase: (c) => call<AskResult>('POST', `/cases/${id(c)}/ask`, {}),
        reassignCandidates: (c) => call<ReassignCandidate[]>('GET', `/cases/${id(c)}/candidates`),
        reassignCase: (c, to) => call<CaseView>('POST', `/cases/${id(c)}/reassign`, { to }),
    }
}
