/**
 * What the supporter-facing features (sign-in, service cases, the REST API) answer when they refuse:
 * a stable code for the form control, an HTTP status, and a sentence in plain words. A plain class (not a
 * subclass of Error, which the instance's ES2021 mode disallows); test with isAppError().
 * Messages never carry a token, a secret or a header.
 */
import { isTeamViewerError, type TeamViewerError } from '../teamviewer/errors.ts'

export type AppErrorCode =
    | 'sign_in_required' // no grant, or TeamViewer no longer accepts it: sign in to TeamViewer again
    | 'not_allowed' // missing role, or the caller cannot write the task / is not the case's supporter
    | 'not_found' // no such task or case
    | 'invalid_input' // e-mail, lengths, missing fields
    | 'case_exists' // an open case exists for the task; ask for another explicitly
    | 'case_not_open' // the case is closed or expired
    | 'license_limit' // TeamViewer's licence does not allow another session
    | 'teamviewer_refused' // TeamViewer refused the request (validation, permission)
    | 'teamviewer_unavailable' // TeamViewer unreachable, server error, rate limited: try again later
    | 'not_configured' // the integration is not set up (OAuth client, endpoint)
    | 'storage_failed' // the platform could not store the result

const STATUS: Record<AppErrorCode, number> = {
    sign_in_required: 409,
    not_allowed: 403,
    not_found: 404,
    invalid_input: 400,
    case_exists: 409,
    case_not_open: 409,
    license_limit: 409,
    teamviewer_refused: 502,
    teamviewer_unavailable: 503,
    not_configured: 500,
    storage_failed: 500,
}

export const SIGN_IN_AGAIN = 'Sign in to TeamViewer again.'

export class AppError {
    readonly name = 'AppError'
    readonly code: AppErrorCode
    readonly message: string
    constructor(code: AppErrorCode, message: string) {
        this.code = code
        this.message = message
    }
    get status(): number {
        return STATUS[this.code]
    }
    toString(): string {
        return `${this.name}: ${this.message}`
    }
}

export function isAppError(e: unknown): e is AppError {
    return e instanceof AppError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'AppError')
}

/** A TeamViewer client error, in the supporter's words. Token problems always mean "sign in again". */
export function fromTeamViewer(e: TeamViewerError, action: string): AppError {
    switch (e.kind) {
        case 'expired_token':
        case 'invalid_token':
            return new AppError('sign_in_required', `TeamViewer no longer accepts your sign-in (expired or revoked). ${SIGN_IN_AGAIN}`)
        case 'license_limit':
            return new AppError('license_limit', `Could not ${action}: your TeamViewer licence does not allow more open sessions (license limitations). Close a session you no longer need, or ask your TeamViewer administrator.`)
        case 'missing_permission':
            return new AppError('teamviewer_refused', `Could not ${action}: your TeamViewer account lacks the permission for this (TeamViewer said: ${e.message})`)
        case 'invalid_request':
            return new AppError('teamviewer_refused', `Could not ${action}: TeamViewer refused the request (${e.message})`)
        case 'not_found':
            return new AppError('not_found', `Could not ${action}: TeamViewer does not know this session (${e.message})`)
        case 'rate_limited':
            return new AppError('teamviewer_unavailable', `Could not ${action}: TeamViewer's rate limit was reached${e.retryAfterSeconds !== null ? `; try again in ${e.retryAfterSeconds} s` : '; try again later'}.`)
        case 'server_error':
        case 'network_error':
            return new AppError('teamviewer_unavailable', `Could not ${action}: TeamViewer could not be reached or had an error; try again in a moment. (${e.message})`)
        case 'invalid_data':
            return new AppError('teamviewer_unavailable', `Could not ${action}: TeamViewer answered with a value the integration cannot read (${e.message})`)
        case 'invalid_client':
            return new AppError('not_configured', `Could not ${action}: TeamViewer rejected the integration's OAuth client. An administrator must check the client ID and secret properties.`)
        case 'configuration':
            return new AppError('not_configured', `Could not ${action}: ${e.message}`)
    }
}

/** Any thrown value as an AppError (unknown errors become storage_failed with their message). */
export function toAppError(e: unknown, action: string): AppError {
    if (isAppError(e)) return e
    if (isTeamViewerError(e)) return fromTeamViewer(e, action)
    const m = typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e)
    return new AppError('storage_failed', `Could not ${action}: ${m}`)
}
