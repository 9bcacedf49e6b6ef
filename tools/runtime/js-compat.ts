/**
 * Which JavaScript an instance refuses: a check of server scripts against ServiceNow's "JavaScript engine
 * feature support" table for the ECMAScript 2021 (ES12) mode, Yokohama edition (the strictest; a Store app
 * runs on whatever release its customers have). Disallowed features are an error on the instance; Not
 * Supported ones are not validated there, so they are refused too.
 *
 * The check parses each script with a real JavaScript parser (acorn) and walks the syntax tree; it is
 * used by the artifact test over every script-bearing record of dist/app, and by the local runtime, which
 * refuses to load a script with a hit — so "passes locally" keeps meaning "loads on an instance".
 */
import { Parser, type Node, type Options } from 'acorn'

export interface CompatHit {
    /** What the instance refuses, in the table's words. */
    feature: string
    /** Disallowed (an error on the instance) or Not Supported (not validated there). */
    level: 'Disallowed' | 'Not Supported'
    line: number
    column: number
}

export interface ScriptSource {
    /** `module` for sys_module contents (ES modules), `script` for every other script field. */
    kind: 'module' | 'script'
    code: string
    /** Where the script comes from, for messages: file, record table and name, field. */
    origin: string
}

type AnyNode = Node & Record<string, unknown>

const SUBCLASS_DISALLOWED = new Set([
    'Error',
    'TypeError',
    'RangeError',
    'SyntaxError',
    'ReferenceError',
    'EvalError',
    'URIError',
    'AggregateError',
    'Boolean',
    'Number',
    'String',
    'Map',
    'Set',
    'Array',
    'RegExp',
    'Function',
    'Promise',
    'Date',
    'Object',
    'Symbol',
    'WeakMap',
    'WeakSet',
])

/** Globals whose every use is Disallowed (or Not Supported, for BigInt). */
const GLOBALS: Record<string, { feature: string; level: CompatHit['level'] }> = {
    Promise: { feature: 'Promise', level: 'Disallowed' },
    WeakMap: { feature: 'WeakMap', level: 'Disallowed' },
    WeakSet: { feature: 'WeakSet', level: 'Disallowed' },
    WeakRef: { feature: 'WeakRef', level: 'Disallowed' },
    FinalizationRegistry: { feature: 'FinalizationRegistry', level: 'Disallowed' },
    Proxy: { feature: 'Proxy', level: 'Disallowed' },
    Reflect: { feature: 'Reflect', level: 'Disallowed' },
    globalThis: { feature: 'globalThis', level: 'Disallowed' },
    DataView: { feature: 'DataView', level: 'Disallowed' },
    SharedArrayBuffer: { feature: 'SharedArrayBuffer', level: 'Disallowed' },
    Atomics: { feature: 'Atomics', level: 'Disallowed' },
    ArrayBuffer: { feature: 'typed arrays (ArrayBuffer)', level: 'Disallowed' },
    BigInt: { feature: 'BigInt', level: 'Not Supported' },
    BigInt64Array: { feature: 'typed arrays (BigInt64Array)', level: 'Disallowed' },
    BigUint64Array: { feature: 'typed arrays (BigUint64Array)', level: 'Disallowed' },
}
for (const t of [
    'Int8Array',
    'Uint8Array',
    'Uint8ClampedArray',
    'Int16Array',
    'Uint16Array',
    'Int32Array',
    'Uint32Array',
    'Float32Array',
    'Float64Array',
]) {
    GLOBALS[t] = { feature: `typed arrays (${t})`, level: 'Disallowed' }
}

const WELL_KNOWN_SYMBOLS = new Set([
    'iterator',
    'asyncIterator',
    'toPrimitive',
    'toStringTag',
    'hasInstance',
    'species',
    'isConcatSpreadable',
    'match',
    'matchAll',
    'replace',
    'search',
    'split',
    'unscopables',
])
const LEGACY_ACCESSORS = new Set(['__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__'])

function isNode(v: unknown): v is AnyNode {
    return !!v && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string'
}

function propName(node: AnyNode): string | null {
    const p = node.property as AnyNode
    if (!node.computed && p.type === 'Identifier') return p.name as string
    if (p.type === 'Literal' && typeof p.value === 'string') return p.value
    return null
}

function isIdent(node: unknown, name: string): boolean {
    return isNode(node) && node.type === 'Identifier' && node.name === name
}

/** Names a scope declares (params, var/let/const/function/class), so a local `Promise` is not the global. */
function declaredNames(program: AnyNode): Set<string> {
    const names = new Set<string>()
    const addPattern = (p: unknown): void => {
        if (!isNode(p)) return
        if (p.type === 'Identifier') names.add(p.name as string)
        else if (p.type === 'ObjectPattern')
            for (const prop of p.properties as AnyNode[]) addPattern(prop.type === 'RestElement' ? prop.argument : prop.value)
        else if (p.type === 'ArrayPattern') for (const el of p.elements as AnyNode[]) addPattern(el)
        else if (p.type === 'RestElement') addPattern(p.argument)
        else if (p.type === 'AssignmentPattern') addPattern(p.left)
    }
    walk(program, (n) => {
        if (n.type === 'VariableDeclarator') addPattern(n.id)
        else if ((n.type === 'FunctionDeclaration' || n.type === 'ClassDeclaration') && n.id) addPattern(n.id)
        else if (n.type === 'ImportSpecifier' || n.type === 'ImportDefaultSpecifier' || n.type === 'ImportNamespaceSpecifier')
            addPattern(n.local)
        if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression')
            for (const p of n.params as AnyNode[]) addPattern(p)
        if (n.type === 'CatchClause' && n.param) addPattern(n.param)
    })
    return names
}

function walk(node: AnyNode, visit: (n: AnyNode, parent: AnyNode | null, ancestors: AnyNode[]) => void): void {
    const ancestors: AnyNode[] = []
    const go = (n: AnyNode, parent: AnyNode | null): void => {
        visit(n, parent, ancestors)
        ancestors.push(n)
        for (const key of Object.keys(n)) {
            if (key === 'loc' || key === 'start' || key === 'end') continue
            const v = n[key]
            const children = Array.isArray(v) ? v : [v]
            for (const c of children) if (isNode(c)) go(c, n)
        }
        ancestors.pop()
    }
    go(node, null)
}

const parseOptions = (kind: ScriptSource['kind'], onHit: (feature: string, level: CompatHit['level'], pos: number) => void): Options => ({
    ecmaVersion: 'latest',
    sourceType: kind === 'module' ? 'module' : 'script',
    locations: true,
    allowReturnOutsideFunction: kind === 'script',
    allowHashBang: false,
    onComment: () => undefined,
    onToken: (t) => {
        // U+2028/U+2029 inside string literals ("JSON superset") are Disallowed
        const v = (t as { value?: unknown }).value
        if (t.type.label === 'string' && typeof v === 'string' && /[\u2028\u2029]/.test(v))
            onHit('line/paragraph separator in a string literal', 'Disallowed', t.start)
    },
})

/** Every feature of the script that the instance refuses, in source order. A syntax error is a hit too. */
export function checkScript(source: ScriptSource): CompatHit[] {
    const hits: CompatHit[] = []
    const lines = source.code.split('\n')
    const at = (pos: number): { line: number; column: number } => {
        let rest = pos
        for (let i = 0; i < lines.length; i++) {
            if (rest <= lines[i].length) return { line: i + 1, column: rest + 1 }
            rest -= lines[i].length + 1
        }
        return { line: lines.length, column: 1 }
    }
    const hit = (feature: string, level: CompatHit['level'], pos: number): void => {
        hits.push({ feature, level, ...at(pos) })
    }
    let program: AnyNode
    try {
        program = Parser.parse(source.code, parseOptions(source.kind, hit)) as unknown as AnyNode
    } catch (e) {
        const err = e as { message?: string; pos?: number }
        hit(`syntax error: ${err.message ?? String(e)}`, 'Disallowed', err.pos ?? 0)
        return hits
    }
    const local = declaredNames(program)
    walk(program, (n, parent, ancestors) => {
        const start = n.start as number
        switch (n.type) {
            case 'ClassDeclaration':
            case 'ClassExpression': {
                const sup = n.superClass as AnyNode | null
                if (sup && sup.type === 'Identifier' && SUBCLASS_DISALLOWED.has(sup.name as string) && !local.has(sup.name as string))
                    hit(`subclassing the built-in ${sup.name as string} (class … extends ${sup.name as string})`, 'Disallowed', start)
                break
            }
            case 'FunctionDeclaration':
            case 'FunctionExpression':
            case 'ArrowFunctionExpression':
                if (n.generator && n.async) hit('async generator', 'Disallowed', start)
                else if (n.generator) hit('generator function', 'Disallowed', start)
                else if (n.async) hit('async function', 'Disallowed', start)
                break
            case 'YieldExpression':
                hit('yield', 'Disallowed', start)
                break
            case 'AwaitExpression':
                hit('await', 'Disallowed', start)
                break
            case 'ForOfStatement':
                if (n.await) hit('for await', 'Disallowed', start)
                break
            case 'CatchClause':
                if (!n.param) hit('optional catch binding (catch without a parameter)', 'Disallowed', start)
                break
            case 'PrivateIdentifier': {
                const member = ancestors
                    .slice()
                    .reverse()
                    .find((a) => a.type === 'PropertyDefinition' || a.type === 'MethodDefinition')
                const inside = parent && parent.type === 'BinaryExpression' && parent.operator === 'in'
                if (inside) hit('ergonomic brand check (#x in obj)', 'Not Supported', start)
                else if (!(member && member.static)) hit('private instance field or method (#name)', 'Not Supported', start)
                break
            }
            case 'Literal':
                if (typeof n.bigint === 'string') hit('BigInt', 'Not Supported', start)
                if (n.regex) {
                    const { pattern, flags } = n.regex as { pattern: string; flags: string }
                    if (/\(\?<[=!]/.test(pattern)) hit('RegExp lookbehind', 'Not Supported', start)
                    if (flags.includes('u') || flags.includes('v')) hit('RegExp u/v flag', 'Not Supported', start)
                    if (/\\[pP]\{/.test(pattern)) hit('RegExp Unicode property escape', 'Not Supported', start)
                }
                break
            case 'TemplateLiteral':
                if (
                    parent &&
                    parent.type === 'TaggedTemplateExpression' &&
                    (n.quasis as AnyNode[]).some((q) => (q.value as { cooked: unknown }).cooked === null)
                )
                    hit('template literal revision (invalid escape in a tagged template)', 'Disallowed', start)
                break
            case 'MetaProperty':
                if (
                    (n.meta as AnyNode).name === 'new' &&
                    ancestors
                        .slice()
                        .reverse()
                        .find((a) => a.type.includes('Function'))?.type === 'ArrowFunctionExpression'
                )
                    hit('new.target in an arrow function', 'Not Supported', start)
                break
            case 'Property':
                if (
                    !n.computed &&
                    !n.shorthand &&
                    !n.method &&
                    n.kind === 'init' &&
                    parent?.type === 'ObjectExpression' &&
                    (isIdent(n.key, '__proto__') || ((n.key as AnyNode).type === 'Literal' && (n.key as AnyNode).value === '__proto__'))
                )
                    hit('__proto__ in an object literal', 'Disallowed', start)
                break
            case 'NewExpression':
            case 'CallExpression':
                if (isIdent(n.callee, 'Function') && !local.has('Function')) hit('new Function(…) / Function(…)', 'Disallowed', start)
                break
            case 'MemberExpression': {
                const name = propName(n)
                const obj = n.object as AnyNode
                if (name && obj.type === 'Identifier' && !local.has(obj.name as string)) {
                    if (obj.name === 'Number' && (name === 'parseInt' || name === 'parseFloat'))
                        hit(`Number.${name} (use the global ${name})`, 'Disallowed', start)
                    if (obj.name === 'Symbol' && WELL_KNOWN_SYMBOLS.has(name)) hit(`well-known symbol Symbol.${name}`, 'Disallowed', start)
                    if (obj.name === 'Object' && name === 'setPrototypeOf') hit('Object.setPrototypeOf', 'Not Supported', start)
                }
                if (name && LEGACY_ACCESSORS.has(name)) hit(name, 'Disallowed', start)
                if (name === 'at' && parent?.type === 'CallExpression' && parent.callee === n)
                    hit('Array.prototype.at (not supported on arrays; use [i] or charAt for strings)', 'Not Supported', start)
                if (
                    name === 'name' &&
                    obj.type === 'CallExpression' &&
                    (obj.callee as AnyNode).type === 'MemberExpression' &&
                    propName(obj.callee as AnyNode) === 'bind'
                )
                    hit('name of a bound function', 'Not Supported', start)
                break
            }
            case 'Identifier': {
                const g = GLOBALS[n.name as string]
                if (!g || local.has(n.name as string)) break
                // a property key or a member's property name is not a use of the global
                if (parent && parent.type === 'MemberExpression' && parent.property === n && !parent.computed) break
                if (
                    parent &&
                    (parent.type === 'Property' || parent.type === 'PropertyDefinition' || parent.type === 'MethodDefinition') &&
                    parent.key === n &&
                    !parent.computed
                )
                    break
                hit(g.feature, g.level, start)
                break
            }
        }
    })
    return hits.sort((a, b) => a.line - b.line || a.column - b.column)
}

/** One line per hit: "<origin>:<line>:<column>: <feature> is Disallowed|Not Supported on the instance". */
export function formatHits(source: ScriptSource, hits: CompatHit[]): string[] {
    return hits.map((h) => `${source.origin}:${h.line}:${h.column}: ${h.feature} — ${h.level} in the instance's ES2021 mode`)
}

/**
 * Server-side script fields of the record types an app can ship (client-side fields — client scripts,
 * widget client controllers, a UI action's client onClick — are not bound by this list). A UI action's
 * `script` is server-side unless the action is a client one.
 */
export const SERVER_SCRIPT_FIELDS: Record<string, string[]> = {
    sys_module: ['content'],
    sys_script: ['script', 'condition'],
    sys_script_include: ['script'],
    sys_ui_action: ['script', 'condition'],
    sysauto_script: ['script', 'condition'],
    sys_security_acl: ['script'],
    sys_ws_operation: ['operation_script'],
    sp_widget: ['script'],
    sysevent_script_action: ['script', 'condition_script'],
    sys_script_fix: ['script'],
    sys_ui_page: ['processing_script'],
    sysevent_email_action: ['advanced_condition'],
    sys_script_email: ['script'],
    sys_relationship: ['query_with', 'apply_to', 'query_from'],
}

interface RecordLike {
    $table: string
    [field: string]: unknown
}

/** The server scripts of a build's records, with their origin (table, name, sys_id, field). */
export function serverScripts(records: RecordLike[]): ScriptSource[] {
    const out: ScriptSource[] = []
    for (const r of records) {
        const fields = SERVER_SCRIPT_FIELDS[r.$table]
        if (!fields) continue
        for (const f of fields) {
            const code = r[f]
            if (typeof code !== 'string' || !code.trim()) continue
            if (r.$table === 'sys_ui_action' && f === 'script' && r.client === 'true') continue
            if (r.$table === 'sys_relationship' && f !== 'query_with' && r.advanced !== 'true') continue
            // JSON modules (package.json, bom.json) are data, not scripts
            if (r.$table === 'sys_module' && String(r.path ?? '').endsWith('.json')) continue
            const name = String(r.path ?? r.name ?? r.action_name ?? r.id ?? '')
            out.push({
                kind: r.$table === 'sys_module' ? 'module' : 'script',
                code,
                origin: `${r.$table}_${String(r.sys_id)}.xml (${r.$table} "${name}", field ${f})`,
            })
        }
    }
    return out
}
