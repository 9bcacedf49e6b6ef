/**
 * Users, roles and ACL evaluation of the built sys_security_acl records.
 * Semantics (product docs, "Access control list rules" / "ACL evaluation process"):
 * - a table-level rule (name = table) AND, for a field, a field-level rule (table.field, else table.*) must pass;
 * - rules are looked up on the table, then its parents (task rules cover incident) — the most specific
 *   table that has rules for the operation decides;
 * - when several rules match the same object and operation, passing ANY one grants access;
 * - within one rule, its roles (any of them) AND its condition AND its script must all pass;
 * - admin passes a rule only through admin_overrides; with admin_overrides false, admin must hold a role.
 * Runtime choices (documented in README.md): a table of the app's scope with no matching rule is denied;
 * platform tables without rules here are allowed (the runtime does not model platform ACLs).
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
        private readonly appScopePrefix: string,
        private readonly runAclScript: (script: string, current: GlideRecord | null, table: string) => boolean,
    ) {}

    setRules(rules: (AclRule & { type: string })[]): void {
        this.byName.clear()
        this.byId.clear()
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

    private passes(rule: AclRule, user: UserInfo, record: GlideRecord | null, table: string): boolean {
        const admin = user.roles.has('admin')
        if (rule.adminOverrides && admin) return true
        if (rule.roles.length && !rule.roles.some((r) => user.roles.has(r))) return false
        if (rule.condition) {
            const { condition } = parseEncoded(rule.condition)
            if (!record || !evaluate(condition, (f) => record.getValue(f) ?? '', undefined, (f) => this.schema.column(record.getTableName(), f)?.type)) return false
        }
        if (rule.script && !this.runAclScript(rule.script, record, table)) return false
        return true
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
        if (!tableRules) {
            if (!table.startsWith(this.appScopePrefix)) return true
            return false
        }
        if (!tableRules.some((r) => this.passes(r, user, record, table))) return false
        if (!field) return true
        let fieldRules: AclRule[] | undefined
        for (const t of chain) if ((fieldRules = this.rulesFor(`${t}.${field}`, op) ?? this.rulesFor(`${t}.*`, op))) break
        if (!fieldRules) return true
        return fieldRules.some((r) => this.passes(r, user, record, table))
    }
}
