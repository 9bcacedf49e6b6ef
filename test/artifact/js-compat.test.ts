/**
 * The JavaScript gate: every server script the build ships must load on an instance (ES2021 mode,
 * Yokohama's table). A fixture with one of each refused feature proves every rule fires; the app's own
 * scripts and a sample of supported syntax prove there is no false alarm.
 */
import { builtRecords } from '../../tools/runtime/build-reader'
import { checkScript, formatHits, serverScripts, type ScriptSource } from '../../tools/runtime/js-compat'

const script = (code: string, kind: ScriptSource['kind'] = 'script'): ScriptSource => ({ kind, code, origin: 'fixture' })
const features = (code: string, kind: ScriptSource['kind'] = 'script') =>
    checkScript(script(code, kind)).map((h) => `${h.level}: ${h.feature}`)

describe('the built application', () => {
    const scripts = serverScripts(builtRecords())

    it('has server scripts of every kind it ships (modules, include, jobs, rules, mail scripts, UI action, ACL scripts, REST operations, relationship, widget)', () => {
        const tables = new Set(scripts.map((s) => s.origin.slice(0, s.origin.search(/_[0-9a-f]{32}\.xml/))))
        expect([...tables].sort()).toEqual([
            'sp_widget',
            'sys_module',
            'sys_relationship',
            'sys_script',
            'sys_script_email',
            'sys_script_include',
            'sys_security_acl',
            'sys_ui_action',
            'sys_ws_operation',
            'sysauto_script',
        ])
        const modules = builtRecords().filter((r) => r.$table === 'sys_module' && !r.path.endsWith('.json'))
        expect(scripts.filter((s) => s.kind === 'module')).toHaveLength(modules.length)
    })

    it('uses nothing the instance refuses', () => {
        const report = scripts.flatMap((s) => formatHits(s, checkScript(s)))
        expect(report).toEqual([])
    })
})

describe('every rule fires (one fixture per listed feature)', () => {
    it.each([
        ['class E extends Error {}', 'Disallowed: subclassing the built-in Error'],
        ['class M extends Map {}', 'Disallowed: subclassing the built-in Map'],
        ['class S extends Set {}', 'Disallowed: subclassing the built-in Set'],
        ['class A extends Array {}', 'Disallowed: subclassing the built-in Array'],
        ['class P extends Promise {}', 'Disallowed: subclassing the built-in Promise'],
        ['function* g() { yield 1 }', 'Disallowed: generator function'],
        ['function* g() { yield 1 }', 'Disallowed: yield'],
        ['async function f() { await 1 }', 'Disallowed: async function'],
        ['async function f() { await 1 }', 'Disallowed: await'],
        ['async function* f() {}', 'Disallowed: async generator'],
        ['async function f(xs) { for await (const x of xs) {} }', 'Disallowed: for await'],
        ['var p = Promise.resolve(1)', 'Disallowed: Promise'],
        ['var w = new WeakMap()', 'Disallowed: WeakMap'],
        ['var w = new WeakSet()', 'Disallowed: WeakSet'],
        ['var w = new WeakRef({})', 'Disallowed: WeakRef'],
        ['var r = new FinalizationRegistry(function () {})', 'Disallowed: FinalizationRegistry'],
        ['var p = new Proxy({}, {})', 'Disallowed: Proxy'],
        ['var k = Reflect.ownKeys({})', 'Disallowed: Reflect'],
        ['var a = new Uint8Array(4)', 'Disallowed: typed arrays (Uint8Array)'],
        ['var b = new ArrayBuffer(4)', 'Disallowed: typed arrays (ArrayBuffer)'],
        ['var d = new DataView(b)', 'Disallowed: DataView'],
        ['var s = new SharedArrayBuffer(4)', 'Disallowed: SharedArrayBuffer'],
        ['Atomics.wait(a, 0, 0)', 'Disallowed: Atomics'],
        ['var g = globalThis', 'Disallowed: globalThis'],
        ['var n = Number.parseInt("1")', 'Disallowed: Number.parseInt'],
        ['var n = Number.parseFloat("1")', 'Disallowed: Number.parseFloat'],
        ['var i = o[Symbol.iterator]', 'Disallowed: well-known symbol Symbol.iterator'],
        ['var t = Symbol.toPrimitive', 'Disallowed: well-known symbol Symbol.toPrimitive'],
        ['var t = Symbol.toStringTag', 'Disallowed: well-known symbol Symbol.toStringTag'],
        ['var t = Symbol.hasInstance', 'Disallowed: well-known symbol Symbol.hasInstance'],
        ['var t = Symbol.species', 'Disallowed: well-known symbol Symbol.species'],
        ['var f = new Function("return 1")', 'Disallowed: new Function'],
        ['var o = { __proto__: null }', 'Disallowed: __proto__ in an object literal'],
        ['o.__defineGetter__("x", function () {})', 'Disallowed: __defineGetter__'],
        ['tag`\\unicode`', 'Disallowed: template literal revision'],
        ['var s = "a\u2028b"', 'Disallowed: line/paragraph separator in a string literal'],
        ['try { f() } catch { g() }', 'Disallowed: optional catch binding'],
        ['var x = [1, 2].at(-1)', 'Not Supported: Array.prototype.at'],
        ['class C { #secret = 1 }', 'Not Supported: private instance field or method'],
        ['class C { #m() {} }', 'Not Supported: private instance field or method'],
        ['class C { static #s = 1; static has(o) { return #s in o } }', 'Not Supported: ergonomic brand check'],
        ['var b = 10n', 'Not Supported: BigInt'],
        ['var b = BigInt(10)', 'Not Supported: BigInt'],
        ['var r = /(?<=a)b/', 'Not Supported: RegExp lookbehind'],
        ['var r = /(?<!a)b/', 'Not Supported: RegExp lookbehind'],
        ['var r = /a/u', 'Not Supported: RegExp u/v flag'],
        ['var r = /\\p{L}/u', 'Not Supported: RegExp Unicode property escape'],
        ['Object.setPrototypeOf(a, b)', 'Not Supported: Object.setPrototypeOf'],
        ['var n = f.bind(null).name', 'Not Supported: name of a bound function'],
        ['function F() { var a = () => new.target }', 'Not Supported: new.target in an arrow function'],
        ['var x = (', 'Disallowed: syntax error'],
    ])('%s → %s', (code, expected) => {
        expect(features(code).some((f) => f.startsWith(expected))).toBe(true)
    })

    it('names the origin, line and column of each hit', () => {
        const src: ScriptSource = {
            kind: 'script',
            code: 'var a = 1;\n  try { x() } catch { }',
            origin: 'sys_script_123.xml (sys_script "r", field script)',
        }
        expect(formatHits(src, checkScript(src))).toEqual([
            'sys_script_123.xml (sys_script "r", field script):2:15: optional catch binding (catch without a parameter) — Disallowed in the instance\'s ES2021 mode',
        ])
    })

    it('checks ES modules as modules', () => {
        expect(features('import { gs } from "@servicenow/glide"\nexport class E extends Error {}', 'module')).toEqual([
            'Disallowed: subclassing the built-in Error (class … extends Error)',
        ])
    })
})

describe('no false alarms on supported syntax', () => {
    it('accepts the ES2021 features the table lists as Supported', () => {
        const code = `
            const a = 1; let b = 2
            const f = (x, y = 1, ...rest) => x + y + rest.length
            class Base { static count = 0; field = 1; static { Base.count = 1 } get v() { return this.field } set v(x) { this.field = x } static #hidden = 2 }
            class Child extends Base { constructor() { super(); this.z = 1 } }
            const { p, q: [r] = [] } = { p: 1 }
            const s = \`\${a}-\${b}\`
            const m = new Map([[1, 2]]); const st = new Set([1]); const arr = [...m, ...st, ...'ab']
            for (const [k, v] of m) { void k; void v }
            const o = { ...{ x: 1 }, y: 2 }; const { x, ...others } = o
            const c = o?.y ?? 3; let d = null; d ||= 1; d &&= 2; d ??= 3
            const big = 1_000_000 ** 2
            Object.entries(o); Object.fromEntries([]); Object.assign({}, o)
            ;[1, [2]].flat().includes(2); [1].flatMap((v) => [v]).find((v) => v).toString()
            'x'.padStart(3).trimEnd().replaceAll('x', 'y').startsWith('y')
            const re = /(?<year>\\d{4})/s; const sticky = /a/y
            const e = new Error('m', { cause: 1 }); const sym = Symbol('s')
            try { JSON.parse('{}') } catch (err) { void err }
            parseInt('1'); parseFloat('1'); Date.now(); new Date().toISOString()
            function local() { const Promise = 1; return Promise }
            const names = { Promise: 1, Proxy: 2 }; names.Reflect = 3
        `
        expect(features(code)).toEqual([])
    })
})
