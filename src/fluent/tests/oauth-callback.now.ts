import { Test } from '@servicenow/sdk/core'

/**
 * TeamViewer's sign-in page redirects the pop-up to the OAuth callback: a top-level navigation, which cannot
 * carry X-UserToken. The route must answer that request itself (public, run as guest: the user comes from the
 * stored single-use state), never the platform's 401. With an unknown state it refuses with its own page.
 */
export const atfOAuthCallback = Test(
    {
        $id: Now.ID['atf_oauth_callback'],
        name: 'TeamViewer: the sign-in callback answers without X-UserToken',
        description:
            "Calls /oauth/callback with an unknown state and no credentials or X-UserToken, as TeamViewer's redirect arrives: the route answers its own HTML page (400, 'TeamViewer sign-in failed', not cached), not the platform's 401.",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.rest.sendRestRequest({
            $id: Now.ID['atf_oauth_callback_request'],
            path: `/api/x_tvgh_teamviewer/oauth/callback`,
            method: 'get',
            auth: '',
            queryParameters: { code: 'atf-code', state: 'atf-unknown-state' },
            headers: { Accept: 'text/html' },
        })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_oauth_callback_not_401'], operation: 'not_equals', statusCode: 401 })
        atf.rest.assertStatusCode({ $id: Now.ID['atf_oauth_callback_400'], operation: 'equals', statusCode: 400 })
        atf.rest.assertResponseHeader({
            $id: Now.ID['atf_oauth_callback_html'],
            headerName: 'Content-Type',
            operation: 'contains',
            headerValue: 'text/html',
        })
        atf.rest.assertResponseHeader({
            $id: Now.ID['atf_oauth_callback_no_store'],
            headerName: 'Cache-Control',
            operation: 'contains',
            headerValue: 'no-store',
        })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf_oauth_callback_page'],
            operation: 'contains',
            responseBody: 'TeamViewer sign-in failed',
        })
    },
)
