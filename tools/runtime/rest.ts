/**
 * The scripted REST dispatcher: a build's `sys_ws_operation` routes called as a user, as the platform's
 * REST API framework does — routing by method and operation URI, authentication (401) and enforced REST
 * ACLs (403), the `request`/`response` objects of the operation script, a 500 for an exception.
 */
import type { RuntimeContext } from './context'
import type { Security, UserInfo } from './security'
import { GUEST, type Users } from './users'

export interface RestResult {
    status: number
    headers: Record<string, string>
    body: string
    /** The body parsed as JSON, when it is JSON. */
    json: unknown
}

export interface RestOptions {
    user?: string | null
    body?: unknown
    headers?: Record<string, string>
}

/**
 * Calls a scripted REST route of the build as a user: routed by method and operation URI
 * (`/api/<namespace>/<service>/<path with {params}>`), refused with 401 for no user when the route
 * requires authentication and 403 when an enforced ACL refuses; a public route (authentication off) runs as
 * guest whoever calls it; the operation script runs with
 * `request` (pathParams, queryParams as arrays, body.data, getHeader) and `response` (setStatus,
 * setBody, setHeader). An exception becomes a 500 with {"error":{"message"}} as on the platform.
 */
export function dispatchRest(
    ctx: RuntimeContext,
    users: Users,
    security: Security,
    method: string,
    url: string,
    opts: RestOptions = {},
): RestResult {
    const parsed = new URL(url, 'http://instance')
    const ops = ctx.query('sys_ws_operation', `http_method=${method.toUpperCase()}`)
    let match: { op: Record<string, string>; params: Record<string, string> } | null = null
    for (const op of ops) {
        if (op.active === '0' || op.active === 'false') continue
        const names: string[] = []
        const pattern = new RegExp(
            `^${op.operation_uri.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, n: string) => (names.push(n), '([^/]+)'))}$`,
        )
        const m = pattern.exec(parsed.pathname)
        if (m) {
            match = { op, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) }
            break
        }
    }
    const json = (status: number, body: unknown): RestResult => ({
        status,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        json: body,
    })
    if (!match) return json(400, { error: { message: 'Requested URI does not represent any resource', detail: parsed.pathname } })
    const { op, params } = match
    const user = opts.user ?? null
    // a route with authentication off is public: it runs as guest, whoever calls it (the caller's session, if
    // any, is not used); otherwise a caller is required (the web server passes one only for a session whose
    // X-UserToken matches, or the test's user, as Basic authentication would)
    const isPublic = op.requires_authentication === '0' || op.requires_authentication === 'false'
    if (!isPublic) {
        if (!user) return json(401, { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' } })
        if (!users.has(user)) throw new Error(`unknown user ${user}`)
    }
    const caller = isPublic ? GUEST : (user as string)
    if (op.requires_acl_authorization !== '0' && op.requires_acl_authorization !== 'false') {
        for (const id of String(op.enforce_acl ?? '')
            .split(',')
            .filter(Boolean)) {
            if (!security.passesAcl(users.get(caller) as UserInfo, id)) return json(403, { error: { message: 'User Not Authorized' } })
        }
    }
    const queryParams: Record<string, string[]> = {}
    for (const [k, v] of parsed.searchParams) (queryParams[k] ??= []).push(v)
    const headers = Object.fromEntries(Object.entries(opts.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
    const dataString = opts.body === undefined ? '' : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
    const request = {
        pathParams: params,
        queryParams,
        queryString: parsed.search.slice(1),
        uri: parsed.pathname,
        url: url,
        headers,
        getHeader: (n: string) => headers[String(n).toLowerCase()] ?? '',
        body: {
            dataString,
            get data() {
                try {
                    return dataString ? JSON.parse(dataString) : {}
                } catch {
                    throw new Error('The request body is not valid JSON')
                }
            },
        },
    }
    const out = { status: 200, headers: { 'content-type': 'application/json' } as Record<string, string>, body: '' }
    const response = {
        setStatus: (s: number) => (out.status = Number(s)),
        setBody: (b: unknown) => (out.body = JSON.stringify({ result: b })),
        setHeader: (n: string, v: string) => (out.headers[String(n).toLowerCase()] = String(v)),
        setContentType: (v: string) => (out.headers['content-type'] = String(v)),
        getStreamWriter: () => ({ writeString: (v: string) => (out.body += String(v)) }),
    }
    try {
        ctx.runAs(caller, () => ctx.runScript(op.operation_script, { request, response }))
    } catch (e) {
        return json(500, { error: { message: e instanceof Error ? e.message : String(e), detail: '' }, status: 'failure' })
    }
    let parsedBody: unknown = undefined
    try {
        parsedBody = out.body ? JSON.parse(out.body) : undefined
    } catch {
        parsedBody = undefined
    }
    return { status: out.status, headers: out.headers, body: out.body, json: parsedBody }
}
