/**
 * Issue #18 item 2, the admin side, in a real browser: the BUILT UI page "Add TeamViewer to a form"
 * (x_tvgh_teamviewer_add_to_form.do) shows, per task form, whether the TeamViewer Supporter Control and the
 * connection report are on it, links the admin to the platform's Form Layout and Related Lists pages of that form
 * (the instance's slushbucket URLs, in a new tab) with the items to pick; once the admin has saved there (the
 * platform's own work, played here by tools/runtime/platform-forms.ts — the runtime does not serve slushbucket
 * pages), "Check again" shows the pieces on the form, and the form shows them. A table that does not extend task
 * is refused with the route's words, and a supporter who is not an admin of the integration cannot use it.
 */
import { startEnv, stopEnv, type Env } from '../oauth/env'
import { formLayoutAddsFormatter, relatedListsAddsRelationship } from '../../tools/runtime/platform-forms'
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

/** The page's forms after a check: name → [control, report, steps]. */
async function forms(): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {}
    for (const row of await browser.page.locator('#tv-forms-list section.tv-form').all()) {
        const name = ((await row.locator('h2').textContent()) ?? '').trim()
        out[name] = [
            ...(await row.locator('ul.tv-form-state li').allTextContents()),
            ...(await row.locator('ol.tv-form-steps li').allTextContents()),
        ]
    }
    return out
}

/** Clicks Check (again) and waits for the answer: a list or an error. */
async function check(table: string): Promise<void> {
    const page = browser.page
    await page.fill('#tv-forms-table', table)
    const before = await page.locator('#tv-forms-list').innerHTML()
    await page.click('#tv-forms-check')
    await settle(
        async () => (await page.locator('#tv-forms-list').innerHTML()) + (await text('#tv-forms-error')),
        (v) => v !== before && !(v === '' && before === ''),
    )
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

const CONTROL_STEP =
    'Form Layout: under Section choose "New…", name it "TeamViewer Remote Control" and click OK; move "TeamViewer Supporter Control" from Available to Selected; click Save.'
const REPORT_STEP = 'Related Lists: move "TeamViewer connection report" from Available to Selected; click Save.'

test("an admin sees what is missing on each task form, goes to the platform's pages, and checks again", async () => {
    const page = browser.page
    await page.goto(`${web.url}/login?user=tv.admin&next=${encodeURIComponent(PAGE)}`)
    await page.locator('#tv-forms-list section.tv-form').first().waitFor()
    expect(await problemForm()).toEqual({ sections: ['Notes'], related: [], control: false })
    const before = env.rt.query('sys_ui_section')
    await page.goto(`${web.url}${PAGE}`)
    await page.locator('#tv-forms-list section.tv-form').first().waitFor()
    const missing = [
        'TeamViewer Supporter Control: not on the form',
        'TeamViewer connection report: not on the form',
        CONTROL_STEP,
        REPORT_STEP,
    ]
    expect(await forms()).toEqual({
        'incident (Default view)': missing,
        'problem (Default view)': missing,
        'change_request (Default view)': missing,
        'sc_req_item (Default view)': missing,
    })
    expect(await text('#tv-forms-check')).toBe('Check again')
    // the platform's own pages of the problem form, in a new tab
    const layout = page.locator('#tv-form-layout-problem-default')
    expect([await layout.getAttribute('href'), await layout.getAttribute('target'), await layout.textContent()]).toEqual([
        'slushbucket.do?sysparm_form=section&sysparm_list=problem&sysparm_view=',
        '_blank',
        'Form Layout of problem (Default view)',
    ])
    const lists = page.locator('#tv-form-lists-problem-default')
    expect([await lists.getAttribute('href'), await lists.getAttribute('target')]).toEqual([
        'slushbucket.do?sysparm_form=related_list&sysparm_list=problem&sysparm_view=',
        '_blank',
    ])
    await screenshot(page, 'add-to-form-missing')
    // checking changed nothing
    expect(env.rt.query('sys_ui_section')).toEqual(before)

    // the admin saves on Form Layout (a new section with the formatter), checks again, then on Related Lists
    formLayoutAddsFormatter(env.rt, 'problem', '', 'TeamViewer Remote Control', 'TeamViewer Supporter Control')
    await check('problem')
    expect(await forms()).toEqual({
        'problem (Default view)': [
            'TeamViewer Supporter Control: on the form',
            'TeamViewer connection report: not on the form',
            REPORT_STEP,
        ],
    })
    relatedListsAddsRelationship(env.rt, 'problem', '', 'TeamViewer connection report')
    await check('problem')
    expect(await forms()).toEqual({
        'problem (Default view)': ['TeamViewer Supporter Control: on the form', 'TeamViewer connection report: on the form'],
    })
    await screenshot(page, 'add-to-form-done')

    expect(await problemForm()).toEqual({
        sections: ['Notes', 'TeamViewer Remote Control'],
        related: ['TeamViewer connection report'],
        control: true,
    })

    await page.goto(`${web.url}${PAGE}`)
    await page.locator('#tv-forms-list section.tv-form').first().waitFor()
    await check('sys_user')
    expect(await text('#tv-forms-error')).toMatch(
        /^sys_user does not extend task: the TeamViewer Supporter Control works only on task forms/,
    )
    expect(await forms()).toEqual({})
    expect(browser.dialogs).toEqual([])
    // the refusal answers 400 to the page's request; nothing else failed
    expect(browser.errors.filter((e) => !/^400 GET .*\/api\/x_tvgh_teamviewer\/forms\/status\?table=sys_user/.test(e))).toEqual([])
})

test('a supporter who is not an admin of the integration cannot use it', async () => {
    const page = browser.page
    await page.goto(`${web.url}/login?user=sup.ann&next=${encodeURIComponent(PAGE)}`)
    await settle(
        () => text('#tv-forms-error'),
        (v) => v !== '',
    )
    expect(await text('#tv-forms-error')).toBe('Checking forms requires the role x_tvgh_teamviewer.admin.')
    expect(await forms()).toEqual({})
})
