/**
 * Script execution: the JavaScript gate every script passes (the instance's Rhino ES2021 table, js-compat.ts),
 * the platform globals of a script body (`gs`, `GlideRecord`, `sn_ws`, `Class`, `require`, script includes),
 * and the app's modules (`sys_module`) loaded as CommonJS through esbuild with the SDK's require glue.
 */
import path from 'node:path'
import { transformSync } from 'esbuild'
import type { BuiltRecord } from './build-reader'
import { checkScript, formatHits, type CompatHit, type ScriptSource } from './js-compat'
import { Class, type ScriptIncludes } from './script-includes'

const MODULE_GLUE = /^x_tvgh_teamviewer\/[^/]+\/[^/]+\/(.+)$/

/** Verdicts of scripts already checked against the instance's JavaScript table, by kind and text. */
const checked = new Map<string, CompatHit[]>()

/** Refuses a script the instance would refuse, with the artifact test's message (test/artifact/js-compat.test.ts). */
export function gate(source: ScriptSource): void {
    const key = `${source.kind}\u0000${source.code}`
    let hits = checked.get(key)
    if (!hits) checked.set(key, (hits = checkScript(source)))
    if (hits.length) throw new Error(`script refused (the instance would not run it):\n${formatHits(source, hits).join('\n')}`)
}

export class Scripts {
    private modules = new Map<string, string>()
    private moduleCache = new Map<string, Record<string, unknown>>()

    /**
     * @param appGlide what `@servicenow/glide` exports to the app's modules
     * @param includes the build's script includes (absent while the runtime is still loading)
     */
    constructor(
        private readonly appGlide: () => Record<string, unknown>,
        private readonly includes: () => ScriptIncludes | undefined,
    ) {}

    /** The build's modules by path. */
    loadModules(records: BuiltRecord[]): void {
        for (const m of records.filter((r) => r.$table === 'sys_module')) this.modules.set(m.path, m.content)
    }

    private globals(glide: Record<string, unknown>): Record<string, unknown> {
        const base = {
            ...glide,
            Class,
            sn_ws: { RESTMessageV2: glide.RESTMessageV2, RESTResponseV2: glide.RESTResponseV2 },
            require: (p: string) => this.requireModule(p, ''),
        }
        return { ...base, ...(this.includes()?.globals() ?? {}) }
    }

    /** Runs a script body with the globals of `glide` (the app's scope or the global one) plus `vars`. */
    run(code: string, vars: Record<string, unknown>, glide: Record<string, unknown>): unknown {
        gate({ kind: 'script', code, origin: 'script' })
        const all = { ...this.globals(glide), ...vars }
        const names = Object.keys(all)
        const fn = new Function(...names, code)
        return fn(...names.map((n) => all[n]))
    }

    private requireModule(request: string, fromDir: string): Record<string, unknown> {
        const glide = this.appGlide()
        if (request === '@servicenow/glide') return glide
        if (request === '@servicenow/glide/sn_ws') return { RESTMessageV2: glide.RESTMessageV2, RESTResponseV2: glide.RESTResponseV2 }
        let key: string
        if (request.startsWith('./') || request.startsWith('../')) key = path.posix.normalize(path.posix.join(fromDir, request))
        else {
            const m = MODULE_GLUE.exec(request)
            if (!m) throw new Error(`not supported by the local runtime: require('${request}')`)
            key = request
        }
        const found = [...this.modules.keys()].find(
            (k) => k === key || k.endsWith(`/${key}`) || (MODULE_GLUE.exec(k)?.[1] ?? '') === (MODULE_GLUE.exec(key)?.[1] ?? key),
        )
        if (!found) throw new Error(`module not found in the build: ${request}`)
        const cached = this.moduleCache.get(found)
        if (cached) return cached
        const { code } = transformSync(this.modules.get(found) as string, {
            loader: 'js',
            format: 'cjs',
            target: 'es2022',
            sourcefile: found,
        })
        const module = { exports: {} as Record<string, unknown> }
        this.moduleCache.set(found, module.exports)
        const dir = path.posix.dirname(found)
        new Function('exports', 'require', 'module', code)(module.exports, (p: string) => this.requireModule(p, dir), module)
        this.moduleCache.set(found, module.exports)
        return module.exports
    }

    /** An app module's exports by its source path, e.g. require('src/server/entry/jobs/retrieval.ts'). */
    require(srcPath: string): Record<string, unknown> {
        const found = [...this.modules.keys()].find((k) => k.endsWith(`/${srcPath}`))
        if (!found) throw new Error(`module ${srcPath} is not in the build`)
        return this.requireModule(found, '')
    }
}
