/**
 * Issue #9 — error bodies as TeamViewer really sends them: a licence-limit 400 with a plain-text or
 * JSON-string body keeps its text; `blocked`, `too_many_retries` and rate limits are limits (stop and resume
 * later), not missing permissions; a body never carries a credential into a message.
 */
import { errorFromResponse } from '../../src/server/teamviewer/client.ts'
import { explain } from '../../src/server/teamviewer/errors.ts'
import type { HttpResponse } from '../../src/server/teamviewer/transport.ts'

const res = (status: number, body: string, headers: Record<string, string> = {}): HttpResponse => ({ status, body, headers })
const json = (status: number, o: unknown, headers: Record<string, string> = {}) => res(status, JSON.stringify(o), headers)

describe('bodies that are not a JSON error object keep their text', () => {
    test('licence limit as plain text', () => {
        const e = errorFromResponse('POST /sessions', res(400, 'Session could not be created due to license limitations.'))
        expect(e).toMatchObject({ kind: 'license_limit', status: 400 })
        expect(e.message).toBe('POST /sessions: HTTP 400 — Session could not be created due to license limitations.')
        expect(explain(e)).toMatch(/license limitations/)
    })
    test('licence limit as a JSON string', () => {
        const e = errorFromResponse('POST /sessions', json(400, 'Your license limitations do not allow more concurrent sessions'))
        expect(e).toMatchObject({ kind: 'license_limit' })
        expect(e.message).toBe('POST /sessions: HTTP 400 — Your license limitations do not allow more concurrent sessions.')
    })
    test('any other text body is kept, tags dropped, whitespace folded, cut to 200 characters', () => {
        expect(errorFromResponse('GET /x', res(400, 'from_date is invalid')).message).toBe('GET /x: HTTP 400 — from_date is invalid.')
        expect(
            errorFromResponse(
                'GET /x',
                res(502, '<html><head><style>p{}</style></head><body><h1>Bad   Gateway</h1>\n<p>upstream down</p></body></html>'),
            ).message,
        ).toBe('GET /x: HTTP 502 — Bad Gateway upstream down.')
        const long = errorFromResponse('GET /x', res(400, 'x'.repeat(500))).message
        expect(long.length).toBeLessThan(230)
    })
    test('a credential echoed in a body never reaches the message', () => {
        const e = errorFromResponse('GET /x', res(400, 'bad header Authorization: Bearer 1234-abcdefSECRET'))
        expect(e.message).not.toContain('abcdefSECRET')
        expect(e.message).toContain('Bearer [hidden]')
    })
    test('an empty body says only the status', () => {
        expect(errorFromResponse('GET /x', res(400, '')).message).toBe('GET /x: HTTP 400.')
    })
})

describe('limits are classified as the sources do', () => {
    test.each([
        [json(403, { error: 'rate_limit_reached', error_description: 'IP blocked or rate limit reached.' }), 'rate_limit_reached'],
        [json(403, { error: 'blocked', error_description: 'IP blocked or rate limit reached.' }), 'blocked'],
        [json(400, { error: 'too_many_retries', error_description: 'Too many retries.' }), 'too_many_retries'],
        [json(401, { error: 'too_many_retries' }), 'too_many_retries'],
        [res(403, 'IP blocked or rate limit reached.'), 'rate_limit_reached'],
        [res(403, 'Your IP address is blocked.'), 'blocked'],
        [res(429, ''), 'rate_limit_reached'],
    ])('%j is a limit (%s)', (r, code) => {
        const e = errorFromResponse('GET /reports/connections', r)
        expect(e).toMatchObject({ kind: 'rate_limited', code })
        expect(e.transient).toBe(false)
    })
    test('a limit honours Retry-After', () => {
        expect(errorFromResponse('GET /x', json(403, { error: 'blocked' }, { 'retry-after': '900' })).retryAfterSeconds).toBe(900)
    })
    test('blocked and too_many_retries explain themselves', () => {
        expect(explain(errorFromResponse('GET /x', json(403, { error: 'blocked' })))).toMatch(
            /^TeamViewer is blocking calls from this instance for now/,
        )
        expect(explain(errorFromResponse('GET /x', json(400, { error: 'too_many_retries' })))).toMatch(
            /^TeamViewer refuses further attempts for now \(too many retries\)/,
        )
    })
    test('other 403s stay missing permissions', () => {
        expect(
            errorFromResponse('GET /x', json(403, { error: 'invalid_permission', error_description: 'Missing Connections.Read' })).kind,
        ).toBe('missing_permission')
        expect(errorFromResponse('GET /x', res(403, 'Forbidden')).kind).toBe('missing_permission')
    })
})
