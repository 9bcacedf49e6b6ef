/**
 * Tolerant parsing of TeamViewer responses. Public sources disagree on some details (TeamViewer's Web API
 * documentation, https://webapi.teamviewer.com/api/v1/docs, and its API documentation PDF; TeamViewer's own
 * PowerShell module, github.com/teamviewer/TeamViewerPS): session state "open" vs "Open", `records_remaining`
 * vs `reports_remaining`, support_session_type integer (reports) vs string (sessions), optional fields absent.
 * Everything here accepts all of them; a record without its key field is a malformed response.
 */
import { canonicalIso, parseDateTime } from '../shared/time.ts'
import { TeamViewerError } from './errors.ts'
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

/**
 * A date of a connection record in canonical form (shared/time.ts), null when absent (an end_date while running).
 * A value that is present but unreadable fails the whole page, naming the record and the raw value: a
 * silently blank date would look like a running connection.
 */
function recordDate(o: Json, key: string, id: string, required: boolean): string | null {
    const raw = o[key]
    if (raw === undefined || raw === null || raw === '') {
        if (required) throw malformed(`connection record ${id} without "${key}"`)
        return null
    }
    const ms = typeof raw === 'string' ? parseDateTime(raw) : NaN
    if (Number.isNaN(ms)) {
        throw new TeamViewerError(
            'invalid_data',
            `TeamViewer connection record ${id} has an unreadable ${key} ${shown(raw)}.`,
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
function supportSessionTypeCode(v: unknown): string {
    if (v === undefined || v === null || v === '') return ''
    if (typeof v === 'number') return String(v)
    const s = String(v).trim()
    if (/^\d+$/.test(s)) return String(Number(s))
    return SESSION_TYPE_NAMES[s.toLowerCase().replace(/[^a-z]/g, '')] ?? s
}

export function parseConnectionRecord(v: unknown): ConnectionRecord {
    const o = obj(v, 'a connection record')
    const customer = o.end_customer && typeof o.end_customer === 'object' ? (o.end_customer as Json) : {}
    const feedback = o.feedback && typeof o.feedback === 'object' ? (o.feedback as Json) : {}
    const id = requiredStr(o, 'id', 'a connection record')
    return {
        id,
        userId: str(o.userid),
        userName: str(o.username),
        deviceId: str(o.deviceid),
        deviceName: str(o.devicename),
        groupId: str(o.groupid),
        groupName: str(o.groupname),
        startDate: recordDate(o, 'start_date', id, true) as string,
        endDate: recordDate(o, 'end_date', id, false),
        fee: str(o.fee),
        currency: str(o.currency),
        billingState: str(o.billing_state),
        notes: str(o.notes),
        contactId: str(o.contact_id),
        supportSessionType: supportSessionTypeCode(o.support_session_type),
        sessionCode: str(o.session_code),
        endCustomerName: str(customer.name),
        endCustomerEmail: str(customer.email),
        feedbackRating: numOrNull(feedback.session_rating),
        feedbackComment: str(feedback.user_comment),
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
    return {
        records: o.records.map(parseConnectionRecord),
        nextOffset: next === '' ? null : next,
        // the documentation uses both spellings
        remaining: counter(o.records_remaining ?? o.reports_remaining),
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
