/**
 * The local web server over a Runtime: what a browser sees of the built app. Test and development
 * infrastructure (the local product of `npm start` builds on it). Binds to 127.0.0.1.
 *
 *   GET  /login[?user=&next=]        "who are you" sign-in (no password) → session cookie; GET /logout
 *   GET  /$sp.do?id=<page>           a Service Portal page of the build (portal.ts, real AngularJS 1.x)
 *   POST /api/now/sp/widget/<inst>   c.server.update(): the widget's server script with `input`
 *   GET  /<endpoint>.do              a UI page of the build (jelly.ts: minimal Jelly subset, else 500)
 *   *    /api/x_tvgh_teamviewer/...  the app's scripted REST routes as the session's user (with X-UserToken only); public routes as guest
 *   GET  /local/...                  angular.min.js, sp-client.js, base.css
 *   GET  /<table>.do?sys_id=, /<table>_list.do, POST /<table>.do (UI actions), /<name>.jsdbx   forms.ts
 *   GET  /local/navigate?q=          the navigator filter (chrome.ts: banner + navigator on every form/list page)
 *   GET/POST /system_properties_ui.do  the properties page of a category (properties.ts); GET /local/mail the outbox (mail.ts)
 *   GET/POST /email_client.do        the e-mail client on a record: compose, Quick Messages, Send → sys_email (email-client.ts)
 *
 * More routes (UI scripts, forms with UI macros) plug in with `route()`; a handler returns false to pass.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Runtime } from '../index'
import { chromePage, registerNavigate } from './chrome'
import { registerForms } from './forms'
import { escapeHtml, page } from './html'
import type { Handler, WebRequest, WebServer } from './http'
import { uiPageParts, UnsupportedJelly } from './jelly'
import { registerMail } from './mail'
import { registerEmailClient } from './email-client'
import { PortalError, renderPortalPage, updateWidget } from './portal'
import { registerProperties } from './properties'
import { localPath } from './redirect'
import { GUEST } from '../users'
import { Sessions, type WebSession } from './sessions'

export type { Handler, WebRequest, WebServer } from './http'

const STATIC: Record<string, { file: string; type: string }> = {
    '/local/angular.min.js': { file: require.resolve('angular/angular.min.js'), type: 'text/javascript' },
    '/local/sp-client.js': { file: path.join(__dirname, 'sp-client.js'), type: 'text/javascript' },
    '/local/base.css': { file: path.join(__dirname, 'base.css'), type: 'text/css' },
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, {
        'Content-Type': `${type}; charset=utf-8`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
    })
    res.end(body)
}

function errorPage(res: ServerResponse, status: number, message: string): void {
    send(
        res,
        status,
        'text/html',
        page({ title: `Error ${status}`, body: `<h1>Error ${status}</h1><p class="local-error">${escapeHtml(message)}</p>` }),
    )
}

function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}

function loginPage(next: string, message = ''): string {
    return page({
        title: 'Sign in (local runtime)',
        body: `<h1>Who are you?</h1>${message ? `<p class="alert alert-danger">${escapeHtml(message)}</p>` : ''}
<form method="get" action="/login"><input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="user">User name</label> <input id="user" name="user" autofocus> <button type="submit">Sign in</button></form>`,
    })
}

export function startWebServer(rt: Runtime, opts: { port?: number } = {}): Promise<WebServer> {
    const sessions = new Sessions()
    const routes: { method: string; pattern: RegExp; handler: Handler }[] = []
    const counts: Record<string, number> = {}
    const count = (k: string) => (counts[k] = (counts[k] ?? 0) + 1)
    const addRoute: WebServer['route'] = (method, pattern, handler) => void routes.push({ method: method.toUpperCase(), pattern, handler })
    registerForms(rt, addRoute, (r, status, type, body, headers) => send(r.res, status, type, body, headers)) // forms, lists, UI actions, UI scripts (forms.ts)
    registerProperties({ route: addRoute }, rt) // GET/POST /system_properties_ui.do?sysparm_category= (properties.ts)
    registerMail({ route: addRoute }, rt) // GET /local/mail, the outbox (mail.ts)
    registerEmailClient(addRoute, rt) // GET/POST /email_client.do, UI16's e-mail client (email-client.ts)
    registerNavigate(addRoute, rt) // GET /local/navigate?q=, the navigator filter's Enter (chrome.ts)

    function knownUser(user: string): boolean {
        try {
            rt.hasRole(user, 'x')
            return true
        } catch (_e) {
            return false
        }
    }

    function handle(r: WebRequest): void {
        const { res, url, method, session } = r
        for (const route of routes)
            if ((route.method === '*' || route.method === method) && route.pattern.test(url.pathname) && route.handler(r) !== false) return
        const file = STATIC[url.pathname]
        if (file && method === 'GET') return send(res, 200, file.type, readFileSync(file.file, 'utf8'))
        if (url.pathname === '/login') {
            const next = localPath(url.searchParams.get('next'), '/')
            const user = url.searchParams.get('user')
            if (!user) return send(res, 200, 'text/html', loginPage(next))
            if (user === GUEST || !knownUser(user)) return send(res, 401, 'text/html', loginPage(next, `There is no user "${user}".`))
            const s = sessions.open(user)
            count('login')
            return send(res, 302, 'text/plain', '', {
                Location: localPath(next, '/'),
                'Set-Cookie': Sessions.cookie(s),
            })
        }
        if (url.pathname === '/logout') {
            if (session) sessions.close(session.id)
            return send(res, 302, 'text/plain', '', { Location: '/login' })
        }
        // REST: a session counts only with its user token (X-UserToken = g_ck), navigations included (KB0565021:
        // a tab or pop-up opened on a REST URL cannot send it and gets 401); a public route runs as guest (rest.ts)
        if (url.pathname.startsWith('/api/')) {
            const caller = session && r.req.headers['x-usertoken'] === session.token ? session.user : null
            const widget = /^\/api\/now\/sp\/widget\/([0-9a-f]{32})$/.exec(url.pathname)
            if (widget && method === 'POST') {
                if (!caller)
                    return send(
                        res,
                        401,
                        'application/json',
                        JSON.stringify({
                            error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' },
                            status: 'failure',
                        }),
                    )
                count('widget_update')
                const body = r.body ? (JSON.parse(r.body) as { input?: Record<string, unknown> }) : {}
                return send(res, 200, 'application/json', JSON.stringify({ result: updateWidget(rt, widget[1], caller, body.input ?? {}) }))
            }
            count('rest')
            const out = rt.rest(method, url.pathname + url.search, {
                user: caller,
                body: r.body || undefined,
                headers: Object.fromEntries(Object.entries(r.req.headers).map(([k, v]) => [k, String(v)])),
            })
            return send(res, out.status, (out.headers['content-type'] ?? 'application/json').split(';')[0], out.body)
        }
        // every page needs a signed-in user
        if (!session) return send(res, 302, 'text/plain', '', { Location: `/login?next=${encodeURIComponent(url.pathname + url.search)}` })
        const user = session.user
        if (url.pathname === '/$sp.do' || url.pathname === '/sp') {
            count('portal_page')
            const params = Object.fromEntries(url.searchParams)
            return send(res, 200, 'text/html', renderPortalPage(rt, params.id ?? '', user, (session as WebSession).token, params))
        }
        const ui = /^\/([A-Za-z0-9_]+\.do)$/.exec(url.pathname)
        if (ui && method === 'GET') {
            const rec = rt.query('sys_ui_page', `endpoint=${ui[1]}`)[0]
            if (rec) {
                count('ui_page')
                // in the page chrome (banner, navigator), as UI16 frames a UI page
                return send(res, 200, 'text/html', chromePage(rt, user, { ...uiPageParts(rec), token: (session as WebSession).token }))
            }
        }
        return errorPage(res, 404, `Not found: ${url.pathname} (not served by the local runtime)`)
    }

    const server: Server = createServer((req, res) => {
        readBody(req)
            .then((body) => {
                const url = new URL(req.url ?? '/', 'http://127.0.0.1')
                try {
                    handle({ req, res, url, method: (req.method ?? 'GET').toUpperCase(), session: sessions.of(req), body })
                } catch (e) {
                    const status = e instanceof PortalError ? e.status : 500
                    const message = e instanceof Error ? e.message : String(e)
                    if (!(e instanceof PortalError) && !(e instanceof UnsupportedJelly))
                        rt.logs.push({ level: 'error', message: `local web server: ${message}` })
                    if (!res.headersSent) errorPage(res, status, message)
                }
            })
            .catch(() => res.destroy())
    })
    return new Promise((resolve) => {
        server.listen(opts.port ?? 0, '127.0.0.1', () => {
            const port = (server.address() as AddressInfo).port
            resolve({
                url: `http://127.0.0.1:${port}`,
                port,
                sessions,
                counts,
                route: addRoute,
                close: () =>
                    new Promise<void>((done) => {
                        server.closeAllConnections()
                        server.close(() => done())
                    }),
            })
        })
    })
}
