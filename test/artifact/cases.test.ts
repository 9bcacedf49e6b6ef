/**
 * Issue #11 — the built records of sign-in, service cases, the online poll and sharing: REST routes, job,
 * events, notifications, the e-mail client template and Quick Messages (column names held against
 * ServiceNow's documentation, since the SDK does not check them), and every ${...} against the built schema.
 */
import { oneOf, recordsOf, builtRecords } from '../../tools/runtime/build-reader'
import { Schema } from '../../tools/runtime/schema'

const CASE = 'x_tvgh_teamviewer_service_case'

const schema = new Schema()
schema.loadBuild(builtRecords())

/** Resolves `a.b.c` from a table through reference columns; returns the final column's table or throws. */
function resolve(table: string, path: string): string {
    const [head, ...rest] = path.split('.')
    if (table === CASE && head === 'current_user' && rest.length === 0) return table
    const col = schema.column(table, head)
    if (!col) throw new Error(`\${${path}}: ${table} has no column ${head}`)
    if (rest.length === 0) return table
    if (col.type !== 'reference' || !col.reference) throw new Error(`\${${path}}: ${table}.${head} is not a reference`)
    return resolve(col.reference, rest.join('.'))
}

function placeholders(text: string): string[] {
    return [...text.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1])
}

describe('REST routes', () => {
    test.each([
        ['GET', '/api/x_tvgh_teamviewer/oauth/authorize', 'getAuthorizeUrl'],
        ['GET', '/api/x_tvgh_teamviewer/oauth/status', 'getStatus'],
        ['POST', '/api/x_tvgh_teamviewer/oauth/disconnect', 'disconnect'],
        ['POST', '/api/x_tvgh_teamviewer/oauth/revoke/{user}', 'revokeUser'],
        ['GET', '/api/x_tvgh_teamviewer/cases/task/{task}', 'getTaskCases'],
        ['POST', '/api/x_tvgh_teamviewer/cases/task/{task}', 'postCase'],
        ['POST', '/api/x_tvgh_teamviewer/cases/{case}/start', 'postStart'],
        ['POST', '/api/x_tvgh_teamviewer/cases/{case}/close', 'postClose'],
        ['POST', '/api/x_tvgh_teamviewer/cases/{case}/invite', 'postInvite'],
    ])('%s %s → %s, authenticated', (method, uri, fn) => {
        const op = oneOf('sys_ws_operation', { http_method: method, operation_uri: uri })
        expect(op.operation_script).toMatch(new RegExp(`${fn}\\(request, response\\)`))
        expect(op.requires_authentication).toBe('true')
    })

    test('GET /api/x_tvgh_teamviewer/oauth/callback → oauthCallback, public (the pop-up navigation cannot send X-UserToken)', () => {
        const op = oneOf('sys_ws_operation', { http_method: 'GET', operation_uri: '/api/x_tvgh_teamviewer/oauth/callback' })
        expect(op.operation_script).toMatch(/oauthCallback\(request, response\)/)
        expect([op.requires_authentication, op.requires_acl_authorization, op.requires_snc_internal_role]).toEqual([
            'false',
            'false',
            'false',
        ])
    })
})

test('the online poll job wakes every minute and calls the poll module', () => {
    const job = oneOf('sysauto_script', { name: 'Poll TeamViewer service cases online' })
    expect([job.active, job.run_type, job.run_period]).toEqual(['true', 'periodically', '1970-01-01 00:01:00'])
    expect(job.script).toMatch(/src\/server\/entry\/jobs\/online-poll\.ts'\)/)
})

test('events are registered on the case table and each has its notification', () => {
    for (const name of ['x_tvgh_teamviewer.customer_online', 'x_tvgh_teamviewer.send_invitation', 'x_tvgh_teamviewer.case_requested']) {
        expect(oneOf('sysevent_register', { event_name: name }).table).toBe(CASE)
        expect(oneOf('sysevent_email_action', { event_name: name }).collection).toBe(CASE)
    }
    expect(oneOf('sysevent_email_action', { event_name: 'x_tvgh_teamviewer.customer_online' }).recipient_fields).toBe('supporter')
    expect(oneOf('sysevent_email_action', { event_name: 'x_tvgh_teamviewer.send_invitation' }).event_parm_1).toBe('true')
    // "ask for this case" e-mails the case's owner, not the asker (parm1 is the asker's name, not a recipient)
    const asked = oneOf('sysevent_email_action', { event_name: 'x_tvgh_teamviewer.case_requested' })
    expect([asked.recipient_fields, asked.event_parm_1]).toEqual(['supporter', 'false'])
})

test('the e-mail client is enabled on the service-case table', () => {
    const collection = oneOf('sys_dictionary', { name: CASE, internal_type: 'collection' })
    expect(collection.attributes).toContain('email_client=true')
})

describe('e-mail client template and Quick Messages', () => {
    // Column names: ServiceNow documentation "Create an email client template" (Name, Table, Conditions,
    // Subject, Content Type, Body HTML, To/Cc/Bcc = recipients/copied/blind_copied) and "Define a quick message" (Title, Active, Table,
    // Conditions, Body); the field names of these labels are the platform's sys_email_client_template /
    // sys_email_canned_message columns.
    const TEMPLATE_COLUMNS = new Set([
        'name',
        'table',
        'conditions',
        'subject',
        'content_type',
        'body_html',
        'body_text',
        'recipients',
        'copied',
        'blind_copied',
    ])
    const QUICK_MESSAGE_COLUMNS = new Set(['title', 'active', 'table', 'conditions', 'body', 'user', 'group'])
    const own = (r: Record<string, unknown>) => Object.keys(r).filter((k) => !k.startsWith('sys_') && !k.startsWith('$'))

    test('the template fills the end customer as recipient and the subject; only documented columns', () => {
        const t = oneOf('sys_email_client_template', { table: CASE })
        expect(own(t).filter((k) => !TEMPLATE_COLUMNS.has(k))).toEqual([])
        expect(t.recipients).toBe('${end_customer_email}')
        expect(schema.column(CASE, placeholders(t.recipients as string)[0])?.type).toBe('email')
        expect(t.subject).toContain('${code}')
    })

    test('TV_ShareSessionSimple and TV_ShareSessionAdvance exist for the case table, carry the link and the code', () => {
        const messages = recordsOf('sys_email_canned_message', { table: CASE })
        expect(messages.map((m) => m.title).sort()).toEqual(['TV_ShareSessionAdvance', 'TV_ShareSessionSimple'])
        for (const m of messages) {
            expect(own(m).filter((k) => !QUICK_MESSAGE_COLUMNS.has(k))).toEqual([])
            expect(m.active).toBe('true')
            expect(placeholders(m.body as string)).toEqual(expect.arrayContaining(['end_customer_link', 'code', 'task.number']))
        }
    })

    test('the menu module "Email templates" lists them', () => {
        const mod = oneOf('sys_app_module', { title: 'Email templates' })
        expect([mod.name, mod.filter, mod.active]).toEqual(['sys_email_canned_message', 'titleSTARTSWITHTV_^ORDERBYtitle', 'true'])
    })
})

test('every ${...} in templates, Quick Messages and notifications resolves to a real column of the built schema', () => {
    const texts: [string, string][] = []
    for (const r of recordsOf('sys_email_client_template'))
        texts.push([`template ${r.name}`, `${r.recipients} ${r.subject} ${r.body_html}`])
    for (const r of recordsOf('sys_email_canned_message')) texts.push([`quick message ${r.title}`, String(r.body)])
    for (const r of recordsOf('sysevent_email_action')) texts.push([`notification ${r.name}`, `${r.subject} ${r.message_html}`])
    expect(texts.length).toBe(6)
    const problems: string[] = []
    let count = 0
    for (const [where, text] of texts) {
        for (const p of placeholders(text)) {
            count++
            if (p.startsWith('mail_script:')) {
                if (!recordsOf('sys_script_email', { name: p.slice('mail_script:'.length) }).length) problems.push(`${where}: no ${p}`)
                continue
            }
            try {
                resolve(CASE, p)
            } catch (e) {
                problems.push(`${where}: ${(e as Error).message}`)
            }
        }
    }
    expect(problems).toEqual([])
    expect(count).toBeGreaterThan(10)
    // and the check itself can fail
    expect(() => resolve(CASE, 'task.caller_id')).toThrow(/task has no column caller_id/)
})
