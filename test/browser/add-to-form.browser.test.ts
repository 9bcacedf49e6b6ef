/**
 * Issue #12 item 2, the admin side, in a real browser: the BUILT UI page "Add TeamViewer to a form"
 * (x_tvgh_teamviewer_add_to_form.do) adds the section with the Supporter Control and the connection report to
 * the base instance's problem form, Undo takes them off again, a table that does not extend task is refused
 * with the route's words, and a supporter who is not an admin of the integration cannot use it.
 */
import { startEnv, stopEnv, type Env } from '../oauth/env'
import { startWebServer, type WebServer } from '../../tools/runtime/web/server'
import { openBrowser, screenshot, settle, type Browser } from './browser'

const T0 = Date.UTC(2026, 9, 1, 9, 0, 0)
const PAGE = '/x_tvgh_teamviewer_add_to_form.do'

let env: Env
let web: WebServer
let browser: Browser
let problem: string
beforeAll(async () => {
    env = await startEnv(T0)
    // an integration admin who also works problems (itil reads them)
    env.rt.createUser({ user_name: 'tv.admin', name: 'TeamViewer Admin', roles: ['x_tvgh_teamviewer.admin', 'itil'] })
    env.rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
    problem = env.rt.insert('problem', { short_description: 'Printers drop off the network' })
    web = await startWebServer(env.rt)
    browser = await openBrowser()
})
afterAll(async () => {
    await browser?.close()
    await web?.close()
    await stopEnv(env)
})

const text = async (selector: string) => ((await browser.page.locator(selector).textContent()) ?? '').trim()

async function submit(button: 'add' | 'undo', table: string): Promise<{ result: string; error: string }> {
    const page = browser.page
    await page.fill('#tv-forms-table', table)
    await page.fill('#tv-forms-view', '')
    await page.click(`#tv-forms-${button}`)
    await settle(
        async () => (await text('#tv-forms-result')) + (await text('#tv-forms-error')),
        (v) => v !== '',
    )
    return { result: await text('#tv-forms-result'), error: await text('#tv-forms-error') }
}

async function problemForm(): Promise<{ sections: string[]; related: string[]; control: boolean }> {
    const page = browser.page
    await page.goto(`${web.url}/problem.do?sys_id=${problem}`)
    const control = (await page.locator('#x_tvgh_teamviewer_control').count()) === 1
    if (control) await page.locator('#x_tvgh_teamviewer_control_signin').waitFor()
    return {
        sections: await page.locator('h2.tv-section-title').allTextContents(),
        related: await page.locator('section.tv-related h2').allTextContents(),
        control,
    }
}

test('an admin adds TeamViewer to the problem form and takes it off again; other tables are refused', async () => {
    const page = browser.page
    await page.goto(`${web.url}/login?user=tv.admin&next=${encodeURIComponent(PAGE)}`)
    await page.locator('#tv-forms-table').waitFor()
    expect(await problemForm()).toEqual({ sections: ['Notes'], related: [], control: false })

    await page.goto(`${web.url}${PAGE}`)
    expect(await submit('add', 'sys_user')).toEqual({
        result: '',
        error: expect.stringMatching(/^sys_user does not extend task: the TeamViewer Supporter Control works only on task forms/),
    })
    const added = await submit('add', 'problem')
    expect(added).toEqual({
        result: 'Added to the problem form (the Default view): section "TeamViewer Remote Control", formatter "TeamViewer Supporter Control", the section on the form, related list "TeamViewer connection report".',
        error: '',
    })
    expect(await page.locator('#tv-forms-open a').getAttribute('href')).toBe('problem_list.do')
    await screenshot(page, 'add-to-form-added')
    expect(await submit('add', 'problem')).toEqual({
        result: 'TeamViewer is already on the problem form (the Default view); nothing changed.',
        error: '',
    })

    expect(await problemForm()).toEqual({
        sections: ['Notes', 'TeamViewer Remote Control'],
        related: ['TeamViewer connection report'],
        control: true,
    })
    await screenshot(page, 'add-to-form-problem')

    await page.goto(`${web.url}${PAGE}`)
    expect(await submit('undo', 'problem')).toEqual({
        result: 'Removed from the problem form (the Default view): section "TeamViewer Remote Control", related list "TeamViewer connection report".',
        error: '',
    })
    expect(await problemForm()).toEqual({ sections: ['Notes'], related: [], control: false })
    expect(browser.dialogs).toEqual([])
    // the refusals answer 400 to the page's request; nothing else failed
    expect(browser.errors.filter((e) => !/^400 POST .*\/api\/x_tvgh_teamviewer\/forms\/add$/.test(e))).toEqual([])
})

test('a supporter who is not an admin of the integration cannot change forms', async () => {
    const page = browser.page
    const before = env.rt.query('sys_ui_section', 'caption=TeamViewer Remote Control')
    await page.goto(`${web.url}/login?user=sup.ann&next=${encodeURIComponent(PAGE)}`)
    await page.locator('#tv-forms-table').waitFor()
    expect(await submit('add', 'incident')).toEqual({ result: '', error: 'Changing forms requires the role x_tvgh_teamviewer.admin.' })
    expect(env.rt.query('sys_ui_section', 'caption=TeamViewer Remote Control')).toEqual(before)
})
