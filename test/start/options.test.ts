/**
 * Issue #22 items 14–15: `npm start -- --help` prints every option (and the README lists them all); a second
 * `npm start` on the same data folder refuses with a clear message and leaves the first one working (its
 * properties still point at its own ports); a lock left by a stopped (killed) start is taken over.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePortPair, launch, type Launched } from '../../scripts/local/launch'

const ROOT = path.join(__dirname, '..', '..')
const START = ['-r', path.join(ROOT, 'scripts', 'register-ts.js'), path.join(ROOT, 'scripts', 'start.ts')]

test('--help prints every option and exits 0; the README lists the same options', () => {
    const out = execFileSync(process.execPath, [...START, '--help'], { cwd: ROOT, encoding: 'utf8' })
    const options = [...out.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1])
    expect(options).toEqual(['--port', '--sim-port', '--data', '--tick', '--no-build', '--help'])
    const tryIt = /## Try it: `npm start`([\s\S]*?)\n## /.exec(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))?.[1] ?? ''
    for (const o of options) expect([o, tryIt.includes(`\`${o}`)]).toEqual([o, true])
})

describe('one npm start per data folder', () => {
    let data = ''
    let first: Launched | null = null
    beforeAll(() => {
        data = mkdtempSync(path.join(os.tmpdir(), 'tv-start-lock-'))
    })
    afterAll(async () => {
        await first?.stop('SIGKILL')
        rmSync(data, { recursive: true, force: true })
    })

    test('a second start refuses with a clear message; the first keeps its ports; a stale lock is taken over', async () => {
        const ports = await freePortPair()
        first = await launch({ data, ...ports, args: ['--no-build'] })
        const lock = path.join(data, 'npm-start.lock')
        expect(readFileSync(lock, 'utf8').trim()).toBe(String(first.proc.pid))

        const other = await freePortPair()
        const refused = await launch({ data, ...other, args: ['--no-build'], timeoutMs: 60000 }).then(
            () => 'started',
            (e: Error) => e.message,
        )
        expect(refused).toMatch(/^npm start exited with 1 before printing its URL/)
        expect(refused).toContain(`npm start failed: another npm start (pid ${first.proc.pid}) is using the data folder`)
        expect(refused).toContain('--data <folder>')
        // the first one still answers, on its own ports, with its own callback URL
        const res = await fetch(`${first.url}/login?user=admin&next=/`, { redirect: 'manual' })
        const cookie = String(res.headers.get('set-cookie')).split(';')[0]
        const list = await (await fetch(`${first.url}/sys_properties_list.do`, { headers: { cookie } })).text()
        expect(list).toContain(`http://127.0.0.1:${ports.port}/api/x_tvgh_teamviewer/oauth/callback`)
        expect(list).not.toContain(`127.0.0.1:${other.port}`)

        // item 11: on the demo, every setup check is green (its http callback is on the loopback interface)
        const setup = await (await fetch(`${first.url}/x_tvgh_teamviewer_setup.do`, { headers: { cookie } })).text()
        const ck = JSON.parse(/window\.g_ck = ("[0-9a-f]+")/.exec(setup)?.[1] ?? '""') as string
        const status = (await (
            await fetch(`${first.url}/api/x_tvgh_teamviewer/setup/status`, { headers: { cookie, 'X-UserToken': ck } })
        ).json()) as { result: { checks: { id: string; state: string }[] } }
        expect(status.result.checks.filter((c) => c.state !== 'ok')).toEqual([])

        // killed (no chance to remove its lock): the next start takes the lock over
        await first.stop('SIGKILL')
        expect(existsSync(lock)).toBe(true)
        first = await launch({ data, ...other, args: ['--no-build'] })
        expect(first.output()).toMatch(/Took over .*npm-start\.lock of a stopped npm start \(pid \d+\)\./)
        expect(readFileSync(lock, 'utf8').trim()).toBe(String(first.proc.pid))
        expect(await first.stop('SIGINT')).toBe(0)
        expect(existsSync(lock)).toBe(false)
    })
})
