/**
 * Issue #5 — connection history: retrieve, enrich and show every connection; never lose one, never duplicate one.
 * Issue #9 — the same whether TeamViewer lists a connection at its start or only at its end (both simulator
 * modes), at a bounded cost. The BUILT app runs in the local runtime; TeamViewer is the simulator over real HTTP.
 * The 200-run fault soak is in soak.test.ts (its own file, so jest runs it beside this one).
 */
import {
    DAY,
    HOUR,
    MODES,
    expectTableEqualsTruth,
    latestRun,
    runJob,
    setTime,
    startEnv,
    stopEnv,
    storedConnections,
    type Env,
} from './harness'
import { iso } from '../../tools/simulator/helpers'
import { oneSimulatorPerFile } from '../env'

const T0 = Date.UTC(2026, 9, 1, 0, 0, 0)

let env: Env | undefined
oneSimulatorPerFile()
afterEach(async () => {
    await stopEnv(env)
    env = undefined
})

describe.each(MODES)('the scheduled job (connections reported at their %s)', (reportEntry) => {
    test('is found by name, runs through its built script, backfills and records its run and why its window starts there', async () => {
        env = await startEnv(T0, { reportEntry })
        // every connection has ended (at most 2 h long), so both modes list all of them
        await env.sim.control.seed({ seed: 1, connections: 2500, from: T0 - 10 * DAY, to: T0 - 3 * HOUR, runningFraction: 0 })
        const run = runJob(env)
        expect(run).toMatchObject({
            trigger: 'scheduled',
            state: 'complete',
            pages: '3',
            rest_calls: '3',
            received: '2500',
            inserted: '2500',
            updated: '0',
            error: '',
        })
        expect(run.window_from).toBe('2026-09-01 00:00:00') // 30-day backfill on the first run
        expect(run.window_to).toBe('2026-10-01 00:00:00')
        expect(run).toMatchObject({
            window_kind: 'backfill',
            window_reason: 'First retrieval: 30 days of history (x_tvgh_teamviewer.retrieval.backfill_days).',
        })
        expect(await expectTableEqualsTruth(env, { allEnded: true })).toBe(2500)

        // an immediate second run re-reads only the lookback and writes nothing
        const again = runJob(env)
        expect(again).toMatchObject({ state: 'complete', inserted: '0', updated: '0', window_kind: 'regular' })
        expect(again.window_from).toBe('2026-09-30 12:00:00') // mark − 12 h lookback
        expect(again.window_reason).toBe(
            'Re-reads 12 h before the high-water mark 2026-10-01 00:00:00 UTC (x_tvgh_teamviewer.retrieval.lookback_hours), so connections up to 12 h long are stored as soon as TeamViewer lists them.',
        )
    })

    test('interval changed 6 h → 3 h → 12 h and a run missed entirely: the table equals the report exactly', async () => {
        env = await startEnv(T0, { reportEntry })
        const rt = env.rt
        let t = T0
        let seed = 10
        const arrive = async (hours: number) => {
            // connections start during the coming hours; TeamViewer reports them as they happen
            await env!.sim.control.seed({
                seed: seed++,
                connections: 40,
                from: t + 60000,
                to: t + hours * HOUR - 60000,
                runningFraction: 0,
                append: true,
            })
        }
        const setInterval = (hours: number) => {
            const job = rt.query('sysauto_script', `name=Retrieve TeamViewer connections`)[0]
            rt.update('sysauto_script', job.sys_id, { run_period: `1970-01-01 ${String(hours).padStart(2, '0')}:00:00` })
        }
        const advance = async (hours: number) => {
            t += hours * HOUR
            await env!.sim.control.setClock(t)
            rt.clock.advance(hours * HOUR) // fires the job whenever its period is due
        }
        await arrive(6)
        await advance(6)
        setInterval(3)
        await arrive(3)
        await advance(3)
        setInterval(12)
        await arrive(12)
        await advance(12)
        // a whole day without any run (scheduler down), then the job comes back
        const job = rt.query('sysauto_script', 'name=Retrieve TeamViewer connections')[0]
        rt.update('sysauto_script', job.sys_id, { active: 'false' })
        await arrive(24)
        await advance(24)
        rt.update('sysauto_script', job.sys_id, { active: 'true' })
        await arrive(12)
        await advance(12)
        await advance(12) // the last connections end (at most 2 h long) and one more run lists them
        const runs = rt.query('x_tvgh_teamviewer_retrieval_run', 'state=complete')
        expect(runs.length).toBeGreaterThanOrEqual(5)
        expect(await expectTableEqualsTruth(env, { allEnded: true })).toBe(40 * 5)
    })

    test('a run that fails after page 2 keeps pages 1–2; the next run resumes at page 3; zero duplicates', async () => {
        env = await startEnv(T0, { reportEntry })
        await env.sim.control.seed({ seed: 2, connections: 4500, from: T0 - 5 * DAY, to: T0 - 3 * HOUR, runningFraction: 0 })
        // every attempt of the 3rd page fails (the client tries 3 times)
        await env.sim.control.fault({ kind: 'status', status: 503, path: '/api/v1/reports/connections', onCalls: [3, 4, 5] })
        const failed = runJob(env)
        expect(failed).toMatchObject({ state: 'failed', error_code: 'server_error', pages: '2', inserted: '2000' })
        expect(failed.error).toMatch(/TeamViewer had a server error/)
        expect(storedConnections(env)).toHaveLength(2000)
        const position = env.rt.query('x_tvgh_teamviewer_retrieval_state', 'name=company')[0]
        expect(position.cursor_offset_id).not.toBe('')

        await env.sim.control.clearFaults()
        const resumed = runJob(env)
        expect(resumed).toMatchObject({ state: 'complete', pages: '3', inserted: '2500', updated: '0' })
        expect(resumed.window_from).toBe(failed.window_from)
        expect(resumed.window_reason).toBe(
            `Resumes an unfinished window after its last stored page (offset_id ${position.cursor_offset_id}). ${failed.window_reason}`,
        )
        expect(await expectTableEqualsTruth(env)).toBe(4500)
    })
})

describe.each(MODES)('running connections, enrichment and work notes (reported at their %s)', (reportEntry) => {
    test('a connection is stored when TeamViewer lists it and completed when it ends; its task gets one work note', async () => {
        env = await startEnv(T0, { reportEntry })
        const rt = env.rt
        const supporter = rt.createUser({ user_name: 'ann', name: 'Ann Supporter', roles: ['itil'] })
        const incident = rt.insert('incident', { short_description: 'Printer down' })
        const code = 's12-345-678'
        rt.insert('x_tvgh_teamviewer_service_case', { code, task: incident, supporter, supporter_tv_user_id: 'u1001', state: 'open' })
        const running = await env.sim.control.addConnection({
            session_code: code,
            userid: 'u1001',
            username: 'Ann TV',
            devicename: 'LAPTOP-7',
            start_date: iso(T0 - 30 * 60000),
        })
        await env.sim.control.addConnection({
            userid: 'u2002',
            username: 'Bob TV',
            start_date: iso(T0 - 20 * 60000),
            end_date: iso(T0 - 10 * 60000),
        })

        expect(runJob(env).state).toBe('complete')
        let rows = storedConnections(env)
        const mine = rows.find((r) => r.tv_id === running.id) as Record<string, string>
        // listed at its start: stored without end; listed at its end: not listed (nor stored) yet
        if (reportEntry === 'start')
            expect(mine).toMatchObject({ task: incident, supporter, session_code: code, end_date: '', duration: '', work_note_added: '0' })
        else expect(mine).toBeUndefined()
        expect(rows.find((r) => r.tv_id !== running.id)).toMatchObject({ task: '', service_case: '' }) // no code: company-wide only
        expect(rt.query('sys_journal_field', `element_id=${incident}^element=work_notes`)).toHaveLength(0)

        await setTime(env, T0 + 2 * HOUR)
        await env.sim.control.endConnection(running.id, iso(T0 + HOUR + 5 * 60000))
        expect(runJob(env)).toMatchObject(
            reportEntry === 'start'
                ? { state: 'complete', updated: '1', inserted: '0' }
                : { state: 'complete', updated: '0', inserted: '1' },
        )
        rows = storedConnections(env)
        expect(rows.find((r) => r.tv_id === running.id)).toMatchObject({
            task: incident,
            supporter,
            end_date: '2026-10-01 01:05:00',
            duration: '1970-01-01 01:35:00',
            work_note_added: '1',
        })
        const notes = rt.query('sys_journal_field', `element_id=${incident}^element=work_notes`)
        expect(notes).toHaveLength(1)
        expect(notes[0].value).toBe(
            'TeamViewer connection completed — supporter: Ann TV; device: LAPTOP-7; start: 2026-09-30 23:30:00 UTC; duration: 1 h 35 min.',
        )

        // later runs, refreshes and a case-closed retrieval never add it again
        await setTime(env, T0 + 3 * HOUR)
        runJob(env)
        expect(rt.query('sys_journal_field', `element_id=${incident}^element=work_notes`)).toHaveLength(1)
    })
})

describe('refresh paths', () => {
    test('closing a service case retrieves its connections (async rule), without moving the company mark', async () => {
        env = await startEnv(T0)
        const rt = env.rt
        const incident = rt.insert('incident', { short_description: 'VPN' })
        const code = 's98-765-432'
        const caseId = rt.insert('x_tvgh_teamviewer_service_case', { code, task: incident, state: 'open' })
        await env.sim.control.addConnection({ session_code: code, userid: 'u1', start_date: iso(T0 - HOUR), end_date: iso(T0 - HOUR / 2) })
        await env.sim.control.addConnection({ userid: 'u2', start_date: iso(T0 - HOUR), end_date: iso(T0 - HOUR / 2) })
        rt.update('x_tvgh_teamviewer_service_case', caseId, { state: 'closed' })
        rt.runAsync()
        const run = latestRun(env)
        expect(run).toMatchObject({ trigger: 'case_closed', state: 'complete', filter: `session_code IN ${code}`, inserted: '1' })
        expect(storedConnections(env).map((r) => [r.session_code, r.task])).toEqual([[code, incident]])
        expect(rt.query('x_tvgh_teamviewer_retrieval_state', 'name=company^markISNOTEMPTY')).toHaveLength(0)
    })

    test("Refresh in a task related list (itil) fetches that task's sessions; on the report it needs session_history_user", async () => {
        env = await startEnv(T0)
        const rt = env.rt
        rt.createUser({ user_name: 'itil.user', roles: ['itil'] })
        rt.createUser({ user_name: 'lead', roles: ['x_tvgh_teamviewer.session_history_user'] })
        const incident = rt.insert('incident', { short_description: 'Laptop' })
        rt.insert('x_tvgh_teamviewer_service_case', { code: 's11-111-111', task: incident, state: 'open' })
        await env.sim.control.addConnection({
            session_code: 's11-111-111',
            userid: 'u1',
            start_date: iso(T0 - HOUR),
            end_date: iso(T0 - HOUR / 2),
        })
        await env.sim.control.addConnection({ userid: 'u2', start_date: iso(T0 - HOUR), end_date: iso(T0 - HOUR / 2) })

        const onTask = rt.runUiAction('x_tvgh_teamviewer_refresh', 'x_tvgh_teamviewer_connection', null, 'itil.user', {
            parent: { table: 'incident', sysId: incident },
        })
        expect(onTask.infoMessages.join(' ')).toMatch(/Connection history refreshed: 1 records/)
        expect(latestRun(env)).toMatchObject({ trigger: 'task', state: 'complete' })
        expect(storedConnections(env)).toHaveLength(1)

        const refused = rt.runUiAction('x_tvgh_teamviewer_refresh', 'x_tvgh_teamviewer_connection', null, 'itil.user')
        expect(refused.errorMessages.join(' ')).toMatch(/requires the role x_tvgh_teamviewer.session_history_user/)

        // company-wide: the request only queues the job (gs.executeNow) and answers at once with where to follow it
        const company = rt.runUiAction('x_tvgh_teamviewer_refresh', 'x_tvgh_teamviewer_connection', null, 'lead')
        expect(company.errorMessages).toEqual([])
        expect(company.infoMessages).toEqual([
            'Connection history retrieval started in the background. New connections appear in this list within a few minutes: reload it. ' +
                'Administrators follow each run in TeamViewer Integration > Administration > Retrieval runs (trigger "Manual refresh").',
        ])
        expect(rt.query('x_tvgh_teamviewer_retrieval_run', 'trigger=manual')).toHaveLength(0) // nothing ran inside the request
        expect(storedConnections(env)).toHaveLength(1)
        expect(rt.queuedJobs).toBe(1)
        expect(rt.runQueuedJobs()).toBe(1) // the platform's scheduler picks the job up
        expect(latestRun(env)).toMatchObject({ trigger: 'manual', state: 'complete', window_kind: 'backfill' })
        expect(await expectTableEqualsTruth(env)).toBe(2)
        expect(runJob(env)).toMatchObject({ trigger: 'scheduled' }) // the request was consumed by its run
    })
})

describe('failures leave clear messages and damage nothing', () => {
    test('missing admin token', async () => {
        env = await startEnv(T0)
        env.rt.setProperty('x_tvgh_teamviewer.adminToken', '')
        const run = runJob(env)
        expect(run).toMatchObject({ state: 'failed', error_code: 'configuration', rest_calls: '0' })
        expect(run.error).toMatch(/admin token \(x_tvgh_teamviewer.adminToken\) is not set/)
        expect(run.error).toMatch(/Do not delete the admin token/)
    })

    test('invalid token and missing "connection reporting" permission', async () => {
        env = await startEnv(T0)
        await env.sim.control.seed({ seed: 5, connections: 10, from: T0 - DAY, to: T0 - 3 * HOUR, runningFraction: 0 })
        expect(runJob(env).state).toBe('complete')
        env.rt.setProperty('x_tvgh_teamviewer.adminToken', 'not-a-token')
        const invalid = runJob(env)
        expect(invalid).toMatchObject({ state: 'failed', error_code: 'invalid_token' })
        expect(invalid.error).toMatch(/TeamViewer rejected the token/)
        expect(invalid.error).not.toContain('not-a-token')
        const sessionsOnly = await env.sim.control.createToken({ permissions: ['session_management'] })
        env.rt.setProperty('x_tvgh_teamviewer.adminToken', sessionsOnly)
        const denied = runJob(env)
        expect(denied).toMatchObject({ state: 'failed', error_code: 'missing_permission' })
        expect(denied.error).toMatch(/lacks a required permission/)
        expect(storedConnections(env)).toHaveLength(10) // nothing already stored is damaged
    })

    test('rate limiting stops the run, later runs skip without calling until the retry time, then it resumes', async () => {
        env = await startEnv(T0)
        await env.sim.control.seed({ seed: 6, connections: 1500, from: T0 - DAY, to: T0 - 3 * HOUR, runningFraction: 0 })
        await env.sim.control.fault({ kind: 'status', status: 429, retryAfter: 600, path: '/api/v1/reports/connections', onCalls: [2] })
        const limited = runJob(env)
        expect(limited).toMatchObject({ state: 'rate_limited', error_code: 'rate_limited', pages: '1', rest_calls: '2' })
        expect(limited.error).toMatch(/retry after 600 s/)
        expect(limited.error).toMatch(/resumes after 2026-10-01 00:10:00 UTC/)

        await env.sim.control.resetStats()
        await setTime(env, T0 + 5 * 60000)
        const skipped = runJob(env)
        expect(skipped).toMatchObject({ state: 'rate_limited', rest_calls: '0' })
        expect(((await env.sim.control.stats()) as { total: number }).total).toBe(0)

        await setTime(env, T0 + 11 * 60000)
        expect(runJob(env)).toMatchObject({ state: 'complete', inserted: '500' })
        expect(await expectTableEqualsTruth(env)).toBe(1500)
    })
})

describe('one company retrieval at a time', () => {
    test('a run still in progress makes another one skip; a run dead for over 30 minutes does not', async () => {
        env = await startEnv(T0)
        await env.sim.control.seed({ seed: 8, connections: 20, from: T0 - DAY, to: T0 - 3 * HOUR, runningFraction: 0 })
        const other = env.rt.insert('x_tvgh_teamviewer_retrieval_run', {
            trigger: 'manual',
            state: 'running',
            started: '2026-09-30 23:55:00',
        })
        expect(latestRun(env).sys_id).toBe(other) // (the harness now counts it as seen)
        const skipped = runJob(env)
        expect(skipped).toMatchObject({ state: 'failed', error_code: 'busy', rest_calls: '0' })
        expect(skipped.error).toBe(
            'Skipped: another company-wide retrieval started at 2026-09-30 23:55:00 UTC is still running; it covers the same history.',
        )
        // 31 minutes without progress: dead (issue #10 item 9: the lease runs from the last progress)
        await setTime(env, T0 + 31 * 60000)
        expect(runJob(env)).toMatchObject({ state: 'complete', inserted: '20' })
    })

    test('the lease runs from the last progress: a killed run stops blocking 10 minutes after its last page, a long one that progresses keeps it (issue #10)', async () => {
        env = await startEnv(T0)
        await env.sim.control.seed({ seed: 8, connections: 20, from: T0 - DAY, to: T0 - HOUR, runningFraction: 0 })
        // a run that started 40 minutes ago and recorded a page 2 minutes ago is alive
        await setTime(env, T0 - 40 * 60000)
        const long = env.rt.insert('x_tvgh_teamviewer_retrieval_run', {
            trigger: 'scheduled',
            state: 'running',
            started: '2026-09-30 23:20:00',
        })
        await setTime(env, T0 - 2 * 60000)
        env.rt.update('x_tvgh_teamviewer_retrieval_run', long, { pages: '7' })
        await setTime(env, T0)
        latestRun(env)
        expect(runJob(env)).toMatchObject({ state: 'failed', error_code: 'busy' })
        // killed after that page: 11 minutes without progress, the next run goes ahead and marks it failed
        await setTime(env, T0 + 9 * 60000)
        expect(runJob(env)).toMatchObject({ state: 'complete', inserted: '20' })
        const dead = env.rt.query('x_tvgh_teamviewer_retrieval_run', `sys_id=${long}`)[0]
        expect(dead).toMatchObject({ state: 'failed', error_code: 'abandoned' })
        expect(dead.error).toMatch(/no progress since 2026-09-30 23:58:00 UTC/)
    })
})

describe('who sees which connections', () => {
    test('itil reads a connection only when it can read its task; session_history_user reads all; only admins write', async () => {
        env = await startEnv(T0)
        const rt = env.rt
        rt.createUser({ user_name: 'itil.user', roles: ['itil'] })
        rt.createUser({ user_name: 'lead', roles: ['x_tvgh_teamviewer.session_history_user'] })
        rt.createUser({ user_name: 'tvadmin', roles: ['x_tvgh_teamviewer.admin'] })
        rt.createUser({ user_name: 'nobody', roles: [] })
        const incident = rt.insert('incident', { short_description: 'Mail' })
        const onTask = rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'c-task', task: incident })
        const companyOnly = rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'c-none' })
        expect([
            rt.can('itil.user', 'read', 'x_tvgh_teamviewer_connection', onTask),
            rt.can('itil.user', 'read', 'x_tvgh_teamviewer_connection', companyOnly),
        ]).toEqual([true, false])
        expect([
            rt.can('lead', 'read', 'x_tvgh_teamviewer_connection', onTask),
            rt.can('lead', 'read', 'x_tvgh_teamviewer_connection', companyOnly),
        ]).toEqual([true, true])
        expect(rt.can('nobody', 'read', 'x_tvgh_teamviewer_connection', onTask)).toBe(false)
        expect(rt.can('lead', 'write', 'x_tvgh_teamviewer_connection', onTask)).toBe(false)
        expect(rt.can('tvadmin', 'write', 'x_tvgh_teamviewer_connection', onTask)).toBe(true)
        expect(rt.can('tvadmin', 'read', 'x_tvgh_teamviewer_retrieval_run')).toBe(true)
        expect(rt.can('lead', 'read', 'x_tvgh_teamviewer_retrieval_run')).toBe(false)
    })
})
