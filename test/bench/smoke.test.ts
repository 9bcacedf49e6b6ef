/**
 * Issue #20 item 3 — benchmarks that cannot rot: every `bench:*` script of package.json runs here at a small size,
 * as `npm run` would start it (node with scripts/register-ts.js), and must complete (exit 0) and print its table.
 * Nothing is timed or compared: the figures belong in the README, measured at full size. bench:retrieval also
 * checks, at any size, that every run completes and stores exactly what the simulator lists.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.join(__dirname, '..', '..')
const SCRIPTS = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts

/** The small arguments of each benchmark, and a line of its table (or report) that must be printed. */
const SMOKE: Record<string, { args: string[]; prints: RegExp[] }> = {
    'bench:retrieval': {
        args: ['200'],
        prints: [
            /size +run +records +REST calls +pages +DB reads\/page/,
            /200 +first sync +200 +1 +1 /,
            /200 +first sync, no raw JSON +200 +1 +1 /,
            /incremental \(\+1%\)/,
            /raw JSON kept, first sync of 200:/,
            /connections\/day +listed at +runs/,
            /^ +200 +end +28 /m,
            /^ +200 +start +28 /m,
        ],
    },
    'bench:runtime': { args: ['300'], prints: [/load built app/, /300 inserts through GlideRecord/, /query by unique column/] },
    'bench:simulator': { args: ['3000'], prints: [/seed 3,000 connections/, /page of 1,000 records over HTTP: median/, /filtered page/] },
    'bench:online': { args: ['20'], prints: [/open cases \| scenario/, /^ +20 \| quiet \(no change\) +\| +1 \| +1 \|/m, /1% come online/] },
    'bench:start': {
        args: [],
        prints: [/npm start → home page 200/, /first start \(seeds the demo data\) +[\d.]+ s {3}\(Ctrl-C: stopped cleanly\)/],
    },
}

function run(script: string, args: string[]): Promise<{ code: number; out: string }> {
    const file = /scripts\/[\w-]+\.ts/.exec(SCRIPTS[script])?.[0]
    if (!file) throw new Error(`${script}: no scripts/*.ts in "${SCRIPTS[script]}"`)
    return new Promise((resolve) => {
        execFile(
            process.execPath,
            ['-r', path.join(ROOT, 'scripts', 'register-ts.js'), path.join(ROOT, file), ...args],
            { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, timeout: 15 * 60000 },
            (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
        )
    })
}

test('every bench:* script of package.json has a smoke run here', () => {
    expect(
        Object.keys(SCRIPTS)
            .filter((s) => s.startsWith('bench:'))
            .sort(),
    ).toEqual(Object.keys(SMOKE).sort())
})

test.each(Object.entries(SMOKE))(
    'npm run %s (small) completes and prints its table',
    async (script, { args, prints }) => {
        const { code, out } = await run(script, args)
        expect([code, out]).toEqual([0, out])
        for (const line of prints) expect(out).toMatch(line)
    },
    15 * 60000,
)
