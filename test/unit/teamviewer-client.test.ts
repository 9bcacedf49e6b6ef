/**
 * Pure parts of the TeamViewer client: tolerant parsing, error mapping, endpoint allow-list, and the
 * retry rules, driven through a scripted transport. The same client runs against the simulator over
 * real HTTP in test/teamviewer (built app, local runtime).
 */
import { TeamViewerClient, errorFromResponse } from '../../src/server/teamviewer/client.ts'
import { checkBaseUrl } from '../../src/server/teamviewer/endpoint.ts'
import { TeamViewerError } from '../../src/server/teamviewer/errors.ts'
import { parseConnectionPage, parseConnectionRecord, parseSession, parseTokenGrant } from '../../src/server/teamviewer/parse.ts'
import type { HttpRequest, HttpResponse, HttpTransport } from '../../src/server/teamviewer/transport.ts'

class Scripted implements HttpTransport {
    sent: HttpRequest[] = []
    constructor(private readonly answers: HttpResponse[]) {}
    send(request: HttpRequest): HttpResponse {
        this.sent.push(request)
        const next = this.answers.shift()
        if (!next) throw new Error('no scripted answer left')
        return next
    }
}

const ok = (body: unknown, status = 200): HttpResponse => ({
    status,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: {},
})
const err = (status: number, error: string, description = '', headers: Record<string, string> = {}): HttpResponse => ({
    status,
    body: JSON.stringify({ error, error_description: description, error_code: error === 'token_expired' ? 1 : 0 }),
    headers,
})

function client(t: HttpTransport, token = 'secret-token-123'): TeamViewerClient {
    return new TeamViewerClient(t, { baseUrl: 'https://webapi.teamviewer.com/api/v1', allowCustomEndpoint: false, timeoutMs: 5000, token })
}

describe('endpoint allow-list', () => {
    test('https under teamviewer.com passes, trailing slash removed', () => {
        expect(checkBaseUrl('https://webapi.teamviewer.com/api/v1/', false)).toBe('https://webapi.teamviewer.com/api/v1')
    })
    test.each([
        'http://webapi.teamviewer.com/api/v1',
        'https://teamviewer.com.evil.example/api',
        'https://evilteamviewer.com/api',
        'http://127.0.0.1:8080/api/v1',
    ])('%s is refused unless custom endpoints are allowed', (url) => {
        expect(() => checkBaseUrl(url, false)).toThrow(/not an https address under teamviewer.com/)
        expect(checkBaseUrl(url, true)).toBe(url)
    })
    test('garbage is refused even when custom endpoints are allowed', () => {
        expect(() => checkBaseUrl('ftp://x', true)).toThrow(/not a valid http\(s\) URL/)
    })
})

describe('parsing accepts both documented and recorded shapes', () => {
    test('connection page with reports_remaining, integer session type, absent optional fields', () => {
        const page = parseConnectionPage({
            records: [
                {
                    id: 'a1',
                    userid: 'u1',
                    username: 'Ann',
                    deviceid: 'd1',
                    groupid: 'g1',
                    groupname: 'G',
                    start_date: '2024-04-16T20:40:38Z',
                    support_session_type: 2,
                    fee: '0.00',
                },
            ],
            reports_remaining: 5,
            next_offset: 'a1',
        })
        expect(page.remaining).toBe(5)
        expect(page.nextOffset).toBe('a1')
        expect(page.records[0]).toMatchObject({
            id: 'a1',
            endDate: null,
            deviceName: '',
            supportSessionType: '2',
            sessionCode: '',
            feedbackRating: null,
        })
    })
    test('last page has no counters', () => {
        expect(parseConnectionPage({ records: [] })).toEqual({ records: [], nextOffset: null, remaining: null, refused: [] })
    })
    test('a record without id is a malformed response', () => {
        expect(() => parseConnectionRecord({ start_date: '2024-01-01T00:00:00Z' })).toThrow(TeamViewerError)
    })
    test('session state in any case; unknown state is malformed', () => {
        expect(parseSession({ code: 's12-345-678', state: 'Open' }).state).toBe('open')
        expect(parseSession({ code: 's12-345-678', state: 'closed', online: true }).online).toBe(true)
        expect(() => parseSession({ code: 's12-345-678', state: 'weird' })).toThrow(/unknown session state/)
    })
    test('an unassigned session ("u0") has no assigned user', () => {
        expect(parseSession({ code: 's12-345-678', state: 'open', assigned_userid: 'u0' }).assignedUserId).toBe('')
        expect(parseSession({ code: 's12-345-678', state: 'open', assigned_userid: 'u123' }).assignedUserId).toBe('u123')
    })
    test('token grant honours expires_in', () => {
        expect(parseTokenGrant({ access_token: 'a', refresh_token: 'r', expires_in: 3600 }).expiresIn).toBe(3600)
        expect(parseTokenGrant({ access_token: 'a', refresh_token: 'r' }).expiresIn).toBe(86400)
    })
})

describe('error mapping', () => {
    test.each([
        [err(401, 'token_expired', 'The access token expired'), 'expired_token'],
        [err(401, 'invalid_token'), 'invalid_token'],
        [err(400, 'invalid_grant'), 'invalid_token'],
        [err(401, 'invalid_client'), 'invalid_client'],
        [err(403, 'invalid_permission'), 'missing_permission'],
        [err(403, 'rate_limit_reached'), 'rate_limited'],
        [{ status: 429, body: '', headers: { 'retry-after': '120' } }, 'rate_limited'],
        [err(404, 'not_found'), 'not_found'],
        [err(400, 'invalid_request', 'Session could not be created due to license limitations.'), 'license_limit'],
        [
            {
                status: 400,
                body: 'The session could not be created due to license limitations.',
                headers: { 'content-type': 'text/plain' },
            },
            'license_limit',
        ],
        [err(400, 'invalid_request', 'end_customer.email is invalid'), 'invalid_request'],
        [err(500, 'internal_error'), 'server_error'],
        [{ status: 502, body: '<html>bad gateway</html>', headers: {} }, 'server_error'],
        [{ status: 0, body: '', headers: {}, error: 'connect ECONNREFUSED' }, 'network_error'],
    ] as [HttpResponse, string][])('%j → %s', (res, kind) => {
        expect(errorFromResponse('GET /x', res).kind).toBe(kind)
    })
    test('Retry-After in seconds or as an HTTP date', () => {
        expect(errorFromResponse('GET /x', { status: 429, body: '', headers: { 'retry-after': '120' } }).retryAfterSeconds).toBe(120)
        const now = Date.UTC(2026, 0, 1, 0, 0, 0)
        expect(
            errorFromResponse('GET /x', { status: 429, body: '', headers: { 'retry-after': 'Thu, 01 Jan 2026 00:01:30 GMT' } }, now)
                .retryAfterSeconds,
        ).toBe(90)
    })
})

describe('client behaviour', () => {
    test('sends the bearer token, JSON body and query string; never puts the token in an error', () => {
        const t = new Scripted([err(500, 'internal_error', 'boom'), err(500, 'internal_error'), err(500, 'internal_error')])
        let caught: unknown
        try {
            client(t).connectionPage({ from: '2024-01-01T00:00:00Z', to: '2024-01-02T00:00:00Z', offsetId: 'abc' })
        } catch (e) {
            caught = e
        }
        expect(caught).toBeInstanceOf(TeamViewerError)
        expect(String((caught as Error).message)).not.toContain('secret-token-123')
        expect(t.sent[0].headers.Authorization).toBe('Bearer secret-token-123')
        expect(t.sent[0].url).toBe(
            'https://webapi.teamviewer.com/api/v1/reports/connections?from_date=2024-01-01T00%3A00%3A00Z&to_date=2024-01-02T00%3A00%3A00Z&offset_id=abc',
        )
    })
    test('reads are repeated on server errors and malformed answers, up to 3 attempts', () => {
        const t = new Scripted([err(503, 'internal_error'), ok('{not json'), ok({ records: [], records_remaining: 0 })])
        const c = client(t)
        expect(c.connectionPage({}).records).toEqual([])
        expect(t.sent).toHaveLength(3)
        expect(c.requests).toBe(3)
    })
    test('a session create is never repeated', () => {
        const t = new Scripted([{ status: 0, body: '', headers: {}, error: 'timed out' }])
        expect(() => client(t).createSession({ groupName: 'ServiceNow' })).toThrow(expect.objectContaining({ kind: 'network_error' }))
        expect(t.sent).toHaveLength(1)
    })
    test('a refresh-token grant is never repeated (refresh tokens are single-use)', () => {
        const t = new Scripted([err(500, 'internal_error')])
        expect(() => client(t, '').refresh('r1', { clientId: 'id', clientSecret: 's' })).toThrow(
            expect.objectContaining({ kind: 'server_error' }),
        )
        expect(t.sent).toHaveLength(1)
        expect(t.sent[0].headers.Authorization).toBeUndefined()
        expect(t.sent[0].body).toBe('grant_type=refresh_token&refresh_token=r1&client_id=id&client_secret=s')
    })
    test('rate limiting is not repeated and reports the retry time', () => {
        const t = new Scripted([{ status: 429, body: '', headers: { 'retry-after': '30' } }])
        expect(() => client(t).connectionPage({})).toThrow(expect.objectContaining({ kind: 'rate_limited', retryAfterSeconds: 30 }))
        expect(t.sent).toHaveLength(1)
    })
    test('a Retry-After date is measured against the injected clock, not the machine time', () => {
        const t = new Scripted([{ status: 429, body: '', headers: { 'retry-after': 'Thu, 01 Jan 2026 00:01:30 GMT' } }])
        const c = new TeamViewerClient(t, {
            baseUrl: 'https://webapi.teamviewer.com/api/v1',
            allowCustomEndpoint: false,
            timeoutMs: 5000,
            token: 'secret-token-123',
            clock: () => Date.UTC(2026, 0, 1),
        })
        expect(() => c.connectionPage({})).toThrow(expect.objectContaining({ kind: 'rate_limited', retryAfterSeconds: 90 }))
    })
    test('a missing token is a configuration error before any call', () => {
        const t = new Scripted([])
        expect(() => client(t, '').connectionPage({})).toThrow(expect.objectContaining({ kind: 'configuration' }))
        expect(t.sent).toHaveLength(0)
    })
})
