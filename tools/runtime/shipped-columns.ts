/**
 * Columns of the platform tables a build ships records of, checked at install. An instance drops an element
 * of a shipped record that is not a column of its table (the e-mail client template's `to`, which the
 * platform calls `recipients`, vanished that way), so the runtime refuses such a build instead, naming the
 * record and the column. Source: the SDK's platform dictionary (platform-dictionary.ts: ServiceNow's own table
 * definitions, with their `extends` parents), plus the few tables the app ships records of that the SDK does
 * not define, from ServiceNow's documentation (documented-tables.ts). Tables known from neither are not checked.
 */
import type { BuiltRecord } from './build-reader'
import { DOCUMENTED_TABLES } from './documented-tables'
import { platformDictionary } from './platform-dictionary'

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

/** Every column of a known table (its parents' included), or null when the runtime does not know the table. */
export function knownColumns(table: string): Set<string> | null {
    const documented = DOCUMENTED_TABLES[table]
    if (documented) return new Set([...documented.columns.keys(), ...(WRITTEN_BY_SDK[table] ?? [])])
    const dict = platformDictionary()
    if (!dict.has(table)) return null
    const cols = new Set<string>(WRITTEN_BY_SDK[table] ?? [])
    for (let t = dict.get(table); t; t = t.extends ? dict.get(t.extends) : undefined) for (const c of t.columns.keys()) cols.add(c)
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
