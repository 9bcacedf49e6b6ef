/**
 * Glide adapters of service cases: the task (opened on its own class, so its own ACLs and business rules
 * apply), the case table, work notes, events. Plain GlideRecord for the case table: users cannot write it
 * through ACLs; the app checks the caller itself (cases/service.ts) before writing.
 * Platform tables touched: task (+ its class: incident, problem, change_request, sc_req_item...) read and
 * work_notes written; sys_user read (the caller of the task).
 */
import { gs, GlideRecord } from '@servicenow/glide'
import type { CaseFields, CaseRow, CaseStore, TaskInfo, TaskStore } from '../ports/cases.ts'
import { TABLE } from '../shared/names.ts'
import { isoToGlide } from '../shared/time.ts'
import { nowGlide } from './clock.ts'
import { addWorkNote, openTask } from './tasks.ts'

/** Fields that name the person a task is about, by table (first one set wins). */
const CALLER_FIELDS = ['caller_id', 'requested_for', 'requested_by', 'opened_by']

function str(v: unknown): string {
    return v === null || v === undefined ? '' : String(v)
}

function callerOf(task: GlideRecord): { name: string; email: string } {
    for (const f of CALLER_FIELDS) {
        if (!task.isValidField(f)) continue
        const id = str(task.getValue(f))
        if (!id) continue
        const user = new GlideRecord('sys_user')
        if (user.get(id)) return { name: str(user.getValue('name')), email: str(user.getValue('email')) }
    }
    return { name: '', email: '' }
}

export const glideTaskStore: TaskStore = {
    open(sysId: string): TaskInfo | null {
        const gr = openTask(sysId)
        if (!gr) return null
        // nothing of a task the caller may not read leaves this adapter (not even its number or class)
        if (!gr.canRead())
            return { sysId, table: '', number: '', shortDescription: '', callerName: '', callerEmail: '', readable: false, writable: false }
        const caller = callerOf(gr)
        return {
            sysId,
            table: gr.getRecordClassName(),
            number: str(gr.getValue('number')),
            shortDescription: str(gr.getValue('short_description')),
            callerName: caller.name,
            callerEmail: caller.email,
            readable: true,
            writable: gr.canWrite(),
        }
    },
    addWorkNote(task: TaskInfo, text: string): void {
        if (!addWorkNote(task.sysId, text)) gs.warn(`TeamViewer integration: could not add a work note to ${task.number}`)
    },
}

function isTrue(v: unknown): boolean {
    return str(v) === '1' || str(v) === 'true'
}

export function caseRow(gr: GlideRecord): CaseRow {
    return {
        sysId: gr.getUniqueValue(),
        code: str(gr.getValue('code')),
        state: str(gr.getValue('state')),
        task: str(gr.getValue('task')),
        supporter: str(gr.getValue('supporter')),
        supporterTvUserId: str(gr.getValue('supporter_tv_user_id')),
        endCustomerName: str(gr.getValue('end_customer_name')),
        endCustomerEmail: str(gr.getValue('end_customer_email')),
        endCustomerLink: str(gr.getValue('end_customer_link')),
        supporterLink: str(gr.getValue('supporter_link')),
        webclientSupporterLink: str(gr.getValue('webclient_supporter_link')),
        validUntil: str(gr.getValue('valid_until')),
        online: isTrue(gr.getValue('online')),
        onlineSince: str(gr.getValue('online_since')),
        closedAt: str(gr.getValue('closed_at')),
        invitationsSent: parseInt(str(gr.getValue('invitations_sent')), 10) || 0,
    }
}

export const glideCaseStore: CaseStore = {
    get(sysId: string): CaseRow | null {
        const gr = new GlideRecord(TABLE.serviceCase)
        return gr.get(sysId) ? caseRow(gr) : null
    },
    ofTask(taskSysId: string): CaseRow[] {
        const gr = new GlideRecord(TABLE.serviceCase)
        gr.addQuery('task', taskSysId)
        gr.orderByDesc('sys_created_on')
        gr.query()
        const out: CaseRow[] = []
        while (gr.next()) out.push(caseRow(gr))
        return out
    },
    insert(f: CaseFields): string {
        const gr = new GlideRecord(TABLE.serviceCase)
        gr.initialize()
        gr.setValue('code', f.code)
        gr.setValue('state', 'open')
        gr.setValue('task', f.task)
        gr.setValue('supporter', f.supporter)
        gr.setValue('supporter_tv_user_id', f.supporterTvUserId)
        gr.setValue('group_id', f.groupId)
        gr.setValue('group_name', f.groupName)
        gr.setValue('end_customer_name', f.endCustomerName)
        gr.setValue('end_customer_email', f.endCustomerEmail)
        gr.setValue('description', f.description)
        gr.setValue('end_customer_link', f.endCustomerLink)
        gr.setValue('supporter_link', f.supporterLink)
        gr.setValue('webclient_supporter_link', f.webclientSupporterLink)
        gr.setValue('support_session_type', f.supportSessionType)
        gr.setValue('tv_created_at', isoToGlide(f.createdAtIso))
        gr.setValue('valid_until', isoToGlide(f.validUntilIso))
        gr.setValue('online', false)
        const id = gr.insert()
        if (!id) throw new Error(`the service case ${f.code} was not inserted`)
        return String(id)
    },
    markClosed(sysId: string): void {
        const gr = new GlideRecord(TABLE.serviceCase)
        if (!gr.get(sysId)) return
        gr.setValue('state', 'closed')
        gr.setValue('online', false)
        gr.setValue('closed_at', nowGlide())
        if (!gr.update()) throw new Error(`the service case ${str(gr.getValue('code'))} could not be closed`)
    },
    setCustomerEmail(sysId: string, email: string): void {
        const gr = new GlideRecord(TABLE.serviceCase)
        if (!gr.get(sysId)) throw new Error(`the service case ${sysId} does not exist`)
        gr.setValue('end_customer_email', email)
        if (!gr.update()) throw new Error(`the service case ${str(gr.getValue('code'))} could not be updated`)
    },
    countInvitation(sysId: string): void {
        const gr = new GlideRecord(TABLE.serviceCase)
        if (!gr.get(sysId)) throw new Error(`the service case ${sysId} does not exist`)
        gr.setValue('invitations_sent', (parseInt(str(gr.getValue('invitations_sent')), 10) || 0) + 1)
        if (!gr.update()) throw new Error(`the service case ${str(gr.getValue('code'))} could not be updated`)
    },
    reassign(sysId: string, supporter: string, supporterTvUserId: string): void {
        const gr = new GlideRecord(TABLE.serviceCase)
        if (!gr.get(sysId)) throw new Error(`the service case ${sysId} does not exist`)
        gr.setValue('supporter', supporter)
        gr.setValue('supporter_tv_user_id', supporterTvUserId)
        if (!gr.update()) throw new Error(`the service case ${str(gr.getValue('code'))} could not be reassigned`)
    },
}

export function queueCaseEvent(name: string, caseSysId: string, parm1: string, parm2: string): void {
    const gr = new GlideRecord(TABLE.serviceCase)
    if (!gr.get(caseSysId)) return
    gs.eventQueue(name, gr, parm1, parm2)
}

/** Session codes of the service cases of a task. One query. */
export function sessionCodesOfTask(taskSysId: string): string[] {
    const codes: string[] = []
    const gr = new GlideRecord(TABLE.serviceCase)
    gr.addQuery('task', taskSysId)
    gr.query()
    while (gr.next()) codes.push(String(gr.getValue('code') ?? ''))
    return codes.filter((c) => c)
}

/** How many service cases are open (counted up to 1,000). */
export function countOpenCases(): number {
    const gr = new GlideRecord(TABLE.serviceCase)
    gr.addQuery('state', 'open')
    gr.setLimit(1000)
    gr.query()
    return gr.getRowCount()
}
