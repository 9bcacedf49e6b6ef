/**
 * npm run bench:start [-- --build] — how long a person waits: from launching `npm start` (a child process,
 * through npm, on a temporary data folder and free ports) to the home page answering 200.
 * Prints: the first start (demo data seeded), a restart on the same data, and with --build a first start
 * while dist/app is missing (the SDK build included; dist/app is moved aside and rebuilt by npm start).
 * Figures only; nothing is asserted.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePortPair, launch } from './local/launch'

const DIST = path.join(__dirname, '..', 'dist', 'app')

async function homeAnswers(url: string): Promise<void> {
    for (;;) {
        try {
            if ((await fetch(`${url}/`)).status === 200) return
        } catch (_e) {
            // not listening yet
        }
        await new Promise((r) => setTimeout(r, 50))
    }
}

async function measure(label: string, data: string): Promise<void> {
    const t0 = process.hrtime.bigint()
    const app = await launch({ data, ...(await freePortPair()), npm: true, timeoutMs: 300000 })
    await homeAnswers(app.url)
    const s = Number(process.hrtime.bigint() - t0) / 1e9
    await app.stop('SIGINT')
    await new Promise((r) => setTimeout(r, 500))
    console.log(
        `${label.padEnd(44)} ${s.toFixed(2)} s   (Ctrl-C: ${app.output().includes('Stopped.') ? 'stopped cleanly' : 'no "Stopped." line'})`,
    )
}

async function main(): Promise<void> {
    const build = process.argv.includes('--build')
    console.log(`npm start → home page 200 (${os.cpus().length} CPU cores, node ${process.version})`)
    const data = mkdtempSync(path.join(os.tmpdir(), 'bench-start-'))
    try {
        await measure('first start (seeds the demo data)', data)
        await measure('restart (same data, no seed)', data)
    } finally {
        rmSync(data, { recursive: true, force: true })
    }
    if (build) {
        const aside = `${DIST}.bench-${process.pid}`
        if (existsSync(DIST)) renameSync(DIST, aside)
        const fresh = mkdtempSync(path.join(os.tmpdir(), 'bench-start-'))
        try {
            await measure('first start with dist/app missing (build)', fresh)
        } finally {
            rmSync(fresh, { recursive: true, force: true })
            if (existsSync(DIST)) rmSync(aside, { recursive: true, force: true })
            else if (existsSync(aside)) renameSync(aside, DIST)
        }
    }
}

main().catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
})
