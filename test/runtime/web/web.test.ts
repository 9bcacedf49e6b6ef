/**
 * The local web server without a browser: the Jelly subset (anything else refused loudly), sign-in and
 * the session's user token on REST calls, inline-script safety.
 */
import { request } from 'node:http'
import { Runtime } from '../../../tools/runtime/index'
import { inlineScript, scriptJson } from '../../../tools/runtime/web/html'
import { jellyBody, renderUiPage, UnsupportedJelly } from '../../../tools/runtime/web/jelly'
import { startWebServer, type WebServer } from '../../../tools/runtime/web/server'

describe('Jelly subset', () => {
    const doc = (inner: string) =>
        `<?xml version="1.0" encoding="utf-8"?>\n<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide">${inner}</j:jelly>`

    test('plain HTML inside <j:jelly> is served as is', () => {
        expect(jellyBody(doc('<div id="x">Hello</div>'), 'page')).toBe('<div id="x">Hello</div>')
    })

    test.each([
        ['<g:evaluate var="x">1</g:evaluate>', /<g:evaluate> is not supported/],
        ['<j:if test="true">x</j:if>', /<j:if> is not supported/],
        ['<g:requires name="x.jsdbx"/>', /<g:requires> is not supported/],
        ['<p>${gs.getUserName()}</p>', /expression "\$\{gs\.getUserName/],
        ['<p>$[jvar_x]</p>', /expression "\$\[jvar_x/],
    ])('%s is refused', (inner, message) => {
        expect(() => jellyBody(doc(inner), 'page')).toThrow(UnsupportedJelly)
        expect(() => jellyBody(doc(inner), 'page')).toThrow(message)
    })

    test('not a Jelly document, a processing script, a client script that would end its element: refused', () => {
        expect(() => jellyBody('<div>x</div>', 'page')).toThrow(/not a <j:jelly> document/)
        expect(() => renderUiPage({ endpoint: 'a.do', html: doc(''), processing_script: 'x()' }, 't')).toThrow(
            /processing scripts are not supported/,
        )
        expect(() => inlineScript('var s = "</script><script>alert(1)</script>"', 'page')).toThrow(/cannot be inlined/)
        expect(scriptJson({ v: '</script><!--' })).not.toMatch(/<\//)
    })
})

describe('server', () => {
    let rt: Runtime
    let web: WebServer
    beforeAll(async () => {
        rt = Runtime.load()
        rt.createUser({ user_name: 'tv.admin', roles: ['x_tvgh_teamviewer.admin'] })
        web = await startWebServer(rt)
    })
    afterAll(async () => {
        await web.close()
        rt.close()
    })

    async function signIn(user: string): Promise<{ cookie: string; token: string }> {
        const res = await fetch(`${web.url}/login?user=${user}&next=/x_tvgh_teamviewer_setup.do`, { redirect: 'manual' })
        expect(res.status).toBe(302)
        const cookie = String(res.headers.get('set-cookie')).split(';')[0]
        const html = await (await fetch(`${web.url}/x_tvgh_teamviewer_setup.do`, { headers: { cookie } })).text()
        const token = JSON.parse(/window\.g_ck = ("[0-9a-f]+");/.exec(html)?.[1] as string) as string
        return { cookie, token }
    }

    test('pages need a session; unknown users cannot sign in', async () => {
        const res = await fetch(`${web.url}/x_tvgh_teamviewer_setup.do`, { redirect: 'manual' })
        expect([res.status, res.headers.get('location')]).toEqual([302, '/login?next=%2Fx_tvgh_teamviewer_setup.do'])
        expect((await fetch(`${web.url}/login?user=nobody`)).status).toBe(401)
    })

    test('REST calls need the session and its user token (X-UserToken)', async () => {
        const { cookie, token } = await signIn('tv.admin')
        const url = `${web.url}/api/x_tvgh_teamviewer/setup/status`
        expect((await fetch(url)).status).toBe(401)
        expect((await fetch(url, { headers: { cookie } })).status).toBe(401)
        expect((await fetch(url, { headers: { cookie, 'X-UserToken': 'forged' } })).status).toBe(401)
        const ok = await fetch(url, { headers: { cookie, 'X-UserToken': token } })
        expect(ok.status).toBe(200)
        expect(((await ok.json()) as { result: { checks: unknown[] } }).result.checks.length).toBeGreaterThan(0)
    })

    test('a page the browser navigates to carries the session cookie alone: 401 too (KB0565021), like any call without the token', async () => {
        const { cookie } = await signIn('tv.admin')
        // node's fetch sets Sec-Fetch-* itself: a plain http request sends what a browser navigation sends
        const status = (method: string, p: string, headers: Record<string, string>) =>
            new Promise<number>((resolve, reject) => {
                const req = request(`${web.url}${p}`, { method, headers }, (res) => {
                    res.resume()
                    resolve(res.statusCode ?? 0)
                })
                req.on('error', reject)
                req.end()
            })
        const nav = { cookie, 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }
        expect(await status('GET', '/api/x_tvgh_teamviewer/setup/status', nav)).toBe(401)
        expect(await status('POST', '/api/x_tvgh_teamviewer/forms/add', nav)).toBe(401)
        // the one public route (the OAuth callback) answers its page, as guest
        expect(await status('GET', '/api/x_tvgh_teamviewer/oauth/callback?state=x', nav)).toBe(400)
    })

    test('unknown pages are 404; a routed handler can take over a path (UI scripts, forms later)', async () => {
        const { cookie } = await signIn('tv.admin')
        expect((await fetch(`${web.url}/no_such_page.do`, { headers: { cookie } })).status).toBe(404)
        web.route('GET', /^\/x_tvgh_teamviewer\.demo\.jsdbx$/, ({ res }) => void res.end('ok'))
        expect(await (await fetch(`${web.url}/x_tvgh_teamviewer.demo.jsdbx`)).text()).toBe('ok')
    })
})
