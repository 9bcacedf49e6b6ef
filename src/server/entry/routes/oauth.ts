/**
 * Scripted REST routes of supporter sign-in (/api/x_tvgh_teamviewer/oauth/...). Each checks the caller
 * itself; the table ACLs keep everyone else out of states and grants. Only the callback is public.
 */
import { authorizeUrl, completeSignIn, disconnectGrant, revokeUserGrant, status } from '../../oauth/grants.ts'
import { signInPage } from '../../oauth/page.ts'
import { logError } from '../../platform/log.ts'
import { currentCaller } from '../../platform/user.ts'
import { AppError, messageOf } from '../../shared/errors.ts'
import { ROLE } from '../../shared/names.ts'
import { platformOAuthDeps } from '../wiring/oauth.ts'
import { answer, queryParam, type RestRequest, type RestResponse } from '../wiring/rest.ts'

/** The platform's unauthenticated user, who public routes run as. */
const GUEST_USER = 'guest'

function requireSupporter(): string {
    const caller = currentCaller()
    if (!caller.hasRole(ROLE.supporter)) throw new AppError('not_allowed', `Signing in to TeamViewer requires the ${ROLE.supporter} role.`)
    return caller.sysId
}

/** GET /oauth/authorize: {url} for the sign-in popup. */
export function getAuthorizeUrl(_req: RestRequest, res: RestResponse): void {
    answer(res, 'start the TeamViewer sign-in', () => ({ url: authorizeUrl(platformOAuthDeps(), requireSupporter()) }))
}

/**
 * GET /oauth/callback?code=&state= (or error=): TeamViewer redirects the pop-up here. A PUBLIC route (the
 * pop-up's navigation carries no X-UserToken): it runs as guest, the user comes from the stored state. When
 * the platform does know a signed-in caller, a state of another user is refused (and left to its owner).
 * Answers a page that names nobody and closes the pop-up when the sign-in worked.
 */
export function oauthCallback(req: RestRequest, res: RestResponse): void {
    let ok = false
    let message: string
    try {
        const caller = currentCaller()
        const result = completeSignIn(platformOAuthDeps(), caller.userName === GUEST_USER || !caller.sysId ? null : caller.sysId, {
            code: queryParam(req, 'code'),
            state: queryParam(req, 'state'),
            error: queryParam(req, 'error'),
        })
        ok = result.ok
        message = result.message
    } catch (e) {
        logError(`TeamViewer sign-in callback failed: ${messageOf(e)}`)
        message = 'The TeamViewer sign-in could not be completed. Please try again; if it keeps failing, ask an administrator.'
    }
    res.setStatus(ok ? 200 : 400)
    res.setContentType('text/html')
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('Referrer-Policy', 'no-referrer')
    res.getStreamWriter().writeString(signInPage(ok, message))
}

/** GET /oauth/status: whether the caller is signed in, and as whom. */
export function getStatus(_req: RestRequest, res: RestResponse): void {
    answer(res, 'read the TeamViewer sign-in', () => status(platformOAuthDeps(), requireSupporter()))
}

/** POST /oauth/disconnect: the caller disconnects their TeamViewer account (revoke + delete). */
export function disconnect(_req: RestRequest, res: RestResponse): void {
    answer(res, 'disconnect the TeamViewer account', () => {
        return disconnectGrant(platformOAuthDeps(), currentCaller().sysId)
    })
}

/** POST /oauth/revoke/{user}: an admin revokes any user's grant. */
export function revokeUser(req: RestRequest, res: RestResponse): void {
    answer(res, "revoke the user's TeamViewer sign-in", () =>
        revokeUserGrant(platformOAuthDeps(), currentCaller(), String(req.pathParams.user ?? '')),
    )
}
