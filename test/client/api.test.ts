/**
 * The control's REST client (src/client/form-control/api.ts): the session token header, JSON bodies, the
 * routes it calls, and every failure as a sentence for the supporter.
 */
import { createApi, isApiError, readAnswer, type FetchLike } from '../../src/client/form-control/api'

function recorder(status: number, body: string) {
    const calls: Array<{ url: string; method: string; headers: Record<string, string>; body?: string; credentials: string }> = []
    const fetchFn: FetchLike = async (url, init) => {
        calls.push({ url, ...init })
        return { status, text: async () => body }
    }
    return { calls, fetchFn }
}

test('every call carries X-UserToken (g_ck) and same-origin credentials; bodies are JSON', async () => {
    const r = recorder(200, '{"result":{"sysId":"c","code":"s1"}}')
    const api = createApi(r.fetchFn, () => 'ck-123')
    await api.createCase('a'.repeat(32), { endCustomerName: 'Dana' })
    await api.startCase('c/../x')
    expect(r.calls.map((c) => [c.method, c.url, c.body])).toEqual([
        ['POST', `/api/x_tvgh_teamviewer/cases/task/${'a'.repeat(32)}`, '{"endCustomerName":"Dana"}'],
        ['POST', '/api/x_tvgh_teamviewer/cases/c%2F..%2Fx/start', '{}'],
    ])
    for (const c of r.calls)
        expect([c.headers['X-UserToken'], c.headers['Content-Type'], c.credentials]).toEqual(['ck-123', 'application/json', 'same-origin'])
})

test.each([
    ['GET', 'signInStatus', '/api/x_tvgh_teamviewer/oauth/status'],
    ['GET', 'authorizeUrl', '/api/x_tvgh_teamviewer/oauth/authorize'],
    ['GET', 'taskCases', '/api/x_tvgh_teamviewer/cases/task/t1'],
    ['POST', 'closeCase', '/api/x_tvgh_teamviewer/cases/t1/close'],
    ['POST', 'inviteCase', '/api/x_tvgh_teamviewer/cases/t1/invite'],
] as const)('%s %s → %s', async (method, fn, url) => {
    const r = recorder(200, '{"result":{"url":"https://login.teamviewer.com/x"}}')
    const api = createApi(r.fetchFn, () => 'ck')
    await (api[fn] as (id: string) => Promise<unknown>)('t1')
    expect([r.calls[0].method, r.calls[0].url]).toEqual([method, url])
})

test.each([
    [
        409,
        '{"result":{"error":{"code":"sign_in_required","message":"Sign in to TeamViewer again."}}}',
        'sign_in_required',
        'Sign in to TeamViewer again.',
    ],
    [
        401,
        '{"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}',
        'session_expired',
        'Your ServiceNow session has ended. Reload the page and sign in again.',
    ],
    [403, '', 'not_allowed', 'You are not allowed to do this on this record.'],
    [500, '<html>Internal error</html>', 'http_error', 'ServiceNow could not complete the request (HTTP 500). Try again in a moment.'],
    [200, 'not json', 'http_error', 'ServiceNow could not complete the request (HTTP 200). Try again in a moment.'],
])('HTTP %i %s → %s', (status, body, code, message) => {
    let thrown: unknown
    try {
        readAnswer(status, body)
    } catch (e) {
        thrown = e
    }
    expect(isApiError(thrown)).toBe(true)
    expect(thrown).toMatchObject({ code, status, message })
})

test('a network failure is a sentence too', async () => {
    const api = createApi(
        async () => {
            throw new TypeError('Failed to fetch')
        },
        () => 'ck',
    )
    await expect(api.signInStatus()).rejects.toMatchObject({
        code: 'network',
        message: 'ServiceNow could not be reached. Check your connection and try again.',
    })
})
