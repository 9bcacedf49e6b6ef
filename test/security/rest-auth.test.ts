/**
 * Issue #18 item 1 (runtime, then app) — how an instance authenticates scripted REST calls from a browser
 * (KB0565021): a call authenticated only by the session cookie, without `X-UserToken`, is 401, also when it
 * is a top-level navigation; a route with authentication off runs as guest, whoever calls it. In the app only
 * the OAuth callback is public.
 */
import { request } from 'node:http'
import { Runtime } from '../../tools/runtime/index'
import { startWebServer, type WebServer } from '../../tools/runtime/web/server'

let rt: Runtime
let web: WebServer
beforeAll(async () => {
    rt = Runtime.load()
    rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
    // a public route and a public route that still enforces the default REST ACL, as another app could ship them
    for (const [uri, acl] of [
        ['/api/x_test/who', 'false'],
        ['/api/x_test/who_acl', 'true'],
    ])
        rt.insert('sys_ws_operation', {
            name: uri,
            http_method: 'GET',
            operation_uri: uri,
            active: 'true',
            requires_authentication: 'false',
            requires_acl_authorization: acl,
            enforce_acl: 'cf9d01d3e73003009d6247e603f6a990', // the platform's "Scripted REST External Default" ACL
            operation_script:
                'response.setBody({ user: String(gs.getUserName()), id: String(gs.getUserID()), admin: gs.hasRole("admin") })',
        })
    web = await startWebServer(rt)
})
afterAll(async () => {
    await web.close()
    rt.close()
})

async function signIn(user: string): Promise<{ cookie: string; token: string }> {
    const res = await fetch(`${web.url}/login?user=${user}&next=/x_tvgh_teamviewer_setup.do`, { redirect: 'manual' })
    const cookie = String(res.headers.get('set-cookie')).split(';')[0]
    const html = await (await fetch(`${web.url}/x_tvgh_teamviewer_setup.do`, { headers: { cookie } })).text()
    const token = JSON.parse(/window\.g_ck = ("[0-9a-f]+");/.exec(html)?.[1] as string) as string
    return { cookie, token }
}

/** A plain request (node's fetch sets Sec-Fetch-* itself): exactly the headers a browser navigation sends. */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
        const req = request(`${web.url}${path}`, { method: 'GET', headers }, (res) => {
            let body = ''
            res.on('data', (c: Buffer) => (body += c.toString('utf8')))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        })
        req.on('error', reject)
        req.end()
    })
}

const NAVIGATION = { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', 'sec-fetch-site': 'cross-site' }

describe('runtime: session-authenticated REST', () => {
    test('the session cookie without X-UserToken is 401 — a top-level navigation (the sign-in pop-up) included', async () => {
        const { cookie, token } = await signIn('sup.ann')
        const status = '/api/x_tvgh_teamviewer/oauth/status'
        expect((await get(status, { cookie, ...NAVIGATION })).status).toBe(401)
        expect((await get(status, { cookie })).status).toBe(401)
        expect((await get(status, { cookie, 'x-usertoken': 'forged' })).status).toBe(401)
        expect((await get(status, { cookie, 'x-usertoken': token })).status).toBe(200)
        // the platform's answer names what is missing
        expect(JSON.parse((await get(status, { cookie, ...NAVIGATION })).body)).toMatchObject({
            error: { message: 'User Not Authenticated' },
        })
    })

    test('a route with authentication off runs as guest, whoever calls it (no user, a user, a signed-in browser)', async () => {
        const who = (r: { json: unknown }) => (r.json as { result: { user: string; admin: boolean } }).result
        expect(who(rt.rest('GET', '/api/x_test/who'))).toMatchObject({ user: 'guest', admin: false })
        expect(who(rt.rest('GET', '/api/x_test/who', { user: 'sup.ann' }))).toMatchObject({ user: 'guest', admin: false })
        const { cookie, token } = await signIn('sup.ann')
        const tries: Record<string, string>[] = [{ cookie, ...NAVIGATION }, { cookie, 'x-usertoken': token }, {}]
        for (const headers of tries) {
            const r = await get('/api/x_test/who', headers)
            expect([r.status, (JSON.parse(r.body) as { result: { user: string } }).result.user]).toEqual([200, 'guest'])
        }
        // the guest user is the platform's: its sys_id, no roles
        expect((rt.rest('GET', '/api/x_test/who').json as { result: { id: string } }).result.id).toBe('5136503cc611227c0183e96598c4f706')
    })

    test("a public route that still enforces the default REST ACL refuses guest (403), as the platform's default ACL does", () => {
        expect(rt.rest('GET', '/api/x_test/who_acl').status).toBe(403)
        expect(rt.rest('GET', '/api/x_test/who_acl', { user: 'sup.ann' }).status).toBe(403)
    })
})

describe('app: only the OAuth callback is public', () => {
    test('every scripted REST route requires authentication except the callback, which enforces no ACL or internal role', () => {
        const ops = rt.query('sys_ws_operation', 'operation_uriSTARTSWITH/api/x_tvgh_teamviewer/')
        expect(ops.length).toBeGreaterThan(5)
        const open = ops.filter((o) => o.requires_authentication !== 'true').map((o) => `${o.http_method} ${o.operation_uri}`)
        expect(open).toEqual(['GET /api/x_tvgh_teamviewer/oauth/callback'])
        const cb = ops.find((o) => o.operation_uri === '/api/x_tvgh_teamviewer/oauth/callback') as Record<string, string>
        expect([cb.requires_acl_authorization, cb.requires_snc_internal_role]).toEqual(['false', 'false'])
    })

    test('the pop-up reaching the callback by navigation gets the page (not a 401); an unknown state exchanges nothing', async () => {
        const { cookie } = await signIn('sup.ann')
        for (const headers of [{ cookie, ...NAVIGATION }, NAVIGATION]) {
            const r = await get('/api/x_tvgh_teamviewer/oauth/callback?state=unknown-state-value&code=abc', headers)
            expect(r.status).toBe(400)
            expect(r.body).toContain('TeamViewer sign-in failed')
        }
        expect(rt.query('x_tvgh_teamviewer_token')).toHaveLength(0)
    })
})
