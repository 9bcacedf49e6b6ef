/**
 * How a TeamViewer connection record becomes a row of x_tvgh_teamviewer_connection, and which stored values
 * differ (so unchanged rows are not written). Pure: enrichment lookups are passed in.
 */
import { LINK_COLUMNS, type CaseLink, type Row } from '../ports/history.ts'
import { durationValue, isoToGlide, secondsBetween } from '../shared/time.ts'
import type { ConnectionRecord } from '../teamviewer/model.ts'
import { safeText } from '../teamviewer/redact.ts'

export interface Enrichment {
    /** Service cases by session code. */
    cases: Map<string, CaseLink>
    /** sys_user ids by TeamViewer user id (from supporters' grants). */
    users: Map<string, string>
}

/** How long a connection lasted, in seconds; null while it runs or when its dates contradict each other. */
export function connectionSeconds(r: ConnectionRecord): number | null {
    return r.endDate ? secondsBetween(r.startDate, r.endDate) : null
}

/**
 * The max_length of the connection table's string columns (src/fluent/tables/connection.now.ts; a test
 * compares them with the build). Identifiers and choices longer than their column are refused; free text
 * (names, notes, comments) is cut to it.
 */
export const COLUMN_MAX: Record<string, number> = {
    tv_id: 64,
    session_code: 20,
    supporter_tv_user_id: 20,
    supporter_name: 100,
    device_id: 40,
    device_name: 255,
    group_id: 20,
    group_name: 100,
    support_session_type: 10,
    billing_state: 20,
    currency: 3,
    notes: 4000,
    contact_id: 40,
    end_customer_name: 100,
    end_customer_email: 254,
    feedback_comment: 4000,
}

/** The forms TeamViewer uses for identifiers and coded values ('' = absent, always allowed unless noted). */
const FORMS: { field: keyof ConnectionRecord; column: string; re: RegExp; what: string; required?: boolean }[] = [
    { field: 'id', column: 'tv_id', re: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, what: 'a GUID', required: true },
    { field: 'userId', column: 'supporter_tv_user_id', re: /^u\d{1,18}$/, what: 'u followed by digits' },
    { field: 'groupId', column: 'group_id', re: /^g\d{1,18}$/, what: 'g followed by digits' },
    { field: 'deviceId', column: 'device_id', re: /^d?\d{1,38}$/, what: 'd followed by digits' },
    { field: 'contactId', column: 'contact_id', re: /^c\d{1,38}$/, what: 'c followed by digits' },
    { field: 'sessionCode', column: 'session_code', re: /^s\d{2,3}-\d{3}-\d{3}$/i, what: 'a session code like s12-345-678' },
    { field: 'supportSessionType', column: 'support_session_type', re: /^[123]$/, what: '1, 2 or 3' },
    { field: 'billingState', column: 'billing_state', re: /^(Bill|Billed|DoNotBill)$/, what: 'Bill, Billed or DoNotBill' },
    { field: 'fee', column: 'fee', re: /^-?\d{1,12}(\.\d{1,4})?$/, what: 'a decimal number' },
    { field: 'currency', column: 'currency', re: /^[A-Za-z]{3}$/, what: 'a 3-letter currency code' },
]

/**
 * Why a record cannot be stored as it is ('' when it can): an identifier or coded value not in the form
 * TeamViewer uses (which also keeps commas out of the per-page IN lookups), a start that is not a date, a
 * rating that is not a small whole number. Plain, bounded text naming the record.
 */
export function invalidReason(r: ConnectionRecord): string {
    const problems: string[] = []
    for (const f of FORMS) {
        const v = String(r[f.field] ?? '')
        if (v === '' && !f.required) continue
        const max = COLUMN_MAX[f.column]
        if (max !== undefined && v.length > max) problems.push(`${f.column} is longer than ${max} characters`)
        else if (!f.re.test(v)) problems.push(`${f.column} "${safeText(v, [], 40)}" is not ${f.what}`)
    }
    if (!isoToGlide(r.startDate)) problems.push(`start_date "${safeText(r.startDate, [], 40)}" is not a date`)
    if (r.endDate && !isoToGlide(r.endDate)) problems.push(`end_date "${safeText(r.endDate, [], 40)}" is not a date`)
    if (r.feedbackRating !== null && !(Number.isInteger(r.feedbackRating) && r.feedbackRating >= 0 && r.feedbackRating <= 100)) {
        problems.push('feedback rating is not a whole number from 0 to 100')
    }
    if (!problems.length) return ''
    return `record ${safeText(r.id, [], 64)}: ${problems.join(', ')}`
}

function cut(s: string, max: number): string {
    return s.length > max ? s.slice(0, max) : s
}

export function toRow(r: ConnectionRecord, e: Enrichment): Row {
    const seconds = connectionSeconds(r)
    const link = r.sessionCode ? e.cases.get(r.sessionCode.toLowerCase()) : undefined
    let supporter = ''
    if (link && link.supporter && (!link.supporterTvUserId || link.supporterTvUserId === r.userId)) supporter = link.supporter
    else if (r.userId) supporter = e.users.get(r.userId) ?? ''
    return {
        tv_id: r.id,
        session_code: cut(r.sessionCode, COLUMN_MAX.session_code),
        supporter_tv_user_id: cut(r.userId, COLUMN_MAX.supporter_tv_user_id),
        supporter_name: cut(r.userName, COLUMN_MAX.supporter_name),
        device_id: cut(r.deviceId, COLUMN_MAX.device_id),
        device_name: cut(r.deviceName, COLUMN_MAX.device_name),
        group_id: cut(r.groupId, COLUMN_MAX.group_id),
        group_name: cut(r.groupName, COLUMN_MAX.group_name),
        start_date: isoToGlide(r.startDate),
        end_date: isoToGlide(r.endDate),
        duration: seconds === null ? '' : durationValue(seconds),
        support_session_type: r.supportSessionType,
        billing_state: r.billingState,
        fee: r.fee,
        currency: cut(r.currency, COLUMN_MAX.currency),
        notes: cut(r.notes, COLUMN_MAX.notes),
        contact_id: cut(r.contactId, COLUMN_MAX.contact_id),
        end_customer_name: cut(r.endCustomerName, COLUMN_MAX.end_customer_name),
        end_customer_email: cut(r.endCustomerEmail, COLUMN_MAX.end_customer_email),
        feedback_rating: r.feedbackRating === null ? '' : String(r.feedbackRating),
        feedback_comment: cut(r.feedbackComment, COLUMN_MAX.feedback_comment),
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
