/**
 * Issue #19 item 4 (second half) — only the platform `admin` changes where tokens go: the API base URL, the
 * sign-in URL and "allow a custom endpoint". The integration admin (x_tvgh_teamviewer.admin) sees them on the
 * properties page but cannot change them; its other settings stay its own.
 */
import { Runtime } from '../../tools/runtime/index'
import { startWebServer, type WebServer } from '../../tools/runtime/web/server'

const PAGE = '/system_properties_ui.do?sysparm_category=x_tvgh_teamviewer'
const ENDPOINT = ['x_tvgh_teamviewer.api.base_url', 'x_tvgh_teamviewer.login.base_url', 'x_tvgh_teamviewer.api.allow_custom_endpoint']

let rt: Runtime
let web: WebServer
beforeAll(async () => {
    rt = Runtime.load()
    rt.createUser({ user_name: 'tv.admin', roles: ['x_tvgh_teamviewer.admin'] })
    rt.createUser({ user_name: 'platform.admin', roles: ['admin'] })
    web = await startWebServer(rt)
})
afterAll(async () => {
    await web.close()
    rt.close()
})

async function session(user: string): Promise<{ cookie: string; html: string; ck: string }> {
    const res = await fetch(`${web.url}/login?user=${user}&next=${encodeURIComponent(PAGE)}`, { redirect: 'manual' })
    const cookie = String(res.headers.get('set-cookie')).split(';')[0]
    const html = await (await fetch(`${web.url}${PAGE}`, { headers: { cookie } })).text()
    const ck = /name="sysparm_ck" value="([0-9a-f]+)"/.exec(html)?.[1] as string
    return { cookie, html, ck }
}

async function save(user: string, values: Record<string, string>): Promise<void> {
    const { cookie, ck } = await session(user)
    const res = await fetch(`${web.url}${PAGE}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ sysparm_ck: ck, ...values }).toString(),
    })
    expect(res.status).toBe(200)
}

test('the endpoint properties are written by admin only (write role), read by the integration admin too', () => {
    for (const name of ENDPOINT) {
        const p = rt.query('sys_properties', `name=${name}`)[0]
        expect([name, p.write_roles]).toEqual([name, 'admin'])
        expect(p.read_roles).toBe('x_tvgh_teamviewer.admin')
    }
    // the integration's other settings stay with its admin role
    expect(rt.query('sys_properties', 'name=x_tvgh_teamviewer.default_group')[0].write_roles).toBe('x_tvgh_teamviewer.admin')
})

test('the integration admin cannot point the API or the sign-in page at another host; the platform admin can', async () => {
    const { html } = await session('tv.admin')
    for (const name of ENDPOINT) expect(html).toMatch(new RegExp(`name="${name.replace(/\./g, '\\.')}"[^>]*disabled`))
    const evil = {
        'x_tvgh_teamviewer.api.base_url': 'https://collector.evil.example/api/v1',
        'x_tvgh_teamviewer.login.base_url': 'https://login.teamviewer.com.evil.example',
        'x_tvgh_teamviewer.api.allow_custom_endpoint': 'true',
        'x_tvgh_teamviewer.default_group': 'Support',
    }
    await save('tv.admin', evil)
    expect(ENDPOINT.map((n) => rt.getProperty(n))).toEqual([
        'https://webapi.teamviewer.com/api/v1',
        'https://login.teamviewer.com',
        'false',
    ])
    expect(rt.getProperty('x_tvgh_teamviewer.default_group')).toBe('Support')
    await save('platform.admin', { 'x_tvgh_teamviewer.api.base_url': 'https://webapi.teamviewer.com/api/v2' })
    expect(rt.getProperty('x_tvgh_teamviewer.api.base_url')).toBe('https://webapi.teamviewer.com/api/v2')
})
