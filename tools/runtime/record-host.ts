/**
 * GlideRecord bound to the runtime: the host a record works through (storage, clock, current user, ACLs,
 * business rules, journal, task numbers, logging) and the classes scripts get — the app's, whose
 * operations on other scopes' tables need a privilege, and the platform's own (global scripts, the tests'
 * conveniences), which are not restricted.
 */
import { randomBytes } from 'node:crypto'
import type { RecordClass } from './context'
import { GlideRecord, GlideRecordSecure, type Operation, type RecordHost } from './glide/record'

/** Task numbers by prefix (INC0010001, …): continued after the highest stored, never handed out twice. */
export class TaskNumbers {
    private counter = new Map<string, number>()

    next(table: string): string {
        const prefix =
            ({ incident: 'INC', problem: 'PRB', change_request: 'CHG', sc_req_item: 'RITM' } as Record<string, string>)[table] ?? 'TASK'
        const n = (this.counter.get(prefix) ?? 10000) + 1
        this.counter.set(prefix, n)
        return `${prefix}${String(n).padStart(7, '0')}`
    }

    /** A persisted database reopened: numbering continues after the numbers it holds. */
    continueAfter(numbers: string[]): void {
        for (const number of numbers) {
            const m = /^([A-Z]+)(\d+)$/.exec(number ?? '')
            if (m && Number(m[2]) > (this.counter.get(m[1]) ?? 10000)) this.counter.set(m[1], Number(m[2]))
        }
    }
}

export interface RecordClasses {
    /** The app's GlideRecord / GlideRecordSecure (application access enforced). */
    AppRecord: RecordClass
    AppSecure: RecordClass
    /** The platform's GlideRecord / GlideRecordSecure. */
    SystemRecord: RecordClass
    SystemSecure: RecordClass
}

/**
 * The record classes over `host` (everything but application access and the journal, added here).
 * @param access the app's application-access check (Access.crossScope)
 */
export function bindRecords(
    host: Omit<RecordHost, 'journal' | 'access' | 'unscoped' | 'newId'>,
    access: (op: Operation, table: string) => void,
): RecordClasses {
    const platform: RecordHost = {
        ...host,
        newId: () => randomBytes(16).toString('hex'),
        journal: (table, sysId, element, value) => {
            const j = new SystemRecord('sys_journal_field')
            j.initialize()
            j.setValue('name', table)
            j.setValue('element', element)
            j.setValue('element_id', sysId)
            j.setValue('value', value)
            j.insert()
        },
    }
    // the app's code runs in the app's scope: its operations on other scopes' tables need a privilege
    const app: RecordHost = { ...platform, access, unscoped: () => platform }
    class BoundRecord extends GlideRecord {
        constructor(table: string) {
            super(app, table)
        }
    }
    class BoundSecure extends GlideRecordSecure {
        constructor(table: string) {
            super(app, table)
        }
    }
    // the platform's own work (and the tests' conveniences) is not app code
    class SystemRecord extends GlideRecord {
        constructor(table: string) {
            super(platform, table)
        }
    }
    class SystemSecure extends GlideRecordSecure {
        constructor(table: string) {
            super(platform, table)
        }
    }
    return { AppRecord: BoundRecord, AppSecure: BoundSecure, SystemRecord, SystemSecure }
}
