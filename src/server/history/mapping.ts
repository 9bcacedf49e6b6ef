/**
 * How a TeamViewer connection record becomes a row of x_tvgh_teamviewer_connection, and which stored values
 * differ (so unchanged rows are not written). Pure: enrichment lookups are passed in.
 */
import type { ConnectionRecord } from '../teamviewer/model.ts'
import { durationValue, isoToGlide, toMs } from './time.ts'

/** Column → value, as getValue() returns them ('' for empty). */
export type Row = Record<string, string>

/** Columns filled from TeamViewer (what a refresh may change). */
export const TV_COLUMNS = [
    'tv_id',
    'session_code',
    'supporter_tv_user_id',
    'supporter_name',
    'device_id',
    'device_name',
    'group_id',
    'group_name',
    'start_date',
    'end_date',
    'duration',
    'support_session_type',
    'billing_state',
    'fee',
    'currency',
    'notes',
    'contact_id',
    'end_customer_name',
    'end_customer_email',
    'feedback_rating',
    'feedback_comment',
] as const

/** Columns filled by enrichment (links into the platform). */
export const LINK_COLUMNS = ['task', 'service_case', 'supporter'] as const

export const STORED_COLUMNS = [...TV_COLUMNS, ...LINK_COLUMNS, 'work_note_added'] as const

export interface CaseLink {
    sysId: string
    task: string
    supporter: string
    supporterTvUserId: string
}

export interface Enrichment {
    /** Service cases by session code. */
    cases: Map<string, CaseLink>
    /** sys_user ids by TeamViewer user id (from supporters' grants). */
    users: Map<string, string>
}

export function durationSeconds(r: ConnectionRecord): number | null {
    if (!r.endDate) return null
    const start = toMs(r.startDate)
    const end = toMs(r.endDate)
    if (Number.isNaN(start) || Number.isNaN(end) || end < start) return null
    return Math.round((end - start) / 1000)
}

function cut(s: string, max: number): string {
    return s.length > max ? s.slice(0, max) : s
}

export function toRow(r: ConnectionRecord, e: Enrichment): Row {
    const seconds = durationSeconds(r)
    const link = r.sessionCode ? e.cases.get(r.sessionCode.toLowerCase()) : undefined
    let supporter = ''
    if (link && link.supporter && (!link.supporterTvUserId || link.supporterTvUserId === r.userId)) supporter = link.supporter
    else if (r.userId) supporter = e.users.get(r.userId) ?? ''
    return {
        tv_id: r.id,
        session_code: cut(r.sessionCode, 20),
        supporter_tv_user_id: cut(r.userId, 20),
        supporter_name: cut(r.userName, 100),
        device_id: cut(r.deviceId, 40),
        device_name: cut(r.deviceName, 255),
        group_id: cut(r.groupId, 20),
        group_name: cut(r.groupName, 100),
        start_date: isoToGlide(r.startDate),
        end_date: isoToGlide(r.endDate),
        duration: seconds === null ? '' : durationValue(seconds),
        support_session_type: r.supportSessionType,
        billing_state: r.billingState,
        fee: r.fee,
        currency: cut(r.currency, 3),
        notes: cut(r.notes, 4000),
        contact_id: cut(r.contactId, 40),
        end_customer_name: cut(r.endCustomerName, 100),
        end_customer_email: cut(r.endCustomerEmail, 254),
        feedback_rating: r.feedbackRating === null ? '' : String(r.feedbackRating),
        feedback_comment: cut(r.feedbackComment, 4000),
        task: link ? link.task : '',
        service_case: link ? link.sysId : '',
        supporter,
    }
}

const NUMERIC = new Set(['fee', 'feedback_rating'])

function same(column: string, stored: string, fresh: string): boolean {
    if (stored === fresh) return true
    if (NUMERIC.has(column) && stored !== '' && fresh !== '') return Number(stored) === Number(fresh)
    return false
}

/**
 * The columns of `fresh` whose value differs from `stored`. A link that enrichment could not resolve this
 * time ('' in fresh) never erases a stored link.
 */
export function changedColumns(stored: Row, fresh: Row): Row {
    const out: Row = {}
    for (const [column, value] of Object.entries(fresh)) {
        if ((LINK_COLUMNS as readonly string[]).includes(column) && value === '') continue
        if (!same(column, stored[column] ?? '', value)) out[column] = value
    }
    return out
}
