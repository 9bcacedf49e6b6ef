/**
 * Columns of the platform tables a build ships records of, checked at install. An instance drops an element
 * of a shipped record that is not a column of its table (the e-mail client template's `to`, which the
 * platform calls `recipients`, vanished that way), so the runtime refuses such a build instead, naming the
 * record and the column. Source: ServiceNow's own table definitions that ship with the SDK
 * (`@servicenow/sdk-core/src/fluent/tables/*.now.ts`, with their `extends` parents), plus the few tables the
 * app ships records of that the SDK does not define, from ServiceNow's documentation (DOCUMENTED below).
 * Tables known from neither are not checked.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { BuiltRecord } from './build-reader'

/**
 * Platform tables the SDK ships no definition of, with their documented columns (sys_* columns aside).
 * - sys_email_client_template: "Create an email client template" (name, table, conditions; Content: subject,
 *   content_type, body_html, body_text; Recipients: recipients = To, copied = Cc, blind_copied = Bcc).
 * - sys_email_canned_message (Quick Messages, docs "quick-message"): title, body, group, active, table.
 */
const DOCUMENTED: Record<string, string[]> = {
    sys_email_client_template: [
        'name',
        'table',
        'conditions',
        'subject',
        'content_type',
        'body_html',
        'body_text',
        'recipients',
        'copied',
        'blind_copied',
    ],
    sys_email_canned_message: ['title', 'body', 'group', 'active', 'table'],
}

/**
 * Real columns the SDK itself writes that its dictionary subset omits (the SDK's serialiser knows them; they
 * are not app data): the application record's own fields, sys_dictionary.read_only_option,
 * sys_ws_operation.default_operation_uri.
 */
const WRITTEN_BY_SDK: Record<string, string[]> = {
    sys_app: ['guided_setup_guid', 'package_resolver_version', 'subscription_entitlement'],
    sys_dictionary: ['read_only_option'],
    sys_ws_operation: ['default_operation_uri'],
}

interface DictTable {
    parent?: string
    columns: Set<string>
}

let dictionary: Map<string, DictTable> | null = null

/** The SDK's platform table definitions: name, parent and column names of each. */
export function platformDictionary(): Map<string, DictTable> {
    if (dictionary) return dictionary
    const dir = path.join(__dirname, '..', '..', 'node_modules', '@servicenow', 'sdk-core', 'src', 'fluent', 'tables')
    const out = new Map<string, DictTable>()
    for (const file of readdirSync(dir)) {
        if (!file.endsWith('.now.ts')) continue
        const src = readFileSync(path.join(dir, file), 'utf8')
        const name = /^ {4}name: '([a-z0-9_]+)'/m.exec(src)?.[1]
        if (!name) continue
        const parent = /^ {4}extends: '([a-z0-9_]+)'/m.exec(src)?.[1]
        out.set(name, { parent, columns: new Set([...src.matchAll(/^ {8}([a-z0-9_]+): \w+\(/gm)].map((m) => m[1])) })
    }
    for (const [name, cols] of Object.entries(DOCUMENTED)) out.set(name, { columns: new Set(cols) })
    dictionary = out
    return out
}

/** Every column of a known table (its parents' included), or null when the runtime does not know the table. */
export function knownColumns(table: string): Set<string> | null {
    const dict = platformDictionary()
    if (!dict.has(table)) return null
    const cols = new Set<string>(WRITTEN_BY_SDK[table] ?? [])
    for (let t: string | undefined = table; t && dict.has(t); t = dict.get(t)?.parent) dict.get(t)?.columns.forEach((c) => cols.add(c))
    return cols
}

/** "<table> <sys_id> (<name>): unknown column "<col>"" for every element of a record that is not a column of its known table. */
export function unknownColumns(records: BuiltRecord[]): string[] {
    const problems: string[] = []
    for (const r of records) {
        const cols = knownColumns(r.$table)
        if (!cols) continue
        for (const key of Object.keys(r)) {
            if (key.startsWith('$') || key.startsWith('sys_') || cols.has(key)) continue
            problems.push(`${r.$table} ${r.sys_id ?? '?'} (${r.name || r.title || r.$table}): unknown column "${key}"`)
        }
    }
    return problems
}

/** Refuses a build that ships a record with a column its platform table does not have. */
export function checkShippedColumns(records: BuiltRecord[]): void {
    const problems = unknownColumns(records)
    if (problems.length)
        throw new Error(
            `The build ships records with columns their platform tables do not have (an instance drops them on install): ${problems.join('; ')}`,
        )
}
