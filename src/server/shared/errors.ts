/**
 * What the supporter-facing features (sign-in, service cases, the REST API) answer when they refuse:
 * a stable code for the form control, an HTTP status, and a sentence in plain words. A plain class (not a
 * subclass of Error, which the instance's ES2021 mode disallows); test with isAppError().
 * Messages never carry a token, a secret or a header. How a TeamViewer client error reads as one:
 * teamviewer/app-error.ts.
 */
import type { ErrorCode } from './contract.ts'

/** The codes of the REST contract (./contract.ts ErrorCode). */
export type AppErrorCode = ErrorCode

const STATUS: Record<AppErrorCode, number> = {
    sign_in_required: 409,
    not_allowed: 403,
    not_found: 404,
    invalid_input: 400,
    case_exists: 409,
    case_not_open: 409,
    owner_signed_out: 409,
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

/**
 * What an unexpected exception (not an AppError, not a TeamViewer client error) answers a browser: a generic
 * sentence. Its own text could carry anything (a database error, a path, a value) and goes to the log only.
 */
export function unexpectedError(action: string): AppError {
    return new AppError(
        'storage_failed',
        `Could not ${action}: an unexpected error occurred. Try again; if it persists, an administrator finds the details in the system log.`,
    )
}

/** The message of anything thrown: an AppError, a TeamViewerError, an Error, or a value. */
export function messageOf(e: unknown): string {
    if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message)
    return String(e)
}
