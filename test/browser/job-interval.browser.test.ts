/**
 * Issue #22 item 8: the guide's central admin step on the scheduled job's form — Execute Now once, then change
 * the Repeat interval (shorter, then longer) — in a real browser on the local web server; the runtime's
 * scheduler then fires the job by the new interval, and the connection table equals TeamViewer's report
 * exactly (the original app lost history here). TeamViewer is the simulator on the runtime's clock.
 */
import { HOUR, expectTableEqualsTruth, startEnv, stopEnv, type Env } from '../history/harness'
import { oneSimulatorPerFile } from '../env'
import { startWebServer, type WebServer } from '../../tools/runtime/web/server'
import { openBrowser, type Browser } from './browser'

const T0 = Date.UTC(2026, 9, 1, 0, 0, 0)
const JOB = 'Retrieve TeamViewer connections'

let env: Env
let web: WebServer
let browser: Browser
oneSimulatorPerFile()
beforeAll(async () => {
    env = await startEnv(T0)
    env.rt.createUser({ user_name: 'sys.admin', name: 'System Administrator', roles: ['admin'] })
    web = await startWebServer(env.rt)
    browser = await openBrowser()
})
afterAll(async () => {
    await browser?.close()
    await web?.close()
    await stopEnv(env)
})

test('Execute Now, then the interval 6 h → 2 h → 12 h on the form: runs follow it and no connection is lost', async () => {
    const page = browser.page
    const rt = env.rt
    const job = rt.query('sysauto_script', `name=${JOB}`)[0].sys_id
    const runs = () => rt.query('x_tvgh_teamviewer_retrieval_run').length
    let t = T0
    let seed = 40
    const arrive = async (hours: number) =>
        env.sim.control.seed({
            seed: seed++,
            connections: 30,
            from: t + 60000,
            to: t + hours * HOUR - 60000,
            runningFraction: 0,
            append: true,
        })
    const advance = async (hours: number) => {
        t += hours * HOUR
        await env.sim.control.setClock(t)
        rt.clock.advance(hours * HOUR)
    }
    const setInterval = async (hours: number, button: '#sysverb_update' | '#sysverb_execute_now') => {
        await page.goto(`${web.url}/sysauto_script.do?sys_id=${job}`)
        await page.fill('#sysauto_script\\.run_period\\.hours', String(hours))
        await page.click(button)
        await page.locator('.alert-success').first().waitFor()
        expect(rt.query('sysauto_script', `sys_id=${job}`)[0].run_period).toBe(`1970-01-01 ${String(hours).padStart(2, '0')}:00:00`)
    }

    await page.goto(`${web.url}/login?user=sys.admin&next=${encodeURIComponent(`/sysauto_script.do?sys_id=${job}`)}`)
    await arrive(6)
    await advance(6) // the first period (6 h) passes: one scheduled run
    expect(runs()).toBe(1)

    await setInterval(2, '#sysverb_execute_now') // Execute Now: one more run at once, the next ones every 2 h
    expect(runs()).toBe(2)
    await arrive(6)
    await advance(6)
    expect(runs()).toBe(5) // 2 h, 4 h, 6 h after Execute Now

    await setInterval(12, '#sysverb_update')
    await arrive(12)
    await advance(11)
    expect(runs()).toBe(5) // the next run is 12 h after the last one, not 2 h
    await advance(1)
    expect(runs()).toBe(6)
    await advance(12) // the last connections have ended and are listed
    expect(runs()).toBe(7)
    expect(await expectTableEqualsTruth(env, { allEnded: true })).toBe(30 * 3)
    expect(browser.errors).toEqual([])
})
