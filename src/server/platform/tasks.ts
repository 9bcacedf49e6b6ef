/**
 * Tasks (incident, problem, change request, requested item, any table extending task) as the app reads and
 * notes them. A task is always opened on its own class, so that class's ACLs and business rules apply —
 * a `task` GlideRecord would apply task's only.
 *
 * Application access: installed, the app runs with runtime access tracking Enforcing (KB0717945), so each task
 * class needs a cross-scope privilege (src/fluent/security/cross-scope.now.ts ships them for the classes the
 * product supports). A class owned by another application (security incidents `sn_si_incident`, HR cases…) has
 * none until an admin grants it: the task is then refused with a message naming the privilege to grant.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { AppError, messageOf } from '../shared/errors.ts'

/** Whether the platform refused an operation for application access (the table's policy or a missing privilege). */
function refusedCrossScope(e: unknown): boolean {
    return /Security restricted|cross-scope access policy|cross scope access privilege/i.test(messageOf(e))
}

/** Where an admin grants the app an operation on a table of another application (sys_scope_privilege). */
export function privilegeToGrant(table: string, operations: string): string {
    return `an admin allows it in System Applications ➜ Application Cross-Scope Access: a privilege with source scope "TeamViewer Integration" (x_tvgh_teamviewer), target name "${table}", type Table, operation ${operations}, status Allowed`
}

/** The task on its own class (sys_class_name), or null when there is none; refused classes answer an AppError. */
export function openTask(sysId: string): GlideRecord | null {
    if (!sysId) return null
    const base = new GlideRecord('task')
    if (!base.get(sysId)) return null
    const cls = String(base.getValue('sys_class_name') ?? '') || 'task'
    if (cls === 'task') return base
    const own = new GlideRecord(cls)
    let found = false
    try {
        found = own.get(sysId)
    } catch (e) {
        if (!refusedCrossScope(e)) throw e
    }
    if (found) return own
    // the task exists (read through task) but its own class cannot be read: an instance refuses (or hides) a table
    // of another application the app holds no privilege for
    const number = String(base.getValue('number') ?? '') || 'this task'
    throw new AppError(
        'not_allowed',
        `TeamViewer cannot open ${number}: its table ${cls} belongs to another application, which does not let the TeamViewer Integration read it. To use TeamViewer on ${cls} records, ${privilegeToGrant(cls, 'Read (and one with operation Write for work notes)')}.`,
    )
}

/** Adds one line to the task's work notes; false when the task is gone or the update was refused. */
export function addWorkNote(taskSysId: string, text: string): boolean {
    const task = openTask(taskSysId)
    if (!task) return false
    task.setValue('work_notes', text)
    try {
        return !!task.update()
    } catch (e) {
        if (!refusedCrossScope(e)) throw e
        const cls = task.getRecordClassName()
        gs.warn(`TeamViewer integration: no work note on ${cls} records: ${privilegeToGrant(cls, 'Write')}.`)
        return false
    }
}
