/**
 * The one error family of the TeamViewer client. Every feature handles these kinds, never raw HTTP.
 * Messages carry TeamViewer's own description and the operation, never a token or a header.
 */
export type TeamViewerErrorKind =
    | 'configuration' // the integration is not set up (missing token, disallowed endpoint, missing client id)
    | 'expired_token' // 401 token_expired: refresh the grant
    | 'invalid_token' // 401 invalid_token, or a refresh/authorization grant that is no longer valid: sign in again
    | 'invalid_client' // the OAuth client id/secret are wrong: an admin must fix the properties
    | 'missing_permission' // 403 invalid_permission (or another 403): the token lacks a permission, or the licence does
    | 'rate_limited' // 403 rate_limit_reached / blocked ("IP blocked or rate limit reached"), too_many_retries, 429: stop and resume after retryAfterSeconds
    | 'not_found' // 404
    | 'license_limit' // 400 mentioning licence limitations (e.g. concurrent sessions)
    | 'invalid_request' // 400: TeamViewer refused the input; description says why
    | 'server_error' // 5xx, or a response that is not the JSON TeamViewer documents
    | 'invalid_data' // a well-formed answer carrying a value the app cannot read (e.g. a date): not repeated
    | 'network_error' // no response: refused, dropped, timed out

/**
 * Thrown by the client. A plain class, not a subclass of Error: subclassing built-ins is an error in the
 * instance's ES2021 mode. Tell kinds apart with isTeamViewerError() and `kind`, never `instanceof Error`.
 */
export class TeamViewerError {
    readonly name = 'TeamViewerError'
    readonly message: string
    readonly kind: TeamViewerErrorKind
    /** HTTP status, 0 when there was no response. */
    readonly status: number
    /** TeamViewer's error code ("invalid_request", "token_expired", ...) when it sent one. */
    readonly code: string
    /** Seconds to wait before calling again (rate limiting), when known. */
    readonly retryAfterSeconds: number | null

    constructor(kind: TeamViewerErrorKind, message: string, status = 0, code = '', retryAfterSeconds: number | null = null) {
        this.message = message
        this.kind = kind
        this.status = status
        this.code = code
        this.retryAfterSeconds = retryAfterSeconds
    }

    /** Whether repeating the same call may succeed (only used for calls that are safe to repeat). */
    get transient(): boolean {
        return this.kind === 'server_error' || this.kind === 'network_error'
    }

    toString(): string {
        return `${this.name}: ${this.message}`
    }
}

export function isTeamViewerError(e: unknown): e is TeamViewerError {
    return e instanceof TeamViewerError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'TeamViewerError')
}

/** What an admin or supporter should read for each kind (used on run records and in the UI). */
export function explain(e: TeamViewerError): string {
    switch (e.kind) {
        case 'configuration':
            return e.message
        case 'expired_token':
            return `The TeamViewer token has expired. ${e.message}`
        case 'invalid_token':
            return `TeamViewer rejected the token (revoked, deleted or mistyped). ${e.message}`
        case 'invalid_client':
            return `TeamViewer rejected the OAuth client: check the client ID and secret properties. ${e.message}`
        case 'missing_permission':
            return `The TeamViewer token lacks a required permission (or the licence does not include this feature). ${e.message}`
        case 'rate_limited':
            if (e.code === 'blocked')
                return `TeamViewer is blocking calls from this instance for now (IP blocked or rate limit reached)${e.retryAfterSeconds !== null ? `; retry after ${e.retryAfterSeconds} s` : ''}. ${e.message}`
            if (e.code === 'too_many_retries')
                return `TeamViewer refuses further attempts for now (too many retries)${e.retryAfterSeconds !== null ? `; retry after ${e.retryAfterSeconds} s` : ''}. ${e.message}`
            return `TeamViewer's rate limit was reached${e.retryAfterSeconds !== null ? `; retry after ${e.retryAfterSeconds} s` : ''}. ${e.message}`
        case 'not_found':
            return `Not found in TeamViewer. ${e.message}`
        case 'license_limit':
            return `The TeamViewer licence does not allow this (license limitations). ${e.message}`
        case 'invalid_request':
            return `TeamViewer refused the request. ${e.message}`
        case 'server_error':
            return `TeamViewer had a server error or sent an unreadable answer. ${e.message}`
        case 'invalid_data':
            return `TeamViewer sent a value the app cannot read; nothing of that page was stored. ${e.message}`
        case 'network_error':
            return `TeamViewer could not be reached. ${e.message}`
    }
}
