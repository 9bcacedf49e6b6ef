/**
 * Issue #22 item 4 in a real browser against `npm start` (the demo data of scripts/local/seed.ts): a case another
 * supporter created. Alice Agent creates a service case on Bob Agent's incident "Outlook closes right after
 * start"; Bob (the incident's assignee) opens it: the control says whose case it is and offers no Start/Share/
 * Close but *Ask for this case* (the request appears in the work notes) and *Create another service case*
 * (he does). The System Administrator opens the incident: reassigns Alice's case to Bob (the session moves at
 * TeamViewer under Alice's sign-in) and closes a case — each recorded in the work notes.
 * Screenshots: .local/screenshots/abandoned-*.png (docs/screenshots/ with `npm run screenshots`).
 */
import type { Page } from 'playwright-core'
import type { Launched } from '../../scripts/local/launch'
import { screenshot, settle, type Browser } from './browser'
import { CONTROL as C, fact, text, useProduct } from './product'

let app: Launched
let browser: Browser
useProduct('abandoned', 1, (p) => {
    app = p.app
    browser = p.browsers[0]
})

/** The Supporter Control's buttons on a case of the user's own. */
const OWNER_BUTTONS = ['Start session', 'Share session code', 'Close service case', 'Reassign…', "Change customer's e-mail"]
const buttons = (page: Page) => page.locator(`${C} .x-tvgh-actions button`).allTextContents()
const workNotes = (page: Page) => page.locator('.tv-journal[data-field="work_notes"] pre').allTextContents()
const status = (page: Page, starts: string) =>
    settle(
        () => text(page, `${C}_status`),
        (v) => v.startsWith(starts),
    )

/** Signs in as a demo user (the local login route) and opens the Outlook incident from the Incidents list. */
async function openOutlookIncidentAs(user: string): Promise<Page> {
    const page = browser.page
    await page.goto(`${app.url}/logout`)
    await page.goto(`${app.url}/login?user=${user}&next=${encodeURIComponent('/incident_list.do')}`)
    await page.locator('table.tv-list tbody tr', { hasText: 'Outlook closes' }).locator('a').first().click()
    await page.locator(`${C} h3`).waitFor()
    await page.locator(`${C} button`).first().waitFor()
    return page
}

test("another supporter's case: whose it is, ask for it, create another; the admin reassigns and closes — all in the work notes", async () => {
    // ---- Alice creates a service case on Bob's incident (its last case, Bob's, is closed) ----------------------
    let page = await openOutlookIncidentAs('alice.agent')
    await page.click(`${C}_another`)
    await page.locator(`${C}_create`).waitFor()
    await page.click(`${C}_create`)
    await page.locator(`${C}_start`).waitFor()
    const alices = await fact(page, 'Session code')
    expect(alices).toMatch(/^s\d{2,3}-\d{3}-\d{3}$/)

    // ---- Bob, the incident's assignee, opens it: Alice's case, no Start/Share/Close ----------------------------
    page = await openOutlookIncidentAs('bob.agent')
    expect(await text(page, `${C}_owner`)).toBe(`Service case ${alices} belongs to Alice Agent.`)
    expect(await buttons(page)).toEqual(['Ask for this case', 'Create another service case'])
    expect(await page.locator(`${C}_start`).count()).toBe(0)
    await screenshot(page, 'abandoned-1-not-mine', { docs: true })

    // asks for it: a line in the work notes
    await page.click(`${C}_ask`)
    expect(await status(page, 'You asked')).toBe(`You asked Alice Agent for service case ${alices}; the request is in the work notes.`)
    await page.reload()
    await page.locator(`${C}_ask`).waitFor()
    expect(await workNotes(page)).toContain(
        `Bob Agent asks for TeamViewer service case ${alices} of Alice Agent: Alice Agent, please hand it over (Reassign in the TeamViewer control) or close it.`,
    )

    // creates another service case: his own, with Alice's listed below
    await page.click(`${C}_another`)
    await page.locator(`${C}_create`).waitFor()
    await page.click(`${C}_create`)
    await page.locator(`${C}_start`).waitFor()
    const bobs = await fact(page, 'Session code')
    expect(bobs).not.toBe(alices)
    expect(await buttons(page)).toEqual(OWNER_BUTTONS)
    expect(await page.locator(`${C} .x-tvgh-other span`).allTextContents()).toEqual([`Service case ${alices} belongs to Alice Agent.`])

    // ---- the admin opens the incident: reassigns Alice's case to Bob ---------------------------------------------
    page = await openOutlookIncidentAs('admin')
    const alicesItem = page.locator(`${C} .x-tvgh-other`, { hasText: alices })
    await alicesItem.locator('button:text-is("Reassign…")').click()
    await page.locator(`${C}_reassign_to`).waitFor()
    expect(await page.locator(`${C}_reassign_to option`).allTextContents()).toEqual(['Bob Agent'])
    await screenshot(page, 'abandoned-2-reassign', { docs: true })
    await page.click(`${C}_reassign_confirm`)
    expect(await status(page, `Service case ${alices}`)).toBe(`Service case ${alices} now belongs to Bob Agent.`)

    // closes Bob's newer case (shown first): at TeamViewer with Bob's sign-in
    expect(await text(page, `${C}_owner`)).toBe(`Service case ${bobs} belongs to Bob Agent.`)
    await page.click(`${C}_close`)
    expect(await status(page, `Service case ${bobs}`)).toBe(`Service case ${bobs} closed.`)
    await page.reload()
    await page.locator(`${C} h3`).waitFor()
    const notes = await workNotes(page)
    expect(notes).toContain(`TeamViewer service case ${alices} reassigned from Alice Agent to Bob Agent by System Administrator.`)
    expect(notes).toContain(
        `TeamViewer service case ${bobs} of Bob Agent closed by System Administrator (at TeamViewer with Bob Agent's sign-in).`,
    )
    await screenshot(page, 'abandoned-3-work-notes')

    // ---- Bob now works Alice's former case himself ----------------------------------------------------------------
    page = await openOutlookIncidentAs('bob.agent')
    expect(await fact(page, 'Session code')).toBe(alices)
    expect(await page.locator(`${C}_owner`).count()).toBe(0)
    expect(await buttons(page)).toEqual(OWNER_BUTTONS)
    expect(browser.dialogs).toEqual([])
    expect(browser.errors).toEqual([])
})
