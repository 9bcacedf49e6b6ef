/**
 * A TeamViewer client error (teamviewer/errors.ts) as the AppError a supporter reads (shared/errors.ts): the one
 * mapping between the two error families.
 */
import { AppError, isAppError, messageOf, SIGN_IN_AGAIN } from '../shared/errors.ts'
import { isTeamViewerError, type TeamViewerError } from './errors.ts'

/** A TeamViewer client error, in the supporter's words. Token problems always mean "sign in again". */
export function fromTeamViewer(e: TeamViewerError, action: string): AppError {
    switch (e.kind) {
        case 'expired_token':
        case 'invalid_token':
            return new AppError('sign_in_required', `TeamViewer no longer accepts your sign-in (expired or revoked). ${SIGN_IN_AGAIN}`)
        case 'license_limit':
            return new AppError(
                'license_limit',
                `Could not ${action}: your TeamViewer licence does not allow more open sessions (license limitations). Close a session you no longer need, or ask your TeamViewer administrator.`,
            )
        case 'missing_permission':
            return new AppError(
                'teamviewer_refused',
                `Could not ${action}: your TeamViewer account lacks the permission for this (TeamViewer said: ${e.message})`,
            )
        case 'invalid_request':
            return new AppError('teamviewer_refused', `Could not ${action}: TeamViewer refused the request (${e.message})`)
        case 'not_found':
            return new AppError('not_found', `Could not ${action}: TeamViewer does not know this session (${e.message})`)
        case 'rate_limited':
            return new AppError(
                'teamviewer_unavailable',
                `Could not ${action}: TeamViewer's rate limit was reached${e.retryAfterSeconds !== null ? `; try again in ${e.retryAfterSeconds} s` : '; try again later'}.`,
            )
        case 'server_error':
        case 'network_error':
            return new AppError(
                'teamviewer_unavailable',
                `Could not ${action}: TeamViewer could not be reached or had an error; try again in a moment. (${e.message})`,
            )
        case 'invalid_data':
            return new AppError(
                'teamviewer_unavailable',
                `Could not ${action}: TeamViewer answered with a value the integration cannot read (${e.message})`,
            )
        case 'invalid_client':
            return new AppError(
                'not_configured',
                `Could not ${action}: TeamViewer rejected the integration's OAuth client. An administrator must check the client ID and secret properties.`,
            )
        case 'configuration':
            return new AppError('not_configured', `Could not ${action}: ${e.message}`)
    }
}

/** Any thrown value as an AppError (unknown errors become storage_failed with their message). */
export function toAppError(e: unknown, action: string): AppError {
    if (isAppError(e)) return e
    if (isTeamViewerError(e)) return fromTeamViewer(e, action)
    return new AppError('storage_failed', `Could not ${action}: ${messageOf(e)}`)
}
