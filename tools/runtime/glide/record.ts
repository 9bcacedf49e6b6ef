/**
 * GlideRecord, GlideRecordSecure and GlideElement over the runtime's SQLite storage, with the platform's
 * semantics: getValue returns a string or null (empty), booleans as '1'/'0' (product docs: GlideRecord
 * getValue); insert returns the sys_id or null (e.g. a unique-key violation, which is logged);
 * update on a record that was never inserted inserts it; business rules fire unless setWorkflow(false);
 * GlideRecordSecure applies ACLs: unreadable rows are skipped, refused writes return null/false.
 */
import type { Storage, Row } from '../db'
import { parseEncoded, toSql, normalize, OPERATORS, type Condition, type Order, type Term } from '../query'
import type { Schema } from '../schema'
import { numberPrefix } from '../schema'

export type Operation = 'read' | 'write' | 'create' | 'delete'
export type RuleWhen = 'before' | 'after' | 'async'
export type RuleAction = 'insert' | 'update' | 'delete'

/** What a GlideRecord needs from the runtime. */
export interface RecordHost {
    schema: Schema
    storage: Storage
    nowGlide(): string
    userName(): string
    newId(): string
    can(op: Operation, table: string, record: GlideRecord | null, field?: string): boolean
    rules(when: RuleWhen, action: RuleAction, current: GlideRecord, previous: GlideRecord | null): void
    journal(table: string, sysId: string, element: string, value: string): void
    log(level: 'info' | 'warn' | 'error', message: string): void
    nextNumber(table: string): string
    /** Application access of the code holding the record (cross-scope privileges); absent for platform work. */
    access?(op: Operation, table: string): void
    /** The host for the platform's own look-ups made on the record's behalf (display values, ACL views). */
    unscoped?(): RecordHost
}

const PASSTHROUGH = new Set([
    'then',
    'toJSON',
    'asymmetricMatch',
    'nodeType',
    'constructor',
    'inspect',
    'length',
    'prototype',
    'valueOf',
    'toString',
    '$$typeof',
    'tagName',
    'stack',
])

export class GlideElement {
    constructor(
        private readonly gr: GlideRecord,
        readonly name: string,
    ) {}
    private get type(): string | undefined {
        return this.gr.host().schema.column(this.gr.getTableName(), this.name)?.type
    }
    getValue(): string | null {
        return this.gr.getValue(this.name)
    }
    toString(): string {
        const v = this.gr.getValue(this.name) ?? ''
        if (this.type === 'boolean') return v === '1' ? 'true' : 'false'
        return v
    }
    getDisplayValue(): string {
        return this.gr.getDisplayValue(this.name)
    }
    setValue(v: unknown): void {
        this.gr.setValue(this.name, v)
    }
    /** For password2 fields, the platform's way to store a clear value encrypted (setValue here encrypts too). */
    setDisplayValue(v: unknown): void {
        this.gr.setValue(this.name, v)
    }
    nil(): boolean {
        return (this.gr.getValue(this.name) ?? '') === ''
    }
    /** The column's label (sys_dictionary.column_label); platform columns without one answer their name. */
    getLabel(): string {
        return this.gr.host().schema.column(this.gr.getTableName(), this.name)?.label ?? this.name
    }
    /** Password2 fields only, as documented: on any other column it fails loudly instead of answering nonsense. */
    /** Field-level read access of the current user (the table's and the field's ACLs). */
    canRead(): boolean {
        return this.gr.host().can('read', this.gr.getTableName(), this.gr, this.name)
    }
    canWrite(): boolean {
        return this.gr.host().can('write', this.gr.getTableName(), this.gr, this.name)
    }
    getDecryptedValue(): string {
        if (this.type !== 'password2')
            throw new Error(
                `getDecryptedValue(): ${this.gr.getTableName()}.${this.name} is not a Password2 field (${this.type ?? 'unknown column'}); read password2 system properties with gs.getProperty()`,
            )
        return this.gr.host().storage.decrypt(this.gr.getValue(this.name))
    }
    getRefRecord(): GlideRecord {
        const col = this.gr.host().schema.column(this.gr.getTableName(), this.name)
        if (!col || col.type !== 'reference' || !col.reference)
            throw new Error(`getRefRecord(): ${this.gr.getTableName()}.${this.name} is not a reference`)
        const ref = new GlideRecord(this.gr.host(), col.reference)
        const id = this.gr.getValue(this.name)
        if (id) ref.get(id)
        return ref
    }
    changes(): boolean {
        return this.gr.changed(this.name)
    }
    changesTo(v: unknown): boolean {
        return this.gr.changed(this.name) && (this.gr.getValue(this.name) ?? '') === normalize(this.type, String(v))
    }
    changesFrom(v: unknown): boolean {
        return this.gr.changed(this.name) && this.gr.originalValue(this.name) === normalize(this.type, String(v))
    }
}

/** The object addQuery returns, for addOrCondition. */
export class QueryCondition {
    constructor(
        private readonly gr: GlideRecord,
        private readonly index: number,
    ) {}
    addOrCondition(field: string, opOrValue: unknown, value?: unknown): QueryCondition {
        this.gr.orAt(this.index, field, opOrValue, value)
        return this
    }
}

export class GlideRecord {
    private readonly h: RecordHost
    private readonly table: string
    protected secure = false
    private conditions: Condition[] = []
    private orders: Order[] = []
    private limit = 0
    private rows: Row[] | null = null
    private position = -1
    private current: Row = {}
    private original: Row | null = null
    private isNew = true
    private workflow = true
    private autoSys = true
    private pendingJournal = new Map<string, string>()

    constructor(host: RecordHost, table: string) {
        this.h = host
        host.schema.table(table)
        this.table = table
        // field access as properties: gr.field is a GlideElement; gr.field = value sets it
        return new Proxy(this, {
            get(target, prop, receiver) {
                if (typeof prop !== 'string' || prop in target || PASSTHROUGH.has(prop)) return Reflect.get(target, prop, receiver)
                if (target.h.schema.column(target.table, prop)) return new GlideElement(target, prop)
                throw new Error(
                    `not supported by the local runtime: GlideRecord.${prop} (no such method, and no field "${prop}" on ${target.table})`,
                )
            },
            set(target, prop, value, receiver) {
                if (typeof prop === 'string' && !(prop in target) && target.h.schema.column(target.table, prop)) {
                    target.setValue(prop, value)
                    return true
                }
                return Reflect.set(target, prop, value, receiver)
            },
        })
    }

    host(): RecordHost {
        return this.h
    }
    getTableName(): string {
        return this.table
    }
    getRecordClassName(): string {
        return this.current.sys_class_name ?? this.table
    }

    // --- building a query ------------------------------------------------------------------------------
    addQuery(field: string, opOrValue?: unknown, value?: unknown): QueryCondition {
        if (opOrValue === undefined && value === undefined) {
            this.addEncodedQuery(field)
            return new QueryCondition(this, this.conditions.length - 1)
        }
        this.conditions.push(this.term(field, opOrValue, value))
        return new QueryCondition(this, this.conditions.length - 1)
    }
    private term(field: string, opOrValue: unknown, value: unknown): Term {
        if (value === undefined) return { kind: 'term', field, op: '=', value: String(opOrValue ?? '') }
        const op = String(opOrValue).toUpperCase()
        if (!OPERATORS.has(op)) throw new Error(`not supported by the local runtime: addQuery operator "${opOrValue}"`)
        return { kind: 'term', field, op, value: Array.isArray(value) ? value.join(',') : String(value ?? '') }
    }
    orAt(index: number, field: string, opOrValue: unknown, value: unknown): void {
        const prev = this.conditions[index]
        const t = this.term(field, opOrValue, value)
        this.conditions[index] = prev.kind === 'or' ? { kind: 'or', items: [...prev.items, t] } : { kind: 'or', items: [prev, t] }
    }
    addEncodedQuery(encoded: string): void {
        const { condition, order } = parseEncoded(encoded ?? '')
        if (condition) this.conditions.push(condition)
        this.orders.push(...order)
    }
    addNullQuery(field: string): void {
        this.conditions.push({ kind: 'term', field, op: 'ISEMPTY', value: '' })
    }
    addNotNullQuery(field: string): void {
        this.conditions.push({ kind: 'term', field, op: 'ISNOTEMPTY', value: '' })
    }
    orderBy(field: string): void {
        this.orders.push({ field, desc: false })
    }
    orderByDesc(field: string): void {
        this.orders.push({ field, desc: true })
    }
    setLimit(n: number): void {
        this.limit = n
    }
    setWorkflow(on: boolean): void {
        this.workflow = on
    }
    autoSysFields(on: boolean): void {
        this.autoSys = on
    }

    private sql(select = '*'): { sql: string; params: unknown[] } {
        const schema = this.h.schema
        const root = schema.root(this.table)
        this.h.storage.ensureTable(root)
        const params: unknown[] = []
        const where: string[] = []
        if (root !== this.table || schema.descendants(root).length > 1) {
            const classes = schema.descendants(this.table)
            where.push(`"sys_class_name" IN (${classes.map(() => '?').join(',')})`)
            params.push(...classes)
        }
        for (const c of this.conditions) where.push(toSql(c, schema, this.table, params))
        let sql = `SELECT ${select} FROM "t_${root}"${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`
        if (this.orders.length) {
            sql += ` ORDER BY ${this.orders
                .map((o) => {
                    const col = schema.column(this.table, o.field)
                    if (!col) throw new Error(`unknown field "${o.field}" in orderBy on ${this.table}`)
                    const numeric = ['integer', 'decimal', 'float'].includes(col.type)
                    return `${numeric ? `CAST("${o.field}" AS REAL)` : `"${o.field}"`} ${o.desc ? 'DESC' : 'ASC'}`
                })
                .join(', ')}`
        }
        if (this.limit > 0 && !this.secure) sql += ` LIMIT ${Math.floor(this.limit)}`
        return { sql, params }
    }

    query(): void {
        this.h.access?.('read', this.table)
        const { sql, params } = this.sql()
        let rows = this.h.storage.select(sql, params)
        if (this.secure) {
            // row-level: each row is checked with its values (ACL scripts see the row as `current`)
            rows = rows.filter((r) => this.h.can('read', this.table, this.withRow(r)))
            if (this.limit > 0) rows = rows.slice(0, this.limit)
        }
        this.rows = rows
        this.position = -1
    }

    /** A read-only view of a row, for ACL checks. */
    private withRow(r: Row): GlideRecord {
        const g = new GlideRecord(this.h.unscoped?.() ?? this.h, (r.sys_class_name as string) || this.table)
        g.load(r)
        return g
    }

    load(r: Row): void {
        this.current = { ...r }
        this.original = { ...r }
        this.isNew = false
        this.pendingJournal.clear()
    }

    next(): boolean {
        if (!this.rows) throw new Error('GlideRecord.next() before query()')
        this.position++
        if (this.position >= this.rows.length) {
            // past the last row the record is no longer valid (platform: isValidRecord() is false)
            this.position = this.rows.length
            this.initialize()
            return false
        }
        this.load(this.rows[this.position])
        if (this.secure) this.hideUnreadable()
        return true
    }

    /**
     * GlideRecordSecure: "if an element cannot be read because an ACL restricts access, a NULL value is created
     * in memory for that record" (docs, Using GlideRecordSecure). Nulled in the loaded values too, so an update
     * never writes the hidden fields.
     */
    private hideUnreadable(): void {
        const hidden = this.h.schema
            .columns(this.table)
            .map((c) => c.name)
            .filter((f) => f !== 'sys_id' && !this.h.can('read', this.table, this, f))
        for (const f of hidden) {
            this.current[f] = null
            if (this.original) this.original[f] = null
        }
    }
    hasNext(): boolean {
        return !!this.rows && this.position + 1 < this.rows.length
    }
    getRowCount(): number {
        return this.rows ? this.rows.length : 0
    }
    get(fieldOrId: string, value?: string): boolean {
        this.conditions = []
        this.orders = []
        if (value === undefined) this.conditions.push({ kind: 'term', field: 'sys_id', op: '=', value: String(fieldOrId ?? '') })
        else this.conditions.push({ kind: 'term', field: fieldOrId, op: '=', value: String(value) })
        const limit = this.limit
        this.limit = 1
        this.query()
        this.limit = limit
        if (!String(value === undefined ? fieldOrId : value)) return false
        return this.next()
    }

    // --- values --------------------------------------------------------------------------------------
    getValue(field: string): string | null {
        if (!this.h.schema.column(this.table, field)) throw new Error(`unknown field "${field}" on ${this.table}`)
        const v = this.current[field]
        return v === undefined || v === null || v === '' ? null : String(v)
    }
    originalValue(field: string): string {
        return (this.original ? this.original[field] : '') ?? ''
    }
    changed(field: string): boolean {
        return (this.current[field] ?? '') !== this.originalValue(field)
    }
    setValue(field: string, value: unknown): void {
        const col = this.h.schema.column(this.table, field)
        if (!col) throw new Error(`not supported by the local runtime: setValue of unknown field "${field}" on ${this.table}`)
        let v = value === null || value === undefined ? '' : value instanceof GlideElement ? String(value.getValue() ?? '') : String(value)
        if (typeof value === 'object' && value !== null && 'getValue' in (value as object) && !(value instanceof GlideElement))
            v = String((value as { getValue(): string }).getValue())
        if (col.type === 'journal_input') {
            if (v) this.pendingJournal.set(field, v)
            return
        }
        v = normalize(col.type, v)
        if (col.type === 'password2') v = this.h.storage.encrypt(v)
        this.current[field] = v === '' ? null : v
    }
    getDisplayValue(field?: string): string {
        const f = field ?? this.h.schema.displayColumn(this.table)
        const col = this.h.schema.column(this.table, f)
        const v = this.getValue(f) ?? ''
        if (!col) return v
        if (col.type === 'boolean') return v === '1' ? 'true' : 'false'
        if (col.type === 'password2') return v ? '********' : ''
        if (col.type === 'reference' && col.reference && v) {
            const ref = new GlideRecord(this.h.unscoped?.() ?? this.h, col.reference)
            return ref.get(v) ? ref.getDisplayValue() : ''
        }
        return v
    }
    getElement(field: string): GlideElement {
        if (!this.h.schema.column(this.table, field)) throw new Error(`unknown field "${field}" on ${this.table}`)
        return new GlideElement(this, field)
    }
    isValidField(field: string): boolean {
        return !!this.h.schema.column(this.table, field)
    }
    getUniqueValue(): string {
        return this.getValue('sys_id') ?? ''
    }
    isValidRecord(): boolean {
        return !this.isNew && !!this.current.sys_id
    }
    isNewRecord(): boolean {
        return this.isNew
    }
    initialize(): void {
        this.current = {}
        this.original = null
        this.isNew = true
        this.pendingJournal.clear()
    }
    newRecord(): void {
        this.initialize()
        this.applyDefaults()
        this.current.sys_id = this.h.newId()
    }
    private applyDefaults(): void {
        for (const col of this.h.schema.columns(this.table)) {
            if (this.current[col.name] !== undefined || !col.defaultValue || col.defaultValue.startsWith('javascript:')) continue
            this.current[col.name] = normalize(col.type, col.defaultValue)
        }
    }
    canRead(): boolean {
        return this.h.can('read', this.table, this)
    }
    canWrite(): boolean {
        return this.h.can('write', this.table, this)
    }
    canCreate(): boolean {
        return this.h.can('create', this.table, this)
    }
    canDelete(): boolean {
        return this.h.can('delete', this.table, this)
    }

    /** A snapshot with the values as they were loaded (for `previous`). */
    previousSnapshot(): GlideRecord {
        const p = new GlideRecord(this.h, this.table)
        if (this.original) p.load(this.original)
        return p
    }

    // --- writes --------------------------------------------------------------------------------------
    insert(): string | null {
        this.h.access?.('create', this.table)
        if (this.secure && !this.h.can('create', this.table, this)) {
            this.h.log('warn', `Security restricted: create on ${this.table} refused for ${this.h.userName()}`)
            return null
        }
        this.applyDefaults()
        const now = this.h.nowGlide()
        if (!this.current.sys_id) this.current.sys_id = this.h.newId()
        this.current.sys_class_name = this.table
        if (this.autoSys || !this.current.sys_created_on) {
            this.current.sys_created_on = now
            this.current.sys_updated_on = now
            this.current.sys_created_by = this.h.userName()
            this.current.sys_updated_by = this.h.userName()
            this.current.sys_mod_count = '0'
        }
        const prefix = numberPrefix(this.table)
        if (prefix && this.h.schema.column(this.table, 'number') && !this.current.number)
            this.current.number = this.h.nextNumber(this.table)
        this.isNew = true
        if (this.workflow) this.h.rules('before', 'insert', this, null)
        const root = this.h.schema.root(this.table)
        const columns = this.h.storage.columnsOf(root)
        const row: Row = {}
        for (const [k, v] of Object.entries(this.current)) if (columns.has(k)) row[k] = v
        if (!this.write('inserting into', () => this.h.storage.insert(root, row))) {
            delete this.current.sys_id
            return null
        }
        this.isNew = false
        return this.afterWrite('insert', null)
    }

    update(): string | null {
        if (!this.isValidRecord()) return this.insert()
        this.h.access?.('write', this.table)
        if (this.secure && !this.h.can('write', this.table, this)) {
            this.h.log('warn', `Security restricted: write on ${this.table} refused for ${this.h.userName()}`)
            return null
        }
        if (this.secure) {
            // field-level write rules for every changed field (the platform refuses the change)
            const refused = Object.keys(this.current).filter(
                (k) => (this.current[k] ?? '') !== (this.original?.[k] ?? '') && !this.h.can('write', this.table, this, k),
            )
            if (refused.length) {
                this.h.log('warn', `Security restricted: write of ${refused.join(', ')} on ${this.table} refused for ${this.h.userName()}`)
                return null
            }
        }
        const previous = this.previousSnapshot()
        if (this.workflow) this.h.rules('before', 'update', this, previous)
        const changes: Row = {}
        for (const [k, v] of Object.entries(this.current)) if ((v ?? '') !== (this.original?.[k] ?? '')) changes[k] = v
        if (Object.keys(changes).length || this.pendingJournal.size) {
            if (this.autoSys) {
                this.current.sys_updated_on = changes.sys_updated_on = this.h.nowGlide()
                this.current.sys_updated_by = changes.sys_updated_by = this.h.userName()
                this.current.sys_mod_count = changes.sys_mod_count = String(Number(this.current.sys_mod_count ?? 0) + 1)
            }
            const root = this.h.schema.root(this.table)
            const columns = this.h.storage.columnsOf(root)
            const stored: Row = {}
            for (const [k, v] of Object.entries(changes)) if (columns.has(k)) stored[k] = v
            if (!this.write('updating', () => this.h.storage.update(root, this.current.sys_id as string, stored))) return null
        }
        return this.afterWrite('update', previous)
    }

    /** After a stored insert or update: journal entries, after and async rules; the record is now clean. */
    private afterWrite(action: RuleAction, previous: GlideRecord | null): string {
        this.flushJournal()
        if (this.workflow) {
            this.h.rules('after', action, this, previous)
            this.h.rules('async', action, this, previous)
        }
        this.original = { ...this.current }
        return this.current.sys_id as string
    }

    /** Runs a database write; a unique-key violation is logged (as the platform does) and reported as false. */
    private write(what: string, fn: () => void): boolean {
        try {
            fn()
            return true
        } catch (e) {
            const msg = e instanceof Error ? e.message : String(e)
            if (!/UNIQUE constraint failed/.test(msg)) throw e
            this.h.log('error', `Unique Key violation detected by database (${msg}) ${what} ${this.table}`)
            return false
        }
    }

    private flushJournal(): void {
        for (const [element, value] of this.pendingJournal)
            this.h.journal(this.getRecordClassName(), this.current.sys_id as string, element, value)
        this.pendingJournal.clear()
    }

    deleteRecord(): boolean {
        if (!this.isValidRecord()) return false
        this.h.access?.('delete', this.table)
        if (this.secure && !this.h.can('delete', this.table, this)) {
            this.h.log('warn', `Security restricted: delete on ${this.table} refused for ${this.h.userName()}`)
            return false
        }
        if (this.workflow) this.h.rules('before', 'delete', this, null)
        this.h.storage.delete(this.h.schema.root(this.table), this.current.sys_id as string)
        if (this.workflow) {
            this.h.rules('after', 'delete', this, null)
            this.h.rules('async', 'delete', this, null)
        }
        this.isNew = true
        return true
    }

    deleteMultiple(): void {
        this.query()
        while (this.next()) this.deleteRecord()
    }

    updateMultiple(): void {
        const values = { ...this.current }
        delete values.sys_id
        this.query()
        while (this.next()) {
            for (const [k, v] of Object.entries(values)) this.current[k] = v
            this.update()
        }
    }
}

export class GlideRecordSecure extends GlideRecord {
    constructor(host: RecordHost, table: string) {
        super(host, table)
        this.secure = true
    }
}
