/**
 * The local form and list pages without a browser (web/forms.ts, lists.ts, ui-actions.ts, jelly.ts' macro
 * subset): the layout read from the database (the base instance's incident/problem forms of platform-forms.ts,
 * plus what "Add TeamViewer to a form" links in), read ACLs on records, rows and fields, formatters rendering the
 * BUILT UI macro, UI scripts, related lists through the built relationship, UI actions posted back.
 */
import { Runtime } from '../../../tools/runtime/index'
import { formLayoutAddsFormatter, relatedListsAddsRelationship } from '../../../tools/runtime/platform-forms'
import { fieldInfo } from '../../../tools/runtime/web/dictionary'
import { escapeJs, renderMacro, UnsupportedJelly } from '../../../tools/runtime/web/jelly'
import { startWebServer, type WebServer } from '../../../tools/runtime/web/server'

describe('UI macro subset', () => {
    const doc = (inner: string) =>
        `<?xml version="1.0" encoding="utf-8"?>\n<j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide">${inner}</j:jelly>`
    const scope = {
        evaluate: (e: string) => ({ 'current.getTableName()': 'incident', "'a\\'b'": "a'b", x: '<img src=x onerror=alert(1)>' })[e],
    }

    test('g:requires becomes a script tag; g:evaluate values are escaped for JS and HTML', () => {
        const html = renderMacro(
            doc(
                `<g:requires name="x_app.Thing.jsdbx"/><g:evaluate var="jvar_t" expression="current.getTableName()"/><g:evaluate var="jvar_x" expression="x"></g:evaluate><script>go('\${JS:jvar_t}', '\${JS:jvar_x}')</script><p>\${HTML:jvar_x}|\${jvar_x}</p>`,
            ),
            'macro',
            scope,
        )
        expect(html).toBe(
            `<script src="/x_app.Thing.jsdbx"></script><script>go('incident', '\\u003cimg src=x onerror=alert(1)\\u003e')</script><p>&lt;img src=x onerror=alert(1)&gt;|&lt;img src=x onerror=alert(1)&gt;</p>`,
        )
        expect(escapeJs(`'"\\\n</script>`)).toBe('\\u0027\\u0022\\u005c\\u000a\\u003c/script\\u003e')
    })

    test.each([
        ['<j:if test="true">x</j:if>', /<j:if> is not supported/],
        ['<g:insert template="x.xml"/>', /<g:insert> is not supported/],
        ['<g:evaluate var="jvar_x">gs.getUser()</g:evaluate>', /with a script body is not supported/],
        ['<g:evaluate var="x" expression="1"/>', /only as <g:evaluate var="jvar_…" expression/],
        ['<g:requires name="styles.cssdbx"/>', /<g:requires name="styles.cssdbx"> is not supported/],
        ['<p>${gs.getUserName()}</p>', /expression "\$\{gs\.getUserName\(\)\}" is not supported/],
        ['<p>${JS:jvar_never}</p>', /jvar_never is not set/],
        ['<p>$[jvar_x]</p>', /expression "\$\[jvar_x/],
    ])('%s is refused', (inner, message) => {
        expect(() => renderMacro(doc(inner), 'macro', scope)).toThrow(UnsupportedJelly)
        expect(() => renderMacro(doc(inner), 'macro', scope)).toThrow(message)
    })
})

describe('form and list pages', () => {
    let rt: Runtime
    let web: WebServer
    let carol: string
    let incident: string
    let other: string
    const sessions: Record<string, string> = {}

    beforeAll(async () => {
        rt = Runtime.load()
        rt.createUser({ user_name: 'tv.admin', roles: ['x_tvgh_teamviewer.admin'] })
        rt.createUser({ user_name: 'sys.admin', roles: ['admin'] })
        rt.createUser({ user_name: 'sup.ann', name: 'Ann Support', roles: ['itil'] })
        carol = rt.createUser({ user_name: 'carol', name: '<img src=x onerror=alert(1)>' })
        rt.createUser({ user_name: 'dave', name: 'Dave Nobody' })
        incident = rt.insert('incident', {
            short_description: 'Printer <b>broken</b>',
            caller_id: carol,
            state: '2',
            priority: '3',
            description: 'Line 1\nLine 2',
        })
        other = rt.insert('incident', { short_description: 'Secret outage', caller_id: rt.query('sys_user', 'user_name=dave')[0].sys_id })
        web = await startWebServer(rt)
        for (const u of ['tv.admin', 'sys.admin', 'sup.ann', 'carol']) {
            const res = await fetch(`${web.url}/login?user=${u}&next=/`, { redirect: 'manual' })
            sessions[u] = String(res.headers.get('set-cookie')).split(';')[0]
        }
    })
    afterAll(async () => {
        await web.close()
        rt.close()
    })

    const get = async (user: string, path: string) => {
        const res = await fetch(`${web.url}${path}`, { headers: { cookie: sessions[user] }, redirect: 'manual' })
        return { status: res.status, html: await res.text(), location: res.headers.get('location') }
    }
    const token = (html: string) => JSON.parse(/window\.g_ck = ("[0-9a-f]+");/.exec(html)?.[1] as string) as string

    test("the incident form shows the base instance's layout, display values escaped, editable for its writer, with g_ck", async () => {
        const { status, html } = await get('sup.ann', `/incident.do?sys_id=${incident}`)
        expect(status).toBe(200)
        expect(html).toContain('data-layout="incident/Default view"')
        expect(html).toMatch(
            /<label for="incident.caller_id">Caller<\/label><input id="incident.caller_id" class="form-control" value="&lt;img src=x onerror=alert\(1\)&gt;" readonly>/,
        )
        expect(html).toContain('value="Printer &lt;b&gt;broken&lt;/b&gt;"')
        // a field the user may write is an input by its dictionary type (issue #22: choices by label)
        expect(html).toContain('<option value="2" selected>In Progress</option>')
        expect(html).toContain(
            '<textarea form="tv-edit" class="form-control" rows="6" id="incident.description" name="incident.description">\nLine 1\nLine 2</textarea>',
        )
        expect(html).toContain('id="sysverb_update">Update</button>')
        expect(html).toContain('<h2 class="tv-section-title" id="section1">Notes</h2>')
        expect(html).not.toContain('<img src=x')
        expect(token(html)).toMatch(/^[0-9a-f]{48}$/)
        // the base related list entry whose table the runtime does not hold says so
        expect(html).toMatch(
            /data-list-id="incident\.task_sla\.task"><h2 id="related\d+">Task SLA<\/h2><p>Not emulated by the local runtime/,
        )
    })

    test("the e-mail client template form shows the platform's columns: To is recipients, no execution_order", async () => {
        const template = rt.query('sys_email_client_template', '')[0]
        expect(fieldInfo(rt, 'sys_email_client_template', 'recipients')).toMatchObject({ type: 'string', label: 'To' })
        expect(fieldInfo(rt, 'sys_email_client_template', 'body_html')).toMatchObject({ type: 'html', label: 'Body' })
        const { status, html } = await get('sys.admin', `/sys_email_client_template.do?sys_id=${template.sys_id}`)
        expect(status).toBe(200)
        expect(html).toContain('id="sys_email_client_template.recipients"')
        expect(html).not.toMatch(/sys_email_client_template\.(to|execution_order)"/)
    })

    test('a record the user may not read is "Record not found", without any of its data; so is an unknown one', async () => {
        const denied = await get('carol', `/incident.do?sys_id=${other}`)
        expect(denied.html).toContain('Record not found')
        expect(denied.html).not.toContain('Secret outage')
        expect((await get('sup.ann', `/incident.do?sys_id=${'0'.repeat(32)}`)).html).toContain('Record not found')
        expect((await get('sup.ann', '/incident.do?sys_id=-1')).html).toContain('Record not found')
        // the caller reads their own incident
        expect((await get('carol', `/incident.do?sys_id=${incident}`)).html).toContain('Printer &lt;b&gt;broken')
    })

    test("issue #22 item 2: the invitation sent from a service case of the task shows in the task form's activity, to who may read the case", async () => {
        const mine = rt.insert('incident', { short_description: 'Mail', caller_id: carol })
        const sysCase = rt.insert('x_tvgh_teamviewer_service_case', { task: mine, code: 's99-111-222', end_customer_name: 'Carol' })
        rt.insert('sys_email', {
            type: 'send-ready',
            recipients: 'carol@example.com',
            subject: 'Remote support: TeamViewer session s99-111-222',
            body: '<p>Hello <b>Carol</b> &amp; co<script>alert(1)</script><img src=x onerror=alert(2)></p>',
            target_table: 'x_tvgh_teamviewer_service_case',
            instance: sysCase,
        })
        const { html } = await get('sup.ann', `/incident.do?sys_id=${mine}`)
        expect(html).toContain('<h2 class="tv-section-title" id="activity">Activity: e-mails</h2>')
        expect(html).toContain('<span class="subject">Remote support: TeamViewer session s99-111-222</span>')
        expect(html).toContain('<p class="body">Hello Carol &amp; co</p>')
        expect(html).not.toContain('alert(2)')
        expect(html).not.toContain('<script>alert(1)')
        // the caller reads the incident, not the service case: its e-mail is not shown to her
        const hers = (await get('carol', `/incident.do?sys_id=${mine}`)).html
        expect(hers).toContain('value="Mail"')
        expect(hers).not.toContain('s99-111-222')
        // another incident has none
        expect((await get('sup.ann', `/incident.do?sys_id=${incident}`)).html).not.toContain('id="activity"')
    })

    test('a field the user may not read is left out', async () => {
        rt.addAcl({ name: 'incident.description', operation: 'read', roles: ['admin'] })
        const { html } = await get('sup.ann', `/incident.do?sys_id=${incident}`)
        expect(html).not.toContain('incident.description')
        expect(html).not.toContain('Line 1')
        expect((await get('sys.admin', `/incident.do?sys_id=${incident}`)).html).toContain('Line 1')
    })

    test('pages need a session', async () => {
        const res = await fetch(`${web.url}/incident.do?sys_id=${incident}`, { redirect: 'manual' })
        expect([res.status, res.headers.get('location')]).toEqual([
            302,
            `/login?next=${encodeURIComponent(`/incident.do?sys_id=${incident}`)}`,
        ])
        expect((await fetch(`${web.url}/x_tvgh_teamviewer.SupporterControl.jsdbx`)).status).toBe(401)
    })

    test("after the admin's Form Layout and Related Lists steps: the formatter renders the built macro, the UI script is served, the related list lists connections", async () => {
        formLayoutAddsFormatter(rt, 'incident', '', 'TeamViewer Remote Control', 'TeamViewer Supporter Control')
        relatedListsAddsRelationship(rt, 'incident', '', 'TeamViewer connection report')
        rt.insert('x_tvgh_teamviewer_connection', {
            tv_id: 'conn-1',
            task: incident,
            session_code: 's12-345-678',
            supporter_name: 'Ann <Support>',
            start_date: '2026-10-01 09:30:00',
            duration: '1970-01-01 01:00:30',
        })
        rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'conn-2', task: other, session_code: 's98-765-432' })
        const { html } = await get('sup.ann', `/incident.do?sys_id=${incident}`)
        expect(html).toContain('<h2 class="tv-section-title" id="section3">TeamViewer Remote Control</h2>')
        expect(html).toContain('<script src="/x_tvgh_teamviewer.SupporterControl.jsdbx"></script>')
        expect(html).toContain(`x_tvgh_teamviewer.SupporterControl.mount('x_tvgh_teamviewer_control', 'incident', '${incident}');`)
        const script = await get('sup.ann', '/x_tvgh_teamviewer.SupporterControl.jsdbx')
        expect(script.status).toBe(200)
        expect(script.html).toMatch(/x_tvgh_teamviewer\.SupporterControl = /)
        // only active UI scripts are served
        rt.insert('sys_ui_script', { name: 'x_tvgh_teamviewer.Retired', script: 'var retired = 1;', active: 'false' })
        expect((await get('sup.ann', '/x_tvgh_teamviewer.Retired.jsdbx')).status).toBe(404)
        // the related list: this task's connection only, linked to its form, with the Refresh banner button
        const related = /<section class="tv-related panel"[^>]*data-related="REL:[0-9a-f]{32}">[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
        expect(related).toContain('TeamViewer connection report')
        // the columns of the shipped list layout (List() in connection-report.now.ts)
        expect([...related.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual([
            'Start',
            'End',
            'Duration',
            'Supporter name',
            'Device',
            'Session code',
            'Task',
        ])
        expect(related).toContain('s12-345-678')
        expect(related).toContain('Ann &lt;Support&gt;')
        expect(related).toContain('<td>1 Hour 30 Seconds</td>')
        expect(related).not.toContain('s98-765-432')
        expect(related).toMatch(/<a href="\/x_tvgh_teamviewer_connection\.do\?sys_id=[0-9a-f]{32}">2026-10-01 09:30:00<\/a>/)
        expect(related).toMatch(
            /<button type="submit" class="btn btn-default" data-action="x_tvgh_teamviewer_refresh"[^>]*>Refresh<\/button>/,
        )
        // a user without the action's roles sees no Refresh
        // the caller reads the incident, not its connections (their read ACL wants itil): the rows are filtered out
        const asCaller = (await get('carol', `/incident.do?sys_id=${incident}`)).html
        expect(asCaller).not.toContain('data-action="x_tvgh_teamviewer_refresh"')
        expect(asCaller).toContain('<span class="tv-count">0 records</span>')
        expect(asCaller).not.toContain('s12-345-678')
        // the connection's own form: no layout records → every field of the table
        const id = rt.query('x_tvgh_teamviewer_connection', 'tv_id=conn-1')[0].sys_id
        const conn = await get('sup.ann', `/x_tvgh_teamviewer_connection.do?sys_id=${id}`)
        expect(conn.html).toContain('data-layout="default: every field"')
        expect(conn.html).toContain('value="s12-345-678"')
    })

    test('Refresh posted from the related list runs the UI action with the form as parent and shows its message', async () => {
        const form = await get('sup.ann', `/incident.do?sys_id=${incident}`)
        const fields = Object.fromEntries(
            [
                ...(/<form method="post" action="\/x_tvgh_teamviewer_connection\.do" class="tv-action">(.*?)<\/form>/
                    .exec(form.html)?.[1]
                    .matchAll(/name="([^"]+)" value="([^"]*)"/g) ?? []),
            ].map((m) => [m[1], m[2].replace(/&amp;/g, '&')]),
        )
        expect(fields.sysparm_parent_sys_id).toBe(incident)
        const post = (ck: string) =>
            fetch(`${web.url}/x_tvgh_teamviewer_connection.do`, {
                method: 'POST',
                headers: { cookie: sessions['sup.ann'], 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({ ...fields, sysparm_ck: ck }),
                redirect: 'manual',
            })
        expect((await post('forged')).status).toBe(403)
        const res = await post(fields.sysparm_ck)
        expect([res.status, res.headers.get('location')]).toEqual([303, `/incident.do?sys_id=${incident}`])
        const back = await get('sup.ann', `/incident.do?sys_id=${incident}`)
        expect(back.html).toContain(
            '<div class="alert alert-success" role="status">This task has no TeamViewer service case: there are no connections to refresh.</div>',
        )
        // shown once
        expect((await get('sup.ann', `/incident.do?sys_id=${incident}`)).html).not.toContain('This task has no TeamViewer service case')
    })

    test('list choices ("Actions on selected rows"): a checkbox per row, offered by role, run per checked row the user may read; a redirect the action sets is followed', async () => {
        const TOKEN = 'x_tvgh_teamviewer_token'
        // grants issued by another API endpoint: revoking deletes them without calling anyone
        const grant = (user: string) =>
            rt.insert(TOKEN, {
                user: rt.query('sys_user', `user_name=${user}`)[0].sys_id,
                account_name: `${user} TV`,
                api_origin: 'https://old.example',
                access_token: `secret-${user}`,
            })
        const [ann, dave] = [grant('sup.ann'), grant('dave')]
        const list = await get('tv.admin', `/${TOKEN}_list.do`)
        expect(list.html).toContain(`<input type="checkbox" form="tv-list-choice" name="sysparm_checked_items" value="${ann}"`)
        expect(list.html).toMatch(
            /<select id="list-choice" name="sys_action" class="form-control"><option value="[0-9a-f]{32}" data-action="x_tvgh_teamviewer_revoke_grant">Revoke<\/option><\/select>/,
        )
        expect(list.html).not.toContain('secret-')
        expect((await get('sup.ann', `/${TOKEN}_list.do`)).status).toBe(403)
        const action = /<option value="([0-9a-f]{32})" data-action="x_tvgh_teamviewer_revoke_grant">/.exec(list.html)?.[1] as string
        const post = (user: string, body: Record<string, string>, items: string[] = []) => {
            const form = new URLSearchParams(body)
            for (const i of items) form.append('sysparm_checked_items', i)
            return fetch(`${web.url}/${TOKEN}.do`, {
                method: 'POST',
                headers: { cookie: sessions[user], 'content-type': 'application/x-www-form-urlencoded' },
                body: form,
                redirect: 'manual',
            })
        }
        // a supporter's post (own valid token) changes nothing
        const annCk = token((await get('sup.ann', '/incident_list.do')).html)
        await post('sup.ann', { sys_action: action, sysparm_ck: annCk, sysparm_list_choice: 'true' }, [ann])
        expect(rt.query(TOKEN)).toHaveLength(2)
        // the admin: Ann's row and an id that is no row; Dave's row stays
        const ck = token(list.html)
        const res = await post(
            'tv.admin',
            { sys_action: action, sysparm_ck: ck, sysparm_list_choice: 'true', sysparm_goto: `/${TOKEN}_list.do` },
            [ann, 'f'.repeat(32)],
        )
        expect([res.status, res.headers.get('location')]).toEqual([303, `/${TOKEN}_list.do`])
        expect(rt.query(TOKEN).map((r) => r.sys_id)).toEqual([dave])
        const after = await get('tv.admin', `/${TOKEN}_list.do`)
        expect(after.html).toContain(
            'TeamViewer sign-in of Ann Support deleted (TeamViewer could not be reached to revoke it there). Their next TeamViewer action asks them to sign in again.',
        )
        expect(after.html).toContain('Revoke: not applied to 1 of the selected rows (not found, or the action does not apply to them).')
        // no row checked: says so
        await post('tv.admin', { sys_action: action, sysparm_ck: ck, sysparm_list_choice: 'true' })
        expect((await get('tv.admin', `/${TOKEN}_list.do`)).html).toContain('Select the rows to apply the action to.')
        // the form button: the action's redirect (the list) replaces sysparm_goto (the deleted record's form)
        const form = await get('tv.admin', `/${TOKEN}.do?sys_id=${dave}`)
        expect(form.html).toContain('data-action="x_tvgh_teamviewer_revoke_grant"')
        const viaForm = await post('tv.admin', {
            sys_action: action,
            sys_id: dave,
            sysparm_ck: ck,
            sysparm_goto: `/${TOKEN}.do?sys_id=${dave}`,
        })
        expect([viaForm.status, viaForm.headers.get('location')]).toEqual([303, `/${TOKEN}_list.do`])
        expect(rt.query(TOKEN)).toHaveLength(0)
    })

    test("issue #22 item 3: GlideList2's refresh reads one related list of the form again, as the user, with the session token", async () => {
        const form = await get('sup.ann', `/incident.do?sys_id=${incident}`)
        const listId = /<section class="tv-related panel"[^>]*data-list-id="(incident\.REL:[0-9a-f]{32})"/.exec(form.html)?.[1] as string
        expect(listId).toBeDefined()
        expect(form.html).toContain('window.GlideList2 = {')
        const refresh = (user: string, id: string, ck: string, table = 'incident', sysId = incident) =>
            fetch(
                `${web.url}/local/related_list?${new URLSearchParams({ sysparm_table: table, sys_id: sysId, sysparm_view: '', sysparm_list_id: id, sysparm_goto: `/incident.do?sys_id=${incident}` })}`,
                { headers: { cookie: sessions[user], 'X-UserToken': ck }, redirect: 'manual' },
            ).then(async (r) => ({ status: r.status, html: await r.text() }))
        rt.insert('x_tvgh_teamviewer_connection', {
            tv_id: 'conn-3',
            task: incident,
            session_code: 's55-555-555',
            supporter_name: 'New <one>',
        })
        const fresh = await refresh('sup.ann', listId, token(form.html))
        expect(fresh.status).toBe(200)
        expect(fresh.html).toMatch(new RegExp(`^<section class="tv-related panel"[^>]*data-list-id="${listId.replace('.', '\\.')}"`))
        expect(fresh.html).toContain('s55-555-555')
        expect(fresh.html).toContain('New &lt;one&gt;')
        expect(fresh.html).toContain('<span class="tv-count">2 records</span>')
        // the rows stay the user's: the caller reads the incident, not its connections
        const carolForm = await get('carol', `/incident.do?sys_id=${incident}`)
        const asCaller = await refresh('carol', listId, token(carolForm.html))
        expect(asCaller.html).toContain('<span class="tv-count">0 records</span>')
        // no token, another list, a record the user may not read, a list of another table: nothing
        expect((await refresh('sup.ann', listId, 'forged')).status).toBe(401)
        expect((await refresh('sup.ann', 'incident.REL:' + '0'.repeat(32), token(form.html))).status).toBe(404)
        expect((await refresh('carol', listId.replace('incident.', 'problem.'), token(carolForm.html), 'incident')).status).toBe(404)
        const hidden = await refresh('carol', listId, token(carolForm.html), 'incident', other)
        expect([hidden.status, hidden.html]).toEqual([404, 'Related list not found'])
    })

    test('list pages: readable rows only, the encoded query, links to forms, banner actions by role', async () => {
        const all = await get('sup.ann', '/incident_list.do')
        expect(all.html).toContain('Printer &lt;b&gt;broken')
        expect(all.html).toContain('Secret outage')
        expect(all.html).toMatch(new RegExp(`<a href="/incident\\.do\\?sys_id=${incident}">INC\\d{7}</a>`))
        const filtered = await get('sup.ann', `/incident_list.do?sysparm_query=${encodeURIComponent('short_descriptionSTARTSWITHSecret')}`)
        expect(filtered.html).not.toContain('Printer')
        expect(filtered.html).toContain('1 record')
        // the caller sees only their own incident
        const mine = await get('carol', '/incident_list.do')
        expect(mine.html).toContain('Printer')
        expect(mine.html).not.toContain('Secret outage')
        // the company-wide connection report: Refresh for its role; unreadable connections are not listed
        rt.createUser({ user_name: 'historian', roles: ['x_tvgh_teamviewer.session_history_user'] })
        const res = await fetch(`${web.url}/login?user=historian&next=/`, { redirect: 'manual' })
        sessions.historian = String(res.headers.get('set-cookie')).split(';')[0]
        const report = await get(
            'historian',
            `/x_tvgh_teamviewer_connection_list.do?sysparm_query=${encodeURIComponent('ORDERBYDESCstart_date')}`,
        )
        expect(report.html).toContain('data-action="x_tvgh_teamviewer_refresh"')
        expect((await get('carol', '/x_tvgh_teamviewer_connection_list.do')).html).not.toContain('data-action="x_tvgh_teamviewer_refresh"')
    })

    test("every LIST/FILTER module of the app's menu opens a list page", async () => {
        const modules = rt.query('sys_app_module', 'active=true').filter((m) => m.link_type === 'LIST' || m.link_type === 'FILTER')
        expect(modules.length).toBeGreaterThanOrEqual(4)
        for (const m of modules) {
            const url = `/${m.name}_list.do${m.link_type === 'FILTER' && m.filter ? `?sysparm_query=${encodeURIComponent(m.filter)}` : ''}`
            const res = await get('sys.admin', url)
            expect([m.title, res.status, /<h1>[^<]+<\/h1>/.test(res.html)]).toEqual([m.title, 200, true])
        }
    })

    test('form buttons: server-side actions of the table or a parent whose roles and condition pass; posting runs the script', async () => {
        const act = rt.insert('sys_ui_action', {
            name: 'Escalate',
            action_name: 'test_escalate',
            table: 'task',
            active: 'true',
            form_button: 'true',
            condition: "current.getValue('state') == '2'",
            script: "gs.addInfoMessage('Escalated ' + current.getValue('number')); current.setValue('priority', '1'); current.update();",
        })
        rt.insert('sys_ui_action', {
            name: 'Client only',
            action_name: 'test_client',
            table: 'incident',
            active: 'true',
            form_button: 'true',
            client: 'true',
            script: '',
        })
        const role = rt.query('sys_user_role', 'name=itil')[0].sys_id
        rt.insert('sys_ui_action_role', { sys_ui_action: act, sys_user_role: role })
        const page = await get('sup.ann', `/incident.do?sys_id=${incident}`)
        expect(page.html).toContain('data-action="test_escalate"')
        expect(page.html).not.toContain('data-action="test_client"')
        // the caller lacks the role; another incident fails the condition
        expect((await get('carol', `/incident.do?sys_id=${incident}`)).html).not.toContain('data-action="test_escalate"')
        expect((await get('sup.ann', `/incident.do?sys_id=${other}`)).html).not.toContain('data-action="test_escalate"')
        const ck = token(page.html)
        const res = await fetch(`${web.url}/incident.do`, {
            method: 'POST',
            headers: { cookie: sessions['sup.ann'], 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
                sys_action: act,
                sys_id: incident,
                sysparm_ck: ck,
                sysparm_goto: `/incident.do?sys_id=${incident}`,
            }),
            redirect: 'manual',
        })
        expect(res.status).toBe(303)
        const back = await get('sup.ann', `/incident.do?sys_id=${incident}`)
        expect(back.html).toMatch(/<div class="alert alert-success" role="status">Escalated INC\d{7}<\/div>/)
        expect(back.html).toContain('<option value="1" selected>1 - Critical</option>')
    })

    test('a formatter without a UI macro in the build fails loudly, naming it', async () => {
        const section = rt.query('sys_ui_section', 'name=problem^caption=Notes')[0].sys_id
        const fmt = rt.insert('sys_ui_formatter', { name: 'Activities', formatter: 'activity.xml', table: 'task', type: 'formatter' })
        rt.insert('sys_ui_element', {
            sys_ui_section: section,
            element: 'activity.xml',
            type: 'formatter',
            sys_ui_formatter: fmt,
            position: '5',
        })
        const problem = rt.insert('problem', { short_description: 'p' })
        const { status, html } = await get('sup.ann', `/problem.do?sys_id=${problem}`)
        expect(status).toBe(500)
        expect(html).toContain('formatter activity.xml: no active UI macro &quot;activity&quot;')
    })
})
