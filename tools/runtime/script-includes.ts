/**
 * Script includes of the build (sys_script_include), as globals of server scripts: each one's script runs
 * once, lazily, with `Class` (Prototype's Class.create as the platform has it), `Object.extendsObject` and
 * `global.AbstractAjaxProcessor` (client-callable includes, workspace.ts) and the platform globals,
 * and the global named after the include is what scripts see. Also reachable as `<scope>.<Name>`.
 * The caller's scope (gs.getCallerScopeName) is the app's scope unless a test sets another one.
 */
import type { BuiltRecord } from './build-reader'
import { AbstractAjaxProcessorClass, extendsObject } from './workspace'

/** `global.AbstractAjaxProcessor` for client-callable includes, and `Object` with Prototype's extendsObject. */
const AJAX_GLOBALS = {
    global: { AbstractAjaxProcessor: AbstractAjaxProcessorClass() },
    Object: new Proxy(Object, { get: (target, key) => (key === 'extendsObject' ? extendsObject : Reflect.get(target, key)) }),
}

export const Class = {
    create(): (this: { initialize?: (...a: unknown[]) => void }, ...args: unknown[]) => void {
        return function (this: { initialize?: (...a: unknown[]) => void }, ...args: unknown[]) {
            if (typeof this.initialize === 'function') this.initialize(...args)
        }
    },
}

export class ScriptIncludes {
    private readonly scripts = new Map<string, string>()
    private readonly loaded = new Map<string, unknown>()
    /** What gs.getCallerScopeName() answers ('' = global). */
    callerScope: string

    constructor(
        records: BuiltRecord[],
        private readonly scope: string,
        private readonly run: (code: string, vars: Record<string, unknown>) => unknown,
    ) {
        this.callerScope = scope
        for (const r of records) if (r.$table === 'sys_script_include' && r.active !== 'false') this.scripts.set(r.name, r.script ?? '')
    }

    names(): string[] {
        return [...this.scripts.keys()]
    }

    private loading = 0

    /** The include's class/function, evaluated on first use (with the platform globals, without other includes). */
    get(name: string): unknown {
        if (!this.loaded.has(name)) {
            const script = this.scripts.get(name)
            if (script === undefined) throw new Error(`no script include ${name} in the build`)
            this.loading++
            try {
                this.loaded.set(name, this.run(`${script}\n;return ${name};`, { Class, ...AJAX_GLOBALS }))
            } finally {
                this.loading--
            }
        }
        return this.loaded.get(name)
    }

    /** Globals for a script: every include by name, and `<scope>.<Name>`. Empty while an include is being evaluated. */
    globals(): Record<string, unknown> {
        if (this.loading) return {}
        const out: Record<string, unknown> = {}
        const namespace: Record<string, unknown> = {}
        for (const name of this.scripts.keys()) out[name] = namespace[name] = this.get(name)
        out[this.scope] = namespace
        return out
    }
}
