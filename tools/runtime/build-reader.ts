/**
 * Reads the built application (dist/app) as an installer would: every record file, parsed with a real
 * XML parser. The local runtime loads these records; artifact tests assert on them.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'

export const DIST_APP = path.join(__dirname, '..', '..', 'dist', 'app')

/**
 * A built record: field name → text value (references keep their sys_id; `$display` holds display values).
 * `$action` is INSERT_OR_UPDATE, or DELETE for a record the application removes on install (the SDK
 * writes those for records deleted from the source, into author_elective_update/).
 */
export type BuiltRecord = Record<string, string> & { $table: string; $display: Record<string, string>; $action: string }

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false,
    cdataPropName: '#cdata',
})

function text(node: unknown): string {
    if (node === undefined || node === null) return ''
    if (typeof node === 'string') return node
    if (typeof node === 'object') {
        const o = node as Record<string, unknown>
        if ('#cdata' in o) return String(o['#cdata'])
        if ('#text' in o) return String(o['#text'])
        return ''
    }
    return String(node)
}

function toRecord(table: string, raw: Record<string, unknown>): BuiltRecord {
    const rec = { $table: table, $display: {}, $action: String(raw['@action'] ?? 'INSERT_OR_UPDATE') } as unknown as BuiltRecord
    for (const [key, value] of Object.entries(raw)) {
        if (key.startsWith('@') || key === '#text' || Array.isArray(value)) continue
        if (
            value &&
            typeof value === 'object' &&
            !('#cdata' in value) &&
            !('#text' in value) &&
            !('@display_value' in value) &&
            !('@name' in value)
        )
            continue
        rec[key] = text(value)
        const attrs = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
        if ('@display_value' in attrs) rec.$display[key] = String(attrs['@display_value'])
        else if ('@name' in attrs) rec.$display[key] = String(attrs['@name'])
    }
    return rec
}

/** Records of one file: every child of <record_update> (of one or several tables); a sys_choice_v2 wrapper yields its sys_choice rows. */
function parseRecordFile(file: string): BuiltRecord[] {
    const update = parser.parse(readFileSync(file, 'utf8')).record_update as Record<string, unknown> | undefined
    if (!update) return []
    const out: BuiltRecord[] = []
    for (const [table, body] of Object.entries(update)) {
        if (table.startsWith('@') || !body || typeof body !== 'object') continue
        const raw = body as Record<string, unknown>
        if (table === 'sys_choice_v2') {
            const choices = ([] as unknown[]).concat(raw.sys_choice ?? [])
            for (const c of choices) {
                const choice = c as Record<string, unknown>
                if (choice['@action'] === 'INSERT_OR_UPDATE') out.push(toRecord('sys_choice', choice))
            }
            continue
        }
        // a list layout is written as a wrapper <sys_ui_list table="…"> holding the <sys_ui_list> and its <sys_ui_list_element>s
        if (!Array.isArray(raw) && raw['@table'] !== undefined && raw['@action'] === undefined) {
            for (const [child, items] of Object.entries(raw)) {
                if (child.startsWith('@') || child === '#text') continue
                for (const item of ([] as unknown[]).concat(items))
                    if (item && typeof item === 'object') out.push(toRecord(child, item as Record<string, unknown>))
            }
            continue
        }
        // one file may hold several records, of several tables (an ATF step and its variable values), and
        // directives such as <sys_variable_value action="delete_multiple" query="..."/>
        for (const item of Array.isArray(raw) ? raw : [raw]) {
            const rec = item as Record<string, unknown>
            if (rec['@action'] === 'delete_multiple')
                out.push({
                    $table: table,
                    $display: {},
                    $action: 'delete_multiple',
                    $query: String(rec['@query'] ?? ''),
                } as unknown as BuiltRecord)
            else out.push(toRecord(table, rec))
        }
    }
    return out
}

/** Every record of a build (scope/, update/ and author_elective_update/), DELETE records included. */
export function readBuildWithDeletes(distDir: string = DIST_APP): BuiltRecord[] {
    if (!existsSync(path.join(distDir, 'update'))) throw new Error(`no build at ${distDir}: run "npm run build" first`)
    const out: BuiltRecord[] = []
    for (const dir of ['scope', 'update', 'author_elective_update']) {
        const full = path.join(distDir, dir)
        if (!existsSync(full)) continue
        for (const name of readdirSync(full).filter((n) => n.endsWith('.xml'))) {
            out.push(...parseRecordFile(path.join(full, name)))
        }
    }
    return out
}

/** The records an install leaves in place: every record of the build but those it deletes. */
export function readBuild(distDir: string = DIST_APP): BuiltRecord[] {
    const all = readBuildWithDeletes(distDir)
    const deleted = new Set(all.filter((r) => r.$action === 'DELETE').map((r) => `${r.$table}:${r.sys_id}`))
    return all.filter((r) => r.$action === 'INSERT_OR_UPDATE' && !deleted.has(`${r.$table}:${r.sys_id}`))
}

let cache: BuiltRecord[] | null = null

/** The records of dist/app, read once per test file. */
export function builtRecords(): BuiltRecord[] {
    if (!cache) cache = readBuild()
    return cache
}

export function recordsOf(table: string, where: Record<string, string> = {}): BuiltRecord[] {
    return builtRecords().filter((r) => r.$table === table && Object.entries(where).every(([k, v]) => r[k] === v))
}

export function oneOf(table: string, where: Record<string, string>): BuiltRecord {
    const found = recordsOf(table, where)
    if (found.length !== 1) throw new Error(`expected exactly one ${table} with ${JSON.stringify(where)}, found ${found.length}`)
    return found[0]
}
