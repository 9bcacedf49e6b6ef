/**
 * Issue #22 items 6 and 3 in a real browser against `npm start` (scripts/start.ts on an empty data folder: the
 * built app in the runtime, the TeamViewer simulator, the first-start seed, the scheduler in real time).
 *
 * Item 6: Chris (itil, never signed in to TeamViewer from ServiceNow) opens his phishing incident. The signed-out
 * control offers the create form (customer prefilled) with "Sign in and create service case". A first sign-in
 * he cancels (closes the popup) creates nothing and keeps what he typed; the second, which succeeds, creates
 * the case with the form's values without another click.
 * Item 3: he starts the session, TeamViewer (the simulator's supporter page) connects and ends it, he closes the
 * case: the async business rule retrieves the connection, and the form's "TeamViewer connection report"
 * refreshes itself (GlideList2, as on an instance) — the page is never reloaded.
 *
 * The page's clock is Playwright's (running in real time); the test moves it on to the control's next report
 * refresh once the connection is stored, instead of waiting for it. No timing is asserted.
 * Screenshots: .local/screenshots/sign-in-create-*.png.
 */
import type { Launched } from '../../scripts/local/launch'
import { REPORT_REFRESH_MS } from '../../src/client/form-control/controller'
import { screenshot, settle, type Browser } from './browser'
import { CHRIS_TV, CONTROL as C, fact, popupFrom, teamViewerSignIn, text, useProduct } from './product'

const REPORT = 'section.tv-related:has-text("TeamViewer connection report")'

let app: Launched
let chris: Browser
let admin: Browser
useProduct('signin-create', 2, (p) => {
    app = p.app
    chris = p.browsers[0]
    admin = p.browsers[1]
})

let incidentUrl = ''
let code = ''
let customerLink = ''

test('item 6: "Sign in and create service case" creates the case once the sign-in succeeds; a cancelled sign-in creates nothing', async () => {
    const { page } = chris
    await page.clock.install()
    await page.goto(`${app.url}/`)
    await page.click('#users a.sign-in:text-is("Chris Agent")')
    await page.click('#navigator a:text-is("Incidents")')
    const row = page.locator('table.tv-list tbody tr', { hasText: 'phishing' })
    await row.locator('a').first().click()
    incidentUrl = page.url()
    const number = (await text(page, 'h1')).replace(/^Incident /, '')
    expect(number).toMatch(/^INC\d{7}$/)

    // signed out, no case: the create form, prefilled from the incident, with "Sign in and create service case"
    await page.locator(`${C}_signin_create`).waitFor()
    expect(await text(page, `${C}_signin_create`)).toBe('Sign in and create service case')
    expect(await page.locator(`${C}_name`).inputValue()).toBe('Erin Customer')
    expect(await page.locator(`${C}_email`).inputValue()).toBe('erin.customer@example.com')
    expect(await page.locator(`${C} .x-tvgh-account`).count()).toBe(0)
    await page.fill(`${C}_description`, 'Check the laptop for the phishing payload')
    await screenshot(page, 'sign-in-create-signed-out')

    // a sign-in he cancels: nothing is created, the form keeps its values
    await (await popupFrom(chris, `${C}_signin_create`)).close()
    expect(
        await settle(
            () => text(page, `${C}_error`),
            (v) => v !== '',
        ),
    ).toBe('The TeamViewer sign-in did not finish, so no service case was created. Sign in again to create it.')
    expect(await page.locator(`${C}_description`).inputValue()).toBe('Check the laptop for the phishing payload')
    expect(await page.locator(`${C}_start`).count()).toBe(0)

    // the sign-in that succeeds: the case is created with the form's values, without another click
    await teamViewerSignIn(chris, `${C}_signin_create`, CHRIS_TV)
    await page.locator(`${C}_start`).waitFor()
    code = await fact(page, 'Session code')
    expect(code).toMatch(/^s\d{2,3}-\d{3}-\d{3}$/)
    expect(await fact(page, 'Customer')).toBe('Erin Customer · erin.customer@example.com')
    expect(await text(page, `${C}_status`)).toBe(`Service case ${code} created.`)
    expect(await text(page, `${C} .x-tvgh-account`)).toMatch(/^Signed in to TeamViewer as Chris Agent/)
    await screenshot(page, 'sign-in-create-created')

    // one case, with the description typed before signing in (the supporter's view of the task's cases)
    const cases = await page.evaluate(
        async (task) =>
            (await (
                await fetch(`/api/x_tvgh_teamviewer/cases/task/${task}`, {
                    headers: { 'X-UserToken': (globalThis as unknown as { g_ck: string }).g_ck },
                })
            ).json()) as { result: { cases: { code: string; state: string; endCustomerLink: string }[] } },
        new URL(incidentUrl).searchParams.get('sys_id') as string,
    )
    expect(cases.result.cases.map((c) => [c.code, c.state])).toEqual([[code, 'open']])
    customerLink = cases.result.cases[0].endCustomerLink
}, 300000)

test("item 3: after Close the connection report shows the session's connection without reloading the page", async () => {
    const { page, context } = chris
    expect(code).not.toBe('')
    // a marker on the page: a reload would lose it
    await page.evaluate(() => ((globalThis as unknown as { notReloaded: boolean }).notReloaded = true))
    expect(await text(page, `${REPORT} .tv-count`)).toBe('0 records')

    // the session: the customer joins (the case's customer link), TeamViewer (the simulator's supporter page)
    // connects and ends it
    const customer = await admin.context.newPage()
    await customer.goto(customerLink)
    expect(await text(customer, '#joined')).toBe(`You are now connected to session ${code}. Please wait for your supporter.`)
    await customer.close()
    const tvOpened = context.waitForEvent('page')
    await page.click(`${C}_start`)
    const tv = await tvOpened
    await tv.waitForLoadState()
    await tv.click('#connect')
    await tv.locator('#end').waitFor()
    await tv.click('#end')
    await tv.close()

    // Close: the async rule retrieves the connection (the admin's connection list shows when it is stored)
    await page.click(`${C}_close`)
    await page.locator(`${C}_another`).waitFor()
    const stored = await settle(
        async () => {
            await admin.page.goto(
                `${app.url}/login?user=admin&next=${encodeURIComponent(`/x_tvgh_teamviewer_connection_list.do?sysparm_query=session_code=${code}`)}`,
            )
            return text(admin.page, '.tv-count')
        },
        (v) => v === '1 record',
        300,
    )
    expect(stored).toBe('1 record')

    // the control's next report refresh (its timer, moved on): the related list shows it in place
    await page.clock.runFor(REPORT_REFRESH_MS)
    const report = await settle(
        () => text(page, `${REPORT} tbody`),
        (v) => v.includes(code),
    )
    expect(report).toContain(code)
    expect(await text(page, `${REPORT} .tv-count`)).toBe('1 record')
    expect(await page.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
    await screenshot(page, 'sign-in-create-report-after-close')

    for (const b of [chris]) {
        expect(b.dialogs).toEqual([])
        expect(b.errors).toEqual([])
    }
}, 300000)
