/**
 * UI action "Revoke" on *Signed-in supporters* (the grant table x_tvgh_teamviewer_token; src/fluent/ui/grant-actions.now.ts):
 * an app admin revokes the supporter's TeamViewer sign-in from the grant's form or from the list (selected
 * rows) — the same logic as REST `oauth/revoke/{user}` (oauth/grants.ts revokeUserGrant: role check, revoke at
 * TeamViewer, delete, one log line). The answer is a message on the next page; then the list (the record is gone).
 */
import { revokeUserGrant } from '../../oauth/grants.ts'
import { logError } from '../../platform/log.ts'
import { showError, showInfo } from '../../platform/messages.ts'
import { currentCaller } from '../../platform/user.ts'
import { isAppError, messageOf, unexpectedError } from '../../shared/errors.ts'
import { TABLE } from '../../shared/names.ts'
import { isTeamViewerError } from '../../teamviewer/errors.ts'
import { platformOAuthDeps } from '../wiring/oauth.ts'
import { toAppError } from '../../teamviewer/app-error.ts'

interface GrantRecord {
    getValue(field: string): string | null
    getDisplayValue(field?: string): string
}

interface ActionLike {
    setRedirectURL(url: string): void
}

const ACTION = "revoke the user's TeamViewer sign-in"

export function revokeGrant(current: GrantRecord, action: ActionLike | null | undefined): void {
    const userId = String(current.getValue('user') ?? '')
    const who = String(current.getDisplayValue('user') || 'The user')
    try {
        const r = revokeUserGrant(platformOAuthDeps(), currentCaller(), userId)
        if (!r.removed) showInfo(`${who} is no longer signed in to TeamViewer: nothing to revoke.`)
        else
            showInfo(
                r.revokedAtTeamViewer
                    ? `TeamViewer sign-in of ${who} revoked at TeamViewer and deleted. Their next TeamViewer action asks them to sign in again.`
                    : `TeamViewer sign-in of ${who} deleted (TeamViewer could not be reached to revoke it there). Their next TeamViewer action asks them to sign in again.`,
            )
    } catch (e) {
        const known = isAppError(e) || isTeamViewerError(e)
        if (!isAppError(e)) logError(`TeamViewer integration: ${ACTION} failed: ${known ? toAppError(e, ACTION).message : messageOf(e)}`)
        showError(known ? toAppError(e, ACTION).message : unexpectedError(ACTION).message)
    }
    if (action && typeof action.setRedirectURL === 'function') action.setRedirectURL(`${TABLE.token}_list.do`)
}
