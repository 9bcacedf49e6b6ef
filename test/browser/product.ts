/**
 * The local product for a browser test file, as a newcomer starts it: one `npm start` (scripts/local/launch,
 * `--no-build`: the app built in dist/) on a fresh data folder, with its TeamViewer simulator, and the browsers
 * the file asks for. Started before the file's tests; afterwards the browsers close, `npm start` must stop
 * cleanly (exit 0 on Ctrl-C) and the data folder is removed. Also the few ways the tests read its pages.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { freePortPair, launch, type Launched } from '../../scripts/local/launch'
import { openBrowser, type Browser } from './browser'

/** The Supporter Control's container on a task form (the formatter's macro). */
export const CONTROL = '#x_tvgh_teamviewer_control'

export interface Product {
    app: Launched
    /** the simulator's base URL (its pages and /_sim routes) */
    simUrl: string
    browsers: Browser[]
}

/** Registers the file's beforeAll/afterAll; `ready` receives the product once it answers. */
export function useProduct(name: string, browsers: number, ready: (p: Product) => void): void {
    let data = ''
    let product: Product | null = null
    const opened: Browser[] = []
    beforeAll(async () => {
        data = mkdtempSync(path.join(os.tmpdir(), `tv-${name}-`))
        const ports = await freePortPair()
        const app = await launch({ data, ...ports, args: ['--no-build'] })
        product = { app, simUrl: `http://127.0.0.1:${ports.simPort}`, browsers: opened }
        for (let i = 0; i < browsers; i++) opened.push(await openBrowser())
        ready(product)
    }, 180000)
    afterAll(async () => {
        for (const b of opened) await b.close()
        if (product) expect(await product.app.stop('SIGINT')).toBe(0)
        if (data) rmSync(data, { recursive: true, force: true })
    })
}

/** The trimmed text of the first element matching `selector` ('' when it has none). */
export async function text(scope: Page | Locator, selector: string): Promise<string> {
    return ((await scope.locator(selector).first().textContent()) ?? '').trim()
}

/** A fact the control shows (its `<dt>term</dt><dd>value</dd>` pairs). */
export function fact(page: Page, term: string): Promise<string> {
    return text(page, `${CONTROL} dt:text-is("${term}") + dd`)
}

/** Signs `browser` in as `user` (the local runtime's login route) and opens `next`. */
export function signInAs(app: Launched, browser: Browser, user: string, next: string): ReturnType<Page['goto']> {
    return browser.page.goto(`${app.url}/login?user=${encodeURIComponent(user)}&next=${encodeURIComponent(next)}`)
}

/** Clicks `selector` on `b`'s page and answers the pop-up it opens (loaded). */
export async function popupFrom(b: Browser, selector: string): Promise<Page> {
    const opened = b.context.waitForEvent('page')
    await b.page.click(selector)
    const popup = await opened
    await popup.waitForLoadState()
    return popup
}

/**
 * Signs in to TeamViewer in the pop-up the control opens on `selector` (TeamViewer's sign-in page: the
 * simulator's); `beforeAllow` sees the filled page (a screenshot).
 */
export async function teamViewerSignIn(
    b: Browser,
    selector: string,
    account: { email: string; password: string },
    beforeAllow?: (popup: Page) => Promise<unknown>,
): Promise<void> {
    const popup = await popupFrom(b, selector)
    await popup.fill('#email', account.email)
    await popup.fill('#password', account.password)
    if (beforeAllow) await beforeAllow(popup)
    await popup.click('#allow')
}

/** Chris Agent's TeamViewer account in the demo data (scripts/local/seed.ts). */
export const CHRIS_TV = { email: 'chris.agent@example.com', password: 'chris-tv' }
