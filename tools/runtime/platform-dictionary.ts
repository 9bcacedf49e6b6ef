/**
 * The platform dictionary the SDK ships (`@servicenow/sdk-core`, `dist/fluent/tables/*.now.js`: ServiceNow's own
 * table definitions, written with the same `Table()`/`…Column()` calls an app uses) read as data: each table's
 * application access — which operations scripts of OTHER scopes may perform (`actions` → sys_db_object
 * read_access/create_access/update_access/delete_access; `callerAccess` → caller_access; `accessibleFrom` → access;
 * `allowWebServiceAccess` → ws_access) — and its columns (type, label, reference, length, mandatory, choices).
 *
 * Two kinds of entries: complete ones (label, access, attributes: task, incident, sys_user, sys_email, …) and
 * schema-only ones (sc_req_item, sys_ui_section, sys_properties, …) that carry no access settings. For both the
 * runtime applies what the SDK writes for a table without `actions`: `['read']` (sdk docs table-api.md "Default is
 * `['read']`"); `policySource` says which it was, so a refusal can say so.
 *
 * Loaded by evaluating the compiled files with a stand-in for their `../../db` import that records each column
 * call's kind (the real `…Column()` functions return their argument and lose the type).
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'

export type TableAction = 'read' | 'create' | 'update' | 'delete'

/** One sys_choice of a column. */
export interface DictionaryChoice {
    label: string
    sequence?: number
    inactive?: boolean
}

export interface DictionaryColumn {
    name: string
    /** sys_dictionary.internal_type */
    type: string
    label?: string
    reference?: string
    maxLength?: number
    /** sys_dictionary.mandatory, when the entry states it */
    mandatory?: boolean
    /** the choice list's drop-down setting (`dropdown_without_none`, …), when stated */
    dropdown?: string
    /** the column's choices by value (sys_choice), when it has any */
    choices?: Record<string, DictionaryChoice>
}

export interface DictionaryTable {
    name: string
    label?: string
    extends?: string
    /** Operations scripts of other scopes may perform on the table (sys_db_object *_access). */
    actions: TableAction[]
    /** 'dictionary': the entry states its access; 'default': it does not, so the SDK default ['read'] applies. */
    policySource: 'dictionary' | 'default'
    /** sys_db_object.caller_access ('' = none) */
    callerAccess: string
    /** sys_db_object.access: 'public' (all application scopes) or 'package_private' */
    accessibleFrom: string
    /** sys_db_object.ws_access */
    webServiceAccess: boolean
    columns: Map<string, DictionaryColumn>
}

/** sys_dictionary internal types of the SDK's column kinds (GenericColumn carries its own `columnType`). */
const TYPES: Record<string, string> = {
    StringColumn: 'string',
    ReferenceColumn: 'reference',
    referenceColumn: 'reference',
    BooleanColumn: 'boolean',
    IntegerColumn: 'integer',
    DateTimeColumn: 'glide_date_time',
    CalendarDateTimeColumn: 'calendar_date_time',
    DueDateColumn: 'due_date',
    DateColumn: 'glide_date',
    TimeColumn: 'glide_time',
    GuidColumn: 'GUID',
    TableNameColumn: 'table_name',
    ChoiceColumn: 'choice',
    ListColumn: 'glide_list',
    DomainIdColumn: 'domain_id',
    DomainPathColumn: 'domain_path',
    TranslatedTextColumn: 'translated_text',
    TranslatedFieldColumn: 'translated_field',
    UserRolesColumn: 'user_roles',
    DecimalColumn: 'decimal',
    FloatColumn: 'float',
    ConditionsColumn: 'conditions',
    ScriptColumn: 'script',
    FieldNameColumn: 'field_name',
    DurationColumn: 'glide_duration',
    SystemClassNameColumn: 'sys_class_name',
    systemClassNameColumn: 'sys_class_name',
    JsonColumn: 'json',
    DocumentIdColumn: 'document_id',
    HtmlColumn: 'html',
    UrlColumn: 'url',
    EmailColumn: 'email',
    FieldListColumn: 'field_list',
    MultiLineTextColumn: 'multi_two_lines',
    UserImageColumn: 'user_image',
    BasicImageColumn: 'image',
    VersionColumn: 'version',
    TemplateValueColumn: 'template_value',
    RadioColumn: 'radio',
    NameValuePairsColumn: 'name_values',
    SlushBucketColumn: 'slushbucket',
    DaysOfWeekColumn: 'days_of_week',
    DayOfWeekColumn: 'day_of_week',
}

type Raw = Record<string | symbol, unknown>
const KIND = Symbol('column kind')

/** The stand-in for `../../db`: Table returns its argument; each column call is tagged with its kind. */
const db = new Proxy(
    {},
    {
        get: (_t, name: string) => (name === 'Table' ? (t: Raw) => t : (cfg: Raw = {}) => ({ ...cfg, [KIND]: name })),
    },
)

function labelOf(label: unknown): string | undefined {
    if (typeof label === 'string') return label
    if (Array.isArray(label)) {
        const en = (label as Raw[]).find((l) => l.language === 'en') ?? (label as Raw[])[0]
        return en && typeof en.label === 'string' ? en.label : undefined
    }
    return undefined
}

function columnOf(name: string, raw: Raw): DictionaryColumn {
    const kind = String(raw[KIND] ?? 'Column')
    const type =
        kind === 'GenericColumn' || kind === 'Column'
            ? String(raw.columnType ?? 'string')
            : (TYPES[kind] ?? kind.replace(/Column$/, '').toLowerCase())
    return {
        name,
        type,
        label: labelOf(raw.label),
        reference: typeof raw.referenceTable === 'string' ? raw.referenceTable : undefined,
        maxLength: typeof raw.maxLength === 'number' ? raw.maxLength : undefined,
        mandatory: typeof raw.mandatory === 'boolean' ? raw.mandatory : undefined,
        dropdown: typeof raw.dropdown === 'string' ? raw.dropdown : undefined,
        choices: choicesOf(raw.choices),
    }
}

function choicesOf(raw: unknown): Record<string, DictionaryChoice> | undefined {
    if (!raw || typeof raw !== 'object') return undefined
    const out: Record<string, DictionaryChoice> = {}
    for (const [value, c] of Object.entries(raw as Record<string, Raw>)) {
        if (!c || typeof c !== 'object') continue
        out[value] = {
            label: labelOf(c.label) ?? value,
            sequence: typeof c.sequence === 'number' ? c.sequence : undefined,
            inactive: c.inactive === true ? true : undefined,
        }
    }
    return out
}

function tableOf(raw: Raw): DictionaryTable {
    const stated = Array.isArray(raw.actions)
    const columns = new Map<string, DictionaryColumn>()
    for (const [name, c] of Object.entries((raw.schema ?? {}) as Record<string, Raw>)) columns.set(name, columnOf(name, c))
    return {
        name: String(raw.name),
        label: labelOf(raw.label),
        extends: typeof raw.extends === 'string' ? raw.extends : undefined,
        actions: stated ? (raw.actions as TableAction[]) : ['read'],
        policySource: stated ? 'dictionary' : 'default',
        callerAccess: typeof raw.callerAccess === 'string' && raw.callerAccess !== 'none' ? raw.callerAccess : '',
        accessibleFrom: typeof raw.accessibleFrom === 'string' ? raw.accessibleFrom : 'public',
        webServiceAccess: raw.allowWebServiceAccess === true,
        columns,
    }
}

/** Where the SDK keeps its platform tables (resolved from this checkout's node_modules). */
export function dictionaryDir(): string {
    // the package's "./runtime/*" export maps to dist/*/index.js
    const fluent = require.resolve('@servicenow/sdk-core/runtime/fluent', { paths: [process.cwd(), __dirname] })
    return path.join(path.dirname(fluent), 'tables')
}

/** Evaluates one compiled file of the dictionary: `../../db` is the stand-in, siblings load the same way. */
function loader(dir: string): (file: string) => Raw {
    const done = new Map<string, Raw>()
    const outside = createRequire(path.join(dir, 'index.js'))
    const load = (file: string): Raw => {
        const known = done.get(file)
        if (known) return known
        const exports: Raw = {}
        done.set(file, exports)
        const req = (id: string): unknown => {
            if (id.startsWith('../../db')) return db
            if (id.startsWith('./')) return load(path.join(dir, id.endsWith('.js') ? id.slice(2) : `${id.slice(2)}.js`))
            return outside(id)
        }
        vm.runInThisContext(`(function (exports, module, require) {${readFileSync(file, 'utf8')}\n})`)(exports, { exports }, req)
        return exports
    }
    return load
}

let cached: Map<string, DictionaryTable> | undefined

/** Reads every table of the dictionary (about half a second). */
function readDictionary(dir: string): Map<string, DictionaryTable> {
    const load = loader(dir)
    const out = new Map<string, DictionaryTable>()
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.now.js'))) {
        for (const value of Object.values(load(path.join(dir, file))))
            if (value && typeof value === 'object' && typeof (value as Raw).name === 'string' && (value as Raw).schema)
                out.set(String((value as Raw).name), tableOf(value as Raw))
    }
    if (!out.has('task') || !out.has('sys_ui_section')) throw new Error(`the SDK's platform dictionary was not found in ${dir}`)
    return out
}

type Stored = Array<Omit<DictionaryTable, 'columns'> & { columns: DictionaryColumn[] }>

/**
 * Every table of the SDK's platform dictionary, by name: read once per process, and kept as JSON in the temp
 * folder per SDK version and file date (each test file is a new module registry; reading it again costs ~0.5 s).
 */
export function platformDictionary(): Map<string, DictionaryTable> {
    if (cached) return cached
    const dir = dictionaryDir()
    const stamp = `${statSync(path.join(dir, 'task.now.js')).mtimeMs}-${readdirSync(dir).length}`
    const file = path.join(
        os.tmpdir(),
        `tv-runtime-dictionary-v2-${createHash('sha1').update(`${dir}:${stamp}`).digest('hex').slice(0, 16)}.json`,
    )
    try {
        const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored
        cached = new Map(stored.map((t) => [t.name, { ...t, columns: new Map(t.columns.map((c) => [c.name, c])) }]))
        return cached
    } catch (_e) {
        // not there yet (or unreadable): read the dictionary
    }
    cached = readDictionary(dir)
    const stored: Stored = [...cached.values()].map((t) => ({ ...t, columns: [...t.columns.values()] }))
    try {
        writeFileSync(`${file}.${process.pid}`, JSON.stringify(stored))
        renameSync(`${file}.${process.pid}`, file)
    } catch (_e) {
        // a read-only temp folder: every process reads the dictionary itself
    }
    return cached
}
