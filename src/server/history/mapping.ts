/**
 * How a TeamViewer connection record becomes a row of x_tvgh_teamviewer_connection, and which stored values
 * differ (so unchanged rows are not written). Pure: enrichment lookups are passed in.
 */
import { LINK_COLUMNS, RAW_JSON_COLUMN, type CaseLink, type Row } from '../ports/history.ts'
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
 * compares them with the build). A value longer than its column is cut (free text) or left empty (identifiers
 * and coded values, where a cut value would be a wrong one); the record's raw JSON keeps it.
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
    [RAW_JSON_COLUMN]: 8000,
}

/** The forms TeamViewer documents for identifiers and coded values; a value outside them is kept, and counted. */
const FORMS: Record<string, RegExp> = {
    supporter_tv_user_id: /^u\d{1,18}$/,
    group_id: /^g\d{1,18}$/,
    device_id: /^d?\d{1,38}$/,
    contact_id: /^c\d{1,38}$/,
    session_code: /^s\d{2,3}-\d{3}-\d{3}$/i,
    support_session_type: /^[123]$/,
    billing_state: /^(Bill|Billed|DoNotBill)$/,
    currency: /^[A-Za-z]{3}$/,
}

const FEE = /^-?\d{1,12}(\.\d{1,4})?$/

/** Which column each field of a record fills (and the nested objects, by their JSON name), for the counts. */
const FIELD_COLUMN: Record<string, string> = {
    userId: 'supporter_tv_user_id',
    userName: 'supporter_name',
    deviceId: 'device_id',
    deviceName: 'device_name',
    groupId: 'group_id',
    groupName: 'group_name',
    endDate: 'end_date',
    fee: 'fee',
    currency: 'currency',
    billingState: 'billing_state',
    notes: 'notes',
    contactId: 'contact_id',
    supportSessionType: 'support_session_type',
    sessionCode: 'session_code',
    endCustomerName: 'end_customer_name',
    endCustomerEmail: 'end_customer_email',
    feedbackRating: 'feedback_rating',
    feedbackComment: 'feedback_comment',
    endCustomer: 'end_customer',
    feedback: 'feedback',
}

/** The record field each column is filled from (the inverse of FIELD_COLUMN). */
const COLUMN_FIELD: Record<string, string> = Object.fromEntries(Object.entries(FIELD_COLUMN).map(([f, c]) => [c, f]))

/** Fields that are left empty when they could not be read (the others hold the text read). */
const UNREAD_EMPTY = ['endDate', 'feedbackRating', 'endCustomer', 'feedback']

/** A value not stored as TeamViewer sent it (or outside its documented form): its column, the value, what became of it. */
export interface OddValue {
    column: string
    value: string
    fate: 'stored as sent' | 'cut' | 'left empty'
}

/**
 * A record id usable as the upsert key and in IN lookups: 1–64 printable ASCII characters, no comma (an IN
 * list separator) and no caret (an encoded-query separator). Its form is not checked further.
 */
export function usableId(id: string): boolean {
    return /^[\x21-\x7e]{1,64}$/.test(id) && !/[,^]/.test(id)
}

/** A session code that may be looked up (service cases): TeamViewer's form; any other code just does not link. */
export function linkableCode(code: string): boolean {
    return FORMS.session_code.test(code)
}

/** A TeamViewer user id that may be looked up (supporters' grants): TeamViewer's form; any other id does not link. */
export function linkableUserId(id: string): boolean {
    return FORMS.supporter_tv_user_id.test(id)
}

/**
 * Why a record cannot be stored at all ('' when it can): only its identity counts — a usable record id (the
 * upsert key) and a start date. Plain, bounded text naming the record.
 */
export function identityProblem(r: ConnectionRecord): string {
    if (!usableId(r.id))
        return `record ${safeText(r.id, [], 64)}: tv_id "${safeText(r.id, [], 40)}" cannot be a record id (1–64 printable characters, no comma)`
    if (!isoToGlide(r.startDate)) return `record ${r.id}: start_date "${safeText(r.startDate, [], 40)}" is not a date`
    return ''
}

function cut(s: string, max: number): string {
    return s.length > max ? s.slice(0, max) : s
}

/**
 * The raw JSON, bounded to its column: when too long, string values over 500 characters are shortened (marked
 * with …), and if it is still too long the text itself is cut (then no longer valid JSON, and marked so).
 */
export function boundedJson(raw: string, max = COLUMN_MAX[RAW_JSON_COLUMN]): string {
    if (raw.length <= max) return raw
    let shorter = raw
    try {
        shorter = JSON.stringify(JSON.parse(raw), (_k, v: unknown) => (typeof v === 'string' && v.length > 500 ? `${v.slice(0, 500)}…` : v))
    } catch (_e) {
        // not JSON: cut below
    }
    return shorter.length <= max ? shorter : `${shorter.slice(0, max - 12)}…(cut here)`
}

/** What the mapping of one record produced: the row, and the values it did not store as sent. */
export interface Mapped {
    row: Row
    odd: OddValue[]
}

/**
 * The row of a record. Liberal: whatever TeamViewer sends is kept — free text cut to its column; an identifier
 * or coded value outside its documented form stored as sent when its column holds it, else left empty; a fee
 * or rating that is not a number left empty; every such value listed in `odd`. The raw JSON keeps the rest
 * (`raw` false: not stored).
 */
export function mapRecord(r: ConnectionRecord, e: Enrichment, opts: { raw?: boolean } = {}): Mapped {
    const odd: OddValue[] = []
    const unreadable = r.unreadable ?? {}
    // an end date, rating or nested object that could not be read is empty (text read from an object: below)
    for (const field of UNREAD_EMPTY)
        if (unreadable[field] !== undefined) odd.push({ column: FIELD_COLUMN[field], value: unreadable[field], fate: 'left empty' })
    const free = (column: string, value: string): string => {
        const max = COLUMN_MAX[column]
        const stored = cut(value, max)
        if (stored !== value) odd.push({ column, value, fate: 'cut' })
        else if (value && unreadable[COLUMN_FIELD[column]] !== undefined) odd.push({ column, value, fate: 'stored as sent' })
        return stored
    }
    const coded = (column: string, value: string): string => {
        if (value === '' || FORMS[column].test(value)) return value
        const fits = value.length <= COLUMN_MAX[column]
        odd.push({ column, value, fate: fits ? 'stored as sent' : 'left empty' })
        return fits ? value : ''
    }
    let fee = r.fee
    if (fee !== '' && !FEE.test(fee)) {
        odd.push({ column: 'fee', value: fee, fate: 'left empty' })
        fee = ''
    }
    let rating = r.feedbackRating === null ? '' : String(r.feedbackRating)
    if (r.feedbackRating !== null && !(Number.isInteger(r.feedbackRating) && r.feedbackRating >= 0 && r.feedbackRating <= 100)) {
        odd.push({ column: 'feedback_rating', value: rating, fate: 'left empty' })
        rating = ''
    }
    const seconds = connectionSeconds(r)
    const link = linkableCode(r.sessionCode) ? e.cases.get(r.sessionCode.toLowerCase()) : undefined
    let supporter = ''
    if (link && link.supporter && (!link.supporterTvUserId || link.supporterTvUserId === r.userId)) supporter = link.supporter
    else if (linkableUserId(r.userId)) supporter = e.users.get(r.userId) ?? ''
    const row: Row = {
        tv_id: r.id,
        session_code: coded('session_code', r.sessionCode),
        supporter_tv_user_id: coded('supporter_tv_user_id', r.userId),
        supporter_name: free('supporter_name', r.userName),
        device_id: coded('device_id', r.deviceId),
        device_name: free('device_name', r.deviceName),
        group_id: coded('group_id', r.groupId),
        group_name: free('group_name', r.groupName),
        start_date: isoToGlide(r.startDate),
        end_date: isoToGlide(r.endDate),
        duration: seconds === null ? '' : durationValue(seconds),
        support_session_type: coded('support_session_type', r.supportSessionType),
        billing_state: coded('billing_state', r.billingState),
        fee,
        currency: coded('currency', r.currency),
        notes: free('notes', r.notes),
        contact_id: coded('contact_id', r.contactId),
        end_customer_name: free('end_customer_name', r.endCustomerName),
        end_customer_email: free('end_customer_email', r.endCustomerEmail),
        feedback_rating: rating,
        feedback_comment: free('feedback_comment', r.feedbackComment),
        task: link ? link.task : '',
        service_case: link ? link.sysId : '',
        supporter,
    }
    if (opts.raw !== false && r.raw !== undefined) row[RAW_JSON_COLUMN] = boundedJson(r.raw)
    return { row, odd }
}

export function toRow(r: ConnectionRecord, e: Enrichment, opts: { raw?: boolean } = {}): Row {
    return mapRecord(r, e, opts).row
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
