/**
 * The local product's demo data, created on the FIRST start only, through the mechanisms a real instance and
 * a real TeamViewer account have: users and groups as an admin creates them, the base instance's incident and
 * problem forms (tools/runtime/platform-forms.ts), the admin adding TeamViewer to them on the platform's Form Layout and Related Lists pages (the steps "Add TeamViewer to a form" links to),
 * supporters signing in to TeamViewer through its sign-in page and the app's OAuth callback, service cases
 * created, shared, started and closed through the app's REST API, the end customer opening the link of the
 * invitation e-mail, and the connection history filled by the app's own retrieval (the case-closed rule and
 * the scheduled job) — never by inserting connections.
 *
 * History happens two days ago: both clocks (the runtime's and the simulator's) are moved there for the
 * seed and back to real time at its end, so connections have real durations.
 */
import type { Runtime } from '../../tools/runtime'
import type { SimHandle } from '../../tools/simulator'
import { linksOf } from '../../tools/runtime/web/mail'
import { formLayoutAddsFormatter, relatedListsAddsRelationship } from '../../tools/runtime/platform-forms'
import { drain } from './scheduler'
import { submitSignInPage } from '../../tools/simulator/helpers'

const API = '/api/x_tvgh_teamviewer'
const MINUTE = 60000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * The demo users (user_name → who). Their TeamViewer accounts are simulator accounts, shown on the home page.
 * Supporters hold `email_composer`, the platform's role for the e-mail client ("Share session code").
 */
export const DEMO = {
    admin: { user_name: 'admin', name: 'System Administrator', email: 'admin@example.com', roles: ['admin'] },
    alice: {
        user_name: 'alice.agent',
        name: 'Alice Agent',
        email: 'alice.agent@example.com',
        roles: ['itil', 'security_incident_reader', 'email_composer'],
        tv: { email: 'alice.agent@example.com', password: 'alice-tv' },
    },
    bob: {
        user_name: 'bob.agent',
        name: 'Bob Agent',
        email: 'bob.agent@example.com',
        roles: ['itil', 'email_composer'],
        tv: { email: 'bob.agent@example.com', password: 'bob-tv' },
    },
    /** new on the team: has a TeamViewer account but has not signed in to it from ServiceNow yet */
    chris: {
        user_name: 'chris.agent',
        name: 'Chris Agent',
        email: 'chris.agent@example.com',
        roles: ['itil', 'security_incident_reader', 'email_composer'],
        tv: { email: 'chris.agent@example.com', password: 'chris-tv' },
    },
    hana: {
        user_name: 'hana.history',
        name: 'Hana History',
        email: 'hana.history@example.com',
        roles: ['x_tvgh_teamviewer.session_history_user'],
    },
    callers: [
        { user_name: 'carol.customer', name: 'Carol Customer', email: 'carol.customer@example.com' },
        { user_name: 'dave.customer', name: 'Dave Customer', email: 'dave.customer@example.com' },
        { user_name: 'erin.customer', name: 'Erin Customer', email: 'erin.customer@example.com' },
    ],
}

/**
 * The instance's own access rule, as a customer adds it (a Deny-Unless read rule on incident): security
 * incidents are readable only with the customer's role `security_incident_reader` (Alice has it, Bob not).
 * The runtime keeps added rules in memory, so the local product applies it at every start.
 */
export function applyInstanceRules(rt: Runtime): void {
    rt.addAcl({
        name: 'incident',
        operation: 'read',
        decision: 'deny',
        script: "answer = current.getValue('category') != 'security' || gs.hasRole('security_incident_reader');",
    })
}

type Json = Record<string, unknown>

function result(r: { status: number; json?: unknown; body: string }, what: string): Json {
    if (r.status >= 300) throw new Error(`seed: ${what} answered ${r.status}: ${r.body.slice(0, 300)}`)
    return ((r.json as Json | undefined)?.result ?? {}) as Json
}

/** A supporter signs in to TeamViewer as a browser does: the app's authorize URL → sign-in page → callback. */
async function signIn(rt: Runtime, user: string, tv: { email: string; password: string }): Promise<void> {
    const url = String(result(rt.rest('GET', `${API}/oauth/authorize`, { user }), 'authorize').url)
    const to = await submitSignInPage(url, { ...tv, decision: 'allow' })
    const back = rt.rest('GET', to.pathname + to.search, { user })
    if (back.status !== 200) throw new Error(`seed: the OAuth callback answered ${back.status}`)
}

export interface SeedClock {
    /** moves both clocks to this time (frozen there until the next step) */
    at(ms: number): Promise<void>
}

/** One supporter's service case from a task: create, share, customer joins, poll, start, connect, close. */
async function supportCase(
    rt: Runtime,
    clock: SeedClock,
    t: number,
    user: string,
    task: string,
    minutes: number,
    close = true,
): Promise<void> {
    await clock.at(t)
    const c = result(rt.rest('POST', `${API}/cases/task/${task}`, { user, body: {} }), 'create case')
    result(rt.rest('POST', `${API}/cases/${c.sysId}/invite`, { user, body: {} }), 'invite')
    drain(rt)
    if (!close) return
    const invitation =
        rt.query('sys_email', `instance=${c.sysId}^ORDERBYDESCsys_created_on`)[0] ??
        rt.query('sys_email', `bodyLIKE${String(c.code)}`).pop()
    const link = invitation ? linksOf(invitation.body).find((l) => /\/v15\/s\d+$/.test(l)) : undefined
    if (!link) throw new Error(`seed: no customer link in the invitation of ${c.code}`)
    await clock.at(t + 3 * MINUTE)
    if ((await fetch(link)).status !== 200) throw new Error(`seed: the customer link of ${c.code} did not open`)
    await clock.at(t + 4 * MINUTE)
    rt.runJob('Poll TeamViewer service cases online')
    drain(rt)
    const started = result(rt.rest('POST', `${API}/cases/${c.sysId}/start`, { user, body: {} }), 'start')
    const supporterLink = String(started.supporterLink)
    await clock.at(t + 5 * MINUTE)
    await fetch(supporterLink, { method: 'POST', body: new URLSearchParams({ action: 'connect' }) })
    await clock.at(t + (5 + minutes) * MINUTE)
    await fetch(supporterLink, { method: 'POST', body: new URLSearchParams({ action: 'end' }) })
    await clock.at(t + (6 + minutes) * MINUTE)
    result(rt.rest('POST', `${API}/cases/${c.sysId}/close`, { user, body: {} }), 'close')
    drain(rt)
}

export interface SeedResult {
    incidents: Record<string, string>
    problems: Record<string, string>
}

/** Creates the demo data; `now` is real time, history is placed before it. */
export async function seed(rt: Runtime, sim: SimHandle, now: number): Promise<SeedResult> {
    const clock: SeedClock = {
        at: async (ms) => {
            await sim.control.setClock(ms)
            rt.clock.set(ms, { runJobs: false })
        },
    }
    const day0 = Math.floor((now - 2 * DAY) / DAY) * DAY + 9 * HOUR // two days ago, 09:00 UTC
    await clock.at(day0 - HOUR)

    // --- people, as an admin creates them ---------------------------------------------------------------
    const ids: Record<string, string> = {}
    for (const u of [DEMO.admin, DEMO.alice, DEMO.bob, DEMO.chris, DEMO.hana]) ids[u.user_name] = rt.createUser(u)
    for (const c of DEMO.callers) ids[c.user_name] = rt.createUser({ ...c, roles: [] })
    const desk = rt.insert('sys_user_group', { name: 'Service Desk', email: 'service.desk@example.com' })
    const security = rt.insert('sys_user_group', { name: 'Security Response', email: 'security@example.com' })
    for (const u of [DEMO.alice, DEMO.bob]) rt.insert('sys_user_grmember', { user: ids[u.user_name], group: desk })
    for (const u of [DEMO.alice, DEMO.chris]) rt.insert('sys_user_grmember', { user: ids[u.user_name], group: security })
    for (const u of [DEMO.alice, DEMO.bob, DEMO.chris])
        await sim.control.addUser({ name: u.name, email: u.tv.email, password: u.tv.password })

    // --- the admin puts TeamViewer on the incident and problem forms, as the integration guide says and
    // "Add TeamViewer to a form" links to: the platform's Form Layout and Related Lists pages (platform work,
    // not the app's: the app may not write form layouts; README "Forms") --------------------------------------
    for (const table of ['incident', 'problem']) {
        formLayoutAddsFormatter(rt, table, '', 'TeamViewer Remote Control', 'TeamViewer Supporter Control')
        relatedListsAddsRelationship(rt, table, '', 'TeamViewer connection report')
    }

    // --- tasks ----------------------------------------------------------------------------------------
    const [carol, dave, erin] = DEMO.callers.map((c) => ids[c.user_name])
    const alice = ids[DEMO.alice.user_name]
    const bob = ids[DEMO.bob.user_name]
    const incidents = {
        printer: rt.insert('incident', {
            short_description: 'Printer on floor 2 prints blank pages',
            caller_id: carol,
            category: 'hardware',
            priority: '3',
            assignment_group: desk,
            assigned_to: alice,
        }),
        vpn: rt.insert('incident', {
            short_description: 'VPN login from an unknown country',
            caller_id: dave,
            category: 'security',
            priority: '2',
            assignment_group: security,
            assigned_to: alice,
        }),
        outlook: rt.insert('incident', {
            short_description: 'Outlook closes right after start',
            caller_id: erin,
            category: 'software',
            priority: '3',
            assignment_group: desk,
            assigned_to: bob,
        }),
        laptop: rt.insert('incident', {
            short_description: 'New laptop: set up the mail profile',
            caller_id: carol,
            category: 'software',
            priority: '4',
            assignment_group: desk,
        }),
        phishing: rt.insert('incident', {
            short_description: 'Clicked a link in a phishing mail: check the laptop',
            caller_id: erin,
            category: 'security',
            priority: '2',
            assignment_group: security,
            assigned_to: ids[DEMO.chris.user_name],
        }),
    }
    const problems = {
        queue: rt.insert('problem', {
            short_description: 'Printers on floor 2 lose their queue after a restart',
            opened_by: carol,
            assignment_group: desk,
            assigned_to: alice,
        }),
        profiles: rt.insert('problem', {
            short_description: 'Mail profiles break after the monthly update',
            opened_by: erin,
            assignment_group: desk,
            assigned_to: bob,
        }),
    }

    // --- TeamViewer's own history: the company's other connections of the past week (simulated) ---------
    await sim.control.seed({
        seed: 13,
        connections: 40,
        users: 2,
        devices: 25,
        from: day0 - 7 * DAY,
        to: day0 - 2 * HOUR,
        runningFraction: 0,
    })

    // --- two days ago: supporters work their cases through the app ---------------------------------------
    await clock.at(day0)
    await signIn(rt, DEMO.alice.user_name, DEMO.alice.tv)
    await signIn(rt, DEMO.bob.user_name, DEMO.bob.tv)
    await supportCase(rt, clock, day0 + 15 * MINUTE, DEMO.alice.user_name, incidents.printer, 18)
    await supportCase(rt, clock, day0 + 2 * HOUR, DEMO.alice.user_name, incidents.vpn, 35)
    await supportCase(rt, clock, day0 + 5 * HOUR, DEMO.bob.user_name, incidents.outlook, 12)
    await supportCase(rt, clock, day0 + DAY + HOUR, DEMO.bob.user_name, problems.profiles, 25)
    // the scheduled retrieval the next night
    await clock.at(day0 + DAY + 15 * HOUR)
    rt.runJob('Retrieve TeamViewer connections')
    drain(rt)

    // --- back to real time: an open case waiting for its customer ---------------------------------------
    await sim.control.realClock()
    rt.clock.set(Date.now(), { runJobs: false })
    await supportCase(rt, { at: async () => undefined }, Date.now(), DEMO.alice.user_name, problems.queue, 0, false)
    rt.runJob('Retrieve TeamViewer connections')
    // the online poll last ran in the seed's past (two days ago): it runs once now, so the scheduler's first
    // tick does not replay two days of one-minute periods (the first page of the demo waited ~20 s for that)
    rt.runJob('Poll TeamViewer service cases online')
    drain(rt)
    return { incidents, problems }
}
