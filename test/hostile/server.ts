/**
 * A deliberately hostile TeamViewer-compatible server (issue #10), for tests only. It speaks just enough of
 * the Web API (GET /api/v1/reports/connections, GET /api/v1/ping, /api/v1/account) to drive the app, and
 * misbehaves the way the security review did: endless or cyclic paging, lying `records_remaining`, error
 * descriptions that echo the Authorization header (or are huge), redirects, bodies trickled byte by byte,
 * poison record values.
 *
 * GET /api/v1/sessions (the online poll's list) misbehaves by `Plan.sessions`: endless pages, offset cycles, empty
 * pages that still point further.
 *
 * It runs in a child process (the app's HTTP blocks the test's thread): `startHostile()` in index.ts.
 * Control routes (JSON, never counted): POST /_hostile/plan {…Plan}; GET /_hostile/requests; DELETE /_hostile/requests.
 */
import http from 'node:http'

export interface Plan {
    /**
     * What GET /api/v1/reports/connections does:
     * - `pages`: answers `pages[offset_id ?? '']` verbatim (a JSON body), 400 for an unknown offset
     * - `endless`: every page has `perPage` fresh records (0: empty pages), a new `next_offset` and records_remaining 5
     * - `cycle`: offsets `cycle[0] → cycle[1] → … → cycle[0]` (one fresh record per page)
     * - `echo`: `status` with an error_description that repeats the Authorization header (and `padding` more characters)
     * - `redirect`: 302 to `location`
     * - `trickle`: 200 headers at once, then `body` one byte every `intervalMs`
     */
    mode: 'pages' | 'endless' | 'cycle' | 'echo' | 'redirect' | 'trickle'
    pages?: Record<string, unknown>
    perPage?: number
    cycle?: string[]
    status?: number
    padding?: number
    location?: string
    body?: string
    intervalMs?: number
    /** `endless` and `cycle` end (a last page without next_offset) after this many report requests; default 300. */
    limit?: number
    /**
     * What GET /api/v1/sessions does (open sessions `codes`, each online; default: one page of them):
     * - `endless`: every page lists `codes` again with a fresh `next_offset`
     * - `cycle`: offsets `cycle[0] → cycle[1] → … → cycle[0]`
     * - `empty`: an empty page with a fresh `next_offset`
     * Ends (a last page without next_offset) after `limit` session requests (default 300).
     */
    sessions?: { mode: 'one' | 'endless' | 'cycle' | 'empty'; codes: string[]; cycle?: string[]; limit?: number }
}

export interface SeenRequest {
    method: string
    url: string
    authorization: string
}

let counter = 0
/** A GUID-shaped record id, as TeamViewer's connection report uses. */
export function guid(n: number): string {
    const h = n.toString(16).padStart(12, '0')
    return `00000000-0000-4000-a000-${h}`
}

export function record(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
    const start = Date.UTC(2026, 8, 20, 0, 0, 0) + n * 60000
    return {
        id: guid(n),
        userid: 'u1001',
        username: 'Ann',
        deviceid: 'd100000001',
        devicename: 'PC-1',
        groupid: 'g1',
        groupname: 'ServiceNow',
        start_date: new Date(start).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        end_date: new Date(start + 30000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        fee: '0.00',
        currency: 'EUR',
        billing_state: 'Bill',
        notes: '',
        support_session_type: 1,
        ...extra,
    }
}

export function createHostileServer(): http.Server {
    let plan: Plan = { mode: 'pages', pages: { '': { records: [] } } }
    const seen: SeenRequest[] = []
    let served = 0
    let sessionsServed = 0

    const json = (res: http.ServerResponse, status: number, body: unknown) => {
        const text = JSON.stringify(body)
        res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) })
        res.end(text)
    }

    const reports = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => {
        const offset = url.searchParams.get('offset_id') ?? ''
        const auth = String(req.headers.authorization ?? '')
        served++
        // so that a client without a budget still ends (and its test fails instead of hanging)
        if ((plan.mode === 'endless' || plan.mode === 'cycle') && served > (plan.limit ?? 300)) return json(res, 200, { records: [] })
        switch (plan.mode) {
            case 'pages': {
                const page = plan.pages?.[offset]
                if (page === undefined)
                    return json(res, 400, { error: 'invalid_request', error_description: `unknown offset ${offset}`, error_code: 1 })
                return json(res, 200, page)
            }
            case 'endless': {
                const records = []
                for (let i = 0; i < (plan.perPage ?? 1); i++) records.push(record(++counter))
                return json(res, 200, { records, records_remaining: 5, next_offset: `next-${++counter}` })
            }
            case 'cycle': {
                const cycle = plan.cycle ?? ['a', 'b']
                const at = offset === '' ? -1 : cycle.indexOf(offset)
                return json(res, 200, { records: [record(++counter)], records_remaining: 5, next_offset: cycle[(at + 1) % cycle.length] })
            }
            case 'echo':
                return json(res, plan.status ?? 400, {
                    error: 'invalid_request',
                    error_description: `You sent ${auth} and ${req.headers['x-echo'] ?? ''}${'x'.repeat(plan.padding ?? 0)}`,
                    error_code: 1,
                })
            case 'redirect':
                res.writeHead(302, { Location: plan.location ?? '/captured' })
                return res.end()
            case 'trickle': {
                const body = plan.body ?? '{"records":[]}'
                res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) })
                let i = 0
                const timer = setInterval(() => {
                    if (i >= body.length || res.destroyed) {
                        clearInterval(timer)
                        return res.end()
                    }
                    res.write(body[i++])
                }, plan.intervalMs ?? 1000)
                res.on('close', () => clearInterval(timer))
                return
            }
        }
    }

    const sessions = (res: http.ServerResponse, url: URL) => {
        const p = plan.sessions ?? { mode: 'one', codes: [] }
        const list = p.codes.map((code) => ({ code, state: 'open', online: true, groupid: 'g1', support_session_type: 'Default' }))
        sessionsServed++
        if (p.mode === 'one' || sessionsServed > (p.limit ?? 300)) return json(res, 200, { sessions: list })
        if (p.mode === 'empty') return json(res, 200, { sessions: [], sessions_remaining: 5, next_offset: `e${sessionsServed}` })
        if (p.mode === 'endless') return json(res, 200, { sessions: list, sessions_remaining: 5, next_offset: `n${sessionsServed}` })
        const cycle = p.cycle ?? ['a', 'b']
        const offset = url.searchParams.get('offset') ?? ''
        const at = offset === '' ? -1 : cycle.indexOf(offset)
        return json(res, 200, { sessions: list, sessions_remaining: 5, next_offset: cycle[(at + 1) % cycle.length] })
    }

    return http.createServer((req, res) => {
        let raw = ''
        req.on('data', (c) => (raw += c))
        req.on('end', () => {
            const url = new URL(req.url ?? '/', 'http://hostile')
            // the test's fetch must never reuse a socket this server may close meanwhile (hostile modes drop
            // connections; idle ones time out): control answers close theirs
            if (url.pathname.startsWith('/_hostile/')) res.setHeader('Connection', 'close')
            if (url.pathname === '/_hostile/plan' && req.method === 'POST') {
                plan = JSON.parse(raw) as Plan
                served = 0
                sessionsServed = 0
                return json(res, 200, plan)
            }
            if (url.pathname === '/_hostile/requests') {
                if (req.method === 'DELETE') seen.length = 0
                return json(res, 200, seen)
            }
            seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: String(req.headers.authorization ?? '') })
            if (url.pathname === '/api/v1/ping') return json(res, 200, { token_valid: true })
            if (url.pathname === '/api/v1/reports/connections') return reports(req, res, url)
            if (url.pathname === '/api/v1/sessions' && req.method === 'GET') return sessions(res, url)
            return json(res, 404, { error: 'not_found', error_description: 'no such route', error_code: 1 })
        })
    })
}

if (require.main === module) {
    const server = createHostileServer()
    server.keepAliveTimeout = 120000
    server.listen(0, '127.0.0.1', () => {
        const address = server.address()
        process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : 0}\n`)
    })
    // the parent's pipe closing (it ended, even abruptly) ends this process
    process.stdin.on('end', () => process.exit(0))
    process.stdin.resume()
}
