/**
 * Users and roles: the users the runtime knows (the system user, those a test creates, those a persisted
 * database holds), role containment from `sys_user_role_contains`, and the current user (`runAs`).
 * Whether a user holds a role is Security.hasRole (admin holds every role but elevated ones).
 */
import { SYSTEM, type RuntimeContext } from './context'
import type { Security, UserInfo } from './security'

/** The platform's guest user: who public routes (authentication off) run as. No roles. */
export const GUEST = 'guest'
const GUEST_SYS_ID = '5136503cc611227c0183e96598c4f706'

export class Users {
    private users = new Map<string, UserInfo>()
    private currentUser: string = SYSTEM

    constructor(
        private readonly ctx: RuntimeContext,
        private readonly security: Security,
    ) {}

    /** The built-in system user (sys_id as on every instance), admin; and the guest user, without roles. */
    addSystem(): void {
        this.users.set(SYSTEM, { sysId: '6816f79cc0a8016401c5a33be04be441', userName: SYSTEM, roles: new Set(['admin']) })
        this.users.set(GUEST, { sysId: GUEST_SYS_ID, userName: GUEST, roles: new Set() })
    }

    /** A persisted database reopened: its users sign in again with the roles they hold. */
    restore(): void {
        const roleNames = new Map(this.ctx.query('sys_user_role').map((r) => [r.sys_id, r.name]))
        const held = new Map<string, string[]>()
        for (const link of this.ctx.query('sys_user_has_role'))
            held.set(link.user, [...(held.get(link.user) ?? []), roleNames.get(link.role) ?? ''])
        for (const u of this.ctx.query('sys_user')) {
            if (!u.user_name || this.users.has(u.user_name)) continue
            this.users.set(u.user_name, {
                sysId: u.sys_id,
                userName: u.user_name,
                roles: this.expandRoles((held.get(u.sys_id) ?? []).filter(Boolean)),
            })
        }
    }

    has(userName: string): boolean {
        return this.users.has(userName)
    }

    get(userName: string): UserInfo | undefined {
        return this.users.get(userName)
    }

    /** The name of the user scripts run as now. */
    get currentName(): string {
        return this.currentUser
    }

    current(): UserInfo {
        return this.users.get(this.currentUser) as UserInfo
    }

    private expandRoles(direct: string[]): Set<string> {
        const contains = new Map<string, string[]>()
        for (const c of this.ctx.query('sys_user_role_contains')) {
            const role = this.ctx.query('sys_user_role', `sys_id=${c.role}`)[0]?.name
            const inner = this.ctx.query('sys_user_role', `sys_id=${c.contains}`)[0]?.name
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
    create(u: { user_name: string; name?: string; email?: string; roles?: string[] }): string {
        const sysId = this.ctx.asSystem(() => {
            const roles = u.roles ?? []
            const gr = new this.ctx.SystemRecord('sys_user')
            gr.initialize()
            gr.setValue('user_name', u.user_name)
            gr.setValue('name', u.name ?? u.user_name)
            gr.setValue('email', u.email ?? `${u.user_name}@example.com`)
            const id = gr.insert()
            if (!id) throw new Error(`could not create user ${u.user_name}`)
            for (const role of roles) {
                let r = this.ctx.query('sys_user_role', `name=${role}`)[0]
                if (!r) r = { sys_id: this.ctx.insert('sys_user_role', { name: role }) }
                this.ctx.insert('sys_user_has_role', { user: id, role: r.sys_id })
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
}
