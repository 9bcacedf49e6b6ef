/**
 * The seeded generator: users, groups, devices, sessions and connection records spread over a time range,
 * the same for the same seed and options. 100,000 connections take a few hundred milliseconds.
 */
import { byStart, isoOf, msOf, rng, type ConnectionRecord, type Group, type Session, type SimState, type User } from './state'

export interface GenerateOptions {
    seed: number
    /** connection records to create */
    connections: number
    /** extra supporters (default: none — the built-in ann and ben do the work) */
    users?: number
    /** extra groups owned by the admin and shared with every supporter (default: none — group "ServiceNow") */
    groups?: number
    /** distinct devices (default 200) */
    devices?: number
    /** closed service cases whose codes the connections with a code use (default: none — codes are invented) */
    sessions?: number
    /** start of the range (ms or ISO; default now − 7 days), inclusive */
    from?: number | string
    /** end of the range (ms or ISO; default now), exclusive */
    to?: number | string
    /**
     * share of connections with no end yet (default 0): they run until ended through the control API. Any
     * other connection gets its end_date even when it lies after "now": it shows as running (or, in
     * report-entry mode 'end', is not listed) until the clock reaches it.
     */
    runningFraction?: number
    /** share of long connections (default 0): half last 5 hours, half 3 days */
    longFraction?: number
    /** share of connections made with a session code (default 0.3) */
    withCodeFraction?: number
    /** keep what exists and add (default: replace generated data) */
    append?: boolean
    /**
     * share of connections carrying odd-but-plausible values, as real traffic does (a newer API version, another
     * licence, a data migration): 1 to 3 fields of ODD_VALUES each (default 0, and then no PRNG draw is spent)
     */
    oddFraction?: number
    /** only these fields of ODD_VALUES are made odd (default: all of them) */
    oddFields?: string[]
    /** every connection also carries fields the documentation does not list (EXTRA_FIELDS) */
    extraFields?: boolean
}

/**
 * Values outside the documented forms that a TeamViewer-compatible endpoint can plausibly send, per field: an
 * unknown currency ("None"), session type or billing state, a fee that is no number, ids in other forms, objects
 * where a string is documented, a feedback rating that is a word. Never the id or start_date (a record's identity).
 */
export const ODD_VALUES: Record<string, unknown[]> = {
    currency: ['None', 'EURO', '€'],
    support_session_type: [7, 0, 'RemoteSupport'],
    billing_state: ['Unknown', 'NotBillable', 'bill'],
    fee: ['n/a', '1,50', 12.5],
    userid: ['1001', 'user-1001', 1001],
    username: [{ first: 'Ann', last: 'Meyer' }],
    groupid: ['ServiceNow', 'group:1'],
    groupname: [['Support', 'EU']],
    deviceid: ['123 456 789', 'r123456789', 'device-42'],
    devicename: [{ name: 'PC-1', os: 'Windows' }],
    contact_id: ['contact-7', 'c-7'],
    notes: [['first note', 'second note'], { text: 'note' }],
    end_date: ['not yet', 'unknown'],
    end_customer: ['Customer (free text)', ['a', 'b']],
    feedback: [{ session_rating: 'five', user_comment: { text: 'ok' } }, 'great'],
}

/** Fields the documentation does not list, on every record with `extraFields`. */
export const EXTRA_FIELDS: Record<string, unknown> = {
    api_version: '2',
    device_os: 'Windows 11',
    x_migrated_from: 'legacy-crm',
    meta: { source: 'migration', tags: ['a', 'b'], nested: { level: 2 } },
}

/** Makes 1–3 fields of `rec` odd (deterministic for the PRNG). */
function makeOdd(rec: ConnectionRecord, r: () => number, fields: string[]): void {
    const n = Math.min(fields.length, 1 + Math.floor(r() * 3))
    const pool = [...fields]
    for (let k = 0; k < n; k++) {
        const field = pool.splice(Math.floor(r() * pool.length), 1)[0]
        const values = ODD_VALUES[field]
        rec[field] = values[Math.floor(r() * values.length)]
    }
}

export interface GenerateResult {
    added: number
    total: number
    users: number
    groups: number
    sessions: number
    ms: number
}

const FIRST = [
    'Ann',
    'Ben',
    'Chloé',
    'Dmitri',
    'Eva',
    'Farid',
    'Greta',
    'Hugo',
    'Ines',
    'Jonas',
    'Kira',
    'Lars',
    'Mia',
    'Noah',
    'Olga',
    'Pavel',
]
const LAST = ['Meyer', 'Schmidt', 'Dubois', 'Rossi', 'Novak', 'Berg', 'Costa', 'Weber', 'Fischer', 'Lopez']

/** 8 hex digits from one PRNG draw */
const hex8 = (r: () => number) => ((r() * 4294967296) >>> 0).toString(16).padStart(8, '0')

export function generate(state: SimState, o: GenerateOptions): GenerateResult {
    const started = Date.now()
    const r = rng(o.seed)
    const now = state.now()
    const from = o.from === undefined ? now - 7 * 86400000 : msOf(o.from)
    const to = o.to === undefined ? now : msOf(o.to)
    if (Number.isNaN(from) || Number.isNaN(to) || to < from) throw new Error('seed: from/to must be dates with from ≤ to')
    if (!o.append) {
        state.connections.clear()
        state.dropGenerated()
    }
    const newUsers: User[] = []
    for (let i = 0; i < (o.users ?? 0); i++) {
        const name = `${FIRST[Math.floor(r() * FIRST.length)]} ${LAST[Math.floor(r() * LAST.length)]}`
        newUsers.push(
            state.addUser(name, `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${o.seed}.${i}@example.com`, 'secret', false, true),
        )
    }
    const supporters = [...state.users.values()].filter((u) => !u.admin)
    const supporterIds = supporters.map((u) => u.id)
    const groups: Group[] = []
    for (let i = 0; i < (o.groups ?? 0); i++)
        groups.push(state.addGroup(`Support ${o.seed}-${i + 1}`, state.adminUserId, supporterIds, true))
    if (!groups.length) groups.push(state.groupByName(undefined, 'ServiceNow', true) as Group)
    const deviceCount = Math.max(1, o.devices ?? 200)

    // sessions: closed cases spread over the range, used by the connections that carry a code
    const sessions: Session[] = []
    for (let i = 0; i < (o.sessions ?? 0); i++) {
        const created = Math.floor((from + r() * (to - from)) / 1000) * 1000
        const user = supporters[Math.floor(r() * supporters.length)]
        const s: Session = {
            code: state.sessionCode(r),
            state: 'closed',
            groupid: groups[Math.floor(r() * groups.length)].id,
            description: `Case ${i + 1}`,
            end_customer: { name: `Customer ${i + 1}`, email: `customer${i + 1}@example.com` },
            assigned_userid: user.id,
            assigned_at: isoOf(created),
            custom_api: r() < 0.5 ? `task-${o.seed}-${i + 1}` : undefined,
            support_session_type: 'Default',
            created_at: isoOf(created),
            valid_until: isoOf(created + 86400000),
            closed_at: isoOf(Math.min(now, created + 3600000)),
            online: false,
            creator: user.id,
            queueToken: state.digits(6, r),
            pending: [],
            generated: true,
        }
        for (const k of Object.keys(s) as (keyof Session)[]) if (s[k] === undefined) delete s[k]
        state.sessions.set(s.code, s)
        sessions.push(s)
    }

    const out: ConnectionRecord[] = new Array(o.connections)
    // start times first, sorted: the records come out in report order and the store only merges them
    const starts = new Float64Array(o.connections)
    for (let i = 0; i < o.connections; i++) starts[i] = Math.floor((from + r() * (to - from)) / 1000) * 1000
    starts.sort()
    for (let i = 0; i < o.connections; i++) {
        const h = hex8(r) + hex8(r) + hex8(r) + hex8(r)
        const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
        const startMs = starts[i]
        const long = (o.longFraction ?? 0) > 0 && r() < (o.longFraction ?? 0)
        const duration = long ? (r() < 0.5 ? 5 * 3600 : 3 * 86400) * 1000 : Math.floor(60 + r() * 7200) * 1000
        const user = supporters[Math.floor(r() * supporters.length)]
        const group = groups[Math.floor(r() * groups.length)]
        const device = 100000000 + Math.floor(r() * deviceCount)
        const rec: ConnectionRecord = {
            id,
            userid: user.id,
            username: user.name,
            deviceid: `d${device}`,
            groupid: group.id,
            groupname: group.name,
            start_date: isoOf(startMs),
            fee: '0.00',
            currency: 'EUR',
            billing_state: r() < 0.8 ? 'Bill' : 'DoNotBill',
            notes: r() < 0.1 ? `note ${i}` : '',
            support_session_type: 1,
        }
        if (r() < 0.9) rec.devicename = `PC-${device % 10000}` // device names are optional in real data
        // running: chosen, then it runs until ended through the control API; a future end is reached by the clock
        const running = r() < (o.runningFraction ?? 0)
        if (!running) rec.end_date = isoOf(startMs + duration)
        if (r() < (o.withCodeFraction ?? 0.3)) {
            const s = sessions.length ? sessions[Math.floor(r() * sessions.length)] : undefined
            if (s) Object.assign(rec, state.sessionFields(s))
            else {
                rec.session_code = `s${Math.floor(10 + r() * 890)}-${String(Math.floor(r() * 1000)).padStart(3, '0')}-${String(Math.floor(r() * 1000)).padStart(3, '0')}`
                rec.assigned_userid = user.id
                rec.assigned_at = isoOf(startMs - 60000)
                rec.session_created_at = isoOf(startMs - 60000)
                rec.valid_until = isoOf(startMs + 86400000)
                rec.end_customer = { name: `Customer ${i}`, email: `customer${i}@example.com` }
            }
            rec.support_session_type = 2
            if (!running && r() < 0.3) rec.feedback = { session_rating: 1 + Math.floor(r() * 5), user_comment: 'thanks' }
            for (const k of Object.keys(rec)) if (rec[k] === undefined) delete rec[k]
        }
        if ((o.oddFraction ?? 0) > 0 && r() < (o.oddFraction ?? 0)) makeOdd(rec, r, o.oddFields ?? Object.keys(ODD_VALUES))
        if (o.extraFields) Object.assign(rec, EXTRA_FIELDS)
        out[i] = rec
    }
    // records starting in the same second: order them by id (an insertion sort over nearly sorted data)
    for (let i = 1; i < out.length; i++) {
        const cur = out[i]
        let j = i - 1
        while (j >= 0 && byStart(out[j], cur) > 0) {
            out[j + 1] = out[j]
            j--
        }
        out[j + 1] = cur
    }
    state.connections.add(out)
    return {
        added: out.length,
        total: state.connections.length,
        users: newUsers.length,
        groups: groups.length,
        sessions: sessions.length,
        ms: Date.now() - started,
    }
}
