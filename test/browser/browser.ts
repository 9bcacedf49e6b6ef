/**
 * Headless Chromium for the browser tests: Debian's `chromium` package (/usr/bin/chromium, installed by
 * .ci/run) driven by playwright-core, in a fresh profile. A missing browser FAILS the tests (never skips).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const SCREENSHOTS = path.join(__dirname, '..', '..', '.local', 'screenshots')
/** the README's screenshots (committed): the browser tests refresh them */
export const DOCS_SCREENSHOTS = path.join(__dirname, '..', '..', 'docs', 'screenshots')

export interface Browser {
    context: BrowserContext
    page: Page
    /** Dialogs (alert/confirm/prompt) the page opened — an XSS would show here. */
    dialogs: string[]
    /** Uncaught errors and console errors of the page. */
    errors: string[]
    close(): Promise<void>
}

export async function openBrowser(): Promise<Browser> {
    if (!existsSync(CHROMIUM))
        throw new Error(
            `Chromium not found at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" (.ci/run does this), or set CHROMIUM_PATH`,
        )
    const profile = mkdtempSync(path.join(os.tmpdir(), 'tv-chromium-'))
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1200, height: 700 },
        args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
        ],
    })
    const page = context.pages()[0] ?? (await context.newPage())
    const dialogs: string[] = []
    const errors: string[] = []
    page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`)
        void d.dismiss()
    })
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text())
    })
    // failed loads by URL (a browser asks for /favicon.ico on its own; the local server has none)
    page.on('response', (r) => {
        if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`)
    })
    return {
        context,
        page,
        dialogs,
        errors,
        close: async () => {
            await context.close()
            rmSync(profile, { recursive: true, force: true })
        },
    }
}

/**
 * A full-page screenshot in .local/screenshots/<name>.png. `docs` marks the README's: `npm run screenshots`
 * (README_SCREENSHOTS=1) also copies them to docs/screenshots/ — a plain test run leaves committed files alone.
 */
export async function screenshot(page: Page, name: string, opts: { docs?: boolean } = {}): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true })
    const file = path.join(SCREENSHOTS, `${name}.png`)
    await page.screenshot({ path: file, fullPage: true })
    if (opts.docs && process.env.README_SCREENSHOTS === '1') {
        mkdirSync(DOCS_SCREENSHOTS, { recursive: true })
        copyFileSync(file, path.join(DOCS_SCREENSHOTS, `${name}.png`))
    }
    return file
}

/** Polls fn until pred holds (at most `tries` × 100 ms); returns the last value either way, for an expect. */
export async function settle<T>(fn: () => T | Promise<T>, pred: (v: T) => boolean, tries = 100): Promise<T> {
    let v = await fn()
    for (let i = 0; i < tries && !pred(v); i++) {
        await new Promise((r) => setTimeout(r, 100))
        v = await fn()
    }
    return v
}
