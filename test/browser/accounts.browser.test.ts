/**
 * Issue #22 item 5 in real browsers against `npm start`: disconnect and revoke in the UI (before, REST only).
 * - Chris (itil) signs in to TeamViewer from his incident's Supporter Control, presses *Disconnect* beside
 *   "Signed in to TeamViewer as …", confirms inside the control: the control shows the signed-out screen, the
 *   grant is gone (a reload agrees) and TeamViewer (the simulator) received the revoke.
 * - The admin opens *TeamViewer Integration ➜ Signed-in supporters* from the navigator: who is signed in, with
 *   TeamViewer account and dates — no token anywhere in the HTML, not even encrypted; *Revoke* on Chris's grant
 *   form, and on Bob's row through the list's "Actions on selected rows": messages, the list without them, the
 *   revokes at TeamViewer; Chris's control asks him to sign in again.
 * - A supporter gets the "not allowed" page for the list, no module in the navigator, and a forged Revoke post
 *   changes nothing.
 * Screenshots: accounts-*.png (.local/screenshots/, the README's in docs/screenshots/).
 */
import type { Launched } from '../../scripts/local/launch'
import { screenshot, type Browser } from './browser'
import { CHRIS_TV, CONTROL as C, signInAs, teamViewerSignIn, text, useProduct } from './product'

const GRANTS = '/x_tvgh_teamviewer_token_list.do'

let app: Launched
let chris: Browser
let admin: Browser
let simUrl = ''
useProduct('accounts', 2, (p) => {
    app = p.app
    simUrl = p.simUrl
    chris = p.browsers[0]
    admin = p.browsers[1]
})

/** How many revokes TeamViewer (the simulator) received, and every token it knows. */
async function simulator(): Promise<{ revokes: number; tokens: string[] }> {
    const stats = (await (await fetch(`${simUrl}/_sim/stats`)).json()) as { byEndpoint: Record<string, number> }
    const tokens = (await (await fetch(`${simUrl}/_sim/tokens`)).json()) as { tokens: { token: string }[] }
    return { revokes: stats.byEndpoint['POST /api/v1/oauth2/revoke'] ?? 0, tokens: tokens.tokens.map((t) => t.token) }
}

/** Chris's phishing incident, opened from the Incidents list; returns its URL. */
async function chrisIncident(): Promise<string> {
    const page = chris.page
    await signInAs(app, chris, 'chris.agent', '/incident_list.do')
    await page.locator('table.tv-list tbody tr', { hasText: 'phishing' }).locator('a').first().click()
    await page.locator(`${C} h3`).waitFor()
    return page.url()
}

/** The TeamViewer sign-in pop-up of the control, as Chris. */
async function signInToTeamViewer(): Promise<void> {
    await teamViewerSignIn(chris, `${C}_signin`, CHRIS_TV)
    await chris.page.locator(`${C} .x-tvgh-account`).waitFor()
}

/** The rows of Signed-in supporters as the admin sees them: the user column's text. */
async function signedInUsers(): Promise<string[]> {
    const page = admin.page
    await page.goto(`${app.url}${GRANTS}?sysparm_query=ORDERBYDESCsigned_in`)
    return (await page.locator('table.tv-list tbody tr td a').allTextContents()).map((s) => s.trim())
}

test('a supporter disconnects their TeamViewer account from the control: signed out, grant gone, revoked at TeamViewer', async () => {
    const page = chris.page
    const incident = await chrisIncident()
    await page.locator(`${C}_signin`).waitFor()
    await signInToTeamViewer()
    expect(await text(page, `${C} .x-tvgh-account`)).toBe('Signed in to TeamViewer as Chris Agent Disconnect')
    await page.locator(`${C}_create`).waitFor()
    const before = await simulator()

    // Disconnect asks first, inside the control (no browser dialog); Cancel keeps everything
    await page.click(`${C}_disconnect`)
    expect(await text(page, `${C}_disconnect_question`)).toMatch(/^Disconnect your TeamViewer account from ServiceNow\?/)
    await page.click(`${C}_disconnect_cancel`)
    await page.locator(`${C}_disconnect`).waitFor()
    expect((await simulator()).revokes).toBe(before.revokes)
    await page.click(`${C}_disconnect`)
    await screenshot(page, 'accounts-1-disconnect-confirm', { docs: true })
    await page.click(`${C}_disconnect_confirm`)

    await page.locator(`${C}_signin`).waitFor()
    expect(await text(page, `${C}_status`)).toBe('Your TeamViewer account is disconnected from ServiceNow.')
    expect(await page.locator(`${C} .x-tvgh-account`).count()).toBe(0)
    const after = await simulator()
    expect(after.revokes).toBe(before.revokes + 1)
    expect(before.tokens.filter((t) => !after.tokens.includes(t)).length).toBeGreaterThan(0) // Chris's pair died at TeamViewer
    // the server agrees: a reload shows the signed-out screen
    await page.goto(incident)
    await page.locator(`${C}_signin`).waitFor()
    expect(await page.locator(`${C} .x-tvgh-account`).count()).toBe(0)
    expect(chris.dialogs).toEqual([])
    expect(chris.errors).toEqual([])
}, 180000)

test('the admin sees who is signed in (no token in the page) and revokes from the form and the list; the supporter must sign in again', async () => {
    // Chris signs in again
    const incident = await chrisIncident()
    await signInToTeamViewer()

    const page = admin.page
    await signInAs(app, admin, 'admin', '/incident_list.do')
    await page.click('#gsft_nav a:text-is("Signed-in supporters")')
    await page.waitForURL(/\/x_tvgh_teamviewer_token_list\.do/)
    expect(await page.locator('table.tv-list thead th').allTextContents()).toEqual([
        'Select',
        'User',
        'TeamViewer account name',
        'TeamViewer account e-mail',
        'Signed in',
        'Access token expires',
    ])
    const chrisRow = page.locator('table.tv-list tbody tr', { hasText: 'Chris Agent' })
    // newest sign-in first: Chris, then the demo's supporters
    const users = await signedInUsers()
    expect([users[0], users.slice(1).sort()]).toEqual(['Chris Agent', ['Alice Agent', 'Bob Agent']])
    expect((await chrisRow.locator('td').allTextContents()).slice(1, 4)).toEqual(['Chris Agent', 'Chris Agent', 'chris.agent@example.com'])
    expect(await chrisRow.locator('td').nth(4).textContent()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    // no token anywhere in the page, not even encrypted
    const tokens = (await simulator()).tokens
    const noSecrets = async () => {
        const html = await page.content()
        for (const t of tokens) expect(html).not.toContain(t)
        expect(html).not.toMatch(/enc:v1:|access_token|refresh_token/)
    }
    await noSecrets()
    await screenshot(page, 'accounts-2-signed-in-supporters', { docs: true })

    // the grant's form: who, account, dates; Revoke
    await chrisRow.locator('a').first().click()
    await page.locator('button[data-action="x_tvgh_teamviewer_revoke_grant"]').waitFor()
    expect(await page.locator('.tv-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).not.toContain('access_token')
    expect(await page.locator('#x_tvgh_teamviewer_token\\.account_email').inputValue()).toBe('chris.agent@example.com')
    expect(await page.locator('#sysverb_update').count()).toBe(0) // read-only for admins too
    await noSecrets()
    const before = await simulator()
    await page.click('button[data-action="x_tvgh_teamviewer_revoke_grant"]')
    await page.waitForURL(/\/x_tvgh_teamviewer_token_list\.do$/)
    expect(await page.locator('.alert').allTextContents()).toEqual([
        'TeamViewer sign-in of Chris Agent revoked at TeamViewer and deleted. Their next TeamViewer action asks them to sign in again.',
    ])
    expect((await signedInUsers()).sort()).toEqual(['Alice Agent', 'Bob Agent'])
    expect((await simulator()).revokes).toBe(before.revokes + 1)

    // the list: select Bob's row, "Actions on selected rows" ➜ Revoke
    const bobRow = page.locator('table.tv-list tbody tr', { hasText: 'Bob Agent' })
    await bobRow.locator('input[type=checkbox]').check()
    await page.selectOption('#list-choice', { label: 'Revoke' })
    await page.click('#list-choice-run')
    await page.locator('.alert').first().waitFor()
    expect(await page.locator('.alert').allTextContents()).toEqual([
        'TeamViewer sign-in of Bob Agent revoked at TeamViewer and deleted. Their next TeamViewer action asks them to sign in again.',
    ])
    await screenshot(page, 'accounts-3-revoked')
    expect(await signedInUsers()).toEqual(['Alice Agent'])
    expect((await simulator()).revokes).toBe(before.revokes + 2)

    // Chris's control asks him to sign in again
    await chris.page.goto(incident)
    await chris.page.locator(`${C}_signin`).waitFor()
    expect(await chris.page.locator(`${C} .x-tvgh-account`).count()).toBe(0)
    for (const b of [chris, admin]) {
        expect(b.dialogs).toEqual([])
        expect(b.errors).toEqual([])
    }
}, 180000)

test('a supporter cannot open Signed-in supporters nor revoke: the "not allowed" page, nothing changes', async () => {
    // the admin's view: Alice's grant and the Revoke action's id, as a forged post would need them
    await signInAs(app, admin, 'admin', GRANTS)
    const alice = admin.page.locator('table.tv-list tbody tr', { hasText: 'Alice Agent' })
    const grant = (await alice.getAttribute('data-sys-id')) as string
    const action = (await admin.page.locator('#list-choice option', { hasText: 'Revoke' }).getAttribute('value')) as string
    expect([grant, action].every((v) => /^[0-9a-f]{32}$/.test(v))).toBe(true)

    const page = chris.page
    await signInAs(app, chris, 'bob.agent', '/incident_list.do')
    await page.locator('#gsft_nav a:text-is("Service Cases")').waitFor()
    expect(await page.locator('#gsft_nav a:text-is("Signed-in supporters")').count()).toBe(0)
    const res = await page.goto(`${app.url}${GRANTS}`)
    expect(res?.status()).toBe(403)
    expect(await text(page, '#not-allowed')).toBe('Security constraints prevent access to requested page')
    expect(await page.content()).not.toContain('Alice Agent')
    const form = await page.goto(`${app.url}/x_tvgh_teamviewer_token.do?sys_id=${grant}`)
    expect(form?.status()).toBe(200)
    expect(await text(page, 'h1')).toBe('Record not found')

    // a forged Revoke, from the form and as a list choice, with Bob's own valid sysparm_ck
    const forged: Array<Record<string, string>> = [
        { sys_action: action, sys_id: grant },
        { sys_action: action, sysparm_list_choice: 'true', sysparm_checked_items: grant },
    ]
    for (const body of forged) {
        const answer = await page.evaluate(async (b) => {
            const ck = (globalThis as unknown as { g_ck: string }).g_ck
            const r = await fetch('/x_tvgh_teamviewer_token.do', {
                method: 'POST',
                body: new URLSearchParams({ ...b, sysparm_ck: ck }),
            })
            return r.text()
        }, body)
        expect(answer).not.toContain('revoked')
    }
    expect(await signedInUsers()).toEqual(['Alice Agent'])
}, 120000)
