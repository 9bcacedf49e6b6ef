/**
 * Supporters' TeamViewer sign-in (OAuth 2.0 authorization code) and the grants it leaves: the authorize
 * URL with a random, single-use, user-bound, short-lived `state`; the callback's code exchange; the
 * access token for each action, refreshed before expiry; disconnect and revoke.
 *
 * Refresh tokens are single use. A refresh that TeamViewer refuses (invalid_grant) deletes the grant, unless
 * another transaction refreshed it meanwhile (the stored refresh token changed): then its new token is used.
 * A refresh whose answer is lost keeps the row; the next attempt either succeeds or is refused and deletes
 * it. Either way the supporter ends at "sign in to TeamViewer again", never at a grant only a database
 * edit can clear. Logic only: the stores and the client factory are passed in (entry/wiring/oauth.ts).
 *
 * The callback is public (the pop-up's navigation cannot authenticate): the user is the one who asked for the
 * state, never the caller. A state presented by another user (when the platform knows the caller) or expired
 * is refused without using it up. A grant is bound to the origin of the API that issued it: its tokens, and
 * the client secret with its refresh token, are sent there only; after an endpoint change it is unusable
 * ("sign in again") and is not revoked at the new endpoint either.
 */
import type { OAuthDeps, OAuthSettings, StoredGrant } from '../ports/oauth.ts'
import type { SignInStatus } from '../shared/contract.ts'
import { AppError, isAppError, SIGN_IN_AGAIN } from '../shared/errors.ts'
import { ROLE } from '../shared/names.ts'
import { checkBaseUrl } from '../teamviewer/endpoint.ts'
import { isTeamViewerError, type TeamViewerErrorKind } from '../teamviewer/errors.ts'
import type { Account, TokenGrant } from '../teamviewer/model.ts'

/** A state lives 10 minutes: as long as TeamViewer's authorization code. */
export const STATE_TTL_MS = 10 * 60000
/** The longest state the store holds (x_tvgh_teamviewer_oauth_state.state). */
const MAX_STATE_LENGTH = 100
/** An access token is refreshed when it has less than this left. */
export const REFRESH_MARGIN_MS = 5 * 60000

function requireClient(s: OAuthSettings): void {
    if (!s.clientId || !s.clientSecret) {
        throw new AppError(
            'not_configured',
            'TeamViewer sign-in is not set up: an administrator must set the OAuth client ID and secret (TeamViewer Integration > Administration > Properties).',
        )
    }
}

/** The sign-in URL for the popup. Stores a new state bound to the user for 10 minutes. */
export function authorizeUrl(deps: OAuthDeps, userId: string): string {
    const s = deps.settings()
    requireClient(s)
    // the page supporters type their TeamViewer password into: checked like the API URL
    const login = checkBaseUrl(s.loginBaseUrl, s.allowCustomEndpoint, 'TeamViewer sign-in URL')
    const now = deps.clock()
    deps.states.purge(now)
    const state = deps.random()
    deps.states.save(state, userId, now + STATE_TTL_MS)
    const q = [
        ['response_type', 'code'],
        ['client_id', s.clientId],
        ['redirect_uri', s.redirectUri],
        ['state', state],
        ['display', 'popup'],
    ]
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
        .join('&')
    return `${login}/oauth2/authorize?${q}`
}

export interface CallbackParams {
    code?: string
    state?: string
    error?: string
}

export interface CallbackResult {
    ok: boolean
    /** For the page: plain words that name no user, account or secret. */
    message: string
}

const fail = (message: string): CallbackResult => ({ ok: false, message })
const NOT_VALID = 'This sign-in link is not valid or was already used. Please start the sign-in again from the task form.'

function refused(kind: TeamViewerErrorKind): string {
    if (kind === 'invalid_client')
        return 'TeamViewer rejected the integration (OAuth client ID or secret). Ask an administrator to check the TeamViewer Integration properties.'
    if (kind === 'invalid_token') return 'TeamViewer did not accept the sign-in code (expired or already used). Please sign in again.'
    if (kind === 'network_error' || kind === 'server_error' || kind === 'rate_limited')
        return 'TeamViewer could not be reached to complete the sign-in. Please try again in a moment.'
    return 'TeamViewer refused the sign-in. Please try again.'
}

/**
 * The callback route: finds the state, checks who presents it (presentedBy: the caller when the platform
 * knows one, null for guest) and its expiry BEFORE using it up, then exchanges the code and stores the grant
 * for the state's owner.
 */
export function completeSignIn(deps: OAuthDeps, presentedBy: string | null, p: CallbackParams): CallbackResult {
    if (!p.state) return fail('The sign-in answer carries no state. Please start the sign-in again from the task form.')
    // longer than the state column: not one of ours, not even looked up (the route is public)
    if (p.state.length > MAX_STATE_LENGTH) return fail(NOT_VALID)
    const stored = deps.states.find(p.state)
    if (!stored) return fail(NOT_VALID)
    if (presentedBy !== null && stored.userId !== presentedBy)
        return fail('This sign-in was started by another ServiceNow user. Please start the sign-in again from your own session.')
    if (stored.expiresAtMs <= deps.clock())
        return fail('The sign-in took too long and has expired. Please start it again from the task form.')
    // single use: of two answers with the same state, only the one that deletes it goes on
    if (!deps.states.consume(p.state)) return fail(NOT_VALID)
    const userId = stored.userId
    if (p.error) {
        if (p.error === 'access_denied')
            return fail(
                'You did not allow ServiceNow to use your TeamViewer account, so nothing was connected. You can sign in again at any time.',
            )
        return fail('TeamViewer did not complete the sign-in. Please try again.')
    }
    if (!p.code) return fail('The sign-in answer carries no authorization code. Please start the sign-in again.')
    const s = deps.settings()
    requireClient(s)
    const origin = deps.apiOrigin()
    let grant: TokenGrant
    try {
        grant = deps.client('').exchangeCode(p.code, s.redirectUri, { clientId: s.clientId, clientSecret: s.clientSecret })
    } catch (e) {
        if (!isTeamViewerError(e)) throw e
        deps.log.warn(`TeamViewer sign-in failed at the code exchange: ${e.kind} ${e.code}`)
        return fail(refused(e.kind))
    }
    const withToken = deps.client(grant.accessToken)
    let account: Account
    try {
        account = withToken.account()
    } catch (e) {
        if (!isTeamViewerError(e)) throw e
        deps.log.warn(`TeamViewer sign-in: reading the account failed (${e.kind}); the new grant is revoked`)
        try {
            withToken.revoke()
        } catch (_e) {
            // best effort: the grant is not stored either way
        }
        return fail(
            e.kind === 'missing_permission'
                ? 'The TeamViewer app lacks the "read account" permission. Ask an administrator to check the OAuth app in the TeamViewer Management Console.'
                : refused(e.kind),
        )
    }
    // signing in again replaces the grant: the old one is revoked at TeamViewer (best effort), not left alive
    const previous = deps.grants.get(userId)
    if (previous && previous.accessToken && previous.accessToken !== grant.accessToken && previous.apiOrigin === origin) {
        try {
            deps.client(previous.accessToken).revoke()
        } catch (_e) {
            // already dead or unreachable: it is replaced either way
        }
    }
    deps.grants.save(userId, {
        accessToken: grant.accessToken,
        refreshToken: grant.refreshToken,
        expiresAtMs: deps.clock() + grant.expiresIn * 1000,
        tvUserId: account.userId,
        accountName: account.name,
        accountEmail: account.email,
        apiOrigin: origin,
        signedInAtMs: deps.clock(),
    })
    deps.log.info(`TeamViewer account ${account.userId} connected for user ${userId}`)
    return { ok: true, message: 'Signed in to TeamViewer. This window closes by itself.' }
}

/** The configured API origin, '' when the base URL is not valid (then no grant is usable). */
function configuredOrigin(deps: OAuthDeps): string {
    try {
        return deps.apiOrigin()
    } catch (_e) {
        return ''
    }
}

const signInRequired = (why: string) => new AppError('sign_in_required', `${why} ${SIGN_IN_AGAIN}`)

function refreshGrant(deps: OAuthDeps, userId: string, g: StoredGrant): StoredGrant {
    const s = deps.settings()
    requireClient(s)
    try {
        const fresh = deps.client('').refresh(g.refreshToken, { clientId: s.clientId, clientSecret: s.clientSecret })
        const next: StoredGrant = {
            ...g,
            accessToken: fresh.accessToken,
            refreshToken: fresh.refreshToken,
            expiresAtMs: deps.clock() + fresh.expiresIn * 1000,
        }
        deps.grants.save(userId, next)
        return next
    } catch (e) {
        if (!isTeamViewerError(e)) throw e
        if (e.kind === 'invalid_token' || e.kind === 'expired_token') {
            // single-use refresh tokens: another transaction may have refreshed first
            const now = deps.grants.get(userId)
            if (now && now.refreshToken !== g.refreshToken && now.expiresAtMs > deps.clock()) return now
            deps.grants.remove(userId)
            deps.log.warn(`TeamViewer refused to refresh the grant of user ${userId}; the grant was removed`)
            throw signInRequired('Your TeamViewer sign-in has expired or was revoked.')
        }
        if (e.kind === 'invalid_client')
            throw new AppError(
                'not_configured',
                "TeamViewer rejected the integration's OAuth client: an administrator must check the client ID and secret properties.",
            )
        // no answer: the refresh may or may not have happened; keep the row (the next attempt settles it)
        if (g.expiresAtMs > deps.clock()) return g
        throw new AppError('teamviewer_unavailable', 'TeamViewer could not be reached to renew your sign-in; try again in a moment.')
    }
}

/** The caller's grant, refreshed when it expires within REFRESH_MARGIN_MS. */
export function currentGrant(deps: OAuthDeps, userId: string, opts: { forceRefresh?: boolean } = {}): StoredGrant {
    const g = deps.grants.get(userId)
    if (!g || !g.accessToken) throw signInRequired('You are not signed in to TeamViewer.')
    // bound to the API that issued it: never sent to another endpoint (nor its refresh token with the client secret)
    if (g.apiOrigin !== deps.apiOrigin())
        throw signInRequired('Your TeamViewer sign-in was made with another TeamViewer API endpoint than the one now configured.')
    if (!opts.forceRefresh && g.expiresAtMs - deps.clock() > REFRESH_MARGIN_MS) return g
    if (!g.refreshToken) {
        deps.grants.remove(userId)
        throw signInRequired('Your TeamViewer sign-in has expired.')
    }
    return refreshGrant(deps, userId, g)
}

/**
 * Runs `action` with the caller's access token. A 401 token_expired refreshes once and repeats (the call
 * did not happen); any other 401 means the grant is dead: it is removed and the answer is "sign in again".
 */
export function withGrant<T>(deps: OAuthDeps, userId: string, action: (token: string, grant: StoredGrant) => T): T {
    let g = currentGrant(deps, userId)
    try {
        return action(g.accessToken, g)
    } catch (e) {
        if (!isTeamViewerError(e)) throw e
        if (e.kind === 'expired_token') {
            g = currentGrant(deps, userId, { forceRefresh: true })
            try {
                return action(g.accessToken, g)
            } catch (e2) {
                if (isTeamViewerError(e2) && (e2.kind === 'expired_token' || e2.kind === 'invalid_token')) {
                    deps.grants.remove(userId)
                    throw signInRequired('TeamViewer no longer accepts your sign-in.')
                }
                throw e2
            }
        }
        if (e.kind === 'invalid_token') {
            deps.grants.remove(userId)
            throw signInRequired('TeamViewer no longer accepts your sign-in (expired or revoked).')
        }
        throw e
    }
}

/**
 * Revokes the user's grant at TeamViewer (best effort) and deletes it. Returns whether there was one. An expired
 * access token revokes nothing at TeamViewer (its refresh token would live on there): it is renewed first, and
 * the new one revoked, which ends the pair.
 */
export function removeGrant(deps: OAuthDeps, userId: string): { removed: boolean; revokedAtTeamViewer: boolean } {
    const g = deps.grants.get(userId)
    if (!g) return { removed: false, revokedAtTeamViewer: false }
    let revoked = false
    try {
        if (g.accessToken && g.apiOrigin === configuredOrigin(deps)) {
            let token = g.accessToken
            if (g.expiresAtMs <= deps.clock() && g.refreshToken) {
                try {
                    token = refreshGrant(deps, userId, g).accessToken
                } catch (e) {
                    if (!isTeamViewerError(e) && !isAppError(e)) throw e
                    deps.log.warn(`TeamViewer revoke for user ${userId}: the expired grant could not be renewed to revoke it`)
                }
            }
            deps.client(token).revoke()
            revoked = true
        }
    } catch (e) {
        if (!isTeamViewerError(e)) throw e
        deps.log.warn(`TeamViewer revoke for user ${userId} failed (${e.kind}); the grant is deleted anyway`)
    }
    deps.grants.remove(userId)
    return { removed: true, revokedAtTeamViewer: revoked }
}

/** Who revokes, as far as revoking looks at them. */
export interface Revoker {
    sysId: string
    hasRole(role: string): boolean
}

/**
 * An app admin revokes a user's grant (REST `oauth/revoke/{user}` and the UI action *Revoke* on *Signed-in
 * supporters*): the role is checked here, the grant revoked at TeamViewer and deleted, one log line names the
 * user and the admin (sys_ids; never a token).
 */
export function revokeUserGrant(deps: OAuthDeps, caller: Revoker, userId: string): { removed: boolean; revokedAtTeamViewer: boolean } {
    if (!caller.hasRole(ROLE.admin))
        throw new AppError('not_allowed', `Revoking another user's TeamViewer sign-in requires the role ${ROLE.admin}.`)
    if (!/^[0-9a-f]{32}$/.test(userId)) throw new AppError('invalid_input', 'The user must be a sys_id.')
    const result = removeGrant(deps, userId)
    if (result.removed)
        deps.log.info(
            `TeamViewer sign-in of user ${userId} revoked by ${caller.sysId} (${result.revokedAtTeamViewer ? 'also revoked at TeamViewer' : 'not reached at TeamViewer; deleted here'})`,
        )
    return result
}

/** A supporter disconnects their own TeamViewer account (REST `oauth/disconnect`, the control's *Disconnect*). */
export function disconnectGrant(deps: OAuthDeps, userId: string): { removed: boolean; revokedAtTeamViewer: boolean } {
    const result = removeGrant(deps, userId)
    if (result.removed) deps.log.info(`TeamViewer account disconnected by user ${userId}`)
    return result
}

/** GET /oauth/status: whether the user is signed in to TeamViewer, and as whom. */
export function status(deps: OAuthDeps, userId: string): SignInStatus {
    let g = deps.grants.get(userId)
    if (g && (!g.accessToken || g.apiOrigin !== configuredOrigin(deps))) g = null // unusable: sign in again
    return { signedIn: !!g, accountName: g?.accountName ?? '', accountEmail: g?.accountEmail ?? '', tvUserId: g?.tvUserId ?? '' }
}
