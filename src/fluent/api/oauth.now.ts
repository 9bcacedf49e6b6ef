import { RestApi } from '@servicenow/sdk/core'
import { disconnect, getAuthorizeUrl, getStatus, oauthCallback, revokeUser } from '../../server/entry/routes/oauth'

/**
 * Supporter sign-in to TeamViewer: /api/x_tvgh_teamviewer/oauth/...
 * Why: the form control opens the authorize URL in a popup; TeamViewer redirects the popup to /callback
 * (the redirect URI registered in TeamViewer), which answers a small page. Every route checks the caller
 * in src/server/entry/routes/oauth.ts; all require a signed-in ServiceNow session.
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
            shortDescription: 'OAuth redirect URI: exchanges the code and answers an HTML page.',
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
