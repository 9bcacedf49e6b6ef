/**
 * The dictionary the local form and list pages use: a field's type, label, choices (value → label) and
 * reference, as the platform's sys_dictionary / sys_choice would answer.
 *
 * - App tables: the build's own dictionary (the runtime schema: types, labels, choices).
 * - Platform tables: the base instance's dictionary as the ServiceNow SDK ships it (platform-dictionary.ts,
 *   parents by `extends`), so a scheduled job's `run_period` is a duration, `active` a boolean and `run_type`
 *   a choice — the runtime's storage keeps such metadata columns as strings. The two e-mail tables the SDK
 *   does not ship are described from ServiceNow's documentation (documented-tables.ts).
 * Only columns the runtime's schema holds are ever answered (nothing is invented for storage).
 */
import { DOCUMENTED_TABLES } from '../documented-tables'
import type { Runtime } from '../index'
import { platformDictionary, type DictionaryColumn } from '../platform-dictionary'
import { PLATFORM_CHOICES, PLATFORM_LABELS } from '../platform-forms'

export interface Choice {
    value: string
    label: string
}

export interface FieldInfo {
    name: string
    /** the platform's internal type: string, boolean, integer, choice, glide_duration, glide_date_time, reference, password2, html, … */
    type: string
    label: string
    choices: Choice[] | null
    reference?: string
    maxLength?: number
    mandatory?: boolean
}

interface PlatformTable {
    label?: string
    extends?: string
    columns: Map<string, DictionaryColumn>
}

/** The platform's description of a table (its own columns only): the documented e-mail tables, else the SDK's, or null. */
function platformTable(name: string): PlatformTable | null {
    return DOCUMENTED_TABLES[name] ?? platformDictionary().get(name) ?? null
}

/** The form pages validate and show these date-time kinds as glide_date_time. */
const DATE_TIME_TYPES = new Set(['calendar_date_time', 'due_date'])

/** The platform column of table (or a parent by `extends`), typed as the pages use it. */
function platformColumn(table: string, field: string): DictionaryColumn | null {
    const seen = new Set<string>()
    for (let t: string | undefined = table; t && !seen.has(t);) {
        seen.add(t)
        const def = platformTable(t)
        if (!def) return null
        const c = def.columns.get(field)
        if (c) {
            if (DATE_TIME_TYPES.has(c.type)) return { ...c, type: 'glide_date_time' }
            return c.type === 'string' && c.choices ? { ...c, type: 'choice' } : c
        }
        t = def.extends
    }
    return null
}

function isAppTable(table: string): boolean {
    return table.startsWith('x_')
}

function humanize(field: string): string {
    const words = field.replace(/_id$/, '').replace(/_/g, ' ')
    return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A field as the dictionary describes it; null when the runtime's schema does not hold the column. */
export function fieldInfo(rt: Runtime, table: string, field: string): FieldInfo | null {
    if (!rt.schema.has(table)) return null
    const col = rt.schema.column(table, field)
    if (!col) return null
    const sdk = isAppTable(table) ? null : platformColumn(table, field)
    if (col.name.startsWith('sys_') || !sdk) {
        // the build's own dictionary (app tables, the runtime's typed base tables, sys_ columns)
        const labels = col.choiceLabels ?? {}
        return {
            name: field,
            type: col.type,
            label: col.label ?? PLATFORM_LABELS[field] ?? humanize(field),
            choices: col.choices ? col.choices.map((v) => ({ value: v, label: labels[v] ?? humanize(v) })) : null,
            reference: col.reference,
            maxLength: col.maxLength,
            mandatory: col.mandatory,
        }
    }
    const base = PLATFORM_CHOICES[field] && rt.schema.ancestry(table).some((t) => t.name === 'task') ? PLATFORM_CHOICES[field] : null
    const choices = base
        ? Object.entries(base).map(([value, label]) => ({ value, label }))
        : sdk.choices
          ? Object.entries(sdk.choices)
                .filter(([, c]) => !c.inactive)
                .sort(([, a], [, b]) => (a.sequence ?? 0) - (b.sequence ?? 0))
                .map(([value, c]) => ({ value, label: c.label }))
          : null
    return {
        name: field,
        type: col.type !== 'string' ? col.type : sdk.type,
        label: col.label ?? sdk.label ?? PLATFORM_LABELS[field] ?? humanize(field),
        choices,
        reference: col.reference ?? sdk.reference,
        maxLength: sdk.maxLength,
        mandatory: sdk.mandatory ?? (sdk.dropdown === 'dropdown_without_none' || col.mandatory),
    }
}

/** The table's label (the build's, else the platform's, else its name). */
export function tableLabelOf(rt: Runtime, table: string): string {
    const own = rt.schema.has(table) ? rt.schema.table(table).label : ''
    if (own && own !== table) return own
    return platformTable(table)?.label || own || table
}
