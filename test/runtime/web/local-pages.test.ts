/**
 * The local web server's platform pages used by `npm start`: the outbox (/local/mail) shows hostile mail
 * content inert, the properties page follows the properties' own roles (the integration's admin role, not
 * only platform admin), and navigator links take the platform's URL shapes.
 */
import { Runtime } from '../../../tools/runtime/index'
import { moduleHref } from '../../../tools/runtime/web/home'
import { linksOf } from '../../../tools/runtime/web/mail'
import { startWebServer, type WebServer } from '../../../tools/runtime/web/server'

let rt: Runtime
let web: WebServer
beforeAll(async () => {
    rt = Runtime.load()
    rt.createUser({ user_name: 'admin', roles: ['admin'] })
    rt.createUser({ user_name: 'tv.admin', roles: ['x_tvgh_teamviewer.admin'] })
    rt.createUser({ user_name: 'agent', roles: ['itil'] })
    web = await startWebServer(rt)
})
afterAll(async () => {
    await web.close()
    rt.close()
})

async function as(user: string, p: string, init: RequestInit = {}): Promise<Response> {
    const login = await fetch(`${web.url}/login?user=${user}&next=/`, { redirect: 'manual' })
    const cookie = String(login.headers.get('set-cookie')).split(';')[0]
    return fetch(`${web.url}${p}`, {
        ...init,
        redirect: 'manual',
        headers: { ...((init.headers as Record<string, string>) ?? {}), Cookie: cookie },
    })
}

test('mail list: subjects escaped, bodies only inside a sandboxed srcdoc, only http(s) links listed', async () => {
    rt.insert('sys_email', {
        type: 'send-ready',
        recipients: 'x@example.com',
        subject: '<img src=x onerror=alert(1)>',
        body: '<p>Hi</p><script>alert(2)</script><a href="javascript:alert(3)">x</a><a href="http://127.0.0.1:9/v15/s123456789">join</a>',
    })
    const html = await (await as('admin', '/local/mail')).text()
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<script>alert(2)')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('srcdoc="&lt;p&gt;Hi&lt;/p&gt;&lt;script&gt;')
    expect(html).toContain('<a class="mail-link" target="_blank" rel="noopener noreferrer" href="http://127.0.0.1:9/v15/s123456789">')
    expect(html).not.toContain('href="javascript:')
    expect(linksOf('see https://get.teamviewer.com/v15/s1 and <a href="https://a.example/?x=1&amp;y=2">')).toEqual([
        'https://a.example/?x=1&y=2',
        'https://get.teamviewer.com/v15/s1',
    ])
    expect((await as('agent', '/local/mail')).status).toBe(403)
})

test("properties page: the properties' read/write roles decide, not only platform admin", async () => {
    const page = await as('tv.admin', '/system_properties_ui.do?sysparm_category=x_tvgh_teamviewer')
    expect(page.status).toBe(200)
    expect((await as('agent', '/system_properties_ui.do?sysparm_category=x_tvgh_teamviewer')).status).toBe(403)
    expect((await as('admin', '/system_properties_ui.do?sysparm_category=nope')).status).toBe(404)
})

test.each([
    [{ link_type: 'LIST', name: 'x_tvgh_teamviewer_service_case' }, '/x_tvgh_teamviewer_service_case_list.do'],
    [
        { link_type: 'FILTER', name: 'x_tvgh_teamviewer_connection', filter: 'ORDERBYDESCstart_date' },
        '/x_tvgh_teamviewer_connection_list.do?sysparm_query=ORDERBYDESCstart_date',
    ],
    [
        { link_type: 'FILTER', name: 'sys_email_canned_message', filter: 'titleSTARTSWITHTV_^ORDERBYtitle' },
        '/sys_email_canned_message_list.do?sysparm_query=titleSTARTSWITHTV_%5EORDERBYtitle',
    ],
    [{ link_type: 'DIRECT', query: 'x_tvgh_teamviewer_setup.do' }, '/x_tvgh_teamviewer_setup.do'],
    [{ link_type: 'SEPARATOR' }, null],
])('navigator link of %j', (m, href) => {
    expect(moduleHref(m as Record<string, string>)).toBe(href)
})
