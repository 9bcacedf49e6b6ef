/**
 * The local runtime: executes the BUILT application (dist/app) as an instance would — its tables on an
 * embedded SQLite database, its modules through the SDK's generated require glue, its ACLs, properties,
 * scheduled jobs, business rules, UI actions and events — so tests and the local demo run the real build.
 * What it emulates and what it does not: tools/runtime/README.md.
 *
 * This file is the Runtime class: loading and wiring, and the public test API as thin delegating methods.
 * Each concern lives in its own module: install.ts (the build into the database), record-host.ts
 * (GlideRecord bound to the runtime), users.ts, access.ts (ACLs, cross-scope privileges), properties.ts,
 * gs.ts, scripts.ts (the JavaScript gate, script globals, modules), business-rules.ts, jobs.ts (scheduled
 * jobs, the clock), ui-actions.ts, rest.ts (scripted REST), widgets.ts, events.ts (events, e-mail);
 * context.ts is what they share.
 */
import { readBuildWithDeletes, DIST_APP, type BuiltRecord } from './build-reader'
import { Storage, zeroStats, type Stats, type Row } from './db'
import { Schema } from './schema'
import { Security } from './security'
import { PLATFORM_ACLS } from './platform-acls'
import { formatGlide, makeDateTimeClasses } from './glide/datetime'
import type { Operation } from './glide/record'
import { makeRestClasses, SyncHttp } from './glide/rest'
import { serverScripts } from './js-compat'
import { GlideSecureRandomUtil } from './glide/secure-random'
import { makeTableHierarchy } from './glide/table-hierarchy'
import { ScriptIncludes } from './script-includes'
import { Access, aclRulesOf, type AddedAcl, type ScopedTable } from './access'
import { BusinessRules } from './business-rules'
import { APP_PREFIX, SYSTEM, toMs, type LogLevel, type RecordClass, type RuntimeContext } from './context'
import { emails, processEvents, queueEvent } from './events'
import { makeGs } from './gs'
import { installRecords, runFixScript, splitBuild, type InstalledBuild } from './install'
import { checkShippedColumns } from './shipped-columns'
import { Scheduler } from './jobs'
import { Properties } from './properties'
import { bindRecords, TaskNumbers } from './record-host'
import { dispatchRest, type RestOptions, type RestResult } from './rest'
import { gate, Scripts } from './scripts'
import { runUiAction, type Messages, type UiActionResult } from './ui-actions'
import { runWorkspaceAction, serveAjax, workspaceGlobalType, type WorkspaceActionResult, type WorkspaceDeps } from './workspace'
import { Users } from './users'
import { runWidget, type WidgetOptions } from './widgets'

export type { LogLevel } from './context'
export type { RestResult } from './rest'
export type { UiActionResult } from './ui-actions'

export interface LoadOptions {
    distDir?: string
    /** ':memory:' (default) or a file path (persists between runs). */
    dbFile?: string
    /** The clock's start: ms, Date or ISO. Default: now. */
    now?: number | Date | string
    properties?: Record<string, string>
}

export interface LogLine {
    level: LogLevel
    message: string
}

export class Runtime {
    readonly schema = new Schema()
    readonly storage: Storage
    readonly logs: LogLine[] = []
    /** What `@servicenow/glide` exports to the app's modules: records in the app's scope. */
    readonly glide: Record<string, unknown>
    /** The same API for global-scope scripts (background scripts, the platform's own work). */
    readonly globalGlide: Record<string, unknown>
    /** Cross-scope table operations the app's code performed ("read sys_user"); the privileges: access.ts. */
    readonly crossScopeOperations: Set<string>
    /** The scheduler clock (jobs.ts): now(), set(t, { runJobs }), advance(ms). */
    readonly clock: Scheduler['clock']
    /** Script includes of the build; `scriptIncludes.callerScope` is what gs.getCallerScopeName() answers. */
    scriptIncludes!: ScriptIncludes
    private readonly records: BuiltRecord[]
    private readonly ctx: RuntimeContext
    private readonly security: Security
    private readonly users: Users
    private readonly access: Access
    private readonly properties: Properties
    private readonly scripts: Scripts
    private readonly rules: BusinessRules
    private readonly scheduler: Scheduler
    private readonly numbers = new TaskNumbers()
    private readonly SystemRecord: RecordClass
    private readonly http: SyncHttp
    private readonly messages: Messages = { info: [], error: [] }
    private listeners = new Set<(level: LogLevel, message: string) => void>()

    private constructor(opts: LoadOptions) {
        const start = toMs(opts.now)
        const build = splitBuild(readBuildWithDeletes(opts.distDir ?? DIST_APP))
        checkShippedColumns(build.records)
        this.records = build.records
        for (const script of serverScripts(this.records)) gate(script)
        this.schema.loadBuild(this.records)
        this.storage = new Storage(opts.dbFile ?? ':memory:', this.schema)
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const rt = this
        const ctx: RuntimeContext = {
            schema: this.schema,
            storage: this.storage,
            get SystemRecord() {
                return rt.SystemRecord
            },
            now: () => this.scheduler.clock.now(),
            query: (table, encoded) => this.query(table, encoded),
            insert: (table, fields) => this.insert(table, fields),
            update: (table, sysId, fields) => this.update(table, sysId, fields),
            runAs: (userName, fn) => this.runAs(userName, fn),
            asSystem: (fn) => this.runAs(SYSTEM, fn),
            runScript: (code, vars = {}) => this.scripts.run(code, vars, this.glide),
        }
        this.ctx = ctx
        this.scheduler = new Scheduler(start, ctx)
        this.clock = this.scheduler.clock
        this.security = new Security(
            this.schema,
            (script, current, table) => this.access.runAclScript(script, current, table),
            (role) => this.query('sys_user_role', `name=${role}^elevated_privilege=true`).length > 0,
        )
        this.users = new Users(ctx, this.security)
        this.access = new Access(ctx, this.security, this.users, () => this.glide.GlideRecord as RecordClass)
        this.crossScopeOperations = this.access.crossScopeOperations
        this.properties = new Properties(ctx)
        this.scripts = new Scripts(
            () => this.glide,
            () => this.scriptIncludes,
        )
        this.rules = new BusinessRules(ctx, () => this.users.currentName)
        const { GlideDateTime, GlideDuration } = makeDateTimeClasses(() => this.scheduler.clock.now())
        this.http = new SyncHttp(() => this.storage.stats)
        const { RESTMessageV2, RESTResponseV2 } = makeRestClasses(() => this.http)
        const records = bindRecords(
            {
                schema: this.schema,
                storage: this.storage,
                nowGlide: () => formatGlide(this.scheduler.clock.now()),
                userName: () => this.users.currentName,
                can: (op, table, record, field) => this.access.canAs(this.users.currentName, op, table, record, field),
                rules: (when, action, current, previous) => this.rules.fire(when, action, current, previous),
                log: (level, message) => this.log(level, message),
                nextNumber: (table) => this.numbers.next(table),
            },
            (op, table) => this.access.crossScope(op, table),
        )
        this.SystemRecord = records.SystemRecord
        const gs = makeGs({
            log: (level, message) => this.log(level, message),
            properties: this.properties,
            user: () => this.users.current(),
            hasRole: (userName, role) => this.hasRole(userName, role),
            callerScope: () => this.scriptIncludes.callerScope,
            eventQueue: (name, gr, parm1, parm2) => queueEvent(ctx, name, gr, parm1, parm2),
            messages: this.messages,
            now: () => this.scheduler.clock.now(),
            executeNow: (job) => this.scheduler.executeNow(job),
        })
        this.glide = {
            gs,
            GlideRecord: records.AppRecord,
            GlideRecordSecure: records.AppSecure,
            GlideDateTime,
            GlideDuration,
            RESTMessageV2,
            RESTResponseV2,
            GlideSecureRandomUtil,
            GlideTableHierarchy: makeTableHierarchy(this.schema),
        }
        this.globalGlide = { ...this.glide, GlideRecord: records.SystemRecord, GlideRecordSecure: records.SystemSecure }
        this.install(build, opts.properties ?? {})
    }

    static load(opts: LoadOptions = {}): Runtime {
        return new Runtime(opts)
    }

    // --- loading ---------------------------------------------------------------------------------------
    private install(build: InstalledBuild, properties: Record<string, string>): void {
        installRecords(this.ctx, build)
        this.scriptIncludes = new ScriptIncludes(this.records, APP_PREFIX, (code, vars) => this.ctx.runScript(code, vars))
        this.scripts.loadModules(this.records)
        this.security.setRules(aclRulesOf(this.records))
        this.security.addRules(PLATFORM_ACLS)
        this.access.grant(this.records)
        this.rules.load(this.records)
        // the built-in system user and the scheduler's starting point
        this.users.addSystem()
        this.scheduler.start()
        this.restorePersisted()
        for (const [name, value] of Object.entries(properties)) this.setProperty(name, value)
    }

    /**
     * A persisted database reopened: its users (with their roles) sign in again, and task numbers continue
     * after the highest one stored (an instance never hands out INC0010001 twice).
     */
    private restorePersisted(): void {
        this.users.restore()
        if (!this.schema.has('task')) return
        this.numbers.continueAfter(this.query('task').map((t) => t.number))
    }

    // --- logging --------------------------------------------------------------------------------------------
    private log(level: LogLevel, message: string): void {
        this.logs.push({ level, message })
        for (const l of this.listeners) l(level, message)
    }

    /** Calls `listener` for every gs log line from now on; returns the function that stops it. */
    onLog(listener: (level: LogLevel, message: string) => void): () => void {
        this.listeners.add(listener)
        return () => this.listeners.delete(listener)
    }

    // --- users, roles, access (users.ts, access.ts) ---------------------------------------------------------
    /** Creates a sys_user with roles (role containment honoured). Returns its sys_id. */
    createUser(u: { user_name: string; name?: string; email?: string; roles?: string[] }): string {
        return this.users.create(u)
    }

    /** gs.hasRole: admin holds every role except elevated-privilege ones (platform semantics). */
    hasRole(userName: string, role: string): boolean {
        return this.users.hasRole(userName, role)
    }

    /**
     * Adds access rules as an instance's other applications or its admins would (e.g. a restriction on
     * incident). Script-less rules may carry a `check` function; `decision: 'deny'` makes a Deny-Unless rule.
     */
    addAcl(rule: AddedAcl): void {
        this.access.addAcl(rule)
    }

    /** What an admin does in Application Cross-Scope Access: allows the app one operation on a table (access.ts). */
    grantPrivilege(op: Operation, table: string): void {
        this.access.grantPrivilege(op, table)
    }

    /** sys_app.runtime_access_tracking as installed ('enforcing' unless the build ships 'none'; KB0717945). */
    get accessTracking(): 'enforcing' | 'none' {
        return this.access.tracking
    }

    /**
     * A table of another scope that the SDK's dictionary does not carry (a plugin's task class such as
     * sn_si_incident), with the operations it allows other scopes; it extends `parent` (stored with it).
     */
    addScopedTable(t: ScopedTable & { label: string; parent: string }): void {
        this.schema.define(t.name, t.label, t.parent)
        this.access.addScopedTable(t)
    }

    /** Runs fn as the named user (gs.getUserID, hasRole, ACLs of GlideRecordSecure). */
    runAs<T>(userName: string, fn: () => T): T {
        return this.users.runAs(userName, fn)
    }

    /** Whether a user may perform an operation on a table, a record (by sys_id) and a field — per the built ACLs. */
    can(userName: string, op: Operation, table: string, sysId?: string, field?: string): boolean {
        return this.access.can(userName, op, table, sysId, field)
    }

    // --- properties (properties.ts) ---------------------------------------------------------------------------
    setProperty(name: string, value: string): void {
        this.properties.set(name, value)
    }

    /**
     * A property value held in memory only, never written to the database (e.g. the CLI's admin token): it
     * shadows the stored value for gs.getProperty while this runtime is open.
     */
    setVolatileProperty(name: string, value: string): void {
        this.properties.setVolatile(name, value)
    }

    getProperty(name: string): string | undefined {
        return this.properties.get(name) as string | undefined
    }

    // --- scripts and modules (scripts.ts) -----------------------------------------------------------------
    /**
     * Runs a script body with the platform globals plus `vars`, as a background script in the global scope
     * (no application-access checks); returns what the body returns. The app's own scripts (rules, jobs,
     * actions, ACL scripts, REST operations, widgets) run in the app's scope instead.
     */
    execute(code: string, vars: Record<string, unknown> = {}): unknown {
        return this.scripts.run(code, vars, this.globalGlide)
    }

    /**
     * Runs a script body in the app's scope, as the app's own scripts run (application access applies): the
     * server-side script steps of the app's ATF tests (atf.ts).
     */
    executeInScope(code: string, vars: Record<string, unknown> = {}): unknown {
        return this.ctx.runScript(code, vars)
    }

    /** An app module's exports by its source path, e.g. require('src/server/entry/jobs/retrieval.ts'). */
    require(srcPath: string): Record<string, unknown> {
        return this.scripts.require(srcPath)
    }

    // --- business rules, jobs, fix scripts (business-rules.ts, jobs.ts, install.ts) -------------------------
    /** Runs the queued async business rules (the platform runs them shortly after the transaction). */
    runAsync(): number {
        return this.rules.runAsync()
    }

    /** Runs a scheduled job by name through its built script, as "Execute Now" does (as the system user). */
    runJob(name: string): void {
        this.scheduler.runJob(name)
    }

    /** Runs the jobs queued by gs.executeNow() (as the system user, in queue order); returns how many ran. */
    runQueuedJobs(): number {
        return this.scheduler.runQueued()
    }

    /** Jobs queued by gs.executeNow() and not run yet. */
    get queuedJobs(): number {
        return this.scheduler.queued
    }

    /**
     * Runs one of the build's fix scripts (sys_script_fix) by name, as an install does: in the app's scope,
     * as the system (the installing admin); returns what it logged.
     */
    runFixScript(name: string): string[] {
        return runFixScript(this.ctx, this.records, (listener) => this.onLog(listener), name)
    }

    // --- UI actions, scripted REST, widgets, events (ui-actions.ts, rest.ts, widgets.ts, events.ts) ----------
    /** Runs a server-side UI action as a user, with `current` (the record, or a new one) and `parent`. */
    runUiAction(
        actionName: string,
        table: string,
        sysId: string | null,
        userName: string,
        opts: { parent?: { table: string; sysId: string } } = {},
    ): UiActionResult {
        return runUiAction(this.ctx, (user, role) => this.hasRole(user, role), this.messages, actionName, table, sysId, userName, opts)
    }

    /**
     * Runs a workspace UI action's client script for a user on a record, as a scoped workspace client script
     * (no window/document/top/fetch/g_ck; g_form, g_modal, g_user, g_aw, GlideAjax to client-callable includes).
     */
    runWorkspaceAction(actionName: string, table: string, sysId: string, userName: string): Promise<WorkspaceActionResult> {
        return runWorkspaceAction(this.workspaceDeps(), actionName, table, sysId, userName)
    }

    /** One GlideAjax call from a browser as a user (client callable and ACL checked); throws the refusal. */
    glideAjax(userName: string, processor: string, params: Record<string, string>): string | null {
        return serveAjax(this.workspaceDeps(), userName, processor, new Map(Object.entries(params)))
    }

    /** `typeof name` in a workspace client script of the runtime ('undefined' for window, fetch, g_ck …). */
    workspaceGlobal(name: string): string {
        return workspaceGlobalType(this.workspaceDeps(), name)
    }

    private workspaceDeps(): WorkspaceDeps {
        return {
            ctx: this.ctx,
            hasRole: (user, role) => this.hasRole(user, role),
            scriptInclude: (name) => this.scriptIncludes.get(name),
            scope: APP_PREFIX,
        }
    }

    /** Calls a scripted REST route of the build as a user (401/403, `request`/`response`, 500 on an exception). */
    rest(method: string, url: string, opts: RestOptions = {}): RestResult {
        return dispatchRest(this.ctx, this.users, this.security, method, url, opts)
    }

    /** Runs a widget's server script as a user (on load: `input` undefined; on c.server.update(): set). Returns `data`. */
    runWidget(widgetId: string, opts: WidgetOptions = {}): Record<string, unknown> {
        return runWidget(this.ctx, widgetId, opts)
    }

    /** Processes queued events: script actions run, e-mail notifications are written to sys_email. Returns the count. */
    processEvents(): number {
        return processEvents(this.ctx)
    }

    emails(): Row[] {
        return emails(this.ctx)
    }

    // --- conveniences for tests (as the system user, business rules included) ------------------------------
    insert(table: string, fields: Record<string, unknown>): string {
        return this.runAs(SYSTEM, () => {
            const gr = new this.SystemRecord(table)
            gr.initialize()
            for (const [k, v] of Object.entries(fields)) gr.setValue(k, v)
            const id = gr.insert()
            if (!id)
                throw new Error(`insert into ${table} failed: ${this.logs.filter((l) => l.level === 'error').slice(-1)[0]?.message ?? ''}`)
            return id
        })
    }

    update(table: string, sysId: string, fields: Record<string, unknown>): void {
        this.runAs(SYSTEM, () => {
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
