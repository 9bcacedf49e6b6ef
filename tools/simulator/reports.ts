/**
 * Connection reports: GET /api/v1/reports/connections, PUT/DELETE /api/v1/reports/connections/{id}.
 *
 * Pinned by sources: the parameters (TeamViewerPS Get-TeamViewerConnectionReport sends from_date/to_date as
 * `yyyy-MM-ddTHH:mm:ssZ`, username, userid, devicename, deviceid, groupid, has_code, session_code,
 * support_session_type, and loops on `offset_id = next_offset` while next_offset is present), 1000 per page,
 * `records_remaining` / `reports_remaining` + `next_offset` absent on the last page (TeamViewer Web API documentation).
 * Chosen here (not documented): from_date (inclusive) / to_date (exclusive) filter on start_date; the order
 * is (start_date, id); offset_id continues right after that record's position in this order; an unknown
 * offset_id is 400. Only connections that have started by the simulator clock are reported, and an end_date
 * still in the future is not shown yet (the connection is running). In report-entry mode 'end' (the default,
 * as documented) a connection is listed only once it has ended; in mode 'start' at once, without end_date.
 * Who sees what (ours): a company administrator's or company-level token sees every connection; another
 * user's token sees only their own connections (userid = the token's user).
 */
import { badParam, jsonBody, notFound, type Reply } from './errors'
import { isoOf, type ConnectionRecord, type SimState, type Token } from './state'

export const REPORT_PAGE = 1000
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

function dateParam(q: URLSearchParams, name: string): string | undefined {
    const v = q.get(name)
    if (v === null || v === '') return undefined
    const ms = ISO.test(v) ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : /T[^Z+-]*$/.test(v) ? `${v}Z` : v) : NaN
    if (Number.isNaN(ms)) throw badParam(name, 'Expected a date in ISO 8601 format, e.g. 2024-04-16T20:40:38Z.')
    return isoOf(ms)
}

export function seesCompany(state: SimState, t: Token): boolean {
    return t.company || !!state.users.get(t.userId)?.admin
}

export function report(state: SimState, t: Token, q: URLSearchParams): Reply {
    const from = dateParam(q, 'from_date')
    const to = dateParam(q, 'to_date')
    const hasCode = q.get('has_code')?.toLowerCase() ?? null
    if (hasCode !== null && hasCode !== 'true' && hasCode !== 'false') throw badParam('has_code', 'Allowed values are true and false.')
    const typeRaw = q.get('support_session_type')
    const type = typeRaw === null || typeRaw === '' ? null : Number(typeRaw)
    if (type !== null && ![1, 2, 3].includes(type)) throw badParam('support_session_type', 'Allowed values are 1, 2 and 3.')
    const deviceRaw = q.get('deviceid')
    // TeamViewerPS passes the device id as a number; records carry it with the "d" prefix
    const deviceid = deviceRaw ? (/^\d+$/.test(deviceRaw) ? `d${deviceRaw}` : deviceRaw) : null
    const filters: ((c: ConnectionRecord) => boolean)[] = []
    const eq = (field: string, value: string | null) => value && filters.push((c) => c[field] === value)
    eq('session_code', q.get('session_code'))
    eq('userid', q.get('userid'))
    eq('username', q.get('username'))
    eq('groupid', q.get('groupid'))
    eq('deviceid', deviceid)
    eq('devicename', q.get('devicename'))
    if (hasCode !== null) filters.push((c) => (hasCode === 'true') === (c.session_code !== undefined))
    if (type !== null) filters.push((c) => c.support_session_type === type)
    if (!seesCompany(state, t)) filters.push((c) => c.userid === t.userId)
    const nowIso = state.nowIso()
    if (state.reportEntry === 'end') filters.push((c) => state.inReport(c, nowIso))

    const store = state.connections
    const all = store.all
    // visible positions: [start, end) — started by now, in [from, to)
    let i = from ? store.lowerBound(from) : 0
    let end = store.upperBound(nowIso)
    if (to) end = Math.min(end, store.lowerBound(to))
    const offsetId = q.get('offset_id')
    if (offsetId) {
        const pos = store.positionOf(offsetId)
        if (pos === undefined) throw badParam('offset_id', 'No connection with this id.')
        i = Math.max(i, pos + 1)
    }
    const records: ConnectionRecord[] = []
    let remaining = 0
    if (!filters.length) {
        // date range only: the page and the count come straight from the sorted array
        for (let k = i; k < end && records.length < REPORT_PAGE; k++) records.push(state.view(all[k], nowIso))
        remaining = Math.max(0, end - i - records.length)
    } else {
        for (; i < end; i++) {
            const c = all[i]
            if (!filters.every((f) => f(c))) continue
            if (records.length < REPORT_PAGE) records.push(state.view(c, nowIso))
            else remaining++
        }
    }
    // devicename comes only with a user's token, never with a company-level script token (TeamViewer's API docs)
    const shown = t.company
        ? records.map((r) => (r.devicename === undefined ? r : ((({ devicename: _d, ...rest }) => rest)(r) as ConnectionRecord)))
        : records
    const out: Record<string, unknown> = { records: state.dateFormat === 'basic' ? shown.map(basicDates) : shown }
    if (remaining > 0) {
        out[state.style === 'recorded' ? 'reports_remaining' : 'records_remaining'] = remaining
        out.next_offset = records[records.length - 1].id
    }
    return { status: 200, body: out }
}

/** `2013-01-16T19:40:14Z` → `20130116T194014Z`, as in the documentation's examples (other values untouched). */
function basicDates(r: ConnectionRecord): ConnectionRecord {
    const basic = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(v) ? v.replace(/[-:]/g, '') : v)
    const copy = { ...r, start_date: basic(r.start_date) as string }
    if (r.end_date !== undefined) copy.end_date = basic(r.end_date) as string
    return copy
}

function visibleRecord(state: SimState, t: Token, id: string): ConnectionRecord {
    const rec = state.connections.get(id)
    if (!rec || rec.start_date > state.nowIso() || !state.inReport(rec) || (!seesCompany(state, t) && rec.userid !== t.userId))
        throw notFound('Connection')
    return rec
}

/** PUT /reports/connections/{id}: billing_state, notes → 204. */
export function updateConnection(state: SimState, t: Token, id: string, body: string): Reply {
    const rec = visibleRecord(state, t, id)
    const b = jsonBody(body)
    if (b.billing_state !== undefined && !['Bill', 'Billed', 'DoNotBill'].includes(String(b.billing_state)))
        throw badParam('billing_state', 'Allowed values are Bill, Billed and DoNotBill.')
    if (b.notes !== undefined && b.notes !== null && typeof b.notes !== 'string') throw badParam('notes')
    if (b.billing_state !== undefined) rec.billing_state = String(b.billing_state)
    if (b.notes !== undefined) rec.notes = b.notes === null ? '' : String(b.notes)
    return { status: 204, body: '' }
}

/** DELETE /reports/connections/{id} → 204. */
export function deleteConnection(state: SimState, t: Token, id: string): Reply {
    const rec = visibleRecord(state, t, id)
    state.connections.remove(rec.id)
    return { status: 204, body: '' }
}

/**
 * Every record as the report returns it now (company view), in report order; `all` includes future ones and,
 * in report-entry mode 'end', running ones not listed yet.
 */
export function truth(state: SimState, all = false): ConnectionRecord[] {
    const nowIso = state.nowIso()
    const list = state.connections.all
    if (all) return list.slice()
    const end = state.connections.upperBound(nowIso)
    const out: ConnectionRecord[] = []
    for (let k = 0; k < end; k++) if (state.inReport(list[k], nowIso)) out.push(state.view(list[k], nowIso))
    return out
}
