/**
 * Tolerant parsing of TeamViewer responses. Public sources disagree on some details (TeamViewer's Web API
 * documentation, https://webapi.teamviewer.com/api/v1/docs, and its API documentation PDF; TeamViewer's own
 * PowerShell module, github.com/teamviewer/TeamViewerPS): session state "open" vs "Open", `records_remaining`
 * vs `reports_remaining`, support_session_type integer (reports) vs string (sessions), optional fields absent.
 * Everything here accepts all of them. A connection record without its id or start date is refused on its own
 * (listed in the page's `refused`); any other value, whatever its form, is read and kept.
 */
import { canonicalIso, parseDateTime } from '../shared/time.ts'
import { isTeamViewerError, TeamViewerError } from './errors.ts'
import type { Account, ConnectionPage, ConnectionRecord, Group, Session, SessionPage, TokenGrant } from './model.ts'

type Json = Record<string, unknown>

function malformed(what: string): TeamViewerError {
    return new TeamViewerError('server_error', `Malformed TeamViewer response: ${what}.`, 200, 'malformed_response')
}

function obj(v: unknown, what: string): Json {
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw malformed(`${what} is not an object`)
    return v as Json
}

function str(v: unknown): string {
    if (v === undefined || v === null) return ''
    return typeof v === 'string' ? v : String(v)
}

function dateOrNull(v: unknown): string | null {
    const s = str(v)
    return s === '' ? null : s
}

/** How a raw value appears in a message: a string quoted, anything else as JSON; cut to 60 characters. */
function shown(v: unknown): string {
    const s = typeof v === 'string' ? `"${v}"` : String(JSON.stringify(v))
    return s.length > 62 ? `${s.slice(0, 62)}…` : s
}

/** A record id as it appears in a message: at most 64 characters. */
function shownId(id: string): string {
    return id.length > 64 ? `${id.slice(0, 64)}…` : id
}

/**
 * A date of a connection record in canonical form (shared/time.ts), null when absent (an end_date while running).
 * A start that is absent or unreadable refuses the record (naming it and the raw value): without it the record
 * has no place in the history. An unreadable end is recorded in `unreadable` and read as absent.
 */
function recordDate(o: Json, key: string, id: string, required: boolean, unreadable: Record<string, string>, field: string): string | null {
    const raw = o[key]
    if (raw === undefined || raw === null || raw === '') {
        if (required) throw malformed(`connection record ${shownId(id)} without "${key}"`)
        return null
    }
    const ms = typeof raw === 'string' ? parseDateTime(raw) : NaN
    if (Number.isNaN(ms)) {
        if (!required) {
            unreadable[field] = typeof raw === 'string' ? raw : String(JSON.stringify(raw))
            return null
        }
        throw new TeamViewerError(
            'invalid_data',
            `TeamViewer connection record ${shownId(id)} has an unreadable ${key} ${shown(raw)}.`,
            200,
            'invalid_date',
        )
    }
    return canonicalIso(ms)
}

function numOrNull(v: unknown): number | null {
    if (v === undefined || v === null || v === '') return null
    const n = Number(v)
    return Number.isFinite(n) ? n : null
}

function requiredStr(o: Json, key: string, what: string): string {
    const s = str(o[key])
    if (!s) throw malformed(`${what} without "${key}"`)
    return s
}

const SESSION_TYPE_NAMES: Record<string, string> = {
    remoteconnection: '1',
    remotesupportactive: '2',
    remotesupportactivesdk: '3',
}

/** The reports API sends an integer (1, 2, 3); accept strings and names too. */
function supportSessionTypeCode(v: string): string {
    if (v === '') return ''
    const s = v.trim()
    if (/^\d+$/.test(s)) return String(Number(s))
    return SESSION_TYPE_NAMES[s.toLowerCase().replace(/[^a-z]/g, '')] ?? s
}

/**
 * A value of a connection record as text: a string as is, a number or boolean as written; an object or array (where
 * TeamViewer documents a string) as its JSON text, noted in `unreadable` under `field`.
 */
function text(o: Json, key: string, field: string, unreadable: Record<string, string>): string {
    const v = o[key]
    if (v === undefined || v === null) return ''
    if (typeof v === 'string') return v
    if (typeof v === 'number' || typeof v === 'boolean') return String(v)
    const json = String(JSON.stringify(v))
    unreadable[field] = json
    return json
}

/** A nested object of a record (end_customer, feedback); anything else is noted in `unreadable` and read as empty. */
function nested(o: Json, key: string, field: string, unreadable: Record<string, string>): Json {
    const v = o[key]
    if (v === undefined || v === null) return {}
    if (typeof v === 'object' && !Array.isArray(v)) return v as Json
    unreadable[field] = typeof v === 'string' ? v : String(JSON.stringify(v))
    return {}
}

/**
 * One connection record. Liberal: every value is read as text (objects as JSON, noted in `unreadable`), the
 * whole record is kept as `raw`; only a record without an id or a readable start date is refused (it throws).
 * Whether each value fits its column is decided where it is stored (history/mapping.ts).
 */
export function parseConnectionRecord(v: unknown): ConnectionRecord {
    const o = obj(v, 'a connection record')
    const unreadable: Record<string, string> = {}
    const idValue = o.id
    const id = typeof idValue === 'string' || typeof idValue === 'number' ? String(idValue) : ''
    if (!id)
        throw malformed(`a connection record without "id"${idValue === undefined || idValue === null ? '' : ` (it is ${shown(idValue)})`}`)
    const customer = nested(o, 'end_customer', 'endCustomer', unreadable)
    const feedback = nested(o, 'feedback', 'feedback', unreadable)
    const rating = feedback.session_rating
    const feedbackRating = numOrNull(rating)
    if (feedbackRating === null && rating !== undefined && rating !== null && rating !== '')
        unreadable.feedbackRating = typeof rating === 'string' ? rating : String(JSON.stringify(rating))
    return {
        id,
        userId: text(o, 'userid', 'userId', unreadable),
        userName: text(o, 'username', 'userName', unreadable),
        deviceId: text(o, 'deviceid', 'deviceId', unreadable),
        deviceName: text(o, 'devicename', 'deviceName', unreadable),
        groupId: text(o, 'groupid', 'groupId', unreadable),
        groupName: text(o, 'groupname', 'groupName', unreadable),
        startDate: recordDate(o, 'start_date', id, true, unreadable, 'startDate') as string,
        endDate: recordDate(o, 'end_date', id, false, unreadable, 'endDate'),
        fee: text(o, 'fee', 'fee', unreadable),
        currency: text(o, 'currency', 'currency', unreadable),
        billingState: text(o, 'billing_state', 'billingState', unreadable),
        notes: text(o, 'notes', 'notes', unreadable),
        contactId: text(o, 'contact_id', 'contactId', unreadable),
        supportSessionType: supportSessionTypeCode(text(o, 'support_session_type', 'supportSessionType', unreadable)),
        sessionCode: text(o, 'session_code', 'sessionCode', unreadable),
        endCustomerName: text(customer, 'name', 'endCustomerName', unreadable),
        endCustomerEmail: text(customer, 'email', 'endCustomerEmail', unreadable),
        feedbackRating,
        feedbackComment: text(feedback, 'user_comment', 'feedbackComment', unreadable),
        raw: JSON.stringify(o),
        unreadable,
    }
}

/** A paging counter: null when absent, NaN when present but not a number (the caller refuses it). */
function counter(v: unknown): number | null {
    if (v === undefined || v === null) return null
    if (typeof v === 'number') return v
    return typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN
}

export function parseConnectionPage(v: unknown): ConnectionPage {
    const o = obj(v, 'the connection report')
    if (!Array.isArray(o.records)) throw malformed('the connection report has no "records" list')
    const next = str(o.next_offset)
    // one record that cannot be stored (no id, no readable start) costs that record, never its page
    const records: ConnectionRecord[] = []
    const refused: string[] = []
    o.records.forEach((r, i) => {
        try {
            records.push(parseConnectionRecord(r))
        } catch (e) {
            if (!isTeamViewerError(e)) throw e
            refused.push(`record ${i + 1} of the page: ${e.message}`)
        }
    })
    return {
        records,
        nextOffset: next === '' ? null : next,
        // the documentation uses both spellings
        remaining: counter(o.records_remaining ?? o.reports_remaining),
        refused,
    }
}

function sessionState(v: unknown): Session['state'] {
    const s = str(v).toLowerCase()
    if (s === 'open' || s === 'closed') return s
    throw malformed(`unknown session state "${str(v)}"`)
}

export function parseSession(v: unknown): Session {
    const o = obj(v, 'a session')
    const customer = o.end_customer && typeof o.end_customer === 'object' ? (o.end_customer as Json) : {}
    const online = o.online
    return {
        code: requiredStr(o, 'code', 'a session'),
        state: sessionState(o.state),
        groupId: str(o.groupid),
        description: str(o.description),
        endCustomerName: str(customer.name),
        endCustomerEmail: str(customer.email),
        // "u0" is TeamViewer's "nobody" (an unassigned session), not a user id
        assignedUserId: str(o.assigned_userid) === 'u0' ? '' : str(o.assigned_userid),
        endCustomerLink: str(o.end_customer_link),
        supporterLink: str(o.supporter_link),
        webclientSupporterLink: str(o.webclient_supporter_link),
        createdAt: dateOrNull(o.created_at),
        validUntil: dateOrNull(o.valid_until),
        closedAt: dateOrNull(o.closed_at),
        online: online === undefined || online === null ? null : online === true || str(online).toLowerCase() === 'true',
        supportSessionType: str(o.support_session_type).toLowerCase() === 'pilot' ? 'pilot' : 'default',
    }
}

export function parseSessionPage(v: unknown): SessionPage {
    const o = obj(v, 'the session list')
    if (!Array.isArray(o.sessions)) throw malformed('the session list has no "sessions" list')
    const next = str(o.next_offset)
    return { sessions: o.sessions.map(parseSession), nextOffset: next === '' ? null : next }
}

export function parseAccount(v: unknown): Account {
    const o = obj(v, 'the account')
    return { userId: requiredStr(o, 'userid', 'the account'), name: str(o.name), email: str(o.email), companyName: str(o.company_name) }
}

export function parseGroups(v: unknown): Group[] {
    const o = obj(v, 'the group list')
    if (!Array.isArray(o.groups)) throw malformed('the group list has no "groups" list')
    return o.groups.map((g) => {
        const go = obj(g, 'a group')
        return { id: requiredStr(go, 'id', 'a group'), name: str(go.name), permissions: str(go.permissions) }
    })
}

export function parseTokenGrant(v: unknown): TokenGrant {
    const o = obj(v, 'the token response')
    const expiresIn = numOrNull(o.expires_in)
    return {
        accessToken: requiredStr(o, 'access_token', 'the token response'),
        refreshToken: requiredStr(o, 'refresh_token', 'the token response'),
        // honour expires_in; TeamViewer documents a day when it is missing
        expiresIn: expiresIn !== null && expiresIn > 0 ? expiresIn : 86400,
    }
}

export function parsePing(v: unknown): { tokenValid: boolean } {
    const o = obj(v, 'the ping response')
    return { tokenValid: o.token_valid === true || str(o.token_valid).toLowerCase() === 'true' }
}
