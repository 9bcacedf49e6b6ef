/**
 * Issue #19 item 3 — what the built e-mail records substitute into HTML. Notification bodies are written only
 * by mail scripts (which escape, test/email/notifications.test.ts); the e-mail client template and the Quick
 * Messages (whose substitution the platform documents no escaping for) carry no free text: only the task
 * number, the session code, its validity and the TeamViewer link — and the template's body the invitation's mail script.
 */
import { recordsOf } from '../../tools/runtime/build-reader'

const placeholders = (text: string) => [...text.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1])
const SAFE_IN_HTML = new Set(['task.number', 'code', 'valid_until', 'end_customer_link'])

test('notification bodies are mail scripts only: no ${field} substituted into their HTML', () => {
    const notifications = recordsOf('sysevent_email_action').filter((n) => n.name?.startsWith('TeamViewer'))
    expect(notifications).toHaveLength(3)
    for (const n of notifications) {
        const body = String(n.message_html)
        expect([n.name, placeholders(body).filter((p) => !p.startsWith('mail_script:'))]).toEqual([n.name, []])
        expect(placeholders(body).length).toBeGreaterThan(0)
    }
})

test('the e-mail client template body and the Quick Messages substitute no free text', () => {
    const bodies = [
        ...recordsOf('sys_email_client_template').map((t) => [t.name, String(t.body_html)]),
        ...recordsOf('sys_email_canned_message').map((m) => [m.title, String(m.body)]),
    ]
    expect(bodies).toHaveLength(3)
    // a mail script escapes what it prints (test/email/notifications.test.ts)
    const safe = (p: string) => SAFE_IN_HTML.has(p) || p.startsWith('mail_script:')
    for (const [name, body] of bodies) expect([name, placeholders(body).filter((p) => !safe(p))]).toEqual([name, []])
})
