/**
 * The `gs` object of server scripts: logging, properties, the current user and roles, events, messages,
 * scoped executeNow and a few utilities. Anything else fails loudly ("not supported by the local runtime:
 * gs.x") — this list is what the runtime emulates of GlideSystem.
 */
import { randomBytes } from 'node:crypto'
import type { LogLevel } from './context'
import { formatGlide } from './glide/datetime'
import type { GlideRecord } from './glide/record'
import type { Properties } from './properties'
import type { UserInfo } from './security'
import type { Messages } from './ui-actions'

/** What gs reads and calls on the runtime. */
export interface GsHost {
    log(level: LogLevel, message: string): void
    properties: Properties
    /** The current user. */
    user(): UserInfo
    hasRole(userName: string, role: string): boolean
    callerScope(): string
    eventQueue(name: string, gr: GlideRecord | null, parm1?: unknown, parm2?: unknown): void
    messages: Messages
    now(): number
    executeNow(job: GlideRecord): string
}

export function makeGs(host: GsHost): Record<string, unknown> {
    const format = (args: unknown[]) => {
        const [msg, ...rest] = args
        return String(msg).replace(/\{(\d+)\}/g, (_m, i) => String(rest[Number(i)] ?? ''))
    }
    const gs: Record<string, unknown> = {
        info: (...a: unknown[]) => host.log('info', format(a)),
        warn: (...a: unknown[]) => host.log('warn', format(a)),
        error: (...a: unknown[]) => host.log('error', format(a)),
        debug: (...a: unknown[]) => host.log('debug', format(a)),
        log: (msg: unknown) => host.log('info', String(msg)),
        getProperty: (name: string, fallback?: unknown) => host.properties.get(name, fallback),
        setProperty: (name: string, value: string) => host.properties.set(name, value),
        getUserID: () => host.user().sysId,
        getCallerScopeName: () => host.callerScope(),
        getUserName: () => host.user().userName,
        getUserDisplayName: () => host.user().userName,
        hasRole: (role: string) => host.hasRole(host.user().userName, role),
        getUser: () => {
            const u = host.user()
            return {
                getID: () => u.sysId,
                getName: () => u.userName,
                hasRole: (r: string) => host.hasRole(u.userName, r),
                getRoles: () => [...u.roles],
            }
        },
        eventQueue: (name: string, gr: GlideRecord | null, parm1?: unknown, parm2?: unknown) => host.eventQueue(name, gr, parm1, parm2),
        addInfoMessage: (m: unknown) => host.messages.info.push(String(m)),
        addErrorMessage: (m: unknown) => host.messages.error.push(String(m)),
        getMessage: (key: string, args?: unknown) => format([key, ...(Array.isArray(args) ? args : args === undefined ? [] : [args])]),
        nowDateTime: () => formatGlide(host.now()),
        generateGUID: () => randomBytes(16).toString('hex'),
        nil: (v: unknown) => v === null || v === undefined || v === '',
        // scoped executeNow(job): queues a job of the same application for immediate execution; returns an id
        executeNow: (job: GlideRecord) => host.executeNow(job),
        base64Encode: (s: string) => Buffer.from(String(s), 'utf8').toString('base64'),
        base64Decode: (s: string) => Buffer.from(String(s), 'base64').toString('utf8'),
    }
    return new Proxy(gs, {
        get(target, prop) {
            if (
                typeof prop === 'string' &&
                !(prop in target) &&
                !['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'constructor'].includes(prop)
            )
                throw new Error(`not supported by the local runtime: gs.${prop}`)
            return Reflect.get(target, prop)
        },
    })
}
