/** Issue #12 item 4: the setup checks as pure logic (server/setup/status.ts) with plain-object fakes. */
import { glideDurationSeconds } from '../../src/server/shared/time'
import type { ProbeClient, SetupDeps } from '../../src/server/ports/setup'
import { describeInterval, setupStatus } from '../../src/server/setup/status'
import { TeamViewerError } from '../../src/server/teamviewer/errors'

const NOW = Date.UTC(2026, 9, 1, 9, 0, 0)

function deps(over: Partial<SetupDeps> = {}, client: Partial<ProbeClient> = {}): SetupDeps & { calls: string[] } {
    const calls: string[] = []
    const probe: ProbeClient = {
        ping: () => (calls.push('ping'), { tokenValid: true }),
        connectionPage: (q) => (calls.push(`report ${q.from} ${q.to}`), { records: [] }),
        ...client,
    }
    return {
        calls,
        now: () => NOW,
        adminTokenSet: () => true,
        adminClient: () => probe,
        oauthClientId: () => 'client-1',
        oauthSecretSet: () => true,
        redirectUri: () => 'https://acme.service-now.com/api/x_tvgh_teamviewer/oauth/callback',
        lastRun: () => ({
            started: '2026-10-01 08:00:00',
            finished: '2026-10-01 08:00:05',
            state: 'complete',
            trigger: 'scheduled',
            received: 12,
            inserted: 10,
            updated: 2,
            error: '',
        }),
        job: () => ({ name: 'Retrieve TeamViewer connections', active: true, intervalSeconds: 6 * 3600 }),
        lastScheduledStartMs: () => NOW - 3600000,
        poll: () => ({
            job: { name: 'Poll TeamViewer service cases online', active: true, intervalSeconds: 60 },
            intervalSeconds: 60,
            lastPollMs: NOW - 30000,
            openCases: 2,
        }),
        display: (ms: number) => new Date(ms).toISOString(),
        ...over,
    }
}

const states = (d: SetupDeps) => Object.fromEntries(setupStatus(d).checks.map((c) => [c.id, c.state]))

test('all good: ping, then one report page over the last minute', () => {
    const d = deps()
    const s = setupStatus(d)
    expect(s.ok).toBe(true)
    expect(states(d)).toEqual({ admin_token: 'ok', reports: 'ok', oauth_client: 'ok', job: 'ok', last_run: 'ok', poll: 'ok' })
    expect(d.calls.slice(0, 2)).toEqual(['ping', 'report 2026-10-01T08:59:00Z 2026-10-01T09:00:00Z'])
    expect(s.job).toMatchObject({ interval: '6 hours', nextRun: '2026-10-01T14:00:00.000Z' })
    expect(s.checks.find((c) => c.id === 'job')?.detail).toBe('Active, runs every 6 hours; next run about 2026-10-01T14:00:00.000Z.')
    expect(s.checks.find((c) => c.id === 'poll')?.detail).toBe('Active, polls every 1 minute; last poll 2026-10-01T08:59:30.000Z.')
})

test.each([
    ['no token', deps({ adminTokenSet: () => false }), 'admin_token', /not set/, /script token/],
    ['token refused', deps({}, { ping: () => ({ tokenValid: false }) }), 'admin_token', /does not accept/, /script token/],
    [
        'TeamViewer unreachable',
        deps(
            {},
            {
                ping: () => {
                    throw new TeamViewerError('network_error', 'GET /ping: no response (connection refused)')
                },
            },
        ),
        'admin_token',
        /could not be reached.*connection refused/,
        /reach webapi\.teamviewer\.com/,
    ],
    [
        'no report permission',
        deps(
            {},
            {
                connectionPage: () => {
                    throw new TeamViewerError(
                        'missing_permission',
                        'GET /reports/connections: invalid_permission',
                        403,
                        'invalid_permission',
                    )
                },
            },
        ),
        'reports',
        /may not read connection reports/,
        /Connection reporting/,
    ],
    [
        'no OAuth client',
        deps({ oauthClientId: () => '', oauthSecretSet: () => false }),
        'oauth_client',
        /No OAuth client/,
        /redirect URI https:\/\/acme/,
    ],
    ['secret missing', deps({ oauthSecretSet: () => false }), 'oauth_client', /secret is empty/, /client secret/],
    ['job inactive', deps({ job: () => ({ name: 'x', active: false, intervalSeconds: 60 }) }), 'job', /inactive/, /tick Active/],
    ['no run yet', deps({ lastRun: () => null }), 'last_run', /No retrieval has run/, /Execute Now/],
    [
        'poll job inactive',
        deps({
            poll: () => ({ job: { name: 'p', active: false, intervalSeconds: 60 }, intervalSeconds: 60, lastPollMs: 0, openCases: 0 }),
        }),
        'poll',
        /inactive/,
        /tick Active/,
    ],
    [
        'poll late with open cases',
        deps({
            poll: () => ({
                job: { name: 'p', active: true, intervalSeconds: 60 },
                intervalSeconds: 60,
                lastPollMs: NOW - 600000,
                openCases: 3,
            }),
        }),
        'poll',
        /longer ago than three intervals/,
        /Scheduled Jobs/,
    ],
    [
        'last run failed',
        deps({
            lastRun: () => ({
                started: '2026-10-01 08:00:00',
                finished: '',
                state: 'failed',
                trigger: 'scheduled',
                received: 0,
                inserted: 0,
                updated: 0,
                error: 'TeamViewer rejected the token',
            }),
        }),
        'last_run',
        /failed: TeamViewer rejected the token/,
        /Execute Now/,
    ],
])('%s: the check says what is wrong and how to fix it', (_name, d, id, detail, fix) => {
    const s = setupStatus(d)
    expect(s.ok).toBe(false)
    const c = s.checks.find((x) => x.id === id)!
    expect(c.state).not.toBe('ok')
    expect(c.detail).toMatch(detail)
    expect(c.fix).toMatch(fix)
})

test('the next run estimate skips past missed runs', () => {
    const s = setupStatus(deps({ lastScheduledStartMs: () => NOW - 10 * 3600000 }))
    expect(s.job?.nextRun).toBe('2026-10-01T11:00:00.000Z')
    expect(setupStatus(deps({ lastScheduledStartMs: () => 0 })).job?.nextRun).toBe('')
})

test('durations and intervals', () => {
    expect(glideDurationSeconds('1970-01-01 06:00:00')).toBe(21600)
    expect(glideDurationSeconds('1970-01-02 00:30:00')).toBe(86400 + 1800)
    expect(glideDurationSeconds('')).toBe(null)
    expect(describeInterval(86400 + 1800)).toBe('1 day 30 minutes')
    expect(describeInterval(0)).toBe('not periodic')
})

test('issue #22 item 11: an http redirect URI passes only on the loopback interface (a local instance, RFC 8252 §7.3)', () => {
    for (const ok of [
        'http://127.0.0.1:8090/api/x_tvgh_teamviewer/oauth/callback',
        'http://localhost/api/x_tvgh_teamviewer/oauth/callback',
    ])
        expect([ok, states(deps({ redirectUri: () => ok })).redirect_uri]).toEqual([ok, undefined])
    const bad = 'http://acme.example.com/api/x_tvgh_teamviewer/oauth/callback'
    const s = setupStatus(deps({ redirectUri: () => bad }))
    const check = s.checks.find((c) => c.id === 'redirect_uri')
    expect(check?.state).toBe('warning')
    expect(check?.fix).toMatch(/^Use this instance's https address/)
})
