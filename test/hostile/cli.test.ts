/**
 * Issue #10 item 11 — `npm run retrieve` never persists the admin token in its SQLite file, creates the file
 * user-only (0600), and prints no token even when the server echoes it.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Runtime } from '../../tools/runtime'
import { record, startHostile, type Hostile } from '.'

const ROOT = path.join(__dirname, '..', '..')
const TOKEN = 'cli-admin-token-8d1f0b6e2a4c'

let hostile: Hostile
let dir = ''
beforeAll(async () => {
    hostile = await startHostile()
    dir = mkdtempSync(path.join(os.tmpdir(), 'tv-cli-'))
    writeFileSync(path.join(dir, 'token.txt'), `${TOKEN}\n`)
})
afterAll(async () => {
    await hostile.stop()
    rmSync(dir, { recursive: true, force: true })
})

function retrieve(db: string, extra: string[] = []): Promise<{ code: number; out: string }> {
    const args = [
        '-r',
        path.join(ROOT, 'scripts', 'register-ts.js'),
        path.join(ROOT, 'scripts', 'retrieve.ts'),
        '--api',
        hostile.apiBase,
        '--token-file',
        path.join(dir, 'token.txt'),
        '--db',
        db,
        ...extra,
    ]
    return new Promise((resolve) => {
        // a permissive umask, as on most machines: the tool must not rely on the caller's
        execFile(process.execPath, args, { cwd: ROOT, env: { ...process.env } }, (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
        )
    })
}

test('the database is user-only and holds no admin token; the token is used from memory', async () => {
    const old = process.umask(0o022)
    try {
        await hostile.plan({ mode: 'pages', pages: { '': { records: [record(1), record(2)] } } })
        const db = path.join(dir, 'a', 'retrieve.sqlite')
        const first = await retrieve(db)
        expect(first.out).toMatch(/run complete/)
        expect(first.code).toBe(0)
        expect((await hostile.requests()).every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true)
        for (const f of readdirSync(path.dirname(db)))
            expect([f, statSync(path.join(path.dirname(db), f)).mode & 0o777]).toEqual([f, 0o600])
        for (const f of readdirSync(path.dirname(db))) expect(readFileSync(path.join(path.dirname(db), f)).includes(TOKEN)).toBe(false)
        // opened with its own key (stored in the same file): still no token
        const rt = Runtime.load({ dbFile: db })
        try {
            expect(rt.getProperty('x_tvgh_teamviewer.adminToken') ?? '').toBe('')
            expect(rt.query('x_tvgh_teamviewer_connection')).toHaveLength(2)
        } finally {
            rt.close()
        }
    } finally {
        process.umask(old)
    }
}, 60000)

test('a token an older version stored in the database is erased', async () => {
    await hostile.plan({ mode: 'pages', pages: { '': { records: [record(1)] } } })
    const db = path.join(dir, 'b.sqlite')
    const rt = Runtime.load({ dbFile: db })
    rt.setProperty('x_tvgh_teamviewer.adminToken', 'old-persisted-token-123456')
    rt.close()
    const run = await retrieve(db)
    expect(run.out).toMatch(/removed an admin token stored in this database/)
    const again = Runtime.load({ dbFile: db })
    try {
        expect(again.getProperty('x_tvgh_teamviewer.adminToken') ?? '').toBe('')
    } finally {
        again.close()
    }
}, 60000)

test('a server echoing the token: the output carries none of it', async () => {
    await hostile.plan({ mode: 'echo', status: 400, padding: 100000 })
    const run = await retrieve(path.join(dir, 'c.sqlite'))
    expect(run.code).toBe(1)
    expect(run.out).toMatch(/not complete: TeamViewer refused the request/)
    expect(run.out).not.toContain(TOKEN)
    expect(Math.max(...run.out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(2000)
}, 60000)

test('issue #19 item 14: the CSV export writes TeamViewer text starting with = + - @ as text, not as a formula', async () => {
    const evil = {
        devicename: '=HYPERLINK("http://evil.example","open")',
        username: '@SUM(A1)',
        notes: '+cmd|" /C calc"!A0',
        currency: 'None',
    }
    await hostile.plan({ mode: 'pages', pages: { '': { records: [record(1, evil)] } } })
    const out = path.join(dir, 'export.csv')
    const run = await retrieve(path.join(dir, 'd.sqlite'), ['--export', 'csv', '--out', out])
    expect(run.code).toBe(0)
    // issue #20: the record is stored all the same; the tool says what it could not store as sent
    expect(run.out).toContain("values not stored as sent (kept in each row's raw_json): 1 — currency ×1 e.g. 'None' (left empty)")
    const csv = readFileSync(out, 'utf8')
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")"`)
    expect(csv).toContain(`,'@SUM(A1),`)
    expect(csv).toContain(`"'+cmd|"" /C calc""!A0"`)
}, 60000)
