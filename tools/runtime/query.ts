/**
 * Encoded queries (the platform's condition strings) and addQuery conditions: parsed into a tree, compiled
 * to SQL for GlideRecord, or evaluated in memory (business-rule filter conditions, ACL conditions).
 * Operators follow the product documentation's "Operators available for filters and queries".
 */
import type { Schema } from './schema'

export type Term = { kind: 'term'; field: string; op: string; value: string }
export type Condition = Term | { kind: 'and' | 'or'; items: Condition[] }
export interface Order {
    field: string
    desc: boolean
}

const SYMBOLS = ['!=', '>=', '<=', '=', '>', '<']
const WORDS = [
    'DOES NOT CONTAIN',
    'NOT LIKE',
    'NOT IN',
    'ISNOTEMPTY',
    'ISEMPTY',
    'STARTSWITH',
    'ENDSWITH',
    'CONTAINS',
    'CHANGESFROM',
    'CHANGESTO',
    'CHANGES',
    'ANYTHING',
    'LIKE',
    'IN',
]
export const OPERATORS = new Set([...SYMBOLS, ...WORDS])

function parseTerm(text: string): Term {
    const m = /^([a-z0-9_.]+)(.*)$/.exec(text)
    if (!m) throw new Error(`not supported by the local runtime: encoded query term "${text}"`)
    const [, field, rest] = m
    for (const op of [...SYMBOLS, ...WORDS]) if (rest.startsWith(op)) return { kind: 'term', field, op, value: rest.slice(op.length) }
    throw new Error(`not supported by the local runtime: operator in encoded query term "${text}"`)
}

/** Parses an encoded query: `^` AND, `^OR` OR (binds tighter), `^NQ` a new OR'ed query; ORDERBY[DESC]x; EQ ends it. */
export function parseEncoded(encoded: string): { condition: Condition | null; order: Order[] } {
    const order: Order[] = []
    const groups: Condition[] = []
    for (const part of encoded.split('^NQ')) {
        const clauses: Condition[] = []
        for (const raw of part.split('^')) {
            const t = raw.trim()
            if (!t || t === 'EQ') continue
            if (t.startsWith('ORDERBYDESC')) {
                order.push({ field: t.slice(11), desc: true })
                continue
            }
            if (t.startsWith('ORDERBY')) {
                order.push({ field: t.slice(7), desc: false })
                continue
            }
            if (t.startsWith('OR')) {
                const prev = clauses.pop()
                if (!prev) throw new Error(`encoded query starts with OR: "${encoded}"`)
                const term = parseTerm(t.slice(2))
                clauses.push(prev.kind === 'or' ? { kind: 'or', items: [...prev.items, term] } : { kind: 'or', items: [prev, term] })
                continue
            }
            clauses.push(parseTerm(t))
        }
        if (clauses.length) groups.push(clauses.length === 1 ? clauses[0] : { kind: 'and', items: clauses })
    }
    const condition = groups.length === 0 ? null : groups.length === 1 ? groups[0] : { kind: 'or' as const, items: groups }
    return { condition, order }
}

const NUMERIC = new Set(['integer', 'decimal', 'float', 'longint', 'currency', 'price'])

/** Normalises a value for storage/comparison: booleans are '1'/'0' as getValue returns them. */
export function normalize(type: string | undefined, value: string): string {
    if (type === 'boolean') {
        const v = value.toLowerCase()
        if (v === 'true' || v === '1') return '1'
        if (v === 'false' || v === '0') return '0'
    }
    return value
}

/** Compiles a condition to SQL over a hierarchy's physical table. */
export function toSql(c: Condition, schema: Schema, table: string, params: unknown[]): string {
    if (c.kind !== 'term') {
        const parts = c.items.map((i) => toSql(i, schema, table, params))
        return `(${parts.join(c.kind === 'and' ? ' AND ' : ' OR ')})`
    }
    if (c.field.includes('.')) throw new Error(`not supported by the local runtime: dot-walked query field "${c.field}"`)
    const col = schema.column(table, c.field)
    if (!col) throw new Error(`unknown field "${c.field}" in a query on ${table}`)
    const numeric = NUMERIC.has(col.type)
    const ref = `"${c.field}"`
    const expr = numeric ? `CAST(${ref} AS REAL)` : ref
    const v = normalize(col.type, c.value)
    const val = (x: string) => {
        params.push(numeric ? Number(x) : normalize(col.type, x))
        return '?'
    }
    switch (c.op) {
        case '=':
            if (v === '') return `(${ref} IS NULL OR ${ref} = '')`
            return `${expr} = ${val(v)}`
        case '!=':
            if (v === '') return `(${ref} IS NOT NULL AND ${ref} <> '')`
            return `(${ref} IS NULL OR ${expr} <> ${val(v)})`
        case '>':
        case '>=':
        case '<':
        case '<=':
            return `(${ref} IS NOT NULL AND ${ref} <> '' AND ${expr} ${c.op} ${val(v)})`
        case 'IN':
        case 'NOT IN': {
            const list = c.value.split(',').filter((x) => x !== '')
            if (!list.length) return c.op === 'IN' ? '0' : '1'
            const inList = `${expr} IN (${list.map((x) => val(x)).join(',')})`
            return c.op === 'IN' ? inList : `(${ref} IS NULL OR NOT ${inList})`
        }
        case 'STARTSWITH':
            params.push(`${c.value}%`)
            return `${ref} LIKE ?`
        case 'ENDSWITH':
            params.push(`%${c.value}`)
            return `${ref} LIKE ?`
        case 'CONTAINS':
        case 'LIKE':
            params.push(`%${c.value}%`)
            return `${ref} LIKE ?`
        case 'DOES NOT CONTAIN':
        case 'NOT LIKE':
            params.push(`%${c.value}%`)
            return `(${ref} IS NULL OR ${ref} NOT LIKE ?)`
        case 'ISEMPTY':
            return `(${ref} IS NULL OR ${ref} = '')`
        case 'ISNOTEMPTY':
            return `(${ref} IS NOT NULL AND ${ref} <> '')`
        case 'ANYTHING':
            return '1'
    }
    throw new Error(`not supported by the local runtime: operator ${c.op} in a database query`)
}

/** Evaluates a condition on values in memory; CHANGES* compare with `previous` (business-rule filters). */
export function evaluate(
    c: Condition | null,
    get: (field: string) => string,
    previous?: (field: string) => string,
    typeOf: (field: string) => string | undefined = () => undefined,
): boolean {
    if (!c) return true
    if (c.kind === 'and') return c.items.every((i) => evaluate(i, get, previous, typeOf))
    if (c.kind === 'or') return c.items.some((i) => evaluate(i, get, previous, typeOf))
    return evaluateTerm(c as Term, get, previous, typeOf)
}

function evaluateTerm(
    c: Term,
    get: (field: string) => string,
    previous: ((field: string) => string) | undefined,
    typeOf: (field: string) => string | undefined,
): boolean {
    const type = typeOf(c.field)
    const v = normalize(type, get(c.field) ?? '')
    const want = normalize(type, c.value)
    const numeric = NUMERIC.has(type ?? '')
    const cmp = (a: string, b: string) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0)
    const before = previous ? normalize(type, previous(c.field) ?? '') : v
    switch (c.op) {
        case '=':
            return numeric && v !== '' && want !== '' ? Number(v) === Number(want) : v === want
        case '!=':
            return !(numeric && v !== '' && want !== '' ? Number(v) === Number(want) : v === want)
        case '>':
            return v !== '' && cmp(v, want) > 0
        case '>=':
            return v !== '' && cmp(v, want) >= 0
        case '<':
            return v !== '' && cmp(v, want) < 0
        case '<=':
            return v !== '' && cmp(v, want) <= 0
        case 'IN':
            return c.value
                .split(',')
                .map((x) => normalize(type, x))
                .includes(v)
        case 'NOT IN':
            return !c.value
                .split(',')
                .map((x) => normalize(type, x))
                .includes(v)
        case 'STARTSWITH':
            return v.toLowerCase().startsWith(want.toLowerCase())
        case 'ENDSWITH':
            return v.toLowerCase().endsWith(want.toLowerCase())
        case 'CONTAINS':
        case 'LIKE':
            return v.toLowerCase().includes(want.toLowerCase())
        case 'DOES NOT CONTAIN':
        case 'NOT LIKE':
            return !v.toLowerCase().includes(want.toLowerCase())
        case 'ISEMPTY':
            return v === ''
        case 'ISNOTEMPTY':
            return v !== ''
        case 'ANYTHING':
            return true
        case 'CHANGES':
            return v !== before
        case 'CHANGESTO':
            return v !== before && v === want
        case 'CHANGESFROM':
            return v !== before && before === want
    }
    throw new Error(`not supported by the local runtime: operator ${c.op}`)
}
