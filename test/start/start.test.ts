/**
 * `npm start` (scripts/start.ts) as a person uses it: launched on an empty data folder with free ports, it
 * seeds, prints one URL, serves the home page, sign-in, navigator, properties page (admin vs itil) and mail
 * list; Ctrl-C stops it with exit 0; a restart keeps the data, does not seed again, and a case opened before
 * the restart still works against the (restarted) TeamViewer simulator. The seed's history was retrieved by
 * the app itself, and its access rules hold.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { freePortPair, freePorts, launch, type Launched } from '../../scripts/local/launch'
import { applyInstanceRules } from '../../scripts/local/seed'
import { Runtime } from '../../tools/runtime'

let data = ''
let ports = { port: 0, simPort: 0 }
let app: Launched | null = null
let openCase = ''

beforeAll(async () => {
    data = mkdtempSync(path.join(os.tmpdir(), 'tv-start-'))
    ports = await freePortPair()
})
afterAll(async () => {
    await app?.stop('SIGKILL')
    rmSync(data, { recursive: true, force: true })
})

const start = () => launch({ data, ...ports, args: ['--no-build', '--tick', '1'] })

/** A browser's cookie jar for one signed-in user. */
async function signIn(url: string, user: string): Promise<(p: string, init?: RequestInit) => Promise<Response>> {
    const res = await fetch(`${url}/login?user=${user}&next=/`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    const cookie = String(res.headers.get('set-cookie')).split(';')[0]
    return (p, init = {}) =>
        fetch(`${url}${p}`, {
            ...init,
            redirect: 'manual',
            headers: { ...((init.headers as Record<string, string>) ?? {}), Cookie: cookie },
        })
}

const PROPS = '/system_properties_ui.do?sysparm_category=x_tvgh_teamviewer'

describe('first start', () => {
    let url = ''
    beforeAll(async () => {
        app = await start()
        url = app.url
    })

    test('prints one URL, and the home page lets you choose who you are', async () => {
        const out = (app as Launched).output()
        expect(out).toContain('First start: creating the demo data')
        expect(out.match(/https?:\/\/\S+/g)).toEqual([`${url}/`])
        const home = await fetch(`${url}/`)
        expect(home.status).toBe(200)
        const html = await home.text()
        for (const u of ['admin', 'alice.agent', 'bob.agent', 'hana.history', 'carol.customer'])
            expect(html).toContain(`/login?user=${u}&amp;next=%2F`)
        expect(html).toContain('x_tvgh_teamviewer.session_history_user')
        expect(html).toContain('alice.agent@example.com</code></td><td><code>alice-tv')
        // customers' names and join links: for a signed-in admin only (issue #19 item 11)
        expect(html).not.toContain('id="customer-links"')
        expect(html).not.toMatch(/\/v15\/s\d+/)
        const admin = await (await (await signIn(url, 'admin'))('/')).text()
        expect(admin).toMatch(/id="customer-links">.*\/v15\/s\d+/)
    })

    test('the navigator follows the built menu and the roles', async () => {
        const admin = await (await (await signIn(url, 'admin'))('/')).text()
        expect(admin).toContain(`href="${PROPS.replace('?', '?')}&amp;sysparm_title=`)
        expect(admin).toContain('href="/x_tvgh_teamviewer_setup.do"')
        expect(admin).toContain('href="/x_tvgh_teamviewer_connection_list.do?sysparm_query=ORDERBYDESCstart_date"')
        expect(admin).toContain('href="/local/mail"')
        const bob = await (await (await signIn(url, 'bob.agent'))('/')).text()
        expect(bob).toContain('href="/$sp.do?id=x_tvgh_teamviewer_online_cases"')
        expect(bob).toContain('/incident_list.do?sysparm_query=')
        expect(bob).not.toContain('system_properties_ui.do')
        expect(bob).not.toContain('Connection report')
        const hana = await (await (await signIn(url, 'hana.history'))('/')).text()
        expect(hana).toContain('Connection report')
        expect(hana).not.toContain('Service Cases')
    })

    test('properties page: admins only, secrets never sent, saved with the platform type checks', async () => {
        const admin = await signIn(url, 'admin')
        const page = await admin(PROPS)
        expect(page.status).toBe(200)
        const html = await page.text()
        expect(html).toContain('x_tvgh_teamviewer.adminToken')
        expect(html).toContain('Do not delete it')
        const sim = JSON.parse(readFileSync(path.join(data, 'simulator.json'), 'utf8')) as {
            adminToken: string
            clients: { id: string; secret: string }[]
        }
        expect(html).not.toContain(sim.adminToken)
        expect(html).not.toContain(sim.clients.find((c) => c.id === 'servicenow-local')?.secret)
        expect(html).toMatch(/name="x_tvgh_teamviewer.adminToken" value=""/)
        expect(html).toContain('<span class="secret-state">stored</span>')
        const ck = /name="sysparm_ck" value="([^"]+)"/.exec(html)?.[1] as string
        const post = (fields: Record<string, string>) =>
            admin(PROPS, {
                method: 'POST',
                body: new URLSearchParams({ sysparm_ck: ck, ...fields }),
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            })
        const bad = await post({ 'x_tvgh_teamviewer.online_poll_interval_seconds': 'soon' })
        expect(bad.status).toBe(400)
        expect(await bad.text()).toContain('Invalid integer value')
        const good = await post({ 'x_tvgh_teamviewer.online_poll_interval_seconds': '90', 'x_tvgh_teamviewer.adminToken': '' })
        expect(good.status).toBe(200)
        const saved = await good.text()
        expect(saved).toContain('Saved 1 property: x_tvgh_teamviewer.online_poll_interval_seconds.')
        expect(saved).toContain('<span class="secret-state">stored</span>') // an empty secret field keeps the secret
        const forged = await admin(PROPS, {
            method: 'POST',
            body: new URLSearchParams({ sysparm_ck: 'forged', 'x_tvgh_teamviewer.online_poll_interval_seconds': '30' }),
        })
        expect(forged.status).toBe(403)
        for (const user of ['bob.agent', 'hana.history']) {
            const refused = await (await signIn(url, user))(PROPS)
            expect(refused.status).toBe(403)
            const text = await refused.text()
            expect(text).toContain('Security constraints prevent access to requested page')
            expect(text).not.toContain('x_tvgh_teamviewer.adminToken')
        }
        expect((await fetch(`${url}${PROPS}`, { redirect: 'manual' })).status).toBe(302)
    })

    test('mail list: the invitations and notifications the app sent, admins only, bodies sandboxed', async () => {
        const res = await (await signIn(url, 'admin'))('/local/mail')
        expect(res.status).toBe(200)
        const html = await res.text()
        expect(html).toMatch(/Remote support for INC\d+: TeamViewer session s\d+-\d{3}-\d{3}/)
        expect(html).toMatch(/Customer online: TeamViewer session/)
        expect(html).toContain('<iframe class="body" sandbox=""')
        expect(html).toMatch(/class="mail-link"[^>]*href="http:\/\/127\.0\.0\.1:\d+\/v15\/s\d+"/)
        expect((await (await signIn(url, 'alice.agent'))('/local/mail')).status).toBe(403)
    })

    test('Ctrl-C stops everything with exit 0', async () => {
        expect(await (app as Launched).stop('SIGINT')).toBe(0)
        expect((app as Launched).output()).toContain('Stopped.')
        app = null
    })
})

describe('the seed, read from the database it left', () => {
    let rt: Runtime
    beforeAll(() => {
        rt = Runtime.load({ dbFile: path.join(data, 'runtime.db') })
    })
    afterAll(() => rt.close())

    test('connections were retrieved by the app: case-closed rule and the scheduled job, with work notes', () => {
        const runs = rt.query('x_tvgh_teamviewer_retrieval_run')
        expect(new Set(runs.map((r) => r.trigger))).toEqual(new Set(['case_closed', 'scheduled']))
        expect(runs.every((r) => r.error === '')).toBe(true)
        const linked = rt.query('x_tvgh_teamviewer_connection', 'taskISNOTEMPTY')
        expect(linked).toHaveLength(4)
        expect(rt.query('x_tvgh_teamviewer_connection').length).toBeGreaterThan(20)
        for (const c of linked)
            expect(
                rt.query('sys_journal_field', `element_id=${c.task}^element=work_notes^valueSTARTSWITHTeamViewer connection completed`),
            ).toHaveLength(1)
    })

    test('who sees what: with the instance rule npm start applies, the other supporter cannot read the security incident nor its connection', () => {
        applyInstanceRules(rt)
        const vpn = rt.query('incident', 'category=security')[0]
        const conn = rt.query('x_tvgh_teamviewer_connection', `task=${vpn.sys_id}`)[0]
        expect(rt.can('alice.agent', 'read', 'incident', vpn.sys_id)).toBe(true)
        expect(rt.can('alice.agent', 'read', 'x_tvgh_teamviewer_connection', conn.sys_id)).toBe(true)
        expect(rt.can('bob.agent', 'read', 'incident', vpn.sys_id)).toBe(false)
        expect(rt.can('bob.agent', 'read', 'x_tvgh_teamviewer_connection', conn.sys_id)).toBe(false)
        const other = rt.query('x_tvgh_teamviewer_connection', 'taskISNOTEMPTY').find((c) => c.sys_id !== conn.sys_id) as Record<
            string,
            string
        >
        expect(rt.can('bob.agent', 'read', 'x_tvgh_teamviewer_connection', other.sys_id)).toBe(true)
        expect(rt.can('hana.history', 'read', 'x_tvgh_teamviewer_connection', conn.sys_id)).toBe(true)
        expect(rt.can('carol.customer', 'read', 'x_tvgh_teamviewer_connection', conn.sys_id)).toBe(false)
        // issue #19 items 1-2: nor its service case, nor anything of it through the cases API
        const vpnCase = rt.query('x_tvgh_teamviewer_service_case', `task=${vpn.sys_id}`)[0]
        expect(rt.can('alice.agent', 'read', 'x_tvgh_teamviewer_service_case', vpnCase.sys_id)).toBe(true)
        expect(rt.can('bob.agent', 'read', 'x_tvgh_teamviewer_service_case', vpnCase.sys_id)).toBe(false)
        for (const [method, route] of [
            ['GET', `/cases/task/${vpn.sys_id}`],
            ['POST', `/cases/task/${vpn.sys_id}`],
            ['POST', `/cases/${vpnCase.sys_id}/invite`],
        ]) {
            const r = rt.rest(method, `/api/x_tvgh_teamviewer${route}`, { user: 'bob.agent', body: {} })
            expect([route, r.status, r.body.includes(vpn.number) || r.body.includes('VPN')]).toEqual([route, 404, false])
        }
        openCase = rt.query('x_tvgh_teamviewer_service_case', 'state=open')[0].sys_id
        expect(openCase).toBeTruthy()
    })
})

describe('restart', () => {
    test('keeps the data, does not seed again, and an open case still works with TeamViewer', async () => {
        app = await start()
        const out = app.output()
        expect(out).not.toContain('First start')
        expect(out).toContain('Ready in')
        expect((await (await fetch(`${app.url}/`)).text()).match(/class="sign-in"/g)).toHaveLength(8)
        const home = await (await (await signIn(app.url, 'admin'))('/')).text()
        // the open case created before the restart: the customer opens its link, the supporter starts it
        const link = /id="customer-links">.*?href="([^"]+)"/.exec(home)?.[1] as string
        const joined = await fetch(link)
        expect(joined.status).toBe(200)
        expect(await joined.text()).toContain('You are now connected to session')
        const alice = await signIn(app.url, 'alice.agent')
        const portal = await (await alice('/$sp.do?id=x_tvgh_teamviewer_online_cases')).text()
        const token = /window\.g_ck = "([^"]+)"/.exec(portal)?.[1] as string
        const started = await alice(`/api/x_tvgh_teamviewer/cases/${openCase}/start`, {
            method: 'POST',
            body: '{}',
            headers: { 'Content-Type': 'application/json', 'X-UserToken': token },
        })
        const body = (await started.json()) as { result: { supporterLink?: string } }
        expect(started.status).toBe(200)
        expect(body.result.supporterLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v15\/s\d+-/)
        expect(await (await fetch(body.result.supporterLink as string)).text()).toContain('The customer is waiting.')
        expect(await app.stop('SIGTERM')).toBe(0)
        app = null
    })
})

describe('an interrupted first start', () => {
    test('is started over: what it left is removed and the demo data is created again', async () => {
        const other = mkdtempSync(path.join(os.tmpdir(), 'tv-start-half-'))
        try {
            writeFileSync(path.join(other, 'runtime.db'), 'not a database: what a killed first start could leave')
            writeFileSync(path.join(other, 'simulator.json'), '{')
            const half = await launch({ data: other, ...(await freePortPair()), args: ['--no-build'] })
            expect(half.output()).toContain('First start: creating the demo data')
            expect((await (await fetch(`${half.url}/`)).text()).match(/class="sign-in"/g)).toHaveLength(8)
            expect(await half.stop('SIGINT')).toBe(0)
            expect(readFileSync(path.join(other, 'seeded'), 'utf8')).toMatch(/^demo data created /)
        } finally {
            rmSync(other, { recursive: true, force: true })
        }
    })
})

test('a port already taken: a clear message and exit 1, nothing started', async () => {
    const taken = createServer()
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()))
    const port = (taken.address() as AddressInfo).port
    const other = mkdtempSync(path.join(os.tmpdir(), 'tv-start-port-'))
    try {
        await expect(launch({ data: other, port, simPort: (await freePorts(1))[0], args: ['--no-build'] })).rejects.toThrow(
            new RegExp(
                `exited with 1 before printing its URL:\\n.*port ${port} on 127\\.0\\.0\\.1 is already in use \\(another npm start\\?\\): stop that program or choose another port with --port <port>`,
            ),
        )
    } finally {
        taken.close()
        rmSync(other, { recursive: true, force: true })
    }
})
