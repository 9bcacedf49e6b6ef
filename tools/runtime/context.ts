/**
 * What the runtime's parts (users.ts, access.ts, jobs.ts, rest.ts, …) share: the system user, the app's scope
 * prefix, and the services a part may call on the Runtime — queries and writes as the system user, running as
 * a user, running one of the app's scripts in its scope, the scheduler clock.
 */
import type { Storage } from './db'
import type { GlideRecord } from './glide/record'
import type { Schema } from './schema'

export const SYSTEM = 'system'
export const APP_PREFIX = 'x_tvgh_teamviewer'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

export type RecordClass = new (table: string) => GlideRecord

export interface RuntimeContext {
    readonly schema: Schema
    readonly storage: Storage
    /** GlideRecord for the platform's own work (and the tests' conveniences): no application-access checks. */
    readonly SystemRecord: RecordClass
    /** The scheduler clock's time (ms). */
    now(): number
    query(table: string, encoded?: string): Record<string, string>[]
    insert(table: string, fields: Record<string, unknown>): string
    update(table: string, sysId: string, fields: Record<string, unknown>): void
    runAs<T>(userName: string, fn: () => T): T
    asSystem<T>(fn: () => T): T
    /** Runs one of the app's scripts in the app's scope. */
    runScript(code: string, vars?: Record<string, unknown>): unknown
}

export function toMs(v: number | Date | string | undefined): number {
    if (v === undefined) return Date.now()
    if (v instanceof Date) return v.getTime()
    if (typeof v === 'number') return v
    const ms = Date.parse(v)
    if (Number.isNaN(ms)) throw new Error(`invalid time "${v}"`)
    return ms
}
