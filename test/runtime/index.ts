/**
 * The local runtime: executes the BUILT application (dist/app) as an instance would — its tables on an
 * embedded SQLite database, its modules through the SDK's generated require glue, its ACLs, properties,
 * scheduled jobs, business rules, UI actions and events — so tests and the local demo run the real build.
 * What it emulates and what it does not: test/runtime/README.md.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { transformSync } from 'esbuild'
import { readBuildWithDeletes, DIST_APP, type BuiltRecord } from './build-reader'
import { Storage, zeroStats, type Stats, type Row } from './db'
import { evaluate, parseEncoded } from './query'
import { Schema } from './schema'
import { Security, type AclRule, type UserInfo } from './security'
import { PLATFORM_ACLS } from './platform-acls'
import { PLATFORM_FORM_ROWS } from './platform-forms'
import { formatGlide, makeDateTimeClasses, parseGlide } from './glide/datetime'
import { GlideRecord, GlideRecordSecure, type Operation, type RecordHost, type RuleAction, type RuleWhen } from './glide/record'
import { makeRestClasses, SyncHttp } from './glide/rest'
import { checkScript, formatHits, serverScripts, type CompatHit, type ScriptSource } from './js-compat'
import { GlideSecureRandomUtil } from './glide/secure-random'
import { makeTableHierarchy } from './glide/table-hierarchy'
import { Class, ScriptIncludes } from './script-includes'

export interface LoadOptions {
    distDir?: string
    /** ':memory:' (default) or a file path (persists between runs). */
    dbFile?: string
    /** The clock's start: ms, Date or ISO. Default: now. */
    now?: number | Date | string
    properties?: Record<string, string>
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export interface LogLine {
    level: LogLevel
    message: string
}

export interface RestResult {
    status: number
    headers: Record<string, string>
    body: string
    /** The body parsed as JSON, when it is JSON. */
    json: unknown
}

export interface UiActionResult {
    infoMessages: string[]
    errorMessages: string[]
    redirect: string | null
    result: unknown
}

interface BusinessRuleDef {
    name: string
    table: string
    when: RuleWhen
    actions: Set<RuleAction>
    order: number
    filter: string
    condition: string
    script: string
}

interface JobState {
    lastRun: number
}

const SYSTEM = 'system'
const APP_PREFIX = 'x_tvgh_teamviewer'
const MODULE_GLUE = /^x_tvgh_teamviewer\/[^/]+\/[^/]+\/(.+)$/

/** Verdicts of scripts already checked against the instance's JavaScript table, by kind and text. */
const checked = new Map<string, CompatHit[]>()

/** Refuses a script the instance would refuse, with the artifact test's message (test/artifact/js-compat.test.ts). */
function gate(source: ScriptSource): void {
    const key = `${source.kind}\u0000${source.code}`
    let hits = checked.get(key)
    if (!hits) checked.set(key, (hits = checkScript(source)))
    if (hits.length) throw new Error(`script refused (the instance would not run it):\n${formatHits(source, hits).join('\n')}`)
}

function toMs(v: number | Date | string | undefined): number {
    if (v === undefined) return Date.now()
    if (v instanceof Date) return v.getTime()
    if (typeof v === 'number') return v
    const ms = Date.parse(v)
    if (Number.isNaN(ms)) throw new Error(`invalid time "${v}"`)
    return ms
}

export class Runtime {
    readonly schema = new Schema()
    readonly storage: Storage
    readonly logs: LogLine[] = []
    /** What `@servicenow/glide` exports to the app's modules: records in the app's scope. */
    readonly glide: Record<string, unknown>
    /** The same API for global-scope scripts (background scripts, the platform's own work). */
    readonly globalGlide: Record<string, unknown>
    private readonly records: BuiltRecord[]
    /** Records the build deletes on install (a persisted database may still hold them from an earlier build). */
    private readonly removed: BuiltRecord[]
    /** delete_multiple directives: rows matching a query are removed before the file's records are written. */
    private readonly replaced: BuiltRecord[]
    private readonly security: Security
    private readonly host: RecordHost
    private readonly appHost: RecordHost
    private readonly SystemRecord: new (table: string) => GlideRecord
    /** Cross-scope table operations the app's code performed ("read sys_user"), and the privileges the build grants. */
    readonly crossScopeOperations = new Set<string>()
    private privileges = new Set<string>()
    private readonly http: SyncHttp
    private now: number
    private users = new Map<string, UserInfo>()
    private currentUser: string = SYSTEM
    private modules = new Map<string, string>()
    private moduleCache = new Map<string, Record<string, unknown>>()
    private rules: BusinessRuleDef[] = []
    private asyncQueue: { rule: BusinessRuleDef; table: string; sysId: string; user: string }[] = []
    /** Jobs queued by gs.executeNow(), run by runQueuedJobs() (the platform's scheduler picks them up shortly). */
    private jobQueue: string[] = []
    private jobs = new Map<string, JobState>()
    private messages = { info: [] as string[], error: [] as string[] }
    private listeners = new Set<(level: LogLevel, message: string) => void>()
    private numberCounter = new Map<string, number>()
    private ruleDepth = 0
    /** Property values kept in memory only (setVolatileProperty). */
    private volatile = new Map<string, string>()
    /** Script includes of the build; `scriptIncludes.callerScope` is what gs.getCallerScopeName() answers. */
    scriptIncludes!: ScriptIncludes

    private constructor(opts: LoadOptions) {
        this.now = toMs(opts.now)
        const all = readBuildWithDeletes(opts.distDir ?? DIST_APP)
        this.removed = all.filter((r) => r.$action === 'DELETE')
        const removedIds = new Set(this.removed.map((r) => r.sys_id))
        this.records = all.filter((r) => r.$action === 'INSERT_OR_UPDATE' && !removedIds.has(r.sys_id))
        this.replaced = all.filter((r) => r.$action === 'delete_multiple')
        for (const script of serverScripts(this.records)) gate(script)
        this.schema.loadBuild(this.records)
        this.storage = new Storage(opts.dbFile ?? ':memory:', this.schema)
        this.security = new Security(
            this.schema,
            (script, current, table) => this.runAclScript(script, current, table),
            (role) => this.query('sys_user_role', `name=${role}^elevated_privilege=true`).length > 0,
        )
        const { GlideDateTime, GlideDuration } = makeDateTimeClasses(() => this.now)
        this.http = new SyncHttp(() => this.storage.stats)
        const { RESTMessageV2, RESTResponseV2 } = makeRestClasses(() => this.http)
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const rt = this
        this.host = {
            schema: this.schema,
            storage: this.storage,
            nowGlide: () => formatGlide(this.now),
            userName: () => this.currentUser,
            newId: () => randomBytes(16).toString('hex'),
            can: (op, table, record, field) => this.canAs(this.currentUser, op, table, record, field),
            rules: (when, action, current, previous) => this.fireRules(when, action, current, previous),
            journal: (table, sysId, element, value) => {
                const j = new SystemRecord('sys_journal_field')
                j.initialize()
                j.setValue('name', table)
                j.setValue('element', element)
                j.setValue('element_id', sysId)
                j.setValue('value', value)
                j.insert()
            },
            log: (level, message) => this.log(level, message),
            nextNumber: (table) => {
                const prefix = ({ incident: 'INC', problem: 'PRB', change_request: 'CHG', sc_req_item: 'RITM' } as Record<string, string>)[table] ?? 'TASK'
                const n = (this.numberCounter.get(prefix) ?? 10000) + 1
                this.numberCounter.set(prefix, n)
                return `${prefix}${String(n).padStart(7, '0')}`
            },
        }
        // the app's code runs in the app's scope: its operations on other scopes' tables need a privilege
        this.appHost = { ...this.host, access: (op, table) => this.crossScope(op, table), unscoped: () => this.host }
        class BoundRecord extends GlideRecord {
            constructor(table: string) {
                super(rt.appHost, table)
            }
        }
        class BoundSecure extends GlideRecordSecure {
            constructor(table: string) {
                super(rt.appHost, table)
            }
        }
        // the platform's own work (and the tests' conveniences) is not app code
        class SystemRecord extends GlideRecord {
            constructor(table: string) {
                super(rt.host, table)
            }
        }
        this.SystemRecord = SystemRecord
        class SystemSecure extends GlideRecordSecure {
            constructor(table: string) {
                super(rt.host, table)
            }
        }
        this.glide = {
            gs: this.makeGs(),
            GlideRecord: BoundRecord,
            GlideRecordSecure: BoundSecure,
            GlideDateTime,
            GlideDuration,
            RESTMessageV2,
            RESTResponseV2,
            GlideSecureRandomUtil,
            GlideTableHierarchy: makeTableHierarchy(this.schema),
        }
        this.globalGlide = { ...this.glide, GlideRecord: SystemRecord, GlideRecordSecure: SystemSecure }
        this.install(opts.properties ?? {})
    }

    static load(opts: LoadOptions = {}): Runtime {
        return new Runtime(opts)
    }

    // --- loading ---------------------------------------------------------------------------------------
    private install(properties: Record<string, string>): void {
        // the metadata tables the runtime executes from exist even when the build has no record of them
        const metadata: Record<string, string[]> = {
            sysauto_script: ['name', 'script', 'run_type', 'run_period', 'active'],
            sys_ui_action: ['action_name', 'name', 'table', 'script', 'condition', 'active'],
            sys_ui_action_role: ['sys_ui_action', 'sys_user_role'],
            sysevent_script_action: ['event_name', 'script', 'condition_script', 'active'],
            sysevent_email_action: ['event_name', 'subject', 'message_html', 'recipient_fields', 'recipient_users', 'event_parm_1', 'event_parm_2', 'active'],
            sys_ws_operation: ['http_method', 'operation_uri', 'operation_script', 'enforce_acl', 'requires_authentication', 'requires_acl_authorization', 'active'],
            sp_widget: ['id', 'name', 'script', 'option_schema'],
        }
        for (const [table, fields] of Object.entries(metadata)) this.schema.ensureGeneric(table, fields)
        for (const t of this.schema.tables.keys()) if (!this.schema.tables.get(t)?.parent) this.storage.ensureTable(t)
        this.storage.transaction(() => {
            // records the application deletes on upgrade
            for (const r of this.removed) {
                if (!this.schema.has(r.$table)) continue
                const root = this.schema.root(r.$table)
                if (this.storage.columnsOf(root).has('sys_id')) this.storage.delete(root, r.sys_id)
            }
            for (const r of this.replaced) {
                if (!this.schema.has(r.$table) || !r.$query) continue
                for (const row of this.query(r.$table, r.$query)) this.storage.delete(this.schema.root(r.$table), row.sys_id)
            }
            // metadata records of the build: upserted by sys_id into their tables (generic ones created as needed)
            for (const r of this.records) {
                if (['sys_db_object', 'sys_dictionary', 'sys_choice', 'sys_app', 'sys_properties'].includes(r.$table)) continue
                const fields = Object.keys(r).filter((k) => !k.startsWith('$') && k !== 'sys_scope' && k !== 'sys_update_name')
                if (!this.schema.has(r.$table)) this.schema.ensureGeneric(r.$table, fields)
                else this.schema.ensureGeneric(r.$table, fields.filter((f) => !this.schema.column(r.$table, f)))
                if (r.$table === 'sys_user_role') {
                    if (this.query('sys_user_role', `name=${r.name}`).length) continue
                }
                this.upsertRaw(r.$table, Object.fromEntries(fields.map((f) => [f, r[f]])))
            }
            // properties: defaults from the build; values already in a persisted database are kept
            for (const p of this.records.filter((r) => r.$table === 'sys_properties')) {
                const existing = this.storage.select(`SELECT sys_id FROM "t_sys_properties" WHERE name = ?`, [p.name])[0]
                if (existing) continue
                const value = p.type === 'password2' ? this.storage.encrypt(p.value ?? '') : (p.value ?? '')
                this.upsertRaw('sys_properties', { sys_id: p.sys_id, name: p.name, value, type: p.type, description: p.description, is_private: p.is_private === 'true' ? '1' : '0', read_roles: p.read_roles, write_roles: p.write_roles })
            }
            // platform roles the build references by name (itil, ...): created with the sys_id the build uses
            for (const r of this.records) {
                const name = r.$display.sys_user_role
                if (name && r.sys_user_role && !this.query('sys_user_role', `name=${name}`).length) this.upsertRaw('sys_user_role', { sys_id: r.sys_user_role, name })
            }
            // the platform's Default view (its sys_id is the string 'Default view' on every instance)
            if (!this.query('sys_ui_view', 'sys_id=Default view').length) this.upsertRaw('sys_ui_view', { sys_id: 'Default view', name: '', title: 'Default view' })
            // the base instance's incident and problem form layouts (platform-forms.ts), once per database
            for (const [table, row] of PLATFORM_FORM_ROWS) if (!this.storage.select(`SELECT sys_id FROM "t_${this.schema.root(table)}" WHERE sys_id = ?`, [row.sys_id]).length) this.upsertRaw(table, row)
            if (!this.query('sys_user_role', 'name=admin').length) this.upsertRaw('sys_user_role', { sys_id: randomBytes(16).toString('hex'), name: 'admin' })
        })
        this.scriptIncludes = new ScriptIncludes(this.records, APP_PREFIX, (code, vars) => this.runScript(code, vars))
        // modules by path
        for (const m of this.records.filter((r) => r.$table === 'sys_module')) this.modules.set(m.path, m.content)
        // ACLs
        const aclRoles = new Map<string, string[]>()
        for (const ar of this.records.filter((r) => r.$table === 'sys_security_acl_role')) aclRoles.set(ar.sys_security_acl, [...(aclRoles.get(ar.sys_security_acl) ?? []), ar.$display.sys_user_role])
        this.security.setRules(
            this.records
                .filter((r) => r.$table === 'sys_security_acl')
                .map(
                    (r): AclRule & { type: string } => ({
                        type: r.type,
                        sysId: r.sys_id,
                        name: r.name,
                        operation: r.operation,
                        roles: aclRoles.get(r.sys_id) ?? [],
                        condition: r.condition ?? '',
                        script: r.advanced === 'true' ? (r.script ?? '') : '',
                        adminOverrides: r.admin_overrides !== 'false',
                        active: r.active !== 'false',
                        decision: r.decision_type === 'deny' ? 'deny' : 'allow',
                    }),
                ),
        )
        this.security.addRules(PLATFORM_ACLS)
        // cross-scope privileges the build ships (sys_scope_privilege): "operation table"
        for (const p of this.records.filter((r) => r.$table === 'sys_scope_privilege' && r.status === 'allowed' && r.target_type === 'sys_db_object')) this.privileges.add(`${p.operation} ${p.target_name}`)
        // business rules
        this.rules = this.records
            .filter((r) => r.$table === 'sys_script' && r.active !== 'false')
            .map((r) => ({
                name: r.name,
                table: r.collection,
                when: (r.when.startsWith('async') ? 'async' : r.when) as RuleWhen,
                actions: new Set((['insert', 'update', 'delete'] as RuleAction[]).filter((a) => r[`action_${a}`] === 'true')),
                order: Number(r.order || 100),
                filter: r.filter_condition ?? '',
                condition: r.condition ?? '',
                script: r.script ?? '',
            }))
            .sort((a, b) => a.order - b.order)
        // the built-in system user and the scheduler's starting point
        this.users.set(SYSTEM, { sysId: '6816f79cc0a8016401c5a33be04be441', userName: SYSTEM, roles: new Set(['admin']) })
        for (const job of this.query('sysauto_script')) this.jobs.set(job.sys_id, { lastRun: this.now })
        this.restorePersisted()
        for (const [name, value] of Object.entries(properties)) this.setProperty(name, value)
    }

    /**
     * A persisted database reopened: its users (with their roles) sign in again, and task numbers continue
     * after the highest one stored (an instance never hands out INC0010001 twice).
     */
    private restorePersisted(): void {
        const roleNames = new Map(this.query('sys_user_role').map((r) => [r.sys_id, r.name]))
        const held = new Map<string, string[]>()
        for (const link of this.query('sys_user_has_role')) held.set(link.user, [...(held.get(link.user) ?? []), roleNames.get(link.role) ?? ''])
        for (const u of this.query('sys_user')) {
            if (!u.user_name || this.users.has(u.user_name)) continue
            this.users.set(u.user_name, { sysId: u.sys_id, userName: u.user_name, roles: this.expandRoles((held.get(u.sys_id) ?? []).filter(Boolean)) })
        }
        if (!this.schema.has('task')) return
        for (const t of this.query('task')) {
            const m = /^([A-Z]+)(\d+)$/.exec(t.number ?? '')
            if (m && Number(m[2]) > (this.numberCounter.get(m[1]) ?? 10000)) this.numberCounter.set(m[1], Number(m[2]))
        }
    }

    private upsertRaw(table: string, fields: Record<string, string | undefined>): void {
        const root = this.schema.root(table)
        const cols = this.storage.columnsOf(root)
        const row: Row = { sys_class_name: table }
        for (const [k, v] of Object.entries(fields)) if (cols.has(k)) row[k] = v === undefined || v === '' ? null : v
        const exists = this.storage.select(`SELECT sys_id FROM "t_${root}" WHERE sys_id = ?`, [row.sys_id])[0]
        if (exists) this.storage.update(root, row.sys_id as string, row)
        else this.storage.insert(root, row)
    }

    // --- logging, messages ---------------------------------------------------------------------------------
    private log(level: LogLevel, message: string): void {
        this.logs.push({ level, message })
        for (const l of this.listeners) l(level, message)
    }

    /** Calls `listener` for every gs log line from now on; returns the function that stops it. */
    onLog(listener: (level: LogLevel, message: string) => void): () => void {
        this.listeners.add(listener)
        return () => this.listeners.delete(listener)
    }

    private makeGs(): Record<string, unknown> {
        const format = (args: unknown[]) => {
            const [msg, ...rest] = args
            return String(msg).replace(/\{(\d+)\}/g, (_m, i) => String(rest[Number(i)] ?? ''))
        }
        const gs: Record<string, unknown> = {
            info: (...a: unknown[]) => this.log('info', format(a)),
            warn: (...a: unknown[]) => this.log('warn', format(a)),
            error: (...a: unknown[]) => this.log('error', format(a)),
            debug: (...a: unknown[]) => this.log('debug', format(a)),
            log: (msg: unknown) => this.log('info', String(msg)),
            getProperty: (name: string, fallback?: unknown) => {
                if (this.volatile.has(name)) return this.volatile.get(name)
                const p = this.storage.select(`SELECT value, type FROM "t_sys_properties" WHERE name = ?`, [name])[0]
                if (!p) return fallback === undefined ? undefined : fallback
                // password2 properties come back decrypted (runtime choice; the app also reads them with getDecryptedValue)
                const v = p.type === 'password2' ? this.storage.decrypt(p.value) : (p.value ?? '')
                return v === '' && fallback !== undefined ? fallback : v
            },
            setProperty: (name: string, value: string) => this.setProperty(name, value),
            getUserID: () => this.user().sysId,
            getCallerScopeName: () => this.scriptIncludes.callerScope,
            getUserName: () => this.user().userName,
            getUserDisplayName: () => this.user().userName,
            hasRole: (role: string) => this.hasRole(this.currentUser, role),
            getUser: () => {
                const u = this.user()
                return { getID: () => u.sysId, getName: () => u.userName, hasRole: (r: string) => this.hasRole(u.userName, r), getRoles: () => [...u.roles] }
            },
            eventQueue: (name: string, gr: GlideRecord | null, parm1?: unknown, parm2?: unknown) => {
                const e = new this.SystemRecord('sysevent')
                e.initialize()
                e.setValue('name', name)
                if (gr) {
                    e.setValue('table', gr.getRecordClassName())
                    e.setValue('instance', gr.getUniqueValue())
                }
                e.setValue('parm1', parm1 === undefined || parm1 === null ? '' : String(parm1))
                e.setValue('parm2', parm2 === undefined || parm2 === null ? '' : String(parm2))
                e.setValue('state', 'ready')
                e.insert()
            },
            addInfoMessage: (m: unknown) => this.messages.info.push(String(m)),
            addErrorMessage: (m: unknown) => this.messages.error.push(String(m)),
            getMessage: (key: string, args?: unknown) => format([key, ...(Array.isArray(args) ? args : args === undefined ? [] : [args])]),
            nowDateTime: () => formatGlide(this.now),
            generateGUID: () => randomBytes(16).toString('hex'),
            nil: (v: unknown) => v === null || v === undefined || v === '',
            // scoped executeNow(job): queues a job of the same application for immediate execution; returns an id
            executeNow: (job: GlideRecord) => {
                const sysId = job.getUniqueValue()
                if (!this.query(job.getTableName(), `sys_id=${sysId}`)[0]) throw new Error('gs.executeNow: the job record does not exist')
                this.jobQueue.push(sysId)
                return sysId
            },
            base64Encode: (s: string) => Buffer.from(String(s), 'utf8').toString('base64'),
            base64Decode: (s: string) => Buffer.from(String(s), 'base64').toString('utf8'),
        }
        return new Proxy(gs, {
            get(target, prop) {
                if (typeof prop === 'string' && !(prop in target) && !['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'constructor'].includes(prop)) throw new Error(`not supported by the local runtime: gs.${prop}`)
                return Reflect.get(target, prop)
            },
        })
    }

    // --- users and roles -----------------------------------------------------------------------------------
    private user(): UserInfo {
        return this.users.get(this.currentUser) as UserInfo
    }

    private expandRoles(direct: string[]): Set<string> {
        const contains = new Map<string, string[]>()
        for (const c of this.query('sys_user_role_contains')) {
            const role = this.query('sys_user_role', `sys_id=${c.role}`)[0]?.name
            const inner = this.query('sys_user_role', `sys_id=${c.contains}`)[0]?.name
            if (role && inner) contains.set(role, [...(contains.get(role) ?? []), inner])
        }
        const out = new Set<string>()
        const visit = (r: string) => {
            if (out.has(r)) return
            out.add(r)
            for (const inner of contains.get(r) ?? []) visit(inner)
        }
        direct.forEach(visit)
        return out
    }

    /** Creates a sys_user with roles (role containment honoured). Returns its sys_id. */
    createUser(u: { user_name: string; name?: string; email?: string; roles?: string[] }): string {
        const sysId = this.asSystem(() => {
            const roles = u.roles ?? []
            const gr = new this.SystemRecord('sys_user')
            gr.initialize()
            gr.setValue('user_name', u.user_name)
            gr.setValue('name', u.name ?? u.user_name)
            gr.setValue('email', u.email ?? `${u.user_name}@example.com`)
            const id = gr.insert()
            if (!id) throw new Error(`could not create user ${u.user_name}`)
            for (const role of roles) {
                let r = this.query('sys_user_role', `name=${role}`)[0]
                if (!r) r = { sys_id: this.insert('sys_user_role', { name: role }) }
                this.insert('sys_user_has_role', { user: id, role: r.sys_id })
            }
            return id
        })
        this.users.set(u.user_name, { sysId, userName: u.user_name, roles: this.expandRoles(u.roles ?? []) })
        return sysId
    }

    /** gs.hasRole: admin holds every role except elevated-privilege ones (platform semantics). */
    hasRole(userName: string, role: string): boolean {
        const u = this.users.get(userName)
        if (!u) throw new Error(`unknown user ${userName}`)
        return this.security.hasRole(u, role)
    }

    /**
     * Adds access rules as an instance's other applications or its admins would (e.g. a restriction on
     * incident). Script-less rules may carry a `check` function; `decision: 'deny'` makes a Deny-Unless rule.
     */
    addAcl(rule: { name: string; operation: Operation; roles?: string[]; script?: string; condition?: string; decision?: 'allow' | 'deny'; adminOverrides?: boolean }): void {
        if (rule.script) gate({ kind: 'script', code: rule.script, origin: `ACL ${rule.name}` })
        this.security.addRules([{ type: 'record', sysId: randomBytes(16).toString('hex'), name: rule.name, operation: rule.operation, roles: rule.roles ?? [], condition: rule.condition ?? '', script: rule.script ?? '', adminOverrides: rule.adminOverrides ?? true, active: true, decision: rule.decision ?? 'allow' }])
    }

    /**
     * Application access: the app's code may operate on a table of another scope only with a privilege the
     * build grants (CrossScopePrivilege). The runtime models every platform table as enforcing — the strict
     * case (a hardened instance, or a table with caller access "restricted") — so a missing privilege fails
     * here before it fails on a customer's instance.
     */
    private crossScope(op: Operation, table: string): void {
        if (table.startsWith(`${APP_PREFIX}_`)) return
        const key = `${op} ${table}`
        this.crossScopeOperations.add(key)
        if (!this.privileges.has(key)) {
            throw new Error(`Security restricted: ${op} operation on table '${table}' from scope '${APP_PREFIX}' was refused: the application ships no cross-scope privilege for it (CrossScopePrivilege ${op} ${table})`)
        }
    }

    /** Runs fn as the named user (gs.getUserID, hasRole, ACLs of GlideRecordSecure). */
    runAs<T>(userName: string, fn: () => T): T {
        if (!this.users.has(userName)) throw new Error(`unknown user ${userName}: createUser first`)
        const before = this.currentUser
        this.currentUser = userName
        try {
            return fn()
        } finally {
            this.currentUser = before
        }
    }

    private asSystem<T>(fn: () => T): T {
        return this.runAs(SYSTEM, fn)
    }

    private canAs(userName: string, op: Operation, table: string, record: GlideRecord | null, field?: string): boolean {
        return this.security.can(this.users.get(userName) as UserInfo, op, table, record, field)
    }

    /** Whether a user may perform an operation on a table, a record (by sys_id) and a field — per the built ACLs. */
    can(userName: string, op: Operation, table: string, sysId?: string, field?: string): boolean {
        if (!this.users.has(userName)) throw new Error(`unknown user ${userName}`)
        return this.runAs(userName, () => {
            let record: GlideRecord | null = null
            if (sysId) {
                record = new this.SystemRecord(table)
                if (!record.get(sysId)) throw new Error(`${table} ${sysId} not found`)
            }
            return this.canAs(userName, op, table, record, field)
        })
    }

    private runAclScript(script: string, current: GlideRecord | null, table: string): boolean {
        // without a row (a table-level question), the script sees an empty record of the table; the script
        // answers by setting `answer` or by its last expression (both are documented)
        const record = current ?? new (this.glide.GlideRecord as new (t: string) => GlideRecord)(table)
        const verdict = this.runScript('var __last = eval(__script); return answer !== undefined ? answer : __last;', { current: record, answer: undefined, __script: script })
        return verdict === true || verdict === 'true'
    }

    // --- properties -------------------------------------------------------------------------------------
    setProperty(name: string, value: string): void {
        const p = this.storage.select(`SELECT sys_id, type FROM "t_sys_properties" WHERE name = ?`, [name])[0]
        const stored = p?.type === 'password2' ? this.storage.encrypt(value) : value
        if (p) this.storage.update('sys_properties', p.sys_id as string, { value: stored === '' ? null : stored })
        else this.upsertRaw('sys_properties', { sys_id: randomBytes(16).toString('hex'), name, value: stored, type: 'string' })
    }

    /**
     * A property value held in memory only, never written to the database (e.g. the CLI's admin token): it
     * shadows the stored value for gs.getProperty while this runtime is open.
     */
    setVolatileProperty(name: string, value: string): void {
        this.volatile.set(name, value)
    }

    getProperty(name: string): string | undefined {
        return (this.glide.gs as { getProperty(n: string): string | undefined }).getProperty(name)
    }

    // --- scripts and modules ------------------------------------------------------------------------------
    private globals(glide: Record<string, unknown>): Record<string, unknown> {
        const base = { ...glide, Class, sn_ws: { RESTMessageV2: glide.RESTMessageV2, RESTResponseV2: glide.RESTResponseV2 }, require: (p: string) => this.requireModule(p, '') }
        return { ...base, ...(this.scriptIncludes?.globals() ?? {}) }
    }

    private run(code: string, vars: Record<string, unknown>, glide: Record<string, unknown>): unknown {
        gate({ kind: 'script', code, origin: 'script' })
        const all = { ...this.globals(glide), ...vars }
        const names = Object.keys(all)
        const fn = new Function(...names, code)
        return fn(...names.map((n) => all[n]))
    }

    /**
     * Runs a script body with the platform globals plus `vars`, as a background script in the global scope
     * (no application-access checks); returns what the body returns. The app's own scripts (rules, jobs,
     * actions, ACL scripts, REST operations, widgets) run in the app's scope instead.
     */
    execute(code: string, vars: Record<string, unknown> = {}): unknown {
        return this.run(code, vars, this.globalGlide)
    }

    /** Runs one of the app's scripts in the app's scope. */
    private runScript(code: string, vars: Record<string, unknown> = {}): unknown {
        return this.run(code, vars, this.glide)
    }

    private requireModule(request: string, fromDir: string): Record<string, unknown> {
        if (request === '@servicenow/glide') return this.glide
        if (request === '@servicenow/glide/sn_ws') return { RESTMessageV2: this.glide.RESTMessageV2, RESTResponseV2: this.glide.RESTResponseV2 }
        let key: string
        if (request.startsWith('./') || request.startsWith('../')) key = path.posix.normalize(path.posix.join(fromDir, request))
        else {
            const m = MODULE_GLUE.exec(request)
            if (!m) throw new Error(`not supported by the local runtime: require('${request}')`)
            key = request
        }
        const found = [...this.modules.keys()].find((k) => k === key || k.endsWith(`/${key}`) || (MODULE_GLUE.exec(k)?.[1] ?? '') === (MODULE_GLUE.exec(key)?.[1] ?? key))
        if (!found) throw new Error(`module not found in the build: ${request}`)
        const cached = this.moduleCache.get(found)
        if (cached) return cached
        const { code } = transformSync(this.modules.get(found) as string, { loader: 'js', format: 'cjs', target: 'es2022', sourcefile: found })
        const module = { exports: {} as Record<string, unknown> }
        this.moduleCache.set(found, module.exports)
        const dir = path.posix.dirname(found)
        new Function('exports', 'require', 'module', code)(module.exports, (p: string) => this.requireModule(p, dir), module)
        this.moduleCache.set(found, module.exports)
        return module.exports
    }

    /** An app module's exports by its source path, e.g. require('src/server/history/job.ts'). */
    require(srcPath: string): Record<string, unknown> {
        const found = [...this.modules.keys()].find((k) => k.endsWith(`/${srcPath}`))
        if (!found) throw new Error(`module ${srcPath} is not in the build`)
        return this.requireModule(found, '')
    }

    // --- business rules -------------------------------------------------------------------------------
    private fireRules(when: RuleWhen, action: RuleAction, current: GlideRecord, previous: GlideRecord | null): void {
        const tables = new Set(this.schema.ancestry(current.getRecordClassName()).map((t) => t.name))
        for (const rule of this.rules) {
            if (rule.when !== when || !rule.actions.has(action) || !tables.has(rule.table)) continue
            const { condition } = parseEncoded(rule.filter)
            const get = (f: string) => current.getValue(f) ?? ''
            const prev = (f: string) => (previous ? (previous.getValue(f) ?? '') : '')
            if (!evaluate(condition, get, previous ? prev : undefined, (f) => this.schema.column(current.getTableName(), f)?.type)) continue
            if (when === 'async') {
                this.asyncQueue.push({ rule, table: current.getRecordClassName(), sysId: current.getUniqueValue(), user: this.currentUser })
                continue
            }
            if (rule.condition && this.runScript(`return (${rule.condition});`, { current, previous }) !== true) continue
            if (this.ruleDepth > 20) throw new Error(`business rule recursion too deep at "${rule.name}"`)
            this.ruleDepth++
            try {
                this.runScript(rule.script, { current, previous })
            } finally {
                this.ruleDepth--
            }
        }
    }

    /** Runs the queued async business rules (the platform runs them shortly after the transaction). */
    runAsync(): number {
        let n = 0
        while (this.asyncQueue.length) {
            const item = this.asyncQueue.shift() as (typeof this.asyncQueue)[number]
            this.runAs(item.user, () => {
                // async rules run later, in their own transaction: `previous` is null and changes() is false
                const current = new this.SystemRecord(item.table)
                if (!current.get(item.sysId)) return
                if (item.rule.condition && this.runScript(`return (${item.rule.condition});`, { current, previous: null }) !== true) return
                this.runScript(item.rule.script, { current, previous: null })
                n++
            })
        }
        return n
    }

    // --- scheduled jobs and the clock ---------------------------------------------------------------------
    /** Runs a scheduled job by name through its built script, as "Execute Now" does (as the system user). */
    runJob(name: string): void {
        const job = this.query('sysauto_script', `name=${name}`)[0]
        if (!job) throw new Error(`no scheduled job named "${name}" in the build`)
        this.runJobRecord(job)
    }

    /** Runs the jobs queued by gs.executeNow() (as the system user, in queue order); returns how many ran. */
    runQueuedJobs(): number {
        let n = 0
        while (this.jobQueue.length) {
            const job = this.query('sysauto_script', `sys_id=${this.jobQueue.shift()}`)[0]
            if (job) {
                this.runJobRecord(job)
                n++
            }
        }
        return n
    }

    /** Jobs queued by gs.executeNow() and not run yet. */
    get queuedJobs(): number {
        return this.jobQueue.length
    }

    /**
     * Runs one of the build's fix scripts (sys_script_fix) by name, as an install does: in the app's scope,
     * as the system (the installing admin); returns what it logged.
     */
    runFixScript(name: string): string[] {
        const fix = this.records.find((r) => r.$table === 'sys_script_fix' && r.name === name)
        if (!fix) throw new Error(`no fix script "${name}" in the build`)
        const lines: string[] = []
        const off = this.onLog((_level, message) => lines.push(message))
        try {
            this.asSystem(() => this.runScript(fix.script))
        } finally {
            off()
        }
        return lines
    }

    private runJobRecord(job: Row): void {
        this.asSystem(() => this.runScript(job.script as string))
        const st = this.jobs.get(job.sys_id as string)
        if (st) st.lastRun = this.now
    }

    /**
     * The scheduler clock. advance() fires periodic jobs that fall due, in time order, each due run once,
     * reading run_period from the job record each time (an admin's change applies). The runtime counts
     * periods from when the app was loaded (run_start in the build is the build time). An inactive job's due
     * runs pass without running, as on the platform.
     */
    readonly clock = {
        now: (): number => this.now,
        set: (t: number | string | Date, opts: { runJobs?: boolean } = {}): void => {
            const target = toMs(t)
            if (opts.runJobs === false || target <= this.now) this.now = target
            else this.clock.advance(target - this.now)
        },
        advance: (ms: number): void => {
            const target = this.now + ms
            for (;;) {
                let next: { job: Row; due: number } | null = null
                for (const job of this.query('sysauto_script', 'run_type=periodically')) {
                    const period = parseGlide(String(job.run_period ?? ''))
                    if (!period || period <= 0) continue
                    const st = this.jobs.get(job.sys_id as string) ?? { lastRun: this.now }
                    this.jobs.set(job.sys_id as string, st)
                    const due = st.lastRun + period
                    if (due <= target && (!next || due < next.due)) next = { job, due }
                }
                if (!next) break
                this.now = next.due
                const st = this.jobs.get(next.job.sys_id as string) as JobState
                if (next.job.active === '1' || next.job.active === 'true') this.runJobRecord(next.job)
                st.lastRun = next.due
            }
            this.now = target
        },
    }

    // --- UI actions ----------------------------------------------------------------------------------------
    /** Runs a server-side UI action as a user, with `current` (the record, or a new one) and `parent`. */
    runUiAction(actionName: string, table: string, sysId: string | null, userName: string, opts: { parent?: { table: string; sysId: string } } = {}): UiActionResult {
        const tables = this.schema.ancestry(table).map((t) => t.name)
        const action = this.query('sys_ui_action', `action_name=${actionName}`).find((a) => tables.includes(a.table as string))
        if (!action) throw new Error(`no UI action "${actionName}" on ${table}`)
        const roles = this.query('sys_ui_action_role', `sys_ui_action=${action.sys_id}`).map((r) => this.query('sys_user_role', `sys_id=${r.sys_user_role}`)[0]?.name)
        if (roles.length && !roles.some((r) => r && this.hasRole(userName, r))) throw new Error(`UI action "${actionName}" is not available to ${userName} (roles ${roles.join(', ')})`)
        return this.runAs(userName, () => {
            this.messages = { info: [], error: [] }
            // the platform loads `current` and `parent` (not app code)
            const GR = this.SystemRecord
            const current = new GR(table)
            if (sysId && !current.get(sysId)) throw new Error(`${table} ${sysId} not found`)
            let parent: GlideRecord | null = null
            if (opts.parent) {
                parent = new GR(opts.parent.table)
                if (!parent.get(opts.parent.sysId)) throw new Error(`${opts.parent.table} ${opts.parent.sysId} not found`)
            }
            let redirect: string | null = null
            const act = { setRedirectURL: (u: unknown) => (redirect = String(u)), getGlideURI: () => ({ get: () => '' }) }
            if (action.condition && this.runScript(`return (${action.condition});`, { current, parent, action: act }) !== true) throw new Error(`UI action "${actionName}": its condition is false here`)
            const result = this.runScript(action.script as string, { current, parent, action: act })
            return { infoMessages: [...this.messages.info], errorMessages: [...this.messages.error], redirect, result }
        })
    }

    // --- scripted REST APIs ---------------------------------------------------------------------------------
    /**
     * Calls a scripted REST route of the build as a user: routed by method and operation URI
     * (`/api/<namespace>/<service>/<path with {params}>`), refused with 401 for no user when the route
     * requires authentication and 403 when an enforced ACL refuses; the operation script runs with
     * `request` (pathParams, queryParams as arrays, body.data, getHeader) and `response` (setStatus,
     * setBody, setHeader). An exception becomes a 500 with {"error":{"message"}} as on the platform.
     */
    rest(method: string, url: string, opts: { user?: string | null; body?: unknown; headers?: Record<string, string> } = {}): RestResult {
        const parsed = new URL(url, 'http://instance')
        const ops = this.query('sys_ws_operation', `http_method=${method.toUpperCase()}`)
        let match: { op: Record<string, string>; params: Record<string, string> } | null = null
        for (const op of ops) {
            if (op.active === '0' || op.active === 'false') continue
            const names: string[] = []
            const pattern = new RegExp(`^${op.operation_uri.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, n: string) => (names.push(n), '([^/]+)'))}$`)
            const m = pattern.exec(parsed.pathname)
            if (m) {
                match = { op, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) }
                break
            }
        }
        const json = (status: number, body: unknown): RestResult => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), json: body })
        if (!match) return json(400, { error: { message: 'Requested URI does not represent any resource', detail: parsed.pathname } })
        const { op, params } = match
        const user = opts.user ?? null
        if (!user) {
            if (op.requires_authentication !== '0' && op.requires_authentication !== 'false') return json(401, { error: { message: 'User Not Authenticated' } })
        } else if (!this.users.has(user)) throw new Error(`unknown user ${user}`)
        const caller = user ?? SYSTEM
        if (user && op.requires_acl_authorization !== '0' && op.requires_acl_authorization !== 'false') {
            for (const id of String(op.enforce_acl ?? '').split(',').filter(Boolean)) {
                if (!this.security.passesAcl(this.users.get(user) as UserInfo, id)) return json(403, { error: { message: 'User Not Authorized' } })
            }
        }
        const queryParams: Record<string, string[]> = {}
        for (const [k, v] of parsed.searchParams) (queryParams[k] ??= []).push(v)
        const headers = Object.fromEntries(Object.entries(opts.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
        const dataString = opts.body === undefined ? '' : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body)
        const request = {
            pathParams: params,
            queryParams,
            queryString: parsed.search.slice(1),
            uri: parsed.pathname,
            url: url,
            headers,
            getHeader: (n: string) => headers[String(n).toLowerCase()] ?? '',
            body: { dataString, get data() {
                try {
                    return dataString ? JSON.parse(dataString) : {}
                } catch {
                    throw new Error('The request body is not valid JSON')
                }
            } },
        }
        const out = { status: 200, headers: { 'content-type': 'application/json' } as Record<string, string>, body: '' }
        const response = {
            setStatus: (s: number) => (out.status = Number(s)),
            setBody: (b: unknown) => (out.body = JSON.stringify({ result: b })),
            setHeader: (n: string, v: string) => (out.headers[String(n).toLowerCase()] = String(v)),
            setContentType: (v: string) => (out.headers['content-type'] = String(v)),
            getStreamWriter: () => ({ writeString: (v: string) => (out.body += String(v)) }),
        }
        try {
            this.runAs(caller, () => this.runScript(op.operation_script, { request, response }))
        } catch (e) {
            return json(500, { error: { message: e instanceof Error ? e.message : String(e), detail: '' }, status: 'failure' })
        }
        let parsedBody: unknown = undefined
        try {
            parsedBody = out.body ? JSON.parse(out.body) : undefined
        } catch {
            parsedBody = undefined
        }
        return { status: out.status, headers: out.headers, body: out.body, json: parsedBody }
    }

    // --- Service Portal widgets --------------------------------------------------------------------------
    /**
     * Runs a widget's server script as a user, as the portal does on load (`input` undefined) or on
     * c.server.update() (`input` set). `options` start from the option schema's defaults. Returns `data`.
     */
    runWidget(widgetId: string, opts: { user?: string; input?: Record<string, unknown>; options?: Record<string, unknown>; params?: Record<string, string> } = {}): Record<string, unknown> {
        const widget = this.query('sp_widget', `id=${widgetId}`)[0]
        if (!widget) throw new Error(`no widget with id "${widgetId}" in the build`)
        const options: Record<string, unknown> = {}
        for (const o of JSON.parse(widget.option_schema || '[]') as { name: string; default_value?: unknown }[]) if (o.default_value !== undefined) options[o.name] = o.default_value
        Object.assign(options, opts.options ?? {})
        const data: Record<string, unknown> = {}
        const $sp = {
            getParameter: (n: string) => opts.params?.[n] ?? null,
            getValue: (n: string) => options[n] ?? null,
        }
        this.runAs(opts.user ?? SYSTEM, () => this.runScript(widget.script, { data, input: opts.input, options, $sp }))
        return data
    }

    // --- events and e-mail ----------------------------------------------------------------------------------
    /** Processes queued events: script actions run, e-mail notifications are written to sys_email. Returns the count. */
    processEvents(): number {
        let n = 0
        for (const e of this.query('sysevent', 'state=ready^ORDERBYsys_created_on')) {
            this.asSystem(() => {
                const GR = this.SystemRecord
                const current = e.table ? new GR(e.table as string) : null
                if (current && !current.get(e.instance as string)) return
                const event = { name: e.name, parm1: e.parm1 ?? '', parm2: e.parm2 ?? '', table: e.table, instance: e.instance }
                for (const a of this.query('sysevent_script_action', `event_name=${e.name}`)) {
                    if (a.active === '0' || a.active === 'false') continue
                    if (a.condition_script && this.runScript(`return (${a.condition_script});`, { current, event }) !== true) continue
                    this.runScript(a.script as string, { current, event })
                }
                for (const notif of this.query('sysevent_email_action', `event_name=${e.name}`)) {
                    if (notif.active === '0' || notif.active === 'false') continue
                    const recipients = new Set<string>()
                    for (const f of String(notif.recipient_fields ?? '').split(',').filter(Boolean)) {
                        const id = current?.getValue(f)
                        const u = id ? this.query('sys_user', `sys_id=${id}`)[0] : undefined
                        if (u?.email) recipients.add(u.email as string)
                    }
                    for (const id of String(notif.recipient_users ?? '').split(',').filter(Boolean)) {
                        const u = this.query('sys_user', `sys_id=${id}`)[0]
                        if (u?.email) recipients.add(u.email as string)
                    }
                    if (notif.event_parm_1 === 'true' && event.parm1) String(event.parm1).split(',').forEach((x) => recipients.add(x))
                    if (notif.event_parm_2 === 'true' && event.parm2) String(event.parm2).split(',').forEach((x) => recipients.add(x))
                    const fill = (s: string) => s.replace(/\$\{([a-z0-9_.]+)\}/g, (_m, f: string) => (current && this.schema.column(current.getTableName(), f) ? current.getDisplayValue(f) : ''))
                    this.insert('sys_email', {
                        type: 'send-ready',
                        recipients: [...recipients].join(','),
                        subject: fill(String(notif.subject ?? '')),
                        body: fill(String(notif.message_html ?? notif.message_text ?? notif.message ?? '')),
                        target_table: String(e.table ?? ''),
                        instance: String(e.instance ?? ''),
                        notification: String(notif.sys_id),
                    })
                }
            })
            this.update('sysevent', e.sys_id as string, { state: 'processed', processed: formatGlide(this.now) })
            n++
        }
        return n
    }

    emails(): Row[] {
        return this.query('sys_email', 'ORDERBYsys_created_on')
    }

    // --- conveniences for tests (as the system user, business rules included) ------------------------------
    insert(table: string, fields: Record<string, unknown>): string {
        return this.asSystem(() => {
            const gr = new this.SystemRecord(table)
            gr.initialize()
            for (const [k, v] of Object.entries(fields)) gr.setValue(k, v)
            const id = gr.insert()
            if (!id) throw new Error(`insert into ${table} failed: ${this.logs.filter((l) => l.level === 'error').slice(-1)[0]?.message ?? ''}`)
            return id
        })
    }

    update(table: string, sysId: string, fields: Record<string, unknown>): void {
        this.asSystem(() => {
            const gr = new this.SystemRecord(table)
            if (!gr.get(sysId)) throw new Error(`${table} ${sysId} not found`)
            for (const [k, v] of Object.entries(fields)) gr.setValue(k, v)
            if (!gr.update()) throw new Error(`update of ${table} ${sysId} failed`)
        })
    }

    /** Rows of a table (and its extensions) as plain objects of getValue() strings ('' for empty). */
    query(table: string, encoded = ''): Record<string, string>[] {
        const GR = this.SystemRecord
        const gr = new GR(table)
        if (encoded) gr.addEncodedQuery(encoded)
        gr.query()
        const cols = this.schema.columns(table).filter((c) => c.type !== 'journal_input')
        const out: Record<string, string>[] = []
        while (gr.next()) {
            const row: Record<string, string> = {}
            for (const c of cols) row[c.name] = gr.getValue(c.name) ?? ''
            out.push(row)
        }
        return out
    }

    get stats(): Stats {
        return this.storage.stats
    }

    resetStats(): void {
        this.storage.stats = zeroStats()
    }

    close(): void {
        this.http.close()
        this.storage.close()
    }
}
