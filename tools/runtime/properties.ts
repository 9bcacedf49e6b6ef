/**
 * System properties (`sys_properties`): read as gs.getProperty does, written as an admin would (password2
 * values stored encrypted), and volatile values held in memory only.
 */
import { randomBytes } from 'node:crypto'
import type { RuntimeContext } from './context'
import { upsertRaw } from './install'

export class Properties {
    /** Property values kept in memory only (setVolatile). */
    private volatile = new Map<string, string>()

    constructor(private readonly ctx: Pick<RuntimeContext, 'schema' | 'storage'>) {}

    /** gs.getProperty: a volatile value first, then the stored one; `fallback` for a missing or empty one. */
    get(name: string, fallback?: unknown): unknown {
        if (this.volatile.has(name)) return this.volatile.get(name)
        const p = this.ctx.storage.select(`SELECT value, type FROM "t_sys_properties" WHERE name = ?`, [name])[0]
        if (!p) return fallback === undefined ? undefined : fallback
        // password2 properties come back decrypted, as on an instance (PRB1906571 treats the opposite as a bug)
        const v = p.type === 'password2' ? this.ctx.storage.decrypt(p.value) : (p.value ?? '')
        return v === '' && fallback !== undefined ? fallback : v
    }

    set(name: string, value: string): void {
        const p = this.ctx.storage.select(`SELECT sys_id, type FROM "t_sys_properties" WHERE name = ?`, [name])[0]
        const stored = p?.type === 'password2' ? this.ctx.storage.encrypt(value) : value
        if (p) this.ctx.storage.update('sys_properties', p.sys_id as string, { value: stored === '' ? null : stored })
        else upsertRaw(this.ctx, 'sys_properties', { sys_id: randomBytes(16).toString('hex'), name, value: stored, type: 'string' })
    }

    /**
     * A property value held in memory only, never written to the database (e.g. the CLI's admin token): it
     * shadows the stored value for gs.getProperty while this runtime is open.
     */
    setVolatile(name: string, value: string): void {
        this.volatile.set(name, value)
    }
}
