/**
 * Access as the runtime wires it: the build's ACL records turned into Security's rules, ACL scripts run in
 * the app's scope, `can` for tests, rules added as another application would (`addAcl`), and application
 * access — what the app's code may do to tables of other scopes:
 * 1. the table's own cross-scope policy (sys_db_object read/create/update/delete access), from the SDK's platform
 *    dictionary (platform-dictionary.ts): an operation the table does not allow other scopes is refused whatever
 *    the app ships ("… has been refused due to the table's cross-scope access policy", KB0727180; docs
 *    c_CrossScopePrivilegeRecord: a privilege grants at most what the table allows);
 * 2. runtime access tracking: installed on a customer's instance an app in Tracking runs Enforcing (KB0717945), so
 *    unless the build ships `none`, every operation also needs a cross-scope privilege (sys_scope_privilege) —
 *    shipped by the build or granted later by an admin (`grantPrivilege`).
 */
import { randomBytes } from 'node:crypto'
import type { BuiltRecord } from './build-reader'
import { APP_PREFIX, type RecordClass, type RuntimeContext } from './context'
import type { GlideRecord, Operation } from './glide/record'
import { gate } from './scripts'
import type { AclRule, Security, UserInfo } from './security'
import type { Users } from './users'
import { platformDictionary, type TableAction } from './platform-dictionary'

/** A table of another scope the runtime is told about (e.g. a plugin's task class such as sn_si_incident). */
export interface ScopedTable {
    name: string
    /** the owning scope, e.g. 'sn_si' */
    scope: string
    /** what scripts of other scopes may do (sys_db_object *_access) */
    actions: TableAction[]
}

const ACTION: Record<Operation, TableAction> = { read: 'read', write: 'update', create: 'create', delete: 'delete' }
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** The build's sys_security_acl records (with their sys_security_acl_role roles) as Security's rules. */
export function aclRulesOf(records: BuiltRecord[]): (AclRule & { type: string })[] {
    const aclRoles = new Map<string, string[]>()
    for (const ar of records.filter((r) => r.$table === 'sys_security_acl_role'))
        aclRoles.set(ar.sys_security_acl, [...(aclRoles.get(ar.sys_security_acl) ?? []), ar.$display.sys_user_role])
    return records
        .filter((r) => r.$table === 'sys_security_acl')
        .map((r): AclRule & { type: string } => ({
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
        }))
}

/** A rule added by a test as another application or an admin would (Runtime.addAcl). */
export interface AddedAcl {
    name: string
    operation: Operation
    roles?: string[]
    script?: string
    condition?: string
    decision?: 'allow' | 'deny'
    adminOverrides?: boolean
}

export class Access {
    /** Cross-scope table operations the app's code performed ("read sys_user"), refused ones included. */
    readonly crossScopeOperations = new Set<string>()
    /** The privileges in force: "operation table" (sys_scope_privilege, status allowed). */
    private privileges = new Set<string>()
    /** sys_app.runtime_access_tracking as installed: 'enforcing' unless the build ships 'none' (KB0717945). */
    tracking: 'enforcing' | 'none' = 'enforcing'
    /** sys_app.name, which the platform's refusal names. */
    private appName = APP_PREFIX
    /** Tables of other scopes added by tests (not in the SDK's dictionary). */
    private readonly scoped = new Map<string, ScopedTable>()

    /** @param AppRecord the app's GlideRecord (ACL scripts run in the app's scope) */
    constructor(
        private readonly ctx: RuntimeContext,
        private readonly security: Security,
        private readonly users: Users,
        private readonly AppRecord: () => RecordClass,
    ) {}

    /** The build's application record (tracking mode, name) and the cross-scope privileges it ships. */
    grant(records: BuiltRecord[]): void {
        const app = records.find((r) => r.$table === 'sys_app')
        if (app) {
            this.appName = app.name || APP_PREFIX
            this.tracking = app.runtime_access_tracking === 'none' ? 'none' : 'enforcing'
        }
        for (const p of records.filter(
            (r) => r.$table === 'sys_scope_privilege' && r.status === 'allowed' && r.target_type === 'sys_db_object',
        ))
            this.privileges.add(`${p.operation} ${p.target_name}`)
    }

    /** What an admin does in Application Cross-Scope Access: allows the app one operation on a table. */
    grantPrivilege(op: Operation, table: string): void {
        this.privileges.add(`${op} ${table}`)
    }

    /** Tells the runtime about a table of another scope (a plugin's table the SDK's dictionary does not carry). */
    addScopedTable(table: ScopedTable): void {
        this.scoped.set(table.name, table)
    }

    /** The operations other scopes may perform on a table, and where that comes from. */
    policyOf(table: string): { actions: TableAction[]; source: string } {
        const own = this.scoped.get(table)
        if (own) return { actions: own.actions, source: `the ${own.scope} scope's table settings` }
        const dict = platformDictionary().get(table)
        if (dict && dict.policySource === 'dictionary') return { actions: dict.actions, source: "the SDK's platform dictionary" }
        return { actions: ['read'], source: "the default (the SDK's platform dictionary states no access for it)" }
    }

    /**
     * Application access of the app's code to a table of another scope: the table's policy first, then (when
     * tracking is enforcing) a privilege. The platform's own work and global scripts do not come here.
     */
    crossScope(op: Operation, table: string): void {
        if (table.startsWith(`${APP_PREFIX}_`)) return
        const key = `${op} ${table}`
        this.crossScopeOperations.add(key)
        if (!this.policyOf(table).actions.includes(ACTION[op]))
            throw new Error(
                `Security restricted: ${cap(op)} operation against '${table}' from scope '${APP_PREFIX}' has been refused due to the table's cross-scope access policy`,
            )
        if (this.tracking === 'enforcing' && !this.privileges.has(key))
            throw new Error(
                `Security restricted: ${cap(op)} operation on table '${table}' from scope '${APP_PREFIX}' was denied. The application '${this.appName}' must declare a cross scope access privilege. Please contact the application admin to update their access requests.`,
            )
    }

    canAs(userName: string, op: Operation, table: string, record: GlideRecord | null, field?: string): boolean {
        return this.security.can(this.users.get(userName) as UserInfo, op, table, record, field)
    }

    /** Whether a user may perform an operation on a table, a record (by sys_id) and a field — per the built ACLs. */
    can(userName: string, op: Operation, table: string, sysId?: string, field?: string): boolean {
        if (!this.users.has(userName)) throw new Error(`unknown user ${userName}`)
        return this.ctx.runAs(userName, () => {
            let record: GlideRecord | null = null
            if (sysId) {
                record = new this.ctx.SystemRecord(table)
                if (!record.get(sysId)) throw new Error(`${table} ${sysId} not found`)
            }
            return this.canAs(userName, op, table, record, field)
        })
    }

    runAclScript(script: string, current: GlideRecord | null, table: string): boolean {
        // without a row (a table-level question), the script sees an empty record of the table; the script
        // answers by setting `answer` or by its last expression (both are documented)
        const record = current ?? new (this.AppRecord())(table)
        const verdict = this.ctx.runScript('var __last = eval(__script); return answer !== undefined ? answer : __last;', {
            current: record,
            answer: undefined,
            __script: script,
        })
        return verdict === true || verdict === 'true'
    }

    /**
     * Adds access rules as an instance's other applications or its admins would (e.g. a restriction on
     * incident). Script-less rules may carry a `check` function; `decision: 'deny'` makes a Deny-Unless rule.
     */
    addAcl(rule: AddedAcl): void {
        if (rule.script) gate({ kind: 'script', code: rule.script, origin: `ACL ${rule.name}` })
        this.security.addRules([
            {
                type: 'record',
                sysId: randomBytes(16).toString('hex'),
                name: rule.name,
                operation: rule.operation,
                roles: rule.roles ?? [],
                condition: rule.condition ?? '',
                script: rule.script ?? '',
                adminOverrides: rule.adminOverrides ?? true,
                active: true,
                decision: rule.decision ?? 'allow',
            },
        ])
    }
}
