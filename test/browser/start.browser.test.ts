/**
 * Issue #13 in a real browser: `npm start` (scripts/start.ts) on an empty data folder, then a person's first
 * minutes — the home page (choose who you are), one-click sign-in as the admin, the navigator from the built
 * menu, the properties page (secrets never shown; a change saved), the mail list, and the end customer's link
 * opening the simulator's join page. Screenshots in .local/screenshots/start-*.png.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePortPair, launch, type Launched } from '../../scripts/local/launch'
import { openBrowser, screenshot, type Browser } from './browser'

let data = ''
let app: Launched
let browser: Browser
beforeAll(async () => {
    data = mkdtempSync(path.join(os.tmpdir(), 'tv-start-browser-'))
    app = await launch({ data, ...(await freePortPair()), args: ['--no-build'] })
    browser = await openBrowser()
})
afterAll(async () => {
    await browser?.close()
    await app?.stop('SIGINT')
    rmSync(data, { recursive: true, force: true })
})

test('home → sign in → navigator → properties page → mail list → the customer opens the link', async () => {
    const page = browser.page
    await page.goto(`${app.url}/`)
    await page.locator('#users').waitFor()
    expect(await page.locator('#users a.sign-in').allTextContents()).toEqual(
        expect.arrayContaining(['System Administrator', 'Alice Agent', 'Bob Agent', 'Hana History']),
    )
    await screenshot(page, 'start-home')

    await page.click('#users a.sign-in:text("System Administrator")')
    await page.locator('#navigator').waitFor()
    expect(await page.locator('#signed-in').textContent()).toContain('admin')
    const menu = await page.locator('#navigator section.menu').first().locator('li').allTextContents()
    expect(menu).toEqual([
        'Service Cases',
        'Online Service Cases',
        'Connection report',
        'Email templates',
        'Administration',
        'Setup status',
        'Add TeamViewer to a form',
        'Properties',
        'Signed-in supporters',
        'Retrieval runs',
    ])
    await screenshot(page, 'start-navigator', { docs: true })

    await page.click('#navigator a:text("Properties")')
    await page.locator('#save').waitFor()
    expect(await page.title()).toBe('TeamViewer Integration Properties')
    const token = page.locator('.property[data-name="x_tvgh_teamviewer.adminToken"]')
    expect(await token.locator('input[type="password"]').inputValue()).toBe('')
    expect(await token.locator('.secret-state').textContent()).toBe('stored')
    const group = page.locator('.property[data-name="x_tvgh_teamviewer.default_group"] input')
    expect(await group.inputValue()).toBe('ServiceNow')
    await group.fill('Service Desk')
    await page.click('#save')
    await page.locator('#saved').waitFor()
    expect(await page.locator('#saved').textContent()).toBe('Saved 1 property: x_tvgh_teamviewer.default_group.')
    expect(await page.locator('.property[data-name="x_tvgh_teamviewer.default_group"] input').inputValue()).toBe('Service Desk')
    await screenshot(page, 'start-properties', { docs: true })

    await page.goto(`${app.url}/local/mail`)
    await page.locator('article.mail').first().waitFor()
    expect(await page.locator('article.mail .subject').first().textContent()).toMatch(
        /^Remote support for PRB\d+: TeamViewer session s[\d-]+$/,
    )
    // a full-page screenshot leaves iframes below the viewport unpainted: show the whole page for it
    await page.setViewportSize({ width: 1200, height: Number(await page.evaluate('document.documentElement.scrollHeight')) })
    await screenshot(page, 'start-mail', { docs: true })
    await page.setViewportSize({ width: 1200, height: 700 })
    const link = (await page.locator('article.mail').first().locator('a.mail-link').first().getAttribute('href')) as string

    await page.goto(link)
    expect(await page.locator('#joined').textContent()).toMatch(
        /^You are now connected to session s[\d-]+\. Please wait for your supporter\.$/,
    )
    await screenshot(page, 'start-customer')
    expect(browser.dialogs).toEqual([])
    expect(browser.errors).toEqual([])
})
