/** Unit tests of cases/poll.ts with fakes: paging, transitions, expiry, closing, failures. */
import { pollOnline } from '../../src/server/cases/poll'
import type { PollApi, PollCase, PollDeps } from '../../src/server/ports/poll'
import type { Session } from '../../src/server/teamviewer/model'
import { TeamViewerError } from '../../src/server/teamviewer/errors'

const NOW = Date.UTC(2026, 9, 1, 12, 0, 0)
const code = (i: number) =>
    `s${String(10 + (i % 90)).padStart(2, '0')}-${String(Math.floor(i / 1000)).padStart(3, '0')}-${String(i % 1000).padStart(3, '0')}`
const session = (c: string, online: boolean) => ({ code: c, state: 'open', online }) as Session

function setup(
    n: number,
    opts: {
        online?: (i: number) => boolean
        tvOnline?: (i: number) => boolean
        missing?: (i: number) => boolean
        expired?: (i: number) => boolean
        failPage?: number
    } = {},
) {
    const cases: PollCase[] = Array.from({ length: n }, (_, i) => ({
        sysId: `c${i}`,
        code: code(i),
        online: opts.online?.(i) ?? false,
        validUntilMs: opts.expired?.(i) ? NOW - 1 : NOW + 3600000,
    }))
    const tv = cases.filter((_, i) => !opts.missing?.(i)).map((c, i) => session(c.code.toUpperCase(), opts.tvOnline?.(i) ?? false))
    const log: string[] = []
    let listCalls = 0
    const api: PollApi = {
        listSessions: (q) => {
            listCalls++
            if (opts.failPage === listCalls) throw new TeamViewerError('server_error', 'boom', 500)
            const start = q.offset ? tv.findIndex((s) => s.code === q.offset) + 1 : 0
            const page = tv.slice(start, start + 1000)
            return { sessions: page, nextOffset: start + 1000 < tv.length ? page[page.length - 1].code : null }
        },
        closeSession: (c) => void log.push(`close ${c}`),
    }
    let last = 0
    const deps: PollDeps = {
        store: {
            openCases: () => cases,
            setOnline: (c, on) => void log.push(`${on ? 'online' : 'offline'} ${c.code}`),
            markExpired: (c) => void log.push(`expired ${c.code}`),
            markClosed: (c) => void log.push(`closed ${c.code}`),
            lastPollMs: () => last,
            setLastPoll: (t) => void (last = t),
        },
        api: () => api,
        clock: () => NOW,
        intervalSeconds: 60,
        queueEvent: (name, id) => void log.push(`event ${name} ${id}`),
        log: { info: () => undefined, warn: (m) => void log.push(`warn ${m}`) },
    }
    return { deps, log, calls: () => listCalls }
}

test.each([
    [0, 0],
    [1, 1],
    [1000, 1],
    [1001, 2],
    [2500, 3],
])('%i open cases → %i list calls (ceil(n / 1000))', (n, calls) => {
    const s = setup(n)
    const r = pollOnline(s.deps)
    expect([r.pages, s.calls()]).toEqual([calls, calls])
    expect(s.log).toEqual([])
})

test('transitions: false→true fires the event once; true→false clears; codes compared case-insensitively', () => {
    const s = setup(4, { online: (i) => i === 2, tvOnline: (i) => i === 0 || i === 3 })
    const r = pollOnline(s.deps)
    expect(r).toMatchObject({ wentOnline: 2, wentOffline: 1, closed: 0 })
    expect(s.log.filter((l) => l.startsWith('event'))).toEqual([
        'event x_tvgh_teamviewer.customer_online c0',
        'event x_tvgh_teamviewer.customer_online c3',
    ])
})

test('not due yet → skipped without any call; force polls', () => {
    const s = setup(3)
    pollOnline(s.deps)
    expect(pollOnline(s.deps).state).toBe('skipped')
    expect(s.calls()).toBe(1)
    expect(pollOnline(s.deps, { force: true }).state).toBe('complete')
})

test('expired cases are closed at TeamViewer and marked, without listing when none is live; missing ones are closed', () => {
    const s = setup(3, { expired: (i) => i < 2, missing: (i) => i === 2 })
    const r = pollOnline(s.deps)
    expect(r).toMatchObject({ expired: 2, closed: 1 })
    expect(s.log).toEqual([`close ${code(0)}`, `expired ${code(0)}`, `close ${code(1)}`, `expired ${code(1)}`, `closed ${code(2)}`])
})

test('a failed second page closes nothing and changes nothing', () => {
    const s = setup(1500, { tvOnline: () => true, failPage: 2 })
    const r = pollOnline(s.deps)
    expect(r.state).toBe('failed')
    expect(s.log.filter((l) => !l.startsWith('warn'))).toEqual([])
})
