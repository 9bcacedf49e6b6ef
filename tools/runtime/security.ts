/**
 * Role checks and ACL evaluation — the app's built sys_security_acl records plus the base instance's rules
 * for the platform tables the app touches (platform-acls.ts). Semantics (product docs, "Access control list
 * rules", "ACL evaluation process", "Elevated privilege roles"):
 * - a table-level rule (name = table) AND, for a field, a field-level rule must pass;
 * - rules are looked up on the table, then its parents (task rules cover incident) — the most specific
 *   table that has rules for the operation decides; fields: table.field, then parent.field, then table.*;
 * - Deny-Unless rules (decision_type deny) are evaluated first: any one that fails denies;
 * - among Allow-If rules for the same object and operation, passing ANY one grants access;
 * - within one rule, its roles (any of them) AND its condition AND its script must all pass;
 * - admin holds every role (gs.hasRole and the role part of every ACL) except elevated-privilege roles,
 *   which nobody holds until granted them; admin_overrides lets admin pass the whole rule;
 * - a table with no rule at all is refused to everyone but admin (the platform's default deny).
 */
import type { GlideRecord, Operation } from './glide/record'
import { evaluate, parseEncoded } from './query'
import type { Schema } from './schema'

export interface AclRule {
    sysId: string
    name: string
    operation: string
    roles: string[]
    condition: string
    script: string
    adminOverrides: boolean
    active: boolean
    /** Allow-If (default) or Deny-Unless. */
    decision: 'allow' | 'deny'
    /** Platform rules only: their script, as a function of the row and the user. */
    check?: (record: GlideRecord | null, user: UserInfo) => boolean
}

export interface UserInfo {
    sysId: string
    userName: string
    roles: Set<string>
}

export class Security {
    private byName = new Map<string, AclRule[]>()
    private byId = new Map<string, AclRule & { type: string }>()

    constructor(
        private readonly schema: Schema,
        private readonly runAclScript: (script: string, current: GlideRecord | null, table: string) => boolean,
        /** Whether a role is an elevated-privilege role (sys_user_role.elevated_privilege). */
        private readonly elevated: (role: string) => boolean,
    ) {}

    /** The build's rules, plus platform rules and rules a test adds (e.g. a customer's restriction on incident). */
    setRules(rules: (AclRule & { type: string })[]): void {
        this.byName.clear()
        this.byId.clear()
        this.addRules(rules)
    }

    addRules(rules: (AclRule & { type: string })[]): void {
        for (const r of rules) {
            this.byId.set(r.sysId, r)
            if (!r.active || r.type !== 'record') continue
            const key = `${r.name}|${r.operation}`
            this.byName.set(key, [...(this.byName.get(key) ?? []), r])
        }
    }

    private rulesFor(name: string, op: string): AclRule[] | undefined {
        return this.byName.get(`${name}|${op}`)
    }

    /** gs.hasRole: a role the user holds, or any role but an elevated one for admin. */
    hasRole(user: UserInfo, role: string): boolean {
        if (user.roles.has(role)) return true
        return user.roles.has('admin') && !this.elevated(role)
    }

    private passes(rule: AclRule, user: UserInfo, record: GlideRecord | null, table: string): boolean {
        if (rule.adminOverrides && user.roles.has('admin')) return true
        if (rule.roles.length && !rule.roles.some((r) => this.hasRole(user, r))) return false
        if (rule.condition) {
            const { condition } = parseEncoded(rule.condition)
            if (
                !record ||
                !evaluate(
                    condition,
                    (f) => record.getValue(f) ?? '',
                    undefined,
                    (f) => this.schema.column(record.getTableName(), f)?.type,
                )
            )
                return false
        }
        if (rule.script && !this.runAclScript(rule.script, record, table)) return false
        if (rule.check && !rule.check(record, user)) return false
        return true
    }

    /** Deny-Unless rules first (each must pass), then at least one Allow-If rule. */
    private decide(rules: AclRule[], user: UserInfo, record: GlideRecord | null, table: string): boolean {
        for (const r of rules) if (r.decision === 'deny' && !this.passes(r, user, record, table)) return false
        return rules.some((r) => r.decision !== 'deny' && this.passes(r, user, record, table))
    }

    /**
     * A named ACL (e.g. a scripted REST route's enforced REST_Endpoint ACL) by sys_id. An id that is not in
     * the build is a platform ACL (the default "Scripted REST External Default" requires a signed-in user).
     */
    passesAcl(user: UserInfo, sysId: string): boolean {
        const rule = this.byId.get(sysId)
        if (!rule) return user.userName !== 'guest'
        return rule.active && this.passes(rule, user, null, '')
    }

    /** Whether the user may perform the operation on the table (and row, and field). */
    can(user: UserInfo, op: Operation, table: string, record: GlideRecord | null, field?: string): boolean {
        const chain = this.schema.ancestry(table).map((t) => t.name)
        let tableRules: AclRule[] | undefined
        for (const t of chain) if ((tableRules = this.rulesFor(t, op))) break
        if (!tableRules) return user.roles.has('admin')
        if (!this.decide(tableRules, user, record, table)) return false
        if (!field) return true
        let fieldRules: AclRule[] | undefined
        for (const t of chain) if ((fieldRules = this.rulesFor(`${t}.${field}`, op))) break
        if (!fieldRules) for (const t of chain) if ((fieldRules = this.rulesFor(`${t}.*`, op))) break
        if (!fieldRules) return true
        return this.decide(fieldRules, user, record, table)
    }
}
