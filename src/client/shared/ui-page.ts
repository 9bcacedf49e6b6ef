/**
 * What the app's admin UI pages (setup status, "Add TeamViewer to a form") share: one call to the app's REST
 * API with the session token (`X-UserToken: g_ck`), reading its JSON answer, and DOM built with textContent
 * only, so nothing an answer holds is ever parsed as markup. UI pages are ordinary UI16 pages: `g_ck` and
 * XMLHttpRequest are page globals there (unlike in workspace client scripts).
 */

declare global {
    interface Window {
        /** UI16's session token, sent as X-UserToken on REST calls from the page */
        g_ck?: string
    }
}

export interface ErrorBody {
    message?: string
}

/** A route's JSON answer: `{result}` (a route's refusal `{result: {error}}`); the platform's own refusals `{error}`. */
export interface AnswerBody<T> {
    result?: Partial<T> & { error?: ErrorBody }
    error?: ErrorBody
}

export interface Answer<T> {
    status: number
    /** the parsed body; null when it is not JSON */
    body: AnswerBody<T> | null
}

/** A call to the app's REST API: `onAnswer` with any HTTP answer, `onNoAnswer` when the instance did not answer. */
export type SendJson = <T>(
    method: 'GET' | 'POST',
    url: string,
    data: unknown,
    onAnswer: (answer: Answer<T>) => void,
    onNoAnswer: () => void,
) => void

/** The page's SendJson: XMLHttpRequest with the session token; `data` (when not undefined) is sent as JSON. */
export function sendJson<T>(
    method: 'GET' | 'POST',
    url: string,
    data: unknown,
    onAnswer: (answer: Answer<T>) => void,
    onNoAnswer: () => void,
): void {
    const xhr = new XMLHttpRequest()
    xhr.open(method, url)
    xhr.setRequestHeader('Accept', 'application/json')
    if (data !== undefined) xhr.setRequestHeader('Content-Type', 'application/json')
    if (window.g_ck) xhr.setRequestHeader('X-UserToken', window.g_ck)
    xhr.onload = () => onAnswer({ status: xhr.status, body: parseJson<AnswerBody<T>>(xhr.responseText) })
    xhr.onerror = () => onNoAnswer()
    xhr.send(data === undefined ? undefined : JSON.stringify(data))
}

/** JSON.parse, or null for text that is not JSON (an HTML error page, an empty answer). */
export function parseJson<T>(text: string): T | null {
    try {
        return JSON.parse(text) as T
    } catch (_e) {
        return null
    }
}

/** The message of a route's refusal (`{result: {error: {message}}}`), '' when there is none. */
export function routeError(body: AnswerBody<unknown> | null): string {
    const result = body && body.result
    return (result && result.error && result.error.message) || ''
}

/** The message of the platform's own refusal (`{error: {message}}`, e.g. an ACL), '' when there is none. */
export function platformError(body: AnswerBody<unknown> | null): string {
    return (body && body.error && body.error.message) || ''
}

/** A new element with an optional class and text (as textContent: never parsed as markup). */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: unknown): HTMLElementTagNameMap[K] {
    const e = doc.createElement(tag)
    if (cls) e.className = cls
    if (text !== undefined && text !== null) e.textContent = String(text)
    return e
}

/** The page's element with this id (the page's HTML has it). */
export function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
    return doc.getElementById(id) as T
}
