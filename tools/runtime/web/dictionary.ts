/**
 * The dictionary the local form and list pages use: a field's type, label, choices (value → label) and
 * reference, as the platform's sys_dictionary / sys_choice would answer.
 *
 * - App tables: the build's own dictionary (the runtime schema: types, labels, choices).
 * - Platform tables: the base instance's dictionary as the ServiceNow SDK ships it
 *   (@servicenow/sdk-core/dist/fluent/tables/<table>.now.js, parents by `extends`), so a scheduled job's
 *   `run_period` is a duration, `active` a boolean and `run_type` a choice — the runtime's storage keeps
 *   such metadata columns as strings. A few tables the SDK does not ship (the e-mail client's) are
 *   described below from ServiceNow's documentation.
 * Only columns the runtime's schema holds are ever answered (nothing is invented for storage).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Runtime } from '../index'
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

const SDK_TABLES = path.join(__dirname, '..', '..', '..', 'node_modules', '@servicenow', 'sdk-core', 'dist', 'fluent', 'tables')

/** SDK column function → platform internal type. */
const TYPES: Record<string, string> = {
    StringColumn: 'string',
    ReferenceColumn: 'reference',
    BooleanColumn: 'boolean',
    IntegerColumn: 'integer',
    DateTimeColumn: 'glide_date_time',
    CalendarDateTimeColumn: 'glide_date_time',
    DueDateColumn: 'glide_date_time',
    DateColumn: 'glide_date',
    TimeColumn: 'glide_time',
    GuidColumn: 'GUID',
    TableNameColumn: 'table_name',
    ChoiceColumn: 'choice',
    ListColumn: 'glide_list',
    TranslatedTextColumn: 'translated_text',
    TranslatedFieldColumn: 'translated_field',
    UserRolesColumn: 'user_roles',
    DecimalColumn: 'decimal',
    FloatColumn: 'float',
    ConditionsColumn: 'conditions',
    ScriptColumn: 'script',
    FieldNameColumn: 'field_name',
    DurationColumn: 'glide_duration',
    JsonColumn: 'json',
    HtmlColumn: 'html',
    UrlColumn: 'url',
    EmailColumn: 'email',
    MultiLineTextColumn: 'multi_two_lines',
}

interface SdkColumn {
    label?: string | { label: string }[]
    columnType?: string
    choices?: Record<string, { label: string; sequence?: number; inactive?: boolean }>
    referenceTable?: string
    maxLength?: number
    mandatory?: boolean
    dropdown?: string
}
interface SdkTable {
    label: string
    extends?: string
    columns: Map<string, SdkColumn & { type: string }>
}

/** Tables of the platform the SDK does not describe (ServiceNow docs: "Define a quick message", "Create an email client template"). */
const SUPPLEMENT: Record<string, SdkTable> = {
    sys_email_canned_message: {
        label: 'Quick Message',
        columns: new Map([
            ['title', { type: 'string', label: 'Title', maxLength: 100 }],
            ['table', { type: 'table_name', label: 'Table' }],
            ['active', { type: 'boolean', label: 'Active' }],
            ['body', { type: 'html', label: 'Body', maxLength: 65000 }],
        ]),
    },
    sys_email_client_template: {
        label: 'Email Client Template',
        columns: new Map([
            ['name', { type: 'string', label: 'Name' }],
            ['table', { type: 'table_name', label: 'Table' }],
            ['to', { type: 'string', label: 'To' }],
            ['subject', { type: 'string', label: 'Subject' }],
            ['content_type', { type: 'string', label: 'Content type' }],
            ['body_html', { type: 'html', label: 'Body', maxLength: 65000 }],
            ['execution_order', { type: 'integer', label: 'Execution order' }],
        ]),
    },
}

const sdkCache = new Map<string, SdkTable | null>()

function labelText(l: SdkColumn['label']): string | undefined {
    if (typeof l === 'string') return l
    if (Array.isArray(l)) return l[0]?.label
    return undefined
}

/** The SDK's description of a platform table (its own columns only), or null. */
function sdkTable(name: string): SdkTable | null {
    if (SUPPLEMENT[name]) return SUPPLEMENT[name]
    if (sdkCache.has(name)) return sdkCache.get(name) as SdkTable | null
    let out: SdkTable | null = null
    const file = path.join(SDK_TABLES, `${name}.now.js`)
    if (/^[a-z0-9_]+$/.test(name) && existsSync(file)) {
        try {
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const mod = require(file) as Record<string, { label: string; extends?: string; schema: Record<string, SdkColumn> }>
            const t = mod[name] ?? Object.values(mod)[0]
            const fns = new Map<string, string>()
            for (const m of readFileSync(file, 'utf8').matchAll(/^ {8}([a-z0-9_]+): \(0, db_1\.([A-Za-z]+)\)\(/gm)) fns.set(m[1], m[2])
            const columns = new Map<string, SdkColumn & { type: string }>()
            for (const [col, def] of Object.entries(t.schema ?? {})) {
                const fn = fns.get(col) ?? 'StringColumn'
                let type = def.columnType ?? TYPES[fn] ?? 'string'
                if (type === 'string' && def.choices) type = 'choice'
                columns.set(col, { ...def, type })
            }
            out = { label: t.label, extends: t.extends, columns }
        } catch (_e) {
            out = null
        }
    }
    sdkCache.set(name, out)
    return out
}

/** The platform column of table (or a parent by `extends`). */
function sdkColumn(table: string, field: string): (SdkColumn & { type: string }) | null {
    const seen = new Set<string>()
    for (let t: string | undefined = table; t && !seen.has(t);) {
        seen.add(t)
        const def = sdkTable(t)
        if (!def) return null
        const c = def.columns.get(field)
        if (c) return c
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
    const sdk = isAppTable(table) ? null : sdkColumn(table, field)
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
        label: col.label ?? labelText(sdk.label) ?? PLATFORM_LABELS[field] ?? humanize(field),
        choices,
        reference: col.reference ?? sdk.referenceTable,
        maxLength: sdk.maxLength,
        mandatory: sdk.mandatory ?? (sdk.dropdown === 'dropdown_without_none' || col.mandatory),
    }
}

/** The table's label (the build's, else the platform's, else its name). */
export function tableLabelOf(rt: Runtime, table: string): string {
    const own = rt.schema.has(table) ? rt.schema.table(table).label : ''
    if (own && own !== table) return own
    return sdkTable(table)?.label || own || table
}
