/**
 * Issue #12 item 3 in a real browser: the Online Service Cases portal page of the BUILT app, served by the
 * local web server (real AngularJS running the widget's client controller and template), the runtime's
 * platform table behind it and the TeamViewer simulator counting requests (there must be none).
 * The page's clock is Playwright's fake clock, paused: the 30-second refresh runs without waiting, and only
 * when the test moves the clock.
 */
import { startEnv, stopEnv, type Env } from '../oauth/env'
import { startWebServer, type WebServer } from '../../tools/runtime/web/server'
import { openBrowser, screenshot, settle, type Browser } from './browser'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const XSS = '<img src=x onerror=alert(1)>'
const PAGE = '/$sp.do?id=x_tvgh_teamviewer_online_cases'

let env: Env
let web: WebServer
let browser: Browser
let carol = ''
beforeAll(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
    env.rt.createUser({ user_name: 'no.role', roles: [] })
    carol = env.rt.createUser({ user_name: 'carol', name: 'Carol Customer' })
    web = await startWebServer(env.rt)
    browser = await openBrowser()
})
afterAll(async () => {
    await browser?.close()
    await web?.close()
    await stopEnv(env)
})

function newCase(code: string, fields: Record<string, unknown> = {}): string {
    const task = env.rt.insert('incident', { short_description: `printer ${code}`, caller_id: carol })
    return env.rt.insert('x_tvgh_teamviewer_service_case', {
        code,
        task,
        state: 'open',
        supporter: env.rt.query('sys_user', 'user_name=sup.ann')[0].sys_id,
        end_customer_name: `Customer ${code}`,
        ...fields,
    })
}

const rows = () => browser.page.locator('tr.tv-case')
const codes = () => rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))

test('open cases, online first and highlighted, a hostile name shown as text; refresh picks up table changes with 0 TeamViewer calls', async () => {
    const page = browser.page
    newCase('s10-000-001')
    newCase('s10-000-002', { online: true })
    newCase('s10-000-003', { end_customer_name: XSS })
    const closing = newCase('s10-000-004')
    // the page's clock stands still unless the test moves it (runFor), however slow the machine is
    await page.clock.install({ time: T0 })
    await page.clock.pauseAt(T0 + 1000)
    await page.goto(`${web.url}/login?user=sup.ann&next=${encodeURIComponent(PAGE)}`)
    await rows().first().waitFor()
    expect(await page.locator('th').allTextContents()).toEqual([
        'Task',
        'End customer name',
        'Supporter',
        'Customer online',
        'Created',
        'Valid until',
    ])
    expect([...(await codes())].sort()).toEqual(['s10-000-001', 's10-000-002', 's10-000-003', 's10-000-004'])
    expect((await codes())[0]).toBe('s10-000-002')
    await expect(rows().first().getAttribute('class')).resolves.toMatch(/tv-online/)
    expect(await page.locator('tr.tv-online').count()).toBe(1)
    // the task number is a link to the incident form
    const link = rows().first().locator('td[data-field="task"] a')
    expect(await link.getAttribute('href')).toMatch(/^\/incident\.do\?sys_id=[0-9a-f]{32}$/)
    // XSS: the name is text, no element was created from it, nothing ran
    const hostile = page.locator('tr[data-code="s10-000-003"] td[data-field="end_customer_name"]')
    expect((await hostile.textContent())?.trim()).toBe(XSS)
    expect(await page.locator('.tv-online-cases img').count()).toBe(0)
    await screenshot(page, 'online-cases', { docs: true })

    // a change in the table: one case closes, one comes online, a new one opens — picked up by the next refresh
    await env.sim.control.resetStats()
    const updatesBefore = web.counts.widget_update ?? 0
    env.rt.update('x_tvgh_teamviewer_service_case', closing, { state: 'closed' })
    env.rt.update('x_tvgh_teamviewer_service_case', env.rt.query('x_tvgh_teamviewer_service_case', 'code=s10-000-001')[0].sys_id, {
        online: true,
    })
    newCase('s10-000-005')
    await page.clock.runFor(29000)
    expect(web.counts.widget_update ?? 0).toBe(updatesBefore) // not before refresh_interval (30 s)
    await page.clock.runFor(1500)
    expect(await settle(codes, (c) => !c.includes('s10-000-004'))).not.toContain('s10-000-004')
    expect((await codes()).slice(0, 2).sort()).toEqual(['s10-000-001', 's10-000-002'])
    expect(await codes()).toContain('s10-000-005')
    expect(await page.locator('tr.tv-online').count()).toBe(2)
    // three more periods: three more server updates, still no TeamViewer request (a refresh never
    // overlaps the one in flight, so each period waits for the previous answer)
    for (let i = 2; i <= 4; i++) {
        await page.clock.runFor(30000)
        expect(
            await settle(
                () => web.counts.widget_update ?? 0,
                (n) => n >= updatesBefore + i,
            ),
        ).toBe(updatesBefore + i)
        await settle(
            () => page.locator('.tv-loading[role=status]:visible').count(),
            (n) => n === 0,
        )
    }
    expect(((await env.sim.control.stats()) as { total: number }).total).toBe(0)

    // empty state
    for (const c of env.rt.query('x_tvgh_teamviewer_service_case', 'state=open'))
        env.rt.update('x_tvgh_teamviewer_service_case', c.sys_id, { state: 'closed' })
    await page.clock.runFor(30000)
    await page.locator('.tv-empty').waitFor()
    expect((await page.locator('.tv-empty').textContent())?.trim()).toBe('No open service cases.')
    expect(browser.dialogs).toEqual([])
    expect(browser.errors).toEqual([])
})

test('instance options: fields choose the columns, refresh_interval the period', async () => {
    const page = browser.page
    for (const c of env.rt.query('x_tvgh_teamviewer_service_case', 'state=open'))
        env.rt.update('x_tvgh_teamviewer_service_case', c.sys_id, { state: 'closed' })
    newCase('s10-000-010', { online: true })
    const instance = env.rt.query('sp_instance', '')[0]
    env.rt.update('sp_instance', instance.sys_id, {
        widget_parameters: JSON.stringify({ fields: 'code,end_customer_name', refresh_interval: 10 }),
    })
    try {
        await page.goto(`${web.url}${PAGE}`)
        await rows().first().waitFor()
        expect(await page.locator('th').allTextContents()).toEqual(['Session code', 'End customer name'])
        expect((await rows().first().locator('td').allTextContents()).map((t) => t.trim())).toEqual(['s10-000-010', 'Customer s10-000-010'])
        const before = web.counts.widget_update ?? 0
        await page.clock.runFor(10500)
        expect(
            await settle(
                () => web.counts.widget_update ?? 0,
                (n) => n >= before + 1,
            ),
        ).toBe(before + 1)
        await screenshot(page, 'online-cases-options')
    } finally {
        env.rt.update('sp_instance', instance.sys_id, { widget_parameters: '' })
    }
})

test('a failed refresh says so and the next one recovers; the list stays on screen meanwhile', async () => {
    const page = browser.page
    for (const c of env.rt.query('x_tvgh_teamviewer_service_case', 'state=open'))
        env.rt.update('x_tvgh_teamviewer_service_case', c.sys_id, { state: 'closed' })
    newCase('s10-000-020')
    await page.goto(`${web.url}${PAGE}`)
    await rows().first().waitFor()
    let failNext = true
    web.route('POST', /^\/api\/now\/sp\/widget\//, ({ res }) => {
        if (!failNext) return false
        failNext = false
        res.writeHead(500, { 'Content-Type': 'application/json' })
        res.end('{"error":{"message":"boom"}}')
    })
    await page.clock.runFor(30000)
    await page.locator('.tv-refresh-error').waitFor()
    expect((await page.locator('.tv-refresh-error').textContent())?.trim()).toBe('The list could not be refreshed. It will be tried again.')
    expect(await codes()).toEqual(['s10-000-020'])
    await screenshot(page, 'online-cases-refresh-error')
    await page.clock.runFor(30000)
    await page.locator('.tv-refresh-error').waitFor({ state: 'detached' })
    expect(await codes()).toEqual(['s10-000-020'])
})

test('a user without the roles of the page is refused; a REST call without the session token is refused', async () => {
    const page = browser.page
    await page.goto(`${web.url}/login?user=no.role&next=${encodeURIComponent(PAGE)}`)
    expect(await page.locator('.local-error').textContent()).toMatch(/not available to no\.role/)
    const instance = env.rt.query('sp_instance', '')[0]
    const status = await page.evaluate(
        async (id) => (await fetch(`/api/now/sp/widget/${id}`, { method: 'POST', body: '{}' })).status,
        instance.sys_id,
    )
    expect(status).toBe(401)
})
