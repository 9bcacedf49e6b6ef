/**
 * When `npm start` builds (scripts/local/build.ts): dist/app missing or older than a source; never because of
 * src/fluent/generated/keys.ts alone, which the build rewrites after dist/app (else every start would build).
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { needsBuild } from '../../scripts/local/build'

let root = ''
const at = (rel: string, seconds: number) => {
    const f = path.join(root, rel)
    mkdirSync(path.dirname(f), { recursive: true })
    writeFileSync(f, 'x')
    utimesSync(f, seconds, seconds)
}
beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'tv-build-'))
    at('now.config.json', 1000)
    at('src/server/a.ts', 1000)
    at('src/fluent/generated/keys.ts', 1000)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

test.each([
    ['dist/app is missing', () => undefined, true],
    ['dist/app is newer than every source', () => at('dist/app/update/x.xml', 2000), false],
    ['a source changed after the build', () => (at('dist/app/update/x.xml', 2000), at('src/server/a.ts', 3000)), true],
    ['the SDK configuration changed after the build', () => (at('dist/app/update/x.xml', 2000), at('now.config.json', 3000)), true],
    [
        'only keys.ts was rewritten by the build, after dist/app',
        () => (at('dist/app/update/x.xml', 2000), at('src/fluent/generated/keys.ts', 2001)),
        false,
    ],
])('%s → build: %s', (_what, arrange, expected) => {
    arrange()
    expect(needsBuild(root)).toBe(expected)
})
