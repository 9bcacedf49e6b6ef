/**
 * Access as the runtime wires it: the build's ACL records turned into Security's rules, ACL scripts run in
 * the app's scope, `can` for tests, rules added as another application would (`addAcl`), and application
 * access — the cross-scope privileges (`sys_scope_privilege`) the app's code needs for platform tables.
 */
import { randomBytes } from 'node:crypto'
import type { BuiltRecord } from './build-reader'
import { APP_PREFIX, type RecordClass, type RuntimeContext } from './context'
import type { GlideRecord, Operation } from './glide/record'
import { gate } from './scripts'
import type { AclRule, Security, UserInfo } from './security'
import type { Users } from './users'

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
    /** Cross-scope table operations the app's code performed ("read sys_user"). */
    readonly crossScopeOperations = new Set<string>()
    /** The privileges the build grants: "operation table". */
    private privileges = new Set<string>()

    /** @param AppRecord the app's GlideRecord (ACL scripts run in the app's scope) */
    constructor(
        private readonly ctx: RuntimeContext,
        private readonly security: Security,
        private readonly users: Users,
        private readonly AppRecord: () => RecordClass,
    ) {}

    /** The cross-scope privileges the build ships (sys_scope_privilege). */
    grant(records: BuiltRecord[]): void {
        for (const p of records.filter(
            (r) => r.$table === 'sys_scope_privilege' && r.status === 'allowed' && r.target_type === 'sys_db_object',
        ))
            this.privileges.add(`${p.operation} ${p.target_name}`)
    }

    /**
     * Application access: the app's code may operate on a table of another scope only with a privilege the
     * build grants (CrossScopePrivilege). The runtime models every platform table as enforcing — the strict
     * case (a hardened instance, or a table with caller access "restricted") — so a missing privilege fails
     * here before it fails on a customer's instance.
     */
    crossScope(op: Operation, table: string): void {
        if (table.startsWith(`${APP_PREFIX}_`)) return
        const key = `${op} ${table}`
        this.crossScopeOperations.add(key)
        if (!this.privileges.has(key)) {
            throw new Error(
                `Security restricted: ${op} operation on table '${table}' from scope '${APP_PREFIX}' was refused: the application ships no cross-scope privilege for it (CrossScopePrivilege ${op} ${table})`,
            )
        }
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
