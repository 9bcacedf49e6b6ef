/**
 * Whether `npm start` must build: dist/app is missing, or a source is newer than everything in it. Sources are
 * src/ (without src/fluent/generated/keys.ts, which the build itself rewrites after writing dist/app) and the
 * SDK's configuration files.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const BUILD_OUTPUTS = new Set([path.join('src', 'fluent', 'generated', 'keys.ts')])

function newest(root: string, dir: string): number {
    let t = 0
    for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (BUILD_OUTPUTS.has(path.relative(root, p))) continue
        t = Math.max(t, e.isDirectory() ? newest(root, p) : statSync(p).mtimeMs)
    }
    return t
}

export function needsBuild(root: string): boolean {
    const dist = path.join(root, 'dist', 'app')
    if (!existsSync(path.join(dist, 'update'))) return true
    const config = ['now.config.json', 'now.prebuild.mjs'].map((f) => path.join(root, f)).filter((f) => existsSync(f))
    const sources = Math.max(newest(root, path.join(root, 'src')), ...config.map((f) => statSync(f).mtimeMs))
    return newest(root, dist) < sources
}
