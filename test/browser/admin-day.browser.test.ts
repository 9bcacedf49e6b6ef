/**
 * Issue #22 items 7–10, 12, 13 in a real browser against `npm start`: the admin's steps of the guide, each
 * reached from the navigator as on an instance, on the runtime's editable forms and lists (one mechanism:
 * dictionary types and choices, ACLs, sysparm_ck, business rules, password2 write-only):
 *   the navigator filter (`sys_properties.list`), the property list and form (no secret in the page, not
 *   even encrypted), the scheduled job's form (Repeat interval, Execute Now), the Online Service Cases
 *   instance options (taking effect on the page), the Quick Messages (titles, edit, body variables), and a
 *   supporter's one "not allowed" page. Screenshots: docs/screenshots/admin-*.png.
 */
import type { Launched } from '../../scripts/local/launch'
import { screenshot, settle, type Browser } from './browser'
import { signInAs, useProduct } from './product'

let app: Launched
let browser: Browser
useProduct('admin-day', 1, (p) => {
    app = p.app
    browser = p.browsers[0]
})

const signIn = (user: string, next: string) => signInAs(app, browser, user, next)
const flash = () => browser.page.locator('.alert').allTextContents()

test('the navigator filter opens sys_properties.list; the property form never sends a secret; a change is saved', async () => {
    const page = browser.page
    await signIn('admin', '/incident_list.do')
    // the chrome: banner with the user and sign-out, the navigator with its filter
    expect(await page.locator('#banner-user').textContent()).toBe('System Administrator')
    expect(await page.locator('#sign-out').getAttribute('href')).toBe('/logout')
    await page.fill('#filter', 'sys_properties.list')
    await page.press('#filter', 'Enter')
    await page.waitForURL(/\/sys_properties_list\.do$/)
    expect(await page.locator('h1').textContent()).toBe('System Property')
    const token = page.locator('tr', { has: page.locator('a:text-is("x_tvgh_teamviewer.adminToken")') })
    expect(await token.locator('td').nth(1).textContent()).toBe('') // the value column: never the secret
    await token.locator('a').click()
    await page.locator('#sys_properties\\.value').waitFor()
    expect(await page.locator('#sys_properties\\.value').getAttribute('type')).toBe('password')
    expect(await page.locator('#sys_properties\\.value').inputValue()).toBe('')
    expect(await page.locator('.secret-state').textContent()).toBe('stored')
    expect(await page.content()).not.toMatch(/enc:v1:/)

    // typing in the filter narrows the modules; a table name opens its list
    await page.fill('#filter', 'scheduled')
    expect(await page.locator('#gsft_nav li:visible').allTextContents()).toEqual(['Scheduled Jobs'])
    await page.fill('#filter', 'sys_properties')
    await page.press('#filter', 'Enter')
    await page.waitForURL(/\/sys_properties_list\.do$/)
    const group = page.locator('tr', { has: page.locator('a:text-is("x_tvgh_teamviewer.default_group")') })
    expect(await group.locator('td').nth(1).textContent()).toBe('ServiceNow')
    // a UI page gets the same chrome
    await page.click('#gsft_nav a:text-is("Setup status")')
    await page.locator('.tv-check').first().waitFor()
    expect(await page.locator('#banner-user').textContent()).toBe('System Administrator')
    await page.goBack()
    await group.locator('a').click()
    await page.fill('#sys_properties\\.value', 'Service Desk')
    await page.click('#sysverb_update')
    await page.locator('.alert-success').waitFor()
    expect(await flash()).toEqual(['Record updated: Value.'])
    expect(await page.locator('#sys_properties\\.value').inputValue()).toBe('Service Desk')
    expect(browser.errors).toEqual([])
})

test('System Definition ➜ Scheduled Jobs ➜ the retrieval job: Repeat interval edited, Execute Now runs it once', async () => {
    const page = browser.page
    await page.goto(`${app.url}/`)
    await signIn('admin', '/sys_properties_list.do')
    await page.click('#gsft_nav a:text-is("Scheduled Jobs")')
    const row = page.locator('tr', { has: page.locator('a:text-is("Retrieve TeamViewer connections")') })
    // values as the platform shows them: the choice's label, a checkbox, a duration
    expect(await row.locator('td').allTextContents()).toEqual(['Retrieve TeamViewer connections', '', 'Periodically', '6 Hours', ''])
    expect(await row.locator('td').nth(1).locator('input[type=checkbox]').isChecked()).toBe(true)
    await row.locator('a').click()
    await page.locator('#sysauto_script\\.run_period\\.hours').waitFor()
    expect(await page.locator('#sysauto_script\\.run_period\\.hours').inputValue()).toBe('6')

    // runs before: from the Retrieval runs list of the app's menu
    const runs = async () => {
        const r = await fetch(`${app.url}/x_tvgh_teamviewer_retrieval_run_list.do`, {
            headers: { cookie: (await browser.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
        })
        return Number(/<p class="tv-count">(\d+) records?<\/p>/.exec(await r.text())?.[1])
    }
    const before = await runs()
    await page.fill('#sysauto_script\\.run_period\\.hours', '2')
    await page.fill('#sysauto_script\\.run_period\\.minutes', '30')
    await page.click('#sysverb_execute_now')
    await page.locator('.alert-success').first().waitFor()
    expect(await flash()).toEqual([
        'Record updated: Repeat Interval.',
        'Executed "Retrieve TeamViewer connections" now; its next runs follow its Repeat interval.',
    ])
    expect(await page.locator('#sysauto_script\\.run_period\\.hours').inputValue()).toBe('2')
    expect(await page.locator('#sysauto_script\\.run_period\\.minutes').inputValue()).toBe('30')
    expect(await runs()).toBe(before + 1)
    await screenshot(page, 'admin-job-form', { docs: true })

    // a bad value (past the browser's own check) changes nothing, not even the good values beside it
    const form = Object.fromEntries(
        await page
            .locator('[form="tv-edit"], #tv-edit input')
            .evaluateAll((els) =>
                els.map((e) => [e.getAttribute('name') ?? '', (e as unknown as { value: string }).value]).filter(([n]) => n),
            ),
    ) as Record<string, string>
    const posted = await page.evaluate(
        async (body) => (await fetch('/sysauto_script.do', { method: 'POST', body: new URLSearchParams(body), redirect: 'follow' })).text(),
        { ...form, 'sysauto_script.run_period.minutes': '75', 'sysauto_script.name': 'Renamed', sys_action: 'sysverb_update' },
    )
    expect(posted).toContain('Repeat Interval: hours 0–23, minutes and seconds 0–59')
    expect(posted).toContain('Nothing was saved.')
    await page.reload()
    expect(await page.locator('#sysauto_script\\.run_period\\.minutes').inputValue()).toBe('30')
    expect(await page.locator('#sysauto_script\\.name').inputValue()).toBe('Retrieve TeamViewer connections')
    expect(browser.errors.filter((e) => !/^4\d\d /.test(e))).toEqual([])
})

test('Online Service Cases ➜ Instance Options: columns and refresh interval saved, taking effect on the page', async () => {
    const page = browser.page
    browser.errors.length = 0
    await signIn('admin', '/')
    await page.goto(`${app.url}/$sp.do?id=x_tvgh_teamviewer_online_cases`)
    await page.locator('.sp-instance-options').click()
    await page.locator('#sp_option\\.fields').waitFor()
    expect(await page.locator('h1').textContent()).toBe('Instance TeamViewer Online Service Cases')
    expect(await page.locator('#sp_option\\.refresh_interval').getAttribute('placeholder')).toBe('30')
    // a reference reads as one line with its display value, as on an instance
    expect(await page.locator('[id="sp_instance.sp_widget"]').evaluate((e) => e.tagName)).toBe('INPUT')
    expect(await page.locator('[id="sp_instance.sp_widget"]').inputValue()).toBe('TeamViewer Online Service Cases')
    await page.fill('#sp_option\\.fields', 'code,end_customer_name,online')
    await page.fill('#sp_option\\.refresh_interval', '10')
    await page.click('#sysverb_update')
    await page.locator('.alert-success').waitFor()
    expect(await flash()).toEqual(['Record updated: Additional options, JSON format.'])
    expect(await page.locator('#sp_option\\.refresh_interval').inputValue()).toBe('10')
    await screenshot(page, 'admin-instance-options', { docs: true })
    await page.goto(`${app.url}/$sp.do?id=x_tvgh_teamviewer_online_cases`)
    const headers = await settle(
        () => page.locator('.sp-widget th').allTextContents(),
        (h) => h.length > 0,
    )
    expect(headers.map((h) => h.trim())).toEqual(['Session code', 'End customer name', 'Customer online'])

    // a value the option refuses changes nothing
    await page.locator('.sp-instance-options').click()
    await page.fill('#sp_option\\.refresh_interval', 'soon')
    await page.click('#sysverb_update')
    await page.locator('.alert-danger').first().waitFor()
    expect(await flash()).toEqual(['Refresh interval (seconds): Invalid integer value', 'Nothing was saved.'])
})

test('Email templates: the Quick Messages by title, a readable filter, the form edits one and lists its variables', async () => {
    const page = browser.page
    await signIn('admin', '/')
    await page.goto(`${app.url}/sys_properties_list.do`)
    await page.click('#gsft_nav a:text-is("Email templates")')
    await page.locator('h1:text-is("Quick Message")').waitFor()
    expect(await page.locator('h1').textContent()).toBe('Quick Message')
    expect(await page.locator('.tv-query').textContent()).toBe('All > Title starts with TV_ > Order by Title')
    expect(await page.locator('p.tv-count').textContent()).toBe('2 records')
    expect(await page.locator('table.tv-list tbody tr td:first-child').allTextContents()).toEqual([
        'TV_ShareSessionAdvance',
        'TV_ShareSessionSimple',
    ])
    await page.click('a:text-is("TV_ShareSessionSimple")')
    await page.locator('#body-variables li').first().waitFor()
    const vars = await page.locator('#body-variables li').allTextContents()
    expect(vars).toEqual(['${task.number} — Task ➜ Number', '${end_customer_link} — End customer link', '${code} — Session code'])
    const body = await page.locator('#sys_email_canned_message\\.body').inputValue()
    await page.fill('#sys_email_canned_message\\.body', body.replace('Hello', 'Good day'))
    await page.click('#sysverb_update')
    await page.locator('.alert-success').waitFor()
    expect(await flash()).toEqual(['Record updated: Body.'])
    expect(await page.locator('#sys_email_canned_message\\.body').inputValue()).toMatch(
        /^<p>Good day,<\/p><p>to let our support team help you with \$\{task\.number\}/,
    )
})

test('a supporter gets one "not allowed" page with why and a way back; a post without sysparm_ck changes nothing', async () => {
    const page = browser.page
    await signIn('bob.agent', '/sys_properties_list.do')
    expect(await page.locator('#not-allowed').textContent()).toBe('Security constraints prevent access to requested page')
    expect(await page.locator('#banner-user').textContent()).toBe('Bob Agent')
    await page.goto(`${app.url}/local/mail`)
    expect(await page.locator('#not-allowed').textContent()).toBe('Security constraints prevent access to requested page')
    expect(await page.locator('.tv-why').textContent()).toMatch(/for administrators/)
    expect(await page.locator('#go-back').count()).toBe(1)

    // the admin's session without its token: refused, nothing changed
    await signIn('admin', '/sys_properties_list.do')
    const cookie = (await browser.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const job = /href="\/sysauto_script\.do\?sys_id=([0-9a-f]{32})"/.exec(
        await (await fetch(`${app.url}/sysauto_script_list.do`, { headers: { cookie } })).text(),
    )?.[1]
    const res = await fetch(`${app.url}/sysauto_script.do`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ sys_id: job ?? '', sys_action: 'sysverb_update', 'sysauto_script.active': 'false' }).toString(),
        redirect: 'manual',
    })
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('Invalid security token (sysparm_ck)')
    const list = await (await fetch(`${app.url}/sysauto_script_list.do`, { headers: { cookie } })).text()
    expect(list).toMatch(/Retrieve TeamViewer connections<\/a><\/td><td><input type="checkbox" disabled checked/)
})
