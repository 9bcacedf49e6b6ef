/**
 * Tasks (incident, problem, change request, requested item, any table extending task) as the app reads and
 * notes them. A task is always opened on its own class, so that class's ACLs and business rules apply —
 * a `task` GlideRecord would apply task's only.
 */
import { GlideRecord } from '@servicenow/glide'

/** The task on its own class (sys_class_name), or null when there is none. */
export function openTask(sysId: string): GlideRecord | null {
    if (!sysId) return null
    const base = new GlideRecord('task')
    if (!base.get(sysId)) return null
    const cls = String(base.getValue('sys_class_name') ?? '') || 'task'
    if (cls === 'task') return base
    const own = new GlideRecord(cls)
    return own.get(sysId) ? own : null
}

/** Adds one line to the task's work notes; false when the task is gone or the update was refused. */
export function addWorkNote(taskSysId: string, text: string): boolean {
    const task = openTask(taskSysId)
    if (!task) return false
    task.setValue('work_notes', text)
    return !!task.update()
}
