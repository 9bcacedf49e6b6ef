/**
 * Issue #22 item 1 in a real browser against `npm start`: *Share session code* opens the e-mail window, as the
 * guide says, rendered from the app's records by the runtime's e-mail client (tools/runtime/web/email-client.ts):
 * Alice (itil, email_composer) creates a case on an incident for a customer whose name is markup; Share opens
 * the window with the customer as recipient and the template's subject and body (the invitation: code and link
 * filled, the name as text); the Quick Message picker lists the TV_* messages and TV_ShareSessionAdvance replaces
 * the selected body; she edits it; a malformed address is refused with nothing sent; Send puts it in the outbox
 * (the admin's mail list) and in the incident's activity. Screenshot: docs/screenshots/email-client.png.
 */
import type { Launched } from '../../scripts/local/launch'
import { screenshot, settle, type Browser } from './browser'
import { CONTROL as C, text, useProduct } from './product'

const HOSTILE = '<img src=x onerror=alert(1)>'

let app: Launched
let browser: Browser
useProduct('email-client', 1, (p) => {
    app = p.app
    browser = p.browsers[0]
})

/** The admin's mail list (GET /local/mail) as HTML. */
async function adminMailList(): Promise<string> {
    const login = await fetch(`${app.url}/login?user=admin&next=/`, { redirect: 'manual' })
    const cookie = String(login.headers.get('set-cookie')).split(';')[0]
    return (await fetch(`${app.url}/local/mail`, { headers: { cookie } })).text()
}

test('Share opens the e-mail window: recipient, template, Quick Messages, edit, Send → outbox and the activity', async () => {
    const page = browser.page
    await page.goto(`${app.url}/login?user=alice.agent&next=${encodeURIComponent('/incident_list.do')}`)
    const row = page.locator('table.tv-list tbody tr', { hasText: 'New laptop' })
    const number = ((await row.locator('a').first().textContent()) ?? '').trim()
    expect(number).toMatch(/^INC\d{7}$/)
    await row.locator('a').first().click()
    await page.locator(`${C}_name`).waitFor()
    expect(await page.locator(`${C}_email`).inputValue()).toBe('carol.customer@example.com')
    await page.fill(`${C}_name`, HOSTILE)
    await page.click(`${C}_create`)
    await page.locator(`${C}_share`).waitFor()
    const code = await text(page, `${C} dt:text-is("Session code") + dd`)
    expect(code).toMatch(/^s\d{2,3}-\d{3}-\d{3}$/)

    // ---- Share: UI16's e-mail client opens in a pop-up on the case --------------------------------------------
    const opened = browser.context.waitForEvent('page')
    await page.click(`${C}_share`)
    const mail = await opened
    const dialogs: string[] = []
    mail.on('dialog', (d) => {
        dialogs.push(d.message())
        void d.dismiss()
    })
    await mail.locator('#email-form').waitFor()
    expect(mail.url()).toContain('/email_client.do?sysparm_table=x_tvgh_teamviewer_service_case&sysparm_sys_id=')
    expect(await text(page, `${C}_status`)).toBe('The e-mail client opened with the session invitation.')
    expect(await mail.locator('#to').inputValue()).toBe('carol.customer@example.com')
    expect(await mail.locator('#subject').inputValue()).toBe(`Remote support for ${number}: TeamViewer session ${code}`)
    const body = mail.locator('#body-editor')
    expect(await body.textContent()).toContain(`Hello ${HOSTILE},`) // the name as text
    expect(await body.textContent()).toContain(`Your session code is ${code}.`)
    expect(await body.locator('img').count()).toBe(0)
    expect(await body.locator('a').first().getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v15\/s\d+$/)
    expect(await mail.locator('#quick-message option').allTextContents()).toEqual([
        '-- Insert a Quick Message --',
        'TV_ShareSessionAdvance',
        'TV_ShareSessionSimple',
    ])

    // ---- the detailed Quick Message replaces the selected body; the supporter adds a line -------------------------
    await body.click()
    await mail.keyboard.press('Control+A')
    await mail.selectOption('#quick-message', { label: 'TV_ShareSessionAdvance' })
    const advance = (await body.textContent()) ?? ''
    expect(advance).toContain(`you asked us for help with ${number}.`)
    expect(advance).toContain('Download and start the small TeamViewer program')
    expect(advance).toContain(`Your session code is ${code}; it is valid until`)
    expect(advance).not.toContain('Hello <img')
    await body.click()
    await mail.keyboard.press('Control+End')
    await mail.keyboard.type(' Alice from the Service Desk')
    await screenshot(mail, 'email-client', { docs: true })

    // ---- a malformed address: a clear message, nothing sent, the text kept ---------------------------------------
    await mail.fill('#to', 'carol.customer@example')
    await mail.click('#send')
    await mail.locator('#email-error').waitFor()
    expect(await text(mail, '#email-error')).toBe('To: "carol.customer@example" is not an e-mail address. Correct it and send again.')
    expect(await body.textContent()).toContain('Alice from the Service Desk')
    expect(await adminMailList()).not.toContain('Alice from the Service Desk')

    // ---- Send -------------------------------------------------------------------------------------------------
    await mail.fill('#to', 'carol.customer@example.com')
    await mail.click('#send')
    await mail.locator('#email-sent').waitFor()
    expect(await text(mail, '#email-sent .recipients')).toBe('carol.customer@example.com')
    await mail.close()

    // the admin's mail list has it: to the customer, the edited body, the customer link (sandboxed, as text)
    const list = await adminMailList()
    const article = list.split('<article').find((a) => a.includes('Alice from the Service Desk')) ?? ''
    expect(article).toContain(`<h2 class="panel-title subject">Remote support for ${number}: TeamViewer session ${code}</h2>`)
    expect(article).toContain('<span class="recipients">carol.customer@example.com</span>')
    expect(article).toMatch(/class="mail-link"[^>]*href="http:\/\/127\.0\.0\.1:\d+\/v15\/s\d+"/)

    // the incident's activity shows it to the supporter
    const activity = await settle(
        async () => {
            await page.reload()
            return page.locator('.tv-activity li.tv-email', { hasText: 'Alice from the Service Desk' }).count()
        },
        (n) => n === 1,
        20,
    )
    expect(activity).toBe(1)
    const item = page.locator('.tv-activity li.tv-email', { hasText: 'Alice from the Service Desk' })
    expect(await text(page, '.tv-activity li.tv-email .subject')).toBe(`Remote support for ${number}: TeamViewer session ${code}`)
    expect(await item.locator('.recipients').textContent()).toBe('carol.customer@example.com')

    expect(dialogs).toEqual([])
    expect(browser.dialogs).toEqual([])
    expect(browser.errors).toEqual([])
}, 240000)

test("the customer's e-mail changed in the control (a work note) is where the next Share addresses the window", async () => {
    const page = browser.page
    await page.goto(`${app.url}/login?user=alice.agent&next=${encodeURIComponent('/incident_list.do')}`)
    await page.locator('table.tv-list tbody tr', { hasText: 'New laptop' }).locator('a').first().click()
    await page.locator(`${C}_change_email`).waitFor()
    await page.click(`${C}_change_email`)
    await page.fill(`${C}_new_email`, 'carol@example')
    await page.click(`${C}_save_email`)
    expect(await text(page, `${C}_error`)).toBe('"carol@example" is not an e-mail address. Correct it or leave it empty.')
    await page.fill(`${C}_new_email`, 'carol.home@example.com')
    await page.click(`${C}_save_email`)
    await page.locator(`${C}_change_email`).waitFor()
    expect(await text(page, `${C}_status`)).toBe(
        "The customer's e-mail is now carol.home@example.com; Share addresses the invitation there.",
    )
    expect(await text(page, `${C} dt:text-is("Customer") + dd`)).toContain('carol.home@example.com')

    await page.reload()
    const notes = await page.locator('.tv-journal[data-field="work_notes"] pre').allTextContents()
    expect(
        notes.some((n) =>
            /Customer e-mail of TeamViewer service case .* changed from carol\.customer@example\.com to carol\.home@example\.com\./.test(n),
        ),
    ).toBe(true)
    const opened = browser.context.waitForEvent('page')
    await page.click(`${C}_share`)
    const mail = await opened
    await mail.locator('#email-form').waitFor()
    expect(await mail.locator('#to').inputValue()).toBe('carol.home@example.com')
    await mail.close()
    expect(browser.errors).toEqual([])
}, 120000)
