/**
 * Issue #19 item 3 — every value put into the HTML of the app's e-mails is escaped. The end customer's name is
 * typed by a supporter (or is the caller's own sys_user.name), the session code and links come from TeamViewer:
 * the invitation and the "customer online" notification carry them as text, never as markup. The runtime
 * substitutes `${field}` as is (as an instance does) and runs `${mail_script:…}` (sys_script_email).
 */
import { Runtime } from '../../tools/runtime'

const CASE = 'x_tvgh_teamviewer_service_case'
const HOSTILE = '<img src=x onerror=alert(1)>'
let rt: Runtime
let supporter = ''
let inc = ''

beforeEach(() => {
    rt = Runtime.load()
    supporter = rt.createUser({ user_name: 'agent', name: 'Agent <b>Smith</b>', email: 'agent@example.com', roles: ['itil'] })
    inc = rt.insert('incident', { short_description: '<script>alert(2)</script>', opened_by: supporter })
})
afterEach(() => rt.close())

function aCase(fields: Record<string, string> = {}): string {
    return rt.insert(CASE, {
        code: 's12-345-678',
        task: inc,
        supporter,
        end_customer_name: HOSTILE,
        end_customer_email: 'carol@example.com',
        end_customer_link: 'https://get.teamviewer.com/s12345678?a=1&b="2"',
        online: 'true',
        online_since: '2026-10-01 09:00:00',
        ...fields,
    })
}

function fire(event: string, caseId: string, parm1 = ''): Record<string, unknown> {
    rt.execute(`var c = new GlideRecord('${CASE}'); c.get('${caseId}'); gs.eventQueue('${event}', c, '${parm1}', '');`)
    expect(rt.processEvents()).toBe(1)
    const mails = rt.emails()
    expect(mails).toHaveLength(1)
    return mails[0]
}

/** The HTML's tags (names only): what a mail client would build from it. */
const tags = (html: string) => [...html.matchAll(/<\s*([a-z][a-z0-9]*)/gi)].map((m) => m[1].toLowerCase())

test('the invitation shows a hostile customer name as text, and the link as a link', () => {
    const mail = fire('x_tvgh_teamviewer.send_invitation', aCase(), 'carol@example.com')
    const body = String(mail.body)
    expect(mail.recipients).toBe('carol@example.com')
    expect(body).not.toContain(HOSTILE)
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(new Set(tags(body))).toEqual(new Set(['p', 'a']))
    // the link is in an attribute: quotes and ampersands escaped, still the same URL
    expect(body).toContain('href="https://get.teamviewer.com/s12345678?a=1&amp;b=&quot;2&quot;"')
    expect(body).toContain('s12-345-678')
})

test('the "customer online" notification shows a hostile customer name as text', () => {
    const mail = fire('x_tvgh_teamviewer.customer_online', aCase())
    const body = String(mail.body)
    expect(mail.recipients).toBe('agent@example.com')
    expect(body).not.toContain(HOSTILE)
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; is online')
    expect(new Set(tags(body))).toEqual(new Set(['p', 'b']))
})

test('the "asked for" notification (issue #22 item 4) goes to the owner and shows a hostile asker name as text', () => {
    const mail = fire('x_tvgh_teamviewer.case_requested', aCase(), HOSTILE)
    const body = String(mail.body)
    expect(mail.recipients).toBe('agent@example.com')
    expect(body).not.toContain(HOSTILE)
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; asks for your TeamViewer service case s12-345-678')
    expect(new Set(tags(body))).toEqual(new Set(['p', 'b']))
})

test('a link that is not http(s) is not made a link (a hostile TeamViewer endpoint)', () => {
    const mail = fire('x_tvgh_teamviewer.send_invitation', aCase({ end_customer_link: 'javascript:alert(1)' }), 'carol@example.com')
    const body = String(mail.body)
    expect(body).not.toContain('href=')
    expect(body).not.toContain('javascript:')
})

test('markup in every other value (session code, task number) is escaped too', () => {
    const mail = fire('x_tvgh_teamviewer.send_invitation', aCase({ code: '<i>s1</i>' }), 'carol@example.com')
    expect(String(mail.body)).not.toContain('<i>')
    expect(String(mail.body)).toContain('&lt;i&gt;s1&lt;/i&gt;')
})
