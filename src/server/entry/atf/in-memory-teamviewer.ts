/**
 * An in-memory TeamViewer Web API for the app's ATF suite (src/fluent/tests/main-story.now.ts): an HttpTransport
 * that answers the few calls of a service case's life the way the API does — POST /sessions (a new open session
 * with its links), PUT /sessions/{code} (204; closing records one completed connection, as a customer who
 * connected would leave), GET /reports/connections?session_code= (one page), GET /ping. Anything else answers
 * 404 with TeamViewer's error object. No network: the ATF test runs on any sub-production instance without a
 * TeamViewer account, and the app's real client, parsing and stores run in the instance's JavaScript engine.
 */
import type { HttpRequest, HttpResponse, HttpTransport } from '../../teamviewer/transport.ts'

interface FakeSession {
    code: string
    state: 'open' | 'closed'
    groupName: string
    description: string
    endCustomer: { name?: string; email?: string }
    createdAt: string
}

interface FakeConnection {
    id: string
    session_code: string
    userid: string
    username: string
    deviceid: string
    devicename: string
    groupid: string
    groupname: string
    start_date: string
    end_date: string
    support_session_type: number
    end_customer: { name?: string; email?: string }
}

/** The TeamViewer user the ATF story's supporter is signed in as. */
export const ATF_TV_USER = { id: 'u9000001', name: 'ATF Supporter' }
export const ATF_GROUP_ID = 'g9000001'

function json(status: number, body: unknown): HttpResponse {
    return { status, body: body === undefined ? '' : JSON.stringify(body), headers: { 'content-type': 'application/json' } }
}

function notFound(what: string): HttpResponse {
    return json(404, { error: 'not_found', error_description: what, error_code: 4 })
}

function iso(ms: number): string {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function parseBody(body: string | undefined): Record<string, unknown> {
    try {
        const v = body ? JSON.parse(body) : {}
        return v && typeof v === 'object' ? (v as Record<string, unknown>) : {}
    } catch (_e) {
        return {}
    }
}

/** The query parameters of a URL (no URL class on the instance). */
function queryOf(url: string): Record<string, string> {
    const out: Record<string, string> = {}
    const q = url.indexOf('?') >= 0 ? url.slice(url.indexOf('?') + 1) : ''
    for (const part of q.split('&')) {
        if (!part) continue
        const eq = part.indexOf('=')
        const k = decodeURIComponent(eq >= 0 ? part.slice(0, eq) : part)
        out[k] = eq >= 0 ? decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' ')) : ''
    }
    return out
}

export class InMemoryTeamViewer implements HttpTransport {
    private readonly sessions: Record<string, FakeSession> = {}
    private readonly connections: FakeConnection[] = []
    /** "METHOD /path" of every request received, in order. */
    readonly received: string[] = []
    private serial = 0

    constructor(
        private readonly baseUrl: string,
        private readonly now: () => number,
    ) {}

    /** A session code like TeamViewer's (s12-345-678), from the clock and a serial: unlikely to meet a stored one. */
    private newCode(): string {
        const d = `00000000${(Math.floor(this.now() / 1000) * 10 + this.serial++) % 100000000}`.slice(-8)
        return `s${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5, 8)}`
    }

    /** A record id like TeamViewer's (a GUID), derived from the session code. */
    private static recordId(code: string): string {
        const digits = code.replace(/\D/g, '')
        return `a7f00000-0000-4000-8000-0000${digits}`
    }

    private session(s: FakeSession): Record<string, unknown> {
        return {
            code: s.code,
            state: s.state === 'open' ? 'Open' : 'Closed',
            groupid: ATF_GROUP_ID,
            groupname: s.groupName,
            description: s.description,
            end_customer: s.endCustomer,
            assigned_userid: ATF_TV_USER.id,
            end_customer_link: `https://get.teamviewer.com/${s.code}`,
            supporter_link: `https://start.teamviewer.com/${s.code}?atf=supporter`,
            webclient_supporter_link: `https://login.teamviewer.com/ws/${s.code}`,
            created_at: s.createdAt,
            valid_until: iso(Date.parse(s.createdAt) + 24 * 3600 * 1000),
            support_session_type: 'Default',
        }
    }

    send(request: HttpRequest): HttpResponse {
        if (request.url.indexOf(this.baseUrl) !== 0) return { status: 0, body: '', headers: {}, error: 'unknown host' }
        const rest = request.url.slice(this.baseUrl.length)
        const path = rest.split('?')[0]
        this.received.push(`${request.method} ${path}`)
        if (!/^Bearer \S+$/.test(request.headers.Authorization || '')) return json(401, { error: 'invalid_token', error_code: 1 })
        if (request.method === 'GET' && path === '/ping') return json(200, { token_valid: true })
        if (request.method === 'POST' && path === '/sessions') {
            const b = parseBody(request.body)
            const customer = (b.end_customer && typeof b.end_customer === 'object' ? b.end_customer : {}) as FakeSession['endCustomer']
            const s: FakeSession = {
                code: this.newCode(),
                state: 'open',
                groupName: String(b.groupname || ''),
                description: String(b.description || ''),
                endCustomer: customer,
                createdAt: iso(this.now()),
            }
            this.sessions[s.code] = s
            return json(200, this.session(s))
        }
        const one = /^\/sessions\/([^/]+)$/.exec(path)
        if (one) {
            const s = this.sessions[decodeURIComponent(one[1])]
            if (!s) return notFound('The session does not exist.')
            if (request.method === 'GET') return json(200, this.session(s))
            if (request.method === 'PUT') {
                const b = parseBody(request.body)
                if (b.state === 'closed' && s.state === 'open') {
                    s.state = 'closed'
                    const end = this.now()
                    this.connections.push({
                        id: InMemoryTeamViewer.recordId(s.code),
                        session_code: s.code,
                        userid: ATF_TV_USER.id,
                        username: ATF_TV_USER.name,
                        deviceid: 'd9000001',
                        devicename: 'ATF customer device',
                        groupid: ATF_GROUP_ID,
                        groupname: s.groupName,
                        start_date: iso(end - 20 * 60 * 1000),
                        end_date: iso(end - 5 * 60 * 1000),
                        support_session_type: 2,
                        end_customer: s.endCustomer,
                    })
                }
                return { status: 204, body: '', headers: {} }
            }
        }
        if (request.method === 'GET' && path === '/reports/connections') {
            const code = queryOf(rest).session_code || ''
            const records = this.connections.filter((c) => !code || c.session_code === code)
            return json(200, { records, records_remaining: 0 })
        }
        return notFound(`${request.method} ${path} is not part of the ATF test's TeamViewer.`)
    }
}
