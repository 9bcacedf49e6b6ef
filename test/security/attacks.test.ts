/**
 * Issue #19 items 6, 8, 11, 13 — an attacker's view of the rest: hostile session links from the API server,
 * a forged parent table on Refresh, off-site redirects and the signed-out home page of the local runtime,
 * and raw exception text in answers. The BUILT app runs in the local runtime; TeamViewer is the simulator.
 */
import { applyInstanceRules } from '../../scripts/local/seed'
import { registerHome } from '../../tools/runtime/web/home'
import { localPath } from '../../tools/runtime/web/redirect'
import { startWebServer, type WebServer } from '../../tools/runtime/web/server'
import { oneSimulatorPerFile, startEnv as startBase } from '../env'
import { call, CALLBACK, result, signIn, startEnv, stopEnv, type Env, type Json } from '../oauth/env'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const HOUR = 3600000
const CASE = 'x_tvgh_teamviewer_service_case'
const ANN = { email: 'ann@example.com', password: 'ann' }
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

let env: Env | undefined
let web: WebServer | undefined
oneSimulatorPerFile()
afterEach(async () => {
    await web?.close()
    web = undefined
    await stopEnv(env)
    env = undefined
})

const errorOf = (r: { json: unknown }) => (result(r as never).error ?? {}) as Json

describe('item 6: session links from a hostile API server are not stored', () => {
    test.each(['https://get.teamviewer.com.evil.example', 'javascript:alert(1)//'])(
        'links under %s: create answers a clear error, nothing stored, the session closed again',
        async (linkBase) => {
            env = await startBase(T0, {
                linkBase,
                oauthClient: { id: 'sn-app', secret: 'sn-app-secret-value', redirectUris: [CALLBACK] },
            })
            env.rt.setProperty('x_tvgh_teamviewer.oauth.client_id', 'sn-app')
            env.rt.setProperty('x_tvgh_teamviewer.oauth.client_secret', 'sn-app-secret-value')
            env.rt.setProperty('x_tvgh_teamviewer.oauth.redirect_uri', CALLBACK)
            env.rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
            await signIn(env, 'sup.ann', ANN)
            const task = env.rt.insert('incident', { short_description: 'Printer' })
            const r = call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {})
            expect([r.status, errorOf(r).code]).toEqual([502, 'teamviewer_refused'])
            expect(String(errorOf(r).message)).toMatch(/end_customer_link, supporter_link\) that are not https links under teamviewer\.com/)
            expect(r.body).not.toContain('evil.example')
            expect(r.body).not.toContain('javascript:')
            expect(env.rt.query(CASE)).toHaveLength(0)
            const sessions = ((await env.sim.control.call('GET', '/sessions')) as { sessions: Json[] }).sessions
            expect(sessions.map((s) => s.state)).toEqual(['closed'])
            expect(env.rt.query('sys_journal_field', `element_id=${task}`)).toHaveLength(0)
        },
    )
})

describe("item 8: Refresh on a task's connection report opens the parent on its own class", () => {
    test('Bob posts the security incident as a `task` parent: refused, nothing retrieved with the admin token', async () => {
        env = await startEnv(T0)
        const rt = env.rt
        applyInstanceRules(rt)
        rt.createUser({ user_name: 'bob', roles: ['itil'] })
        rt.createUser({ user_name: 'alice', roles: ['itil', 'security_incident_reader'] })
        const secInc = rt.insert('incident', { short_description: 'VPN login from an unknown country', category: 'security' })
        rt.insert(CASE, { code: 's11-111-111', task: secInc, state: 'open' })
        await env.sim.control.addConnection({
            session_code: 's11-111-111',
            userid: 'u1',
            start_date: iso(T0 - HOUR),
            end_date: iso(T0 - HOUR / 2),
        })
        for (const table of ['task', 'incident']) {
            const r = rt.runUiAction('x_tvgh_teamviewer_refresh', 'x_tvgh_teamviewer_connection', null, 'bob', {
                parent: { table, sysId: secInc },
            })
            expect([table, r.errorMessages]).toEqual([
                table,
                ['You cannot read this task, so its TeamViewer connections cannot be refreshed.'],
            ])
        }
        expect(rt.query('x_tvgh_teamviewer_retrieval_run')).toHaveLength(0)
        expect(rt.query('x_tvgh_teamviewer_connection')).toHaveLength(0)
        // Alice, who reads it, refreshes it whatever table the page posted
        const ok = rt.runUiAction('x_tvgh_teamviewer_refresh', 'x_tvgh_teamviewer_connection', null, 'alice', {
            parent: { table: 'task', sysId: secInc },
        })
        expect(ok.infoMessages.join(' ')).toMatch(/Connection history refreshed: 1 records/)
    })
})

describe('item 13: unexpected errors reach the browser as a generic message; the detail goes to the log', () => {
    test('a database failure while closing a case', async () => {
        env = await startEnv(T0)
        env.rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
        await signIn(env, 'sup.ann', ANN)
        const task = env.rt.insert('incident', { short_description: 'Printer' })
        const c = result(call(env, 'POST', `/cases/task/${task}`, 'sup.ann', {}))
        env.rt.storage.db.exec(
            `CREATE TRIGGER fail_case BEFORE UPDATE ON "t_x_tvgh_teamviewer_service_case" BEGIN SELECT RAISE(ABORT, 'disk I/O error at /var/lib/db/secret.db'); END`,
        )
        const r = call(env, 'POST', `/cases/${c.sysId}/close`, 'sup.ann', {})
        expect([r.status, errorOf(r).code]).toEqual([500, 'storage_failed'])
        expect(errorOf(r).message).toBe(
            'Could not close the service case: an unexpected error occurred. Try again; if it persists, an administrator finds the details in the system log.',
        )
        expect(r.body).not.toMatch(/secret\.db|disk I\/O|could not be closed/)
        expect(
            env.rt.logs
                .filter((l) => l.level === 'error')
                .map((l) => l.message)
                .join('\n'),
        ).toMatch(/close the service case failed: .*(secret\.db|could not be closed)/)
    })

    test('the Online Service Cases widget', async () => {
        env = await startEnv(T0)
        env.rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
        env.rt.storage.db.exec(`DROP TABLE "t_x_tvgh_teamviewer_service_case"`)
        const data = env.rt.runWidget('x_tvgh_teamviewer_online_cases', { user: 'sup.ann' }) as { error: string }
        expect(data.error).toBe(
            'The service cases could not be read. Try again later; if it persists, ask an administrator to check the system log.',
        )
        expect(
            env.rt.logs
                .filter((l) => l.level === 'error')
                .map((l) => l.message)
                .join('\n'),
        ).toMatch(/Online Service Cases could not read/)
    })
})

describe('item 11: the local runtime redirects on-site only; the signed-out home page names no customer', () => {
    const OFF_SITE = [
        '/\\evil.example',
        '//evil.example',
        'https://evil.example/',
        '/\t/evil.example',
        '/\\/evil.example',
        'javascript:alert(1)',
    ]

    test.each(OFF_SITE)('localPath(%j) stays on this site', (next) => {
        expect(localPath(next, '/')).toBe('/')
        expect(localPath('/incident.do?sys_id=1', '/')).toBe('/incident.do?sys_id=1')
    })

    test('/login?next= and a UI action’s sysparm_goto never send the browser off-site', async () => {
        env = await startEnv(T0)
        const rt = env.rt
        rt.createUser({ user_name: 'lead', roles: ['x_tvgh_teamviewer.session_history_user'] })
        web = await startWebServer(rt)
        for (const next of OFF_SITE) {
            const res = await fetch(`${web.url}/login?user=lead&next=${encodeURIComponent(next)}`, { redirect: 'manual' })
            expect([next, res.status, res.headers.get('location')]).toEqual([next, 302, '/'])
        }
        const login = await fetch(`${web.url}/login?user=lead&next=/`, { redirect: 'manual' })
        const cookie = String(login.headers.get('set-cookie')).split(';')[0]
        const list = await (await fetch(`${web.url}/x_tvgh_teamviewer_connection_list.do`, { headers: { cookie } })).text()
        const ck = JSON.parse(/window\.g_ck = ("[0-9a-f]+");/.exec(list)?.[1] as string) as string
        const action = rt.query('sys_ui_action', 'action_name=x_tvgh_teamviewer_refresh')[0].sys_id
        for (const goto of OFF_SITE) {
            const res = await fetch(`${web.url}/x_tvgh_teamviewer_connection.do`, {
                method: 'POST',
                headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({ sys_action: action, sysparm_ck: ck, sysparm_goto: goto }),
                redirect: 'manual',
            })
            expect([goto, res.status, res.headers.get('location')]).toEqual([goto, 303, '/x_tvgh_teamviewer_connection_list.do'])
        }
    })

    test('the home page shows customer names and join links to a signed-in admin only', async () => {
        env = await startEnv(T0)
        const rt = env.rt
        rt.createUser({ user_name: 'root', roles: ['admin'] })
        rt.createUser({ user_name: 'bob', roles: ['itil'] })
        const task = rt.insert('incident', { short_description: 'Printer' })
        rt.insert(CASE, {
            code: 's12-345-678',
            task,
            state: 'open',
            end_customer_name: 'Dave Customer',
            end_customer_link: 'https://get.teamviewer.com/v15/s12345678',
        })
        web = await startWebServer(rt)
        registerHome(web, rt, { simulator: { url: 'http://127.0.0.1:1', accounts: [] } })
        const home = async (user: string | null) => {
            const headers: Record<string, string> = {}
            if (user) {
                const login = await fetch(`${(web as WebServer).url}/login?user=${user}&next=/`, { redirect: 'manual' })
                headers.cookie = String(login.headers.get('set-cookie')).split(';')[0]
            }
            return (await fetch(`${(web as WebServer).url}/`, { headers })).text()
        }
        for (const user of [null, 'bob']) {
            const html = await home(user)
            expect([user, html.includes('Dave Customer'), html.includes('/v15/s12345678')]).toEqual([user, false, false])
        }
        const admin = await home('root')
        expect(admin).toContain('Dave Customer')
        expect(admin).toContain('https://get.teamviewer.com/v15/s12345678')
    })
})

describe('markup typed as a customer name reaches no page as markup', () => {
    test('the Online Service Cases page, the case list and form escape it', async () => {
        env = await startEnv(T0)
        const rt = env.rt
        rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
        const evil = '</script><img src=x onerror=alert(1)>[code]<b>x</b>[/code]'
        const task = rt.insert('incident', { short_description: 'Printer' })
        const c = rt.insert(CASE, { code: 's12-345-678', task, state: 'open', end_customer_name: evil })
        web = await startWebServer(rt)
        const login = await fetch(`${web.url}/login?user=sup.ann&next=/`, { redirect: 'manual' })
        const cookie = String(login.headers.get('set-cookie')).split(';')[0]
        for (const path of ['/$sp.do?id=x_tvgh_teamviewer_online_cases', `/${CASE}_list.do`, `/${CASE}.do?sys_id=${c}`]) {
            const html = await (await fetch(`${web.url}${path}`, { headers: { cookie } })).text()
            expect([path, html.includes('s12-345-678')]).toEqual([path, true])
            expect([path, html.includes('<img src=x'), html.includes('</script><img'), html.includes('<b>x</b>')]).toEqual([
                path,
                false,
                false,
                false,
            ])
        }
    })
})
