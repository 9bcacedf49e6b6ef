/**
 * OAuth 2.0: the sign-in page (login.teamviewer.com/oauth2/authorize in the real world, served here at the root
 * of the simulator) and the token / revoke endpoints under /api/v1/oauth2.
 * Errors follow RFC 6749: an unknown client or an unregistered redirect URI is shown to the user and never
 * redirected (§4.1.2.1); a denial redirects with error=access_denied and the state.
 */
import type { ServerResponse } from 'node:http'
import { ApiError, escapeHtml, send, type Reply } from './errors'
import type { SimState, Token } from './state'

/** Authorization codes live 10 minutes (TeamViewer Web API documentation, "Authorization Endpoint"). */
export const CODE_TTL_MS = 10 * 60000

export function authorizePage(state: SimState, method: string, url: URL, body: string, res: ServerResponse): void {
    const p = method === 'POST' ? new URLSearchParams(body) : url.searchParams
    const client = state.clients.get(p.get('client_id') ?? '')
    const redirect = p.get('redirect_uri') ?? ''
    const st = p.get('state')
    const html = (status: number, inner: string) =>
        send(
            res,
            status,
            `<!doctype html><html><head><meta charset="utf-8"><title>TeamViewer – Sign in</title></head><body>${inner}</body></html>`,
            { 'Content-Type': 'text/html; charset=utf-8' },
        )
    if (!client)
        return html(
            400,
            '<h1>Sign in to TeamViewer (simulator)</h1><p id="error">invalid_client: the application (client_id) is unknown.</p>',
        )
    if (!client.redirectUris.includes(redirect))
        return html(
            400,
            '<h1>Sign in to TeamViewer (simulator)</h1><p id="error">invalid_request: the redirect_uri is not registered for this application.</p>',
        )
    const back = (params: Record<string, string>) => {
        const target = new URL(redirect)
        for (const [k, v] of Object.entries(params)) target.searchParams.set(k, v)
        if (st !== null) target.searchParams.set('state', st)
        res.writeHead(302, { Location: target.toString() })
        res.end()
    }
    if ((p.get('response_type') ?? 'code') !== 'code') return back({ error: 'unsupported_response_type' })
    let failed = ''
    if (method === 'POST') {
        if (p.get('decision') === 'deny') return back({ error: 'access_denied' })
        const email = (p.get('email') ?? '').trim().toLowerCase()
        const user = [...state.users.values()].find((u) => u.email.toLowerCase() === email && u.password === p.get('password'))
        if (user) {
            const code = state.secret(16)
            state.codes.set(code, {
                code,
                clientId: client.id,
                redirectUri: redirect,
                userId: user.id,
                expiresAt: state.now() + CODE_TTL_MS,
                used: false,
            })
            return back({ code })
        }
        failed = '<p id="error">Wrong e-mail or password.</p>'
    }
    const hidden = ['client_id', 'redirect_uri', 'state', 'response_type', 'display']
        .filter((k) => p.get(k) !== null)
        .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(p.get(k) ?? '')}">`)
        .join('')
    const users = [...state.users.values()]
        .filter((u) => !u.generated)
        .map((u) => `<li><code>${escapeHtml(u.email)}</code> / <code>${escapeHtml(u.password)}</code></li>`)
        .join('')
    html(
        200,
        `<h1>Sign in to TeamViewer (simulator)</h1>${failed}
<form method="post" action="/oauth2/authorize">${hidden}
<p><label>E-mail <input name="email" type="email" id="email" autocomplete="username"></label></p>
<p><label>Password <input name="password" type="password" id="password" autocomplete="current-password"></label></p>
<p>The application asks to create and manage sessions and to read your account in your name.</p>
<button name="decision" value="allow" id="allow" type="submit">Sign in and allow</button> <button name="decision" value="deny" id="deny" type="submit">Deny</button>
</form><p>Simulated users:</p><ul>${users}</ul>`,
    )
}

const grant = (state: SimState, g: { access: string; refresh: string }): Reply => ({
    status: 200,
    body: { access_token: g.access, token_type: 'bearer', expires_in: state.expiresIn, refresh_token: g.refresh },
})

/** POST /api/v1/oauth2/token (form-encoded). invalid_client 401, invalid_grant / invalid_request 400. */
export function token(state: SimState, body: string): Reply {
    const p = new URLSearchParams(body)
    const grantType = p.get('grant_type')
    if (!grantType) throw new ApiError(400, 'invalid_request', 'The grant_type parameter is missing.')
    const client = state.clients.get(p.get('client_id') ?? '')
    if (!client || client.secret !== p.get('client_secret')) throw new ApiError(401, 'invalid_client', 'Client authentication failed.')
    if (grantType === 'authorization_code') {
        if (!p.get('code')) throw new ApiError(400, 'invalid_request', 'The code parameter is missing.')
        const code = state.codes.get(p.get('code') as string)
        if (!code || code.clientId !== client.id) throw new ApiError(400, 'invalid_grant', 'The authorization code is invalid.')
        if (code.used) throw new ApiError(400, 'invalid_grant', 'The authorization code has already been used.')
        if (code.expiresAt <= state.now()) throw new ApiError(400, 'invalid_grant', 'The authorization code expired.')
        if (code.redirectUri !== p.get('redirect_uri'))
            throw new ApiError(400, 'invalid_grant', 'The redirect_uri does not match the one of the authorization request.')
        code.used = true
        return grant(state, state.issueGrant(client.id, code.userId))
    }
    if (grantType === 'refresh_token') {
        const value = p.get('refresh_token')
        if (!value) throw new ApiError(400, 'invalid_request', 'The refresh_token parameter is missing.')
        const old = state.refreshTokens.get(value)
        if (!old || old.clientId !== client.id) throw new ApiError(400, 'invalid_grant', 'The refresh token is invalid.')
        // single use: the old refresh token and its access token die, a new pair is issued
        state.refreshTokens.delete(value)
        state.tokens.delete(old.accessToken)
        return grant(state, state.issueGrant(client.id, old.userId))
    }
    throw new ApiError(400, 'unsupported_grant_type', `The grant_type ${grantType} is not supported.`)
}

/** POST /api/v1/oauth2/revoke with the bearer token → 200 with an empty body. */
export function revoke(state: SimState, t: Token): Reply {
    state.revoke(t.value)
    return { status: 200, body: '' }
}
