/**
 * Table definitions: the platform tables the app touches (a small base schema with their real column
 * names) plus the app's tables from the build's sys_db_object / sys_dictionary / sys_choice records.
 * Extended tables share their root's storage (table-per-hierarchy, as task/incident do on the platform).
 */
import type { BuiltRecord } from './build-reader'
import { platformDictionary, type DictionaryColumn } from './platform-dictionary'

export interface ColumnDef {
    name: string
    type: string
    /** The column label (sys_dictionary.column_label), when the build has one. */
    label?: string
    reference?: string
    maxLength?: number
    mandatory?: boolean
    unique?: boolean
    defaultValue?: string
    choices?: string[]
    /** A column the runtime keeps for its own bookkeeping that the platform's table does not have. */
    runtimeOnly?: boolean
    /** choice value → label (sys_choice.label), when the build has them */
    choiceLabels?: Record<string, string>
}

export interface TableDef {
    name: string
    label: string
    parent?: string
    display?: string
    columns: Map<string, ColumnDef>
    /** the collection entry's dictionary attributes (`email_client=true` → { email_client: 'true' }), from the build */
    attributes?: Record<string, string>
}

const SYS_COLUMNS: ColumnDef[] = [
    { name: 'sys_id', type: 'GUID', label: 'Sys ID' },
    { name: 'sys_created_on', type: 'glide_date_time', label: 'Created' },
    { name: 'sys_created_by', type: 'string', label: 'Created by' },
    { name: 'sys_updated_on', type: 'glide_date_time', label: 'Updated' },
    { name: 'sys_updated_by', type: 'string', label: 'Updated by' },
    { name: 'sys_mod_count', type: 'integer', label: 'Updates' },
    { name: 'sys_class_name', type: 'sys_class_name', label: 'Class' },
]

type Spec = [name: string, type: string, extra?: Partial<ColumnDef>]

/**
 * The platform tables the app reads or writes, with the columns it uses. For a table of the SDK's platform
 * dictionary (platform-dictionary.ts) a column's type, reference and length come from the dictionary (a spec
 * may only add a default, uniqueness or a longer length the runtime needs), and a column the dictionary does not
 * have is refused at load — so the runtime cannot invent platform columns. Tables the dictionary lacks (sysevent,
 * syslog, sys_user_has_role, sys_user_grmember) keep the specs below.
 */
const BASE: { name: string; label: string; parent?: string; display?: string; columns: Spec[] }[] = [
    {
        name: 'sys_user',
        label: 'User',
        display: 'name',
        columns: [
            ['user_name', 'string', { unique: true }],
            ['name', 'string'],
            ['first_name', 'string'],
            ['last_name', 'string'],
            ['email', 'email'],
            ['active', 'boolean', { defaultValue: 'true' }],
        ],
    },
    {
        name: 'sys_user_group',
        label: 'Group',
        display: 'name',
        columns: [
            ['name', 'string'],
            ['email', 'email'],
            ['active', 'boolean', { defaultValue: 'true' }],
        ],
    },
    {
        name: 'sys_user_grmember',
        label: 'Group Member',
        columns: [
            ['user', 'reference', { reference: 'sys_user' }],
            ['group', 'reference', { reference: 'sys_user_group' }],
        ],
    },
    {
        name: 'sys_user_role',
        label: 'Role',
        display: 'name',
        columns: [
            ['name', 'string', { unique: true }],
            ['description', 'string'],
        ],
    },
    {
        name: 'sys_user_role_contains',
        label: 'Contained Role',
        columns: [
            ['role', 'reference', { reference: 'sys_user_role' }],
            ['contains', 'reference', { reference: 'sys_user_role' }],
        ],
    },
    {
        name: 'sys_user_has_role',
        label: 'User Role',
        columns: [
            ['user', 'reference', { reference: 'sys_user' }],
            ['role', 'reference', { reference: 'sys_user_role' }],
        ],
    },
    {
        name: 'sys_properties',
        label: 'System Property',
        display: 'name',
        columns: [
            ['name', 'string', { unique: true }],
            ['value', 'string', { maxLength: 4000 }],
            ['type', 'string'],
            ['description', 'string'],
            ['is_private', 'boolean'],
            ['read_roles', 'string'],
            ['write_roles', 'string'],
        ],
    },
    {
        name: 'task',
        label: 'Task',
        display: 'number',
        columns: [
            ['number', 'string'],
            ['short_description', 'string'],
            ['description', 'string', { maxLength: 4000 }],
            ['state', 'integer', { defaultValue: '1' }],
            ['active', 'boolean', { defaultValue: 'true' }],
            ['priority', 'integer'],
            ['assigned_to', 'reference', { reference: 'sys_user' }],
            ['assignment_group', 'reference', { reference: 'sys_user_group' }],
            ['opened_by', 'reference', { reference: 'sys_user' }],
            ['watch_list', 'glide_list', { maxLength: 4000 }],
            ['close_notes', 'string', { maxLength: 4000 }],
            ['work_notes', 'journal_input'],
            ['comments', 'journal_input'],
        ],
    },
    {
        name: 'incident',
        label: 'Incident',
        parent: 'task',
        display: 'number',
        columns: [
            ['caller_id', 'reference', { reference: 'sys_user' }],
            ['category', 'string'],
        ],
    },
    { name: 'problem', label: 'Problem', parent: 'task', display: 'number', columns: [] },
    { name: 'change_request', label: 'Change Request', parent: 'task', display: 'number', columns: [['type', 'string']] },
    {
        name: 'sc_req_item',
        label: 'Requested Item',
        parent: 'task',
        display: 'number',
        columns: [['requested_for', 'reference', { reference: 'sys_user' }]],
    },
    {
        name: 'sys_journal_field',
        label: 'Journal Entry',
        columns: [
            ['name', 'string'],
            ['element', 'string'],
            ['element_id', 'string'],
            ['value', 'string', { maxLength: 65000 }],
        ],
    },
    {
        name: 'sysevent',
        label: 'Event',
        columns: [
            ['name', 'string'],
            ['table', 'string'],
            ['instance', 'string'],
            ['parm1', 'string'],
            ['parm2', 'string'],
            ['state', 'string', { defaultValue: 'ready' }],
            ['processed', 'glide_date_time'],
        ],
    },
    {
        name: 'sys_email',
        label: 'Email',
        columns: [
            ['type', 'string'],
            ['recipients', 'string', { maxLength: 4000 }],
            ['subject', 'string'],
            ['body', 'string', { maxLength: 65000 }],
            ['target_table', 'string'],
            ['instance', 'string'],
            // written by the e-mail client (web/email-client.ts): Cc, Bcc, content type, the sending user
            ['copied', 'string'],
            ['blind_copied', 'string'],
            ['content_type', 'string'],
            ['user', 'string'],
            ['user_id', 'reference', { reference: 'sys_user' }],
            ['notification', 'string', { runtimeOnly: true }], // which notification wrote it (the runtime's mail page)
        ],
    },
    // form layout (columns as in ServiceNow's sys_ui_* tables; "Add TeamViewer to a form" writes them)
    {
        name: 'sys_ui_view',
        label: 'UI View',
        display: 'title',
        columns: [
            ['name', 'string'],
            ['title', 'string'],
            ['hidden', 'boolean'],
            ['roles', 'string'],
        ],
    },
    {
        name: 'sys_ui_form',
        label: 'Form',
        columns: [
            ['name', 'string'],
            ['view', 'reference', { reference: 'sys_ui_view' }],
            ['view_name', 'string'],
            ['sys_user', 'reference', { reference: 'sys_user' }],
            ['roles', 'string'],
        ],
    },
    {
        name: 'sys_ui_section',
        label: 'Form Section',
        display: 'caption',
        columns: [
            ['name', 'string'],
            ['caption', 'string'],
            ['title', 'boolean'],
            ['header', 'boolean'],
            ['view', 'reference', { reference: 'sys_ui_view' }],
            ['view_name', 'string'],
            ['sys_user', 'reference', { reference: 'sys_user' }],
            ['roles', 'string'],
        ],
    },
    {
        name: 'sys_ui_element',
        label: 'Section Element',
        columns: [
            ['sys_ui_section', 'reference', { reference: 'sys_ui_section' }],
            ['element', 'string'],
            ['position', 'integer'],
            ['type', 'string'],
            ['sys_ui_formatter', 'reference', { reference: 'sys_ui_formatter' }],
            ['sys_user', 'reference', { reference: 'sys_user' }],
        ],
    },
    {
        name: 'sys_ui_form_section',
        label: 'Form Section Link',
        columns: [
            ['sys_ui_form', 'reference', { reference: 'sys_ui_form' }],
            ['sys_ui_section', 'reference', { reference: 'sys_ui_section' }],
            ['position', 'integer'],
        ],
    },
    {
        name: 'sys_ui_related_list',
        label: 'Related List',
        columns: [
            ['name', 'string'],
            ['view', 'reference', { reference: 'sys_ui_view' }],
            ['view_name', 'string'],
            ['related_list', 'string'],
            ['filter', 'string'],
            ['position', 'integer'],
            ['sys_user', 'reference', { reference: 'sys_user' }],
        ],
    },
    {
        name: 'sys_ui_related_list_entry',
        label: 'Related List Entry',
        columns: [
            ['list_id', 'reference', { reference: 'sys_ui_related_list' }],
            ['related_list', 'string'],
            ['position', 'integer'],
            ['filter', 'string', { maxLength: 4000 }],
            ['order_by', 'string'],
        ],
    },
    {
        name: 'sys_ui_formatter',
        label: 'Formatter',
        display: 'name',
        columns: [
            ['name', 'string'],
            ['formatter', 'string'],
            ['table', 'string'],
            ['type', 'string'],
            ['active', 'boolean', { defaultValue: 'true' }],
        ],
    },
    // list layouts (the local list pages and related lists read their columns from them when present)
    {
        name: 'sys_ui_list',
        label: 'List',
        columns: [
            ['name', 'string'],
            ['view', 'reference', { reference: 'sys_ui_view' }],
            ['parent', 'string'],
            ['relationship', 'string'],
            ['sys_user', 'reference', { reference: 'sys_user' }],
        ],
    },
    {
        name: 'sys_ui_list_element',
        label: 'List Element',
        columns: [
            ['list_id', 'reference', { reference: 'sys_ui_list' }],
            ['element', 'string'],
            ['position', 'integer'],
        ],
    },
    {
        name: 'syslog',
        label: 'Log',
        columns: [
            ['level', 'string'],
            ['message', 'string', { maxLength: 65000 }],
            ['source', 'string'],
        ],
    },
]

/** A dictionary column of the table or of a table it extends (sys_metadata, task, …). */
function dictionaryColumn(table: string, name: string): DictionaryColumn | undefined {
    const dict = platformDictionary()
    for (let t = dict.get(table); t; t = t.extends ? dict.get(t.extends) : undefined) {
        const c = t.columns.get(name)
        if (c) return c
    }
    return undefined
}

/** The column's type, reference and length from the dictionary when it knows the table; else the spec's type. */
function fromDictionary(table: string, name: string, type: string): Partial<ColumnDef> & { type: string } {
    if (!platformDictionary().has(table)) return { type }
    const c = dictionaryColumn(table, name)
    if (!c) throw new Error(`the runtime's base schema names ${table}.${name}, which the SDK's platform dictionary does not have`)
    return { type: c.type, reference: c.reference, maxLength: c.maxLength }
}

const TASK_PREFIX: Record<string, string> = { incident: 'INC', problem: 'PRB', change_request: 'CHG', sc_req_item: 'RITM', task: 'TASK' }
export function numberPrefix(table: string): string | undefined {
    return TASK_PREFIX[table]
}

export class Schema {
    readonly tables = new Map<string, TableDef>()

    constructor() {
        for (const t of BASE) {
            const def = this.define(t.name, t.label, t.parent, t.display)
            for (const [name, type, extra] of t.columns)
                def.columns.set(name, { name, ...(extra?.runtimeOnly ? { type } : fromDictionary(t.name, name, type)), ...extra })
        }
    }

    define(name: string, label: string, parent?: string, display?: string): TableDef {
        let def = this.tables.get(name)
        if (!def) {
            def = { name, label, parent, display, columns: new Map() }
            if (!parent) for (const c of SYS_COLUMNS) def.columns.set(c.name, c)
            this.tables.set(name, def)
        } else {
            def.label = label || def.label
            if (display) def.display = display
        }
        return def
    }

    /** The app's tables and columns from the build. */
    loadBuild(records: BuiltRecord[]): void {
        for (const t of records.filter((r) => r.$table === 'sys_db_object'))
            this.define(t.name, t.label, t.super_class ? t.$display.super_class || undefined : undefined)
        for (const d of records.filter((r) => r.$table === 'sys_dictionary')) {
            const def = this.define(d.name, this.tables.get(d.name)?.label ?? d.name)
            if (!d.element) {
                // the table's collection entry: its attributes (not inherited by extending tables, as on the platform)
                def.attributes = Object.fromEntries(
                    String(d.attributes ?? '')
                        .split(',')
                        .map((a) => a.trim())
                        .filter(Boolean)
                        .map((a) => [a.split('=')[0].trim(), a.includes('=') ? a.slice(a.indexOf('=') + 1).trim() : 'true']),
                )
                continue
            }
            def.columns.set(d.element, {
                name: d.element,
                type: d.internal_type,
                label: d.column_label || undefined,
                reference: d.reference || undefined,
                maxLength: d.max_length ? Number(d.max_length) : undefined,
                mandatory: d.mandatory === 'true',
                unique: d.unique === 'true',
                defaultValue: d.default_value || undefined,
            })
            if (d.display === 'true') def.display = d.element
        }
        for (const c of records.filter((r) => r.$table === 'sys_choice')) {
            const col = this.column(c.name, c.element)
            if (!col) continue
            ;(col.choices ??= []).push(c.value)
            if (c.label) (col.choiceLabels ??= {})[c.value] = c.label
        }
    }

    /** A table for metadata records of the build that the base schema does not know (all columns strings). */
    ensureGeneric(name: string, fields: string[]): TableDef {
        const def = this.tables.get(name) ?? this.define(name, name)
        for (const f of fields) if (!this.column(name, f)) def.columns.set(f, { name: f, type: 'string', maxLength: 65000 })
        return def
    }

    table(name: string): TableDef {
        const def = this.tables.get(name)
        if (!def) throw new Error(`not supported by the local runtime: table "${name}" (not in the base schema nor in the build)`)
        return def
    }

    has(name: string): boolean {
        return this.tables.has(name)
    }

    /** The chain from the table up to its root. */
    ancestry(name: string): TableDef[] {
        const out: TableDef[] = []
        let t: TableDef | undefined = this.table(name)
        while (t) {
            out.push(t)
            t = t.parent ? this.tables.get(t.parent) : undefined
        }
        return out
    }

    root(name: string): string {
        const chain = this.ancestry(name)
        return chain[chain.length - 1].name
    }

    /** The table and every table extending it. */
    descendants(name: string): string[] {
        const out = [name]
        for (const t of this.tables.values())
            if (t.parent && t.name !== name && this.ancestry(t.name).some((a) => a.name === name)) out.push(t.name)
        return out
    }

    column(table: string, name: string): ColumnDef | undefined {
        for (const t of this.ancestry(table)) {
            const c = t.columns.get(name)
            if (c) return c
        }
        return undefined
    }

    /** Every column of the table and its ancestors. */
    columns(table: string): ColumnDef[] {
        const seen = new Map<string, ColumnDef>()
        for (const t of this.ancestry(table).reverse()) for (const c of t.columns.values()) seen.set(c.name, c)
        return [...seen.values()]
    }

    /** Every column stored in a root's physical table (the whole hierarchy). */
    storedColumns(root: string): ColumnDef[] {
        const seen = new Map<string, ColumnDef>()
        for (const t of this.descendants(root)) for (const c of this.columns(t)) if (c.type !== 'journal_input') seen.set(c.name, c)
        return [...seen.values()]
    }

    displayColumn(table: string): string {
        for (const t of this.ancestry(table)) if (t.display) return t.display
        if (this.column(table, 'name')) return 'name'
        if (this.column(table, 'number')) return 'number'
        return 'sys_id'
    }
}
