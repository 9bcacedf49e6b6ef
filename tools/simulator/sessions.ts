/**
 * Sessions (service cases): POST/GET/PUT /api/v1/sessions[/{code}].
 * Visibility model (ours; TeamViewer documents only "groups the user has access to"): an OAuth user or a
 * user-level script token sees sessions in groups they own or that are shared with them, plus sessions they
 * created or are assigned; a company administrator's token and a company-level token see every session.
 */
import { ApiError, badParam, badRequest, jsonBody, notFound, type Reply } from './errors'
import { isoOf, msOf, type Group, type SimState, type Session, type Token } from './state'

const PAGE = 1000
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/

export function sessionJson(state: SimState, s: Session, view: 'create' | 'full' | 'list'): Record<string, unknown> {
    const stateText = state.style === 'recorded' ? (s.state === 'open' ? 'Open' : 'Closed') : s.state
    if (view === 'list')
        return { code: s.code, state: stateText, online: s.online, groupid: s.groupid, support_session_type: s.support_session_type }
    const digits = s.code.replace(/\D/g, '')
    const host = s.support_session_type === 'Pilot' ? 'getpilot.teamviewer.com' : 'get.teamviewer.com'
    const out: Record<string, unknown> = {
        code: s.code,
        state: stateText,
        groupid: s.groupid,
        description: s.description,
        waiting_message: s.waiting_message,
        end_customer: s.end_customer,
        // an unassigned session shows "u0" (TeamViewer Web API documentation): clients must read it as nobody
        assigned_userid: s.assigned_userid ?? 'u0',
        assigned_at: s.assigned_at,
        end_customer_link: `${state.linkBase ?? `https://${host}`}/v15/s${digits}`,
        supporter_link: `${state.linkBase ?? `https://${host}`}/v15/s${digits}-${s.queueToken}`,
        webclient_supporter_link: `https://login.teamviewer.com/Connect/IndexByol?sessioncode=s${digits}&servicequeuetoken=${s.queueToken}`,
        custom_api: s.custom_api,
        created_at: s.created_at,
        valid_until: s.valid_until,
        support_session_type: s.support_session_type,
    }
    if (view === 'full') {
        out.online = s.online
        out.closed_at = s.closed_at
    }
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
    return out
}

function endCustomer(v: unknown): Session['end_customer'] {
    if (v === undefined || v === null) return undefined
    if (typeof v !== 'object' || Array.isArray(v)) throw badParam('end_customer')
    const o = v as Record<string, unknown>
    const out: { name?: string; email?: string } = {}
    if (o.name !== undefined && o.name !== null) {
        if (typeof o.name !== 'string' || o.name.length > 100)
            throw badParam('end_customer.name', 'The name must not be longer than 100 characters.')
        out.name = o.name
    }
    if (o.email !== undefined && o.email !== null && o.email !== '') {
        if (typeof o.email !== 'string' || o.email.length > 254 || !EMAIL.test(o.email))
            throw badParam('end_customer.email', 'The e-mail address is not valid.')
        out.email = o.email
    }
    return out
}

function customApi(v: unknown): string | undefined {
    if (v === undefined || v === null) return undefined
    if (typeof v !== 'string' || v.length > 4000) throw badParam('custom_api', 'It must be a string of at most 4000 characters.')
    return v
}

function text(name: string, v: unknown): string | undefined {
    if (v === undefined || v === null) return undefined
    if (typeof v !== 'string') throw badParam(name)
    return v
}

function userOrUnassigned(state: SimState, v: unknown): string | undefined {
    const id = String(v)
    if (id === 'u0') return undefined
    if (!state.users.has(id)) throw badParam('assigned_userid', 'The user does not exist.')
    return id
}

export function createSession(state: SimState, t: Token, body: string, locationBase: string): Reply {
    const b = jsonBody(body)
    let group: Group | undefined
    if (b.groupid !== undefined && b.groupid !== null) {
        group = state.groups.get(String(b.groupid))
        if (!group || !state.canSeeGroup(t, group)) throw badParam('groupid', 'The group does not exist.')
        if (b.groupname !== undefined && b.groupname !== null && String(b.groupname) !== group.name)
            throw badRequest('The parameters groupid and groupname refer to different groups.')
    } else if (typeof b.groupname === 'string' && b.groupname.trim()) {
        // TeamViewer Web API documentation: company-level tokens must address groups by id
        if (t.company) throw badRequest('A company access token must specify the group by groupid.')
        group = state.groupByName(t, b.groupname.trim(), true)
    } else throw badRequest('Either groupid or groupname must be specified.')
    const customer = endCustomer(b.end_customer)
    const api = customApi(b.custom_api)
    const typeRaw = b.support_session_type === undefined || b.support_session_type === null ? 'Default' : String(b.support_session_type)
    const type = typeRaw.toLowerCase() === 'default' ? 'Default' : typeRaw.toLowerCase() === 'pilot' ? 'Pilot' : null
    if (!type) throw badParam('support_session_type', 'Allowed values are Default and Pilot.')
    const now = state.now()
    let validUntil = now + 86400000
    if (b.valid_until !== undefined && b.valid_until !== null) {
        validUntil = msOf(b.valid_until)
        if (Number.isNaN(validUntil)) throw badParam('valid_until')
        if (validUntil <= now) throw badParam('valid_until', 'The date must be in the future.')
    }
    const assigned = b.assigned_userid === undefined || b.assigned_userid === null ? t.userId : userOrUnassigned(state, b.assigned_userid)
    if (state.openSessionCount() >= state.sessionLimit) {
        const why = `The session could not be created due to license limitations: the maximum of ${state.sessionLimit} concurrently open sessions is reached.`
        // recorded responses: a production integration reads this 400's body as plain text, not JSON
        if (state.style === 'recorded') return { status: 400, body: why, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }
        throw badRequest(why)
    }
    const s: Session = {
        code: state.sessionCode(),
        state: 'open',
        groupid: (group as Group).id,
        description: text('description', b.description),
        waiting_message: text('waiting_message', b.waiting_message),
        end_customer: customer,
        assigned_userid: assigned,
        assigned_at: assigned ? isoOf(now) : undefined,
        custom_api: api,
        support_session_type: type,
        created_at: isoOf(now),
        valid_until: isoOf(validUntil),
        online: false,
        creator: t.userId,
        queueToken: state.digits(6),
        pending: [],
    }
    state.sessions.set(s.code, s)
    // 200 in the 2021 documentation, 201 in the 2013 one and in recorded responses; Location in both
    return {
        status: state.style === 'recorded' ? 201 : 200,
        body: sessionJson(state, s, 'create'),
        headers: { Location: `${locationBase}/api/v1/sessions/${s.code}` },
    }
}

export function findSession(state: SimState, t: Token, code: string): Session {
    state.expireSessions()
    const s = state.sessions.get(code)
    if (!s || !state.canSeeSession(t, s)) throw notFound('Session')
    return s
}

export function getSession(state: SimState, t: Token, code: string): Reply {
    return { status: 200, body: sessionJson(state, findSession(state, t, code), 'full') }
}

/** GET /sessions: open only by default, newest first, 1000 per page continuing after `offset` (a code). */
export function listSessions(state: SimState, t: Token, q: URLSearchParams): Reply {
    state.expireSessions()
    const states = (q.get('state') || 'open').split(',').map((s) => s.trim().toLowerCase())
    for (const s of states) if (s !== 'open' && s !== 'closed') throw badParam('state', 'Allowed values are open and closed.')
    const fullList = q.get('full_list')
    if (fullList !== null && !/^(true|false)$/i.test(fullList)) throw badParam('full_list')
    const groupid = q.get('groupid')
    if (groupid && !state.groups.has(groupid)) throw badParam('groupid', 'The group does not exist.')
    const assigned = q.get('assigned_userid')
    let list = [...state.sessions.values()].filter((s) => states.includes(s.state) && state.canSeeSession(t, s))
    if (groupid) list = list.filter((s) => s.groupid === groupid)
    if (assigned) list = list.filter((s) => (assigned === 'u0' ? !s.assigned_userid : s.assigned_userid === assigned))
    list.sort((a, b) =>
        a.created_at > b.created_at ? -1 : a.created_at < b.created_at ? 1 : a.code < b.code ? 1 : a.code > b.code ? -1 : 0,
    )
    let start = 0
    const offset = q.get('offset')
    if (offset) {
        const i = list.findIndex((s) => s.code === offset)
        if (i < 0) throw badParam('offset')
        start = i + 1
    }
    const page = list.slice(start, start + PAGE)
    const full = fullList?.toLowerCase() === 'true'
    const out: Record<string, unknown> = { sessions: page.map((s) => sessionJson(state, s, full ? 'full' : 'list')) }
    const remaining = list.length - start - page.length
    if (remaining > 0) {
        out.sessions_remaining = remaining
        out.next_offset = page[page.length - 1].code
    }
    return { status: 200, body: out }
}

/** PUT /sessions/{code} → 204. */
export function updateSession(state: SimState, t: Token, code: string, body: string): Reply {
    const s = findSession(state, t, code)
    const b = jsonBody(body)
    // validate everything first: a refused update changes nothing
    let newState: 'open' | 'closed' | undefined
    if (b.state !== undefined) {
        const st = String(b.state).toLowerCase()
        if (st !== 'open' && st !== 'closed') throw badParam('state', 'Allowed values are open and closed.')
        if (st === 'open' && s.state === 'closed') throw badRequest('A closed session cannot be reopened.')
        newState = st
    }
    let group: Group | undefined
    if (b.groupid !== undefined) {
        group = state.groups.get(String(b.groupid))
        if (!group || !state.canSeeGroup(t, group)) throw badParam('groupid', 'The group does not exist.')
    }
    const customer = b.end_customer !== undefined ? endCustomer(b.end_customer) : undefined
    const api = b.custom_api !== undefined ? customApi(b.custom_api) : undefined
    const description = text('description', b.description)
    const waiting = text('waiting_message', b.waiting_message)
    const assigned = b.assigned_userid !== undefined ? userOrUnassigned(state, b.assigned_userid) : undefined
    if (s.state === 'closed' && Object.keys(b).some((k) => k !== 'state')) throw badRequest('A closed session cannot be changed.')

    if (description !== undefined) s.description = description
    if (waiting !== undefined) s.waiting_message = waiting
    if (b.end_customer !== undefined) s.end_customer = customer
    if (b.custom_api !== undefined) s.custom_api = api
    if (group) s.groupid = group.id
    if (b.assigned_userid !== undefined && assigned !== s.assigned_userid) {
        s.assigned_userid = assigned
        s.assigned_at = assigned ? state.nowIso() : undefined
    }
    if (newState === 'closed') state.closeSession(s)
    return { status: 204, body: '' }
}

export function noDelete(): never {
    // There is no DELETE /sessions/{code} (TeamViewer Web API documentation). We answer 405 like an unsupported method; the real
    // service's exact answer is not documented (guess).
    throw new ApiError(405, 'invalid_request', 'The requested method is not supported for this resource.', 0, { Allow: 'GET, PUT' })
}
