/**
 * Issue #22 item 1 — the runtime's e-mail client (tools/runtime/web/email-client.ts) over HTTP, on the BUILT
 * app: who may open it (email_client table attribute, email_composer, read access), what it fills from the
 * client template and the Quick Messages (recipients, `${field}`/dot-walk substitution with display values,
 * escaped), and Send (sysparm_ck, bad addresses refused with nothing written, the outbox row the task's activity
 * then lists). The browser side is test/browser/email-client.browser.test.ts.
 */
import { Runtime } from '../../../tools/runtime/index'
import { newRecord } from '../../../tools/runtime/web/lists'
import { recipientsOf, sanitizeHtml, substitute } from '../../../tools/runtime/web/email-client'
import { startWebServer, type WebServer } from '../../../tools/runtime/web/server'

const CASE = 'x_tvgh_teamviewer_service_case'
const HOSTILE = '<img src=x onerror=alert(1)>'

let rt: Runtime
let web: WebServer
let incident = ''
let problem = ''
let caseId = ''
const sessions: Record<string, string> = {}

beforeAll(async () => {
    rt = Runtime.load()
    rt.createUser({ user_name: 'ann', name: 'Ann Support', email: 'ann@example.com', roles: ['itil', 'email_composer'] })
    rt.createUser({ user_name: 'ben', name: 'Ben NoComposer', roles: ['itil'] })
    rt.createUser({ user_name: 'dave', name: 'Dave Nobody', roles: ['email_composer'] })
    const carol = rt.createUser({ user_name: 'carol', name: HOSTILE, email: 'carol@example.com' })
    incident = rt.insert('incident', { short_description: 'Printer', caller_id: carol })
    problem = rt.insert('problem', { short_description: 'Queue' })
    caseId = rt.insert(CASE, {
        code: 's12-345-678',
        state: 'open',
        task: incident,
        supporter: rt.query('sys_user', 'user_name=ann')[0].sys_id,
        end_customer_name: HOSTILE,
        end_customer_email: 'carol@example.com',
        end_customer_link: 'https://get.teamviewer.example/v15/s12345678',
    })
    web = await startWebServer(rt)
    for (const u of ['ann', 'ben', 'dave']) {
        const res = await fetch(`${web.url}/login?user=${u}&next=/`, { redirect: 'manual' })
        sessions[u] = String(res.headers.get('set-cookie')).split(';')[0]
    }
})
afterAll(async () => {
    await web.close()
    rt.close()
})

const client = (table: string, id: string) => `/email_client.do?sysparm_table=${table}&sysparm_sys_id=${id}&sysparm_target=${table}`
const get = async (user: string, path: string) => {
    const res = await fetch(`${web.url}${path}`, { headers: { cookie: sessions[user] }, redirect: 'manual' })
    return { status: res.status, html: await res.text() }
}
const post = async (user: string, fields: Record<string, string>) => {
    const res = await fetch(`${web.url}/email_client.do`, {
        method: 'POST',
        headers: { cookie: sessions[user], 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
        redirect: 'manual',
    })
    return { status: res.status, html: await res.text() }
}
const attr = (html: string, id: string) => /value="([^"]*)"/.exec(new RegExp(`<input id="${id}"[^>]*>`).exec(html)?.[0] ?? '')?.[1]
const token = (html: string) => JSON.parse(/window\.g_ck = ("[0-9a-f]+");/.exec(html)?.[1] as string) as string
const mails = () => rt.query('sys_email', `instance=${caseId}`)

test('the window: To from the template, subject and body substituted (escaped), the Quick Messages of the table', async () => {
    const { status, html } = await get('ann', client(CASE, caseId))
    expect(status).toBe(200)
    const number = rt.query('incident', `sys_id=${incident}`)[0].number
    expect(attr(html, 'to')).toBe('carol@example.com')
    expect(attr(html, 'subject')).toBe(`Remote support for ${number}: TeamViewer session s12-345-678`)
    const editor = /<div id="body-editor"[^>]*>([\s\S]*?)<\/div>\n<textarea/.exec(html)?.[1] ?? ''
    expect(editor).toContain('<p>Hello &lt;img src=x onerror=alert(1)&gt;,</p>')
    expect(editor).toContain('<a href="https://get.teamviewer.example/v15/s12345678" rel="noopener noreferrer">')
    expect(editor).toContain('Your session code is s12-345-678.')
    expect(html).not.toContain('<img')
    expect([...html.matchAll(/<option value="[0-9a-f]{32}">([^<]+)<\/option>/g)].map((m) => m[1])).toEqual([
        'TV_ShareSessionAdvance',
        'TV_ShareSessionSimple',
    ])
    const data = JSON.parse(/<script type="application\/json" id="quick-messages">([^<]*)<\/script>/.exec(html)?.[1] as string) as {
        messages: { title: string; body: string }[]
    }
    expect(data.messages[0].body).toContain(`you asked us for help with ${number}.`)
    expect(data.messages[1].body).toContain('href="https://get.teamviewer.example/v15/s12345678"')
})

test('who may open it: email_composer, a table with the email_client attribute, a record the user can read', async () => {
    const noRole = await get('ben', client(CASE, caseId))
    expect(noRole.status).toBe(403)
    expect(noRole.html).toContain('needs the role email_composer')
    const notEnabled = await get('ann', client('problem', problem))
    expect(notEnabled.status).toBe(403)
    expect(notEnabled.html).toContain('The e-mail client is not enabled for Problem records')
    for (const [user, path] of [
        ['dave', client(CASE, caseId)], // may not read the case
        ['ann', client(CASE, 'f'.repeat(32))],
        ['ann', client('no_such_table', caseId)],
    ]) {
        const r = await get(user, path)
        expect([path, r.status, r.html]).toEqual([path, 404, expect.stringContaining('Record not found')])
        expect(r.html).not.toContain('s12-345-678')
    }
    // a base instance enables it on incident
    expect((await get('ann', client('incident', incident))).status).toBe(200)
})

test('Send: a wrong token, no recipient or a malformed address send nothing; a good one writes the outbox row', async () => {
    const page = await get('ann', client(CASE, caseId))
    const fields = { sysparm_table: CASE, sysparm_sys_id: caseId, sysparm_ck: token(page.html), to: 'carol@example.com', cc: '' }
    const base = {
        ...fields,
        bcc: '',
        subject: 'Your session',
        body: '<p>Hi <b>there</b></p><script>alert(1)</script><img src=x onerror=alert(2)>',
    }
    expect((await post('ann', { ...base, sysparm_ck: 'x' })).status).toBe(403)
    const none = await post('ann', { ...base, to: '' })
    expect([none.status, /id="email-error"[^>]*>([^<]*)</.exec(none.html)?.[1]]).toEqual([400, 'Add at least one recipient in To.'])
    const bad = await post('ann', { ...base, cc: 'x@example.com, not an address' })
    expect(/id="email-error"[^>]*>([^<]*)</.exec(bad.html)?.[1]).toBe(
        'Cc: &quot;not an address&quot; is not an e-mail address. Correct it and send again.',
    )
    expect(attr(bad.html, 'cc')).toBe('x@example.com, not an address') // what the user typed stays
    expect((await post('ben', base)).status).toBe(403)
    expect(mails()).toEqual([])

    const sent = await post('ann', { ...base, cc: 'boss@example.com' })
    expect(sent.status).toBe(200)
    expect(sent.html).toContain('id="email-sent"')
    const [m] = mails()
    expect(m).toMatchObject({
        type: 'send-ready',
        target_table: CASE,
        recipients: 'carol@example.com',
        copied: 'boss@example.com',
        subject: 'Your session',
        body: '<p>Hi <b>there</b></p>',
        user: 'ann',
        user_id: rt.query('sys_user', 'user_name=ann')[0].sys_id,
    })
    // the task's activity lists it for the supporter (e-mails of records referencing the task)
    const form = await get('ann', `/incident.do?sys_id=${incident}`)
    expect(form.html).toMatch(/<li class="tv-email" data-sys-id="[0-9a-f]{32}">[\s\S]*Subject: <span class="subject">Your session<\/span>/)
    // and the form pages define UI16's popupOpenEmailClient
    expect(form.html).toContain('function popupOpenEmailClient(url)')
})

test('substitution: display values, dot-walks (ref_<class>), current_user; recipients from a user reference', () => {
    rt.runAs('ann', () => {
        const c = newRecord(rt, CASE)
        c.get(caseId)
        expect(
            substitute(rt, 'ann', c, '${task.number}|${task.caller_id}|${task.ref_incident.caller_id}|${nope}|${current_user}', false),
        ).toBe(`${rt.query('incident', `sys_id=${incident}`)[0].number}||${HOSTILE}||Ann Support`)
        expect(substitute(rt, 'ann', c, '${task.ref_incident.caller_id}', true)).toBe('&lt;img src=x onerror=alert(1)&gt;')
        // a reference shows its display value
        expect(substitute(rt, 'ann', c, '${task} · ${supporter} · ${state}', false)).toBe(
            `${rt.query('incident', `sys_id=${incident}`)[0].number} · Ann Support · Open`,
        )
        const inc = newRecord(rt, 'incident')
        inc.get(incident)
        expect(recipientsOf(rt, 'ann', inc, 'caller_id, ${caller_id}, x@example.com')).toBe('carol@example.com, x@example.com')
    })
})

test('the body allowlist keeps text and simple markup, drops scripts, handlers and unsafe links', () => {
    expect(
        sanitizeHtml('<p onclick="x()">a &amp; b</p><a href="javascript:alert(1)">x</a><a href="https://e.example/?a=1&amp;b=2">y</a>'),
    ).toBe('<p>a &amp; b</p><a>x</a><a href="https://e.example/?a=1&amp;b=2" rel="noopener noreferrer">y</a>')
    expect(sanitizeHtml('<script>alert(1)</script><style>*{}</style><svg onload=x()><b>ok</b>< img src=x onerror=y>')).toBe(
        '<b>ok</b>&lt; img src=x onerror=y&gt;',
    )
    expect(sanitizeHtml('<img src=x onerror=alert(1)')).toBe('&lt;img src=x onerror=alert(1)')
})
