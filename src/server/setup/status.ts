/**
 * Setup status (issue #12 item 4): whether the integration is configured and working on this instance,
 * each problem with how to fix it. Pure logic over the ports of ports/setup.ts, wired to the platform in
 * entry/wiring/setup.ts. Dates are shown in UTC, as stored, and marked so.
 * Never returns a secret: only whether one is set and whether TeamViewer accepts it.
 */
import type { JobInfo, ProbeClient, SetupDeps, RunInfo } from '../ports/setup.ts'
import type { SetupCheck, SetupStatusView } from '../shared/contract.ts'
import { messageOf } from '../shared/errors.ts'
import { JOB, PAGE, SCOPE, TABLE } from '../shared/names.ts'
import { isTeamViewerError } from '../teamviewer/errors.ts'

export type CheckState = SetupCheck['state']
export type Check = SetupCheck

export interface SetupStatus extends SetupStatusView {
    oauthClientId: string
    lastRun: RunInfo | null
    job: (JobInfo & { interval: string; nextRun: string }) | null
    poll: { lastPoll: string; interval: string }
}

const JOB_NAME = JOB.retrieval
const POLL_JOB_NAME = JOB.onlinePoll
export const LINKS = [
    { title: 'Properties', href: `system_properties_ui.do?sysparm_category=${SCOPE}&sysparm_title=TeamViewer%20Integration%20Properties` },
    { title: 'E-mail templates', href: 'sys_email_canned_message_list.do?sysparm_query=titleSTARTSWITHTV_%5EORDERBYtitle' },
    { title: 'Retrieval runs', href: `${TABLE.retrievalRun}_list.do?sysparm_query=ORDERBYDESCstarted` },
    { title: 'Retrieval job', href: `sysauto_script_list.do?sysparm_query=${encodeURIComponent(`name=${JOB.retrieval}`)}` },
    { title: 'Add TeamViewer to a form', href: PAGE.addToForm },
]

const PROPERTIES = 'TeamViewer Integration > Administration > Properties'
const NEW_TOKEN = `Create a script token in the TeamViewer Management Console (Profile > Apps > Create script token) with the "Connection reporting" permission (read), and paste it into "Admin token" under ${PROPERTIES}.`

/** "6 hours", "1 hour 30 minutes", "45 seconds". */
export function describeInterval(seconds: number): string {
    if (!(seconds > 0)) return 'not periodic'
    const parts: string[] = []
    const units: [number, string][] = [
        [86400, 'day'],
        [3600, 'hour'],
        [60, 'minute'],
        [1, 'second'],
    ]
    let rest = Math.floor(seconds)
    for (const [size, name] of units) {
        const n = Math.floor(rest / size)
        rest -= n * size
        if (n) parts.push(`${n} ${name}${n === 1 ? '' : 's'}`)
    }
    return parts.join(' ')
}

function check(id: string, title: string, state: CheckState, detail: string, fix = ''): Check {
    return { id, title, state, detail, fix }
}

/** The admin token: set, accepted by /ping, allowed to read connection reports (a one-minute report page). */
export function tokenChecks(deps: SetupDeps): Check[] {
    if (!deps.adminTokenSet())
        return [
            check(
                'admin_token',
                'Admin token',
                'problem',
                'The admin token is not set: connection history cannot be retrieved.',
                NEW_TOKEN,
            ),
        ]
    let client: ProbeClient
    let valid: boolean
    try {
        client = deps.adminClient()
        valid = client.ping().tokenValid
    } catch (e) {
        const kind = isTeamViewerError(e) ? e.kind : ''
        const fix =
            kind === 'configuration'
                ? `Correct the TeamViewer API base URL under ${PROPERTIES} (it must be https://webapi.teamviewer.com/api/v1 unless a custom endpoint is allowed).`
                : 'Check that this instance can reach webapi.teamviewer.com over HTTPS (outbound proxy, firewall) and that the API base URL property is correct, then reload this page.'
        return [
            check('admin_token', 'Admin token', 'problem', `TeamViewer could not be reached to test the admin token: ${messageOf(e)}`, fix),
        ]
    }
    if (!valid)
        return [
            check(
                'admin_token',
                'Admin token',
                'problem',
                'TeamViewer does not accept the stored admin token (/ping answered token_valid: false). It may have been deleted, or it was pasted incompletely.',
                NEW_TOKEN,
            ),
        ]
    const out = [check('admin_token', 'Admin token', 'ok', 'TeamViewer accepts the stored admin token (/ping).')]
    const to = new Date(deps.now())
    const from = new Date(deps.now() - 60000)
    try {
        client.connectionPage({ from: from.toISOString().replace(/\.\d{3}Z$/, 'Z'), to: to.toISOString().replace(/\.\d{3}Z$/, 'Z') })
        out.push(check('reports', 'Connection reports', 'ok', 'The admin token may read connection reports.'))
    } catch (e) {
        if (isTeamViewerError(e) && e.kind === 'missing_permission') {
            out.push(
                check(
                    'reports',
                    'Connection reports',
                    'problem',
                    `The admin token may not read connection reports: ${messageOf(e)}`,
                    'Edit the script token in the TeamViewer Management Console and tick "Connection reporting" (read), or create a new token with it and store it under ' +
                        PROPERTIES +
                        '.',
                ),
            )
        } else {
            out.push(
                check(
                    'reports',
                    'Connection reports',
                    'problem',
                    `Reading a connection report page failed: ${messageOf(e)}`,
                    'Try again in a few minutes; if it keeps failing, check the retrieval runs for the same error.',
                ),
            )
        }
    }
    return out
}

/** https, or http on the loopback interface only (a local instance: OAuth allows it there, RFC 8252 §7.3). */
const SAFE_REDIRECT = /^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/)/

export function oauthChecks(deps: SetupDeps): Check[] {
    const id = deps.oauthClientId()
    const secret = deps.oauthSecretSet()
    const redirect = deps.redirectUri()
    const register = `In the TeamViewer Management Console, create an app (OAuth client) with the redirect URI ${redirect}, then enter its client ID and client secret under ${PROPERTIES}.`
    if (!id && !secret)
        return [
            check(
                'oauth_client',
                'OAuth client',
                'problem',
                'No OAuth client is configured: supporters cannot sign in to TeamViewer to create service cases.',
                register,
            ),
        ]
    if (!id)
        return [check('oauth_client', 'OAuth client', 'problem', 'The OAuth client secret is set but the client ID is empty.', register)]
    if (!secret)
        return [check('oauth_client', 'OAuth client', 'problem', 'The OAuth client ID is set but the client secret is empty.', register)]
    const out = [check('oauth_client', 'OAuth client', 'ok', 'Client ID and client secret are set (the secret is never shown).')]
    if (!SAFE_REDIRECT.test(redirect))
        out.push(
            check(
                'redirect_uri',
                'Redirect URI',
                'warning',
                `The redirect URI ${redirect || '(empty)'} is not an https address of this instance.`,
                `Use this instance's https address (https://<instance>.service-now.com/api/x_tvgh_teamviewer/oauth/callback) under ${PROPERTIES}, or clear the property to use this instance's own callback; register the same URI in the TeamViewer Management Console.`,
            ),
        )
    return out
}

export function runChecks(deps: SetupDeps): Check[] {
    const out: Check[] = []
    const job = deps.job()
    if (!job)
        out.push(
            check(
                'job',
                'Retrieval job',
                'problem',
                `The scheduled job "${JOB_NAME}" was not found.`,
                'Reinstall the application from the application repository to restore the job.',
            ),
        )
    else if (!job.active)
        out.push(
            check(
                'job',
                'Retrieval job',
                'problem',
                `The scheduled job "${JOB_NAME}" is inactive: connection history is not retrieved.`,
                'Open the retrieval job (link below) and tick Active.',
            ),
        )
    else
        out.push(
            check('job', 'Retrieval job', 'ok', `Active, runs every ${describeInterval(job.intervalSeconds)}${nextRunText(deps, job)}.`),
        )
    const run = deps.lastRun()
    if (!run)
        out.push(
            check(
                'last_run',
                'Last retrieval',
                'warning',
                'No retrieval has run yet.',
                'Open the retrieval job and click "Execute Now", or wait for its next run.',
            ),
        )
    else if (run.state === 'failed' || run.state === 'rate_limited')
        out.push(
            check(
                'last_run',
                'Last retrieval',
                'problem',
                `The last retrieval (${run.started} UTC) failed: ${run.error || run.state}`,
                'Fix the cause named in the error (often the admin token above), then click "Execute Now" on the retrieval job.',
            ),
        )
    else
        out.push(
            check(
                'last_run',
                'Last retrieval',
                'ok',
                `${run.started} UTC: ${run.state}, ${run.received} received, ${run.inserted} new, ${run.updated} updated.${keptText(run)}`,
            ),
        )
    return out
}

/** What the run could not store as sent: refused records, values not stored as sent (per column). '' when none. */
function keptText(run: RunInfo): string {
    let out = ''
    if (run.rejected) out += ` ${run.rejected} record(s) not stored (no usable record id or start date).`
    if (run.oddValues)
        out += ` Values not stored as sent (kept in each record's raw JSON): ${run.oddValues} — ${run.oddDetail || 'see the retrieval run'}.`
    return out
}

/** " (next run about …)" from the last scheduled run and the interval; '' when unknown. */
function nextRunText(deps: SetupDeps, job: JobInfo): string {
    const next = nextRunMs(deps, job)
    return next ? `; next run about ${deps.display(next)}` : ''
}

function nextRunMs(deps: SetupDeps, job: JobInfo): number {
    const last = deps.lastScheduledStartMs()
    if (!job.active || !last || !(job.intervalSeconds > 0)) return 0
    let next = last + job.intervalSeconds * 1000
    const now = deps.now()
    if (next < now) next += Math.ceil((now - next) / (job.intervalSeconds * 1000)) * job.intervalSeconds * 1000
    return next
}

/** The online poll: its job active, and a recent poll while cases are open (it is due every interval). */
export function pollChecks(deps: SetupDeps): Check[] {
    const p = deps.poll()
    const fixJob = `Open the scheduled job "${POLL_JOB_NAME}" and tick Active.`
    if (!p.job)
        return [
            check(
                'poll',
                'Online poll',
                'problem',
                `The scheduled job "${POLL_JOB_NAME}" was not found: supporters are not told when customers come online.`,
                'Reinstall the application from the application repository to restore the job.',
            ),
        ]
    if (!p.job.active)
        return [
            check(
                'poll',
                'Online poll',
                'problem',
                `The scheduled job "${POLL_JOB_NAME}" is inactive: the online state of service cases is not updated.`,
                fixJob,
            ),
        ]
    const every = describeInterval(Math.max(p.intervalSeconds, p.job.intervalSeconds))
    if (!p.lastPollMs) {
        if (!p.openCases) return [check('poll', 'Online poll', 'ok', `Active, polls every ${every}; it has not polled yet.`)]
        return [
            check(
                'poll',
                'Online poll',
                'warning',
                `Active, polls every ${every}, but it has not polled yet although ${p.openCases} service case(s) are open.`,
                'Wait a minute; if it still has not polled, open the job and click "Execute Now", then read the system log for its error.',
            ),
        ]
    }
    const late = deps.now() - p.lastPollMs > 3 * Math.max(p.intervalSeconds, p.job.intervalSeconds) * 1000
    if (late && p.openCases)
        return [
            check(
                'poll',
                'Online poll',
                'warning',
                `The last poll was at ${deps.display(p.lastPollMs)}, longer ago than three intervals (${every}).`,
                'Check that the scheduler runs the job (System Scheduler > Scheduled Jobs) and read the system log for its error.',
            ),
        ]
    return [check('poll', 'Online poll', 'ok', `Active, polls every ${every}; last poll ${deps.display(p.lastPollMs)}.`)]
}

export function setupStatus(deps: SetupDeps): SetupStatus {
    const checks = [...tokenChecks(deps), ...oauthChecks(deps), ...runChecks(deps), ...pollChecks(deps)]
    const job = deps.job()
    const poll = deps.poll()
    return {
        ok: checks.every((c) => c.state === 'ok'),
        checks,
        redirectUri: deps.redirectUri(),
        oauthClientId: deps.oauthClientId(),
        lastRun: deps.lastRun(),
        job: job
            ? {
                  ...job,
                  interval: describeInterval(job.intervalSeconds),
                  nextRun: nextRunMs(deps, job) ? deps.display(nextRunMs(deps, job)) : '',
              }
            : null,
        poll: { lastPoll: poll.lastPollMs ? deps.display(poll.lastPollMs) : '', interval: describeInterval(poll.intervalSeconds) },
        links: LINKS,
    }
}
