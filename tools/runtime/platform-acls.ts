/**
 * The base instance's access rules for the platform tables the app touches, so that GlideRecordSecure,
 * canRead() and the app's ACL scripts meet the same refusals as on an instance. Modelled on the product
 * documentation (Base system roles; the "incident query" before-query rule; the security jump-start ACLs):
 * - itil opens, updates and closes incidents, problems, change requests and requested items; it reads all
 *   tasks; deleting tasks needs admin;
 * - a user without itil reads only the incidents they are caller of, opened, or watch, and the tasks they
 *   opened;
 * - every signed-in user reads user records; users update only their own; admins create and delete them;
 * - journal entries follow the task they belong to (read: whoever reads the task).
 * Exact base ACL scripts differ between releases and plugins (ITSM Enhanced Security adds deny-unless rules);
 * tools/runtime/README.md lists what only an instance can confirm.
 */
import type { GlideRecord } from './glide/record'
import type { AclRule, UserInfo } from './security'

/** A platform rule: its script is TypeScript run with the record and the user (not app code: no scope checks). */
export type PlatformRule = AclRule & { type: 'record' }
type Check = (record: GlideRecord | null, user: UserInfo) => boolean

const value = (r: GlideRecord | null, f: string): string => (r ? (r.getValue(f) ?? '') : '')

/** The caller, the opener or a watcher of an incident (the base "incident query" rule's condition). */
const involved: Check = (r, u) => {
    if (!r) return true // a table-level question: such a user reads some incidents
    return value(r, 'caller_id') === u.sysId || value(r, 'opened_by') === u.sysId || value(r, 'watch_list').split(',').includes(u.sysId)
}
const opener: Check = (r, u) => !r || value(r, 'opened_by') === u.sysId

let n = 0
function rule(name: string, operation: string, roles: string[], check?: Check): PlatformRule {
    n++
    return {
        type: 'record',
        sysId: `platform-acl-${n}`,
        name,
        operation,
        roles,
        condition: '',
        script: '',
        adminOverrides: true,
        active: true,
        decision: 'allow',
        check,
    }
}

export const PLATFORM_ACLS: PlatformRule[] = [
    rule('task', 'read', ['itil']),
    rule('task', 'read', [], opener),
    rule('task', 'write', ['itil']),
    rule('task', 'create', ['itil']),
    rule('task', 'delete', ['admin']),
    rule('incident', 'read', ['itil']),
    rule('incident', 'read', [], involved),
    rule('incident', 'write', ['itil']),
    rule('incident', 'create', ['itil']),
    rule('incident', 'delete', ['admin']),
    rule('sys_user', 'read', [], (_r, u) => !!u.sysId),
    rule('sys_user', 'write', [], (r, u) => !r || value(r, 'sys_id') === u.sysId),
    rule('sys_user', 'create', ['admin']),
    rule('sys_user', 'delete', ['admin']),
]
