import { RestApi } from '@servicenow/sdk/core'
import { disconnect, getAuthorizeUrl, getStatus, oauthCallback, revokeUser } from '../../server/entry/routes/oauth'

/**
 * Supporter sign-in to TeamViewer: /api/x_tvgh_teamviewer/oauth/...
 * Why: the form control opens the authorize URL in a popup; TeamViewer redirects the popup to /callback
 * (the redirect URI registered in TeamViewer), which answers a small page. Every route checks the caller
 * in src/server/entry/routes/oauth.ts and requires a signed-in session called with X-UserToken — except the
 * callback: TeamViewer reaches it by a top-level navigation of the pop-up, which carries the session cookie
 * but no X-UserToken, and an instance answers such a request 401 (KB0565021). So the callback alone is public
 * (no authentication, ACL or internal role): it runs as guest and takes the user from the stored single-use,
 * 10-minute state, never from the caller (src/server/oauth/grants.ts completeSignIn).
 */
RestApi({
    $id: Now.ID['api_oauth'],
    name: 'TeamViewer sign-in',
    serviceId: 'oauth',
    routes: [
        {
            $id: Now.ID['api_oauth_authorize'],
            name: 'authorize',
            method: 'GET',
            path: '/authorize',
            script: getAuthorizeUrl,
            shortDescription: 'The TeamViewer sign-in URL (with a fresh single-use state) for the popup.',
        },
        {
            $id: Now.ID['api_oauth_callback'],
            name: 'callback',
            method: 'GET',
            path: '/callback',
            script: oauthCallback,
            produces: 'text/html',
            authentication: false,
            authorization: false,
            internalRole: false,
            shortDescription:
                'OAuth redirect URI (public): the user comes from the single-use state; exchanges the code, answers an HTML page.',
        },
        {
            $id: Now.ID['api_oauth_status'],
            name: 'status',
            method: 'GET',
            path: '/status',
            script: getStatus,
            shortDescription: 'Whether the caller is signed in to TeamViewer, and as whom.',
        },
        {
            $id: Now.ID['api_oauth_disconnect'],
            name: 'disconnect',
            method: 'POST',
            path: '/disconnect',
            script: disconnect,
            shortDescription: "Revokes and deletes the caller's TeamViewer grant.",
        },
        {
            $id: Now.ID['api_oauth_revoke'],
            name: 'revoke',
            method: 'POST',
            path: '/revoke/{user}',
            script: revokeUser,
            shortDescription: "Admins: revokes and deletes a user's TeamViewer grant.",
        },
    ],
})
