/**
 * Issue #12 item 4 in a real browser: the setup status UI page of the BUILT app (x_tvgh_teamviewer_setup.do)
 * served by the local web server, its status route checking the admin token against the simulator — a bad
 * token, then a good one. No secret in the page.
 */
import { startEnv, stopEnv, type Env } from '../oauth/env'
import { startWebServer, type WebServer } from '../../tools/runtime/web/server'
import { openBrowser, screenshot, type Browser } from './browser'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const PAGE = '/x_tvgh_teamviewer_setup.do'

let env: Env
let web: WebServer
let browser: Browser
beforeAll(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'tv.admin', name: 'TeamViewer Admin', roles: ['x_tvgh_teamviewer.admin'] })
    env.rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
    web = await startWebServer(env.rt)
    browser = await openBrowser()
})
afterAll(async () => {
    await browser?.close()
    await web?.close()
    await stopEnv(env)
})

const check = (id: string) => browser.page.locator(`.tv-check[data-check="${id}"]`)

test('a bad token shows the problem and how to fix it; with the good token every TeamViewer check passes', async () => {
    const page = browser.page
    env.rt.setProperty('x_tvgh_teamviewer.adminToken', 'wrong-token-value')
    await page.goto(`${web.url}/login?user=tv.admin&next=${encodeURIComponent(PAGE)}`)
    await check('admin_token').waitFor()
    expect(await check('admin_token').locator('strong').textContent()).toBe('Admin token: Problem')
    expect(await check('admin_token').locator('.tv-detail').textContent()).toMatch(/does not accept the stored admin token/)
    expect(await check('admin_token').locator('.tv-fix').textContent()).toMatch(/^How to fix: Create a script token/)
    expect(await page.locator('.tv-summary').textContent()).toMatch(/need attention/)
    expect(await page.locator('#tv-redirect-uri').inputValue()).toBe('http://127.0.0.1/api/x_tvgh_teamviewer/oauth/callback')
    expect(await page.locator('.tv-links a').evaluateAll((as) => as.map((a) => a.textContent))).toEqual([
        'Properties',
        'E-mail templates',
        'Retrieval runs',
        'Retrieval job',
        'Add TeamViewer to a form',
    ])
    expect(await page.content()).not.toContain('wrong-token-value')
    await screenshot(page, 'setup-bad-token', { docs: true })

    env.rt.setProperty('x_tvgh_teamviewer.adminToken', env.sim.adminToken)
    // the instance's own https callback
    env.rt.setProperty('x_tvgh_teamviewer.oauth.redirect_uri', 'https://acme.service-now.com/api/x_tvgh_teamviewer/oauth/callback')
    env.rt.runJob('Retrieve TeamViewer connections')
    await page.click('#tv-setup-recheck')
    await page.locator('.tv-check[data-check="reports"]').waitFor()
    for (const id of ['admin_token', 'reports', 'oauth_client', 'job', 'last_run', 'poll'])
        expect([id, await check(id).getAttribute('class')]).toEqual([id, `tv-check tv-ok`])
    expect(await page.locator('.tv-summary').textContent()).toBe('Everything is set up.')
    expect(await page.locator('#tv-redirect-uri').inputValue()).toBe('https://acme.service-now.com/api/x_tvgh_teamviewer/oauth/callback')
    expect(await check('job').locator('.tv-detail').textContent()).toBe(
        'Active, runs every 6 hours; next run about 2026-10-01 15:00:00 UTC.',
    )
    const html = await page.content()
    expect(html).not.toContain(env.sim.adminToken)
    expect(html).not.toContain('sn-app-secret-value')
    await screenshot(page, 'setup-good-token', { docs: true })
    expect(browser.dialogs).toEqual([])
    expect(browser.errors).toEqual([])
})

test('a supporter sees the refusal in plain words', async () => {
    const page = browser.page
    await page.goto(`${web.url}/login?user=sup.ann&next=${encodeURIComponent(PAGE)}`)
    await page.locator('.tv-error').waitFor()
    expect(await page.locator('.tv-error').textContent()).toMatch(/for TeamViewer administrators/)
})
