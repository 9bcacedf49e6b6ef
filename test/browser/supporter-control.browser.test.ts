/**
 * Issue #12 items 1 and 2 in a real browser: the incident form of the local web server (web/forms.ts) showing
 * the BUILT app's section "TeamViewer Remote Control" (formatter → UI macro → UI script) and the related list
 * "TeamViewer connection report", after the admin added them to the base incident form on the platform's Form
 * Layout and Related Lists pages (tools/runtime/platform-forms.ts; the app itself may not write form layouts).
 * TeamViewer is the simulator (API and sign-in page) over real HTTP. Every state and action of the control:
 * not signed in → Sign in (popup: the simulator's sign-in page, reached and pressed with the keyboard) → no case
 * (customer prefilled, editable) → create → open case (code, customer, online after the customer joins and
 * the poll job runs) → Share → Start (supporter link) → an inline error from a simulator fault → Close →
 * closed case → create another; then Refresh on the connection report. A caller named
 * `<img src=x onerror=alert(1)>` shows as text everywhere. The page's clock is Playwright's paused fake clock:
 * the control's 30 s refresh runs when the test moves it. Screenshots: .local/screenshots/control-*.png
 * (the main states are copied to docs/screenshots/ for the README).
 */
import type { Page } from 'playwright-core'
import { setTime, startEnv, stopEnv, type Env } from '../oauth/env'
import { formLayoutAddsFormatter, relatedListsAddsRelationship } from '../../tools/runtime/platform-forms'
import { startWebServer, type WebServer } from '../../tools/runtime/web/server'
import { openBrowser, screenshot, settle, type Browser } from './browser'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const XSS = '<img src=x onerror=alert(1)>'
const C = '#x_tvgh_teamviewer_control'

let env: Env
let web: WebServer
let browser: Browser
let incident: string
beforeAll(async () => {
    env = await startEnv(T0)
    web = await startWebServer(env.rt)
    // the OAuth redirect URI is the local server's callback route (its port is known only now)
    const callback = `${web.url}/api/x_tvgh_teamviewer/oauth/callback`
    await env.sim.control.registerClient({ id: 'sn-app', secret: 'sn-app-secret-value', redirectUris: [callback] })
    env.rt.setProperty('x_tvgh_teamviewer.oauth.redirect_uri', callback)
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', email: 'ann@acme.example', roles: ['itil', 'email_composer'] })
    const carol = env.rt.createUser({ user_name: 'carol', name: XSS, email: 'carol@example.com' })
    incident = env.rt.insert('incident', { short_description: 'Printer broken', caller_id: carol, state: '2', priority: '3' })
    // the admin's steps on the platform's Form Layout page (the app may not write form layouts; README "Forms")
    formLayoutAddsFormatter(env.rt, 'incident', '', 'TeamViewer Remote Control', 'TeamViewer Supporter Control')
    relatedListsAddsRelationship(env.rt, 'incident', '', 'TeamViewer connection report')
    browser = await openBrowser()
    // the supporter link opens TeamViewer's site: a stand-in page (the machine has no internet)
    await browser.context.route('https://get.teamviewer.com/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: '<title>TeamViewer</title>stand-in' }),
    )
})
afterAll(async () => {
    await browser?.close()
    await web?.close()
    await stopEnv(env)
})

const shot = (page: Page, name: string, docs = false) => screenshot(page, name, { docs })

const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').trim()
/** the <dd> after a <dt> of the case summary */
const fact = (page: Page, term: string) => text(page, `${C} dt:text-is("${term}") + dd`)

test('every state and action of the Supporter Control on the incident form, with the connection report', async () => {
    const { page, context } = browser
    await page.clock.install({ time: T0 })
    await page.clock.pauseAt(T0 + 1000)
    const form = `/incident.do?sys_id=${incident}`
    await page.goto(`${web.url}/login?user=sup.ann&next=${encodeURIComponent(form)}`)

    // the form: the base layout, the Update button, the section with the control, the related list
    expect(await page.locator('h1').first().textContent()).toMatch(/^Incident INC\d{7}$/)
    expect(await page.locator('#incident\\.caller_id').inputValue()).toBe(XSS)
    // the supporter may write the incident: its fields are editable (issue #22), the control beside them
    expect(await page.locator('#sysverb_update').textContent()).toBe('Update')
    expect(await page.locator('h2.tv-section-title').allTextContents()).toEqual([
        'Notes',
        'Resolution Information',
        'TeamViewer Remote Control',
    ])

    // not signed in
    await page.locator(`${C}_signin`).waitFor()
    expect(await text(page, `${C} h3`)).toBe('TeamViewer Remote Control')
    await shot(page, 'control-signed-out', true)

    // keyboard: Tab reaches "Sign in to TeamViewer", Enter opens the popup at the simulator's sign-in page
    await page.locator('body').focus()
    let focused = ''
    for (let i = 0; i < 40 && focused !== 'x_tvgh_teamviewer_control_signin'; i++) {
        await page.keyboard.press('Tab')
        focused = await page.evaluate('document.activeElement ? document.activeElement.id : ""')
    }
    expect(focused).toBe('x_tvgh_teamviewer_control_signin')
    const popupOpened = context.waitForEvent('page')
    await page.keyboard.press('Enter')
    const popup = await popupOpened
    await popup.waitForLoadState()
    expect(popup.url()).toContain(`${env.sim.url}/oauth2/authorize`)
    await popup.fill('#email', 'ann@example.com')
    await popup.fill('#password', 'ann')
    await popup.click('#allow')

    // signed in → no case: the customer (the caller) prefilled and editable, as text
    await page.locator(`${C}_create`).waitFor()
    expect(await page.locator(`${C}_name`).inputValue()).toBe(XSS)
    expect(await page.locator(`${C}_email`).inputValue()).toBe('carol@example.com')
    expect(await page.locator(`${C}_description`).inputValue()).toMatch(/^INC\d{7}$/)
    expect(await text(page, `${C} .x-tvgh-account`)).toMatch(/^Signed in to TeamViewer as /)
    // every control has a label
    for (const id of ['name', 'email', 'description'])
        expect(await page.locator(`label[for="x_tvgh_teamviewer_control_${id}"]`).count()).toBe(1)
    await page.fill(`${C}_description`, 'Printer on the 2nd floor')
    await shot(page, 'control-no-case', true)

    // create → open case
    await page.click(`${C}_create`)
    await page.locator(`${C}_start`).waitFor()
    const code = await fact(page, 'Session code')
    expect(code).toMatch(/^s\d{2,3}-\d{3}-\d{3}$/)
    expect(await fact(page, 'Customer')).toBe(`${XSS} · carol@example.com`)
    expect(await fact(page, 'Customer online')).toBe('Offline')
    expect(await env.sim.control.session(code)).toMatchObject({
        description: 'Printer on the 2nd floor',
        end_customer: { name: XSS, email: 'carol@example.com' },
    })
    await shot(page, 'control-open-case')

    // Share: the e-mail window (the runtime's UI16 e-mail client, test/browser/email-client.browser.test.ts) to the customer
    const mailOpened = context.waitForEvent('page')
    await page.click(`${C}_share`)
    const mailWindow = await mailOpened
    await mailWindow.locator('#email-form').waitFor()
    expect(await mailWindow.locator('#to').inputValue()).toBe('carol@example.com')
    await mailWindow.click('#send')
    await mailWindow.locator('#email-sent').waitFor()
    await mailWindow.close()
    expect(await text(page, `${C}_status`)).toBe('The e-mail client opened with the session invitation.')

    // Start: the supporter link opens
    const started = context.waitForEvent('page')
    await page.click(`${C}_start`)
    const tvPage = await started
    await tvPage.waitForLoadState()
    expect(tvPage.url()).toMatch(/^https:\/\/get\.teamviewer\.com\/v15\/s\d+-\d+$/)
    await tvPage.close()

    // the customer joins; the poll job reads it from TeamViewer; the control's 30 s refresh reads the record
    await env.sim.control.setOnline(code)
    await setTime(env, T0 + 60000)
    env.rt.clock.advance(60000)
    await page.clock.runFor(30000)
    expect(
        await settle(
            () => fact(page, 'Customer online'),
            (v) => v.startsWith('Online'),
        ),
    ).toMatch(/^Online/)
    await shot(page, 'control-open-case-online', true)

    // a TeamViewer fault: an inline error in plain words, the case stays open
    await env.sim.control.fault({ kind: 'status', status: 503, path: '/api/v1/sessions' })
    await page.click(`${C}_close`)
    const error = await settle(
        () => text(page, `${C}_error`),
        (v) => v !== '',
    )
    // plain words first (the app adds the technical detail in parentheses for whoever reports the problem)
    expect(error).toMatch(
        /^Could not close the TeamViewer session: TeamViewer could not be reached or had an error; try again in a moment\./,
    )
    expect(error).not.toMatch(/Exception|undefined|\{|stack/)
    await shot(page, 'control-error')
    await env.sim.control.clearFaults()

    // Close → closed case summary
    await page.click(`${C}_close`)
    await page.locator(`${C}_another`).waitFor()
    expect(await fact(page, 'Last service case')).toBe(`${code} (closed)`)
    expect(await text(page, `${C}_error`)).toBe('')
    await shot(page, 'control-closed-case', true)

    // create another → the form again
    await page.click(`${C}_another`)
    await page.locator(`${C}_create`).waitFor()
    expect(await page.locator(`${C}_name`).inputValue()).toBe(XSS)

    // the connection report on the same form: Refresh fetches the session's connection from TeamViewer
    await env.sim.control.connectSession(code, {
        immediate: true,
        start_date: new Date(T0 + 20000).toISOString(),
        end_date: new Date(T0 + 50000).toISOString(),
        devicename: 'CAROL-LAPTOP',
    })
    const report = page.locator('section.tv-related', { hasText: 'TeamViewer connection report' })
    expect(await report.locator('.tv-count').textContent()).toBe('0 records')
    await report.locator('button[data-action="x_tvgh_teamviewer_refresh"]').click()
    await page.locator('.alert[role="status"]').first().waitFor()
    const refreshed = page.locator('section.tv-related', { hasText: 'TeamViewer connection report' })
    expect(await refreshed.locator('.tv-count').textContent()).toBe('1 record')
    expect(await page.locator('.alert[role="alert"]').count()).toBe(0)
    expect(await refreshed.locator('tbody').textContent()).toContain(code)
    expect(await refreshed.locator('tbody').textContent()).toContain('CAROL-LAPTOP')
    await shot(page, 'control-connection-report')

    expect(browser.dialogs).toEqual([])
    // the only failed request is the refused close (the route answers the TeamViewer fault with an error status)
    expect(browser.errors.filter((e) => !/^5\d\d POST .*\/api\/x_tvgh_teamviewer\/cases\/.*close/.test(e))).toEqual([])
    expect(await page.content()).not.toContain('sn-app-secret-value')
})
