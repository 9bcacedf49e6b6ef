/**
 * UI16's e-mail client, rendered from the records an instance has (docs: "Email client", "Create an email client
 * template", "Composing emails with quick messages"):
 *   GET  /email_client.do?sysparm_table=<t>&sysparm_sys_id=<id>[&email_client_template=<name>]   the compose window
 *   POST /email_client.do   Send: sysparm_ck, To/Cc/Bcc, Subject, Body → a `sys_email` outbox row (send-ready)
 * and `popupOpenEmailClient(url)` for the form pages (forms.ts), which opens it in a pop-up as UI16's does.
 *
 * Who may: the table has the dictionary attribute `email_client=true` on its collection entry (not inherited;
 * incident and change_request have it on a base instance), the user holds `email_composer` (KB0791067: the
 * e-mail client's processor ACL) and may read the record. Else the one *Security constraints* page.
 *
 * What the window holds: To/Cc/Bcc from the client template's `recipients`/`copied`/`blind_copied` (comma-separated
 * field names or addresses; a reference to a user gives the user's e-mail; `${field}` is read as the field), the
 * subject and body with `${field}` / `${ref.field}` (dot-walk, `ref_<table>` to a class) / `${current_user}` /
 * `${mail_script:name}` substituted — display values, HTML-escaped in the body — and the Quick Message picker
 * (`sys_email_canned_message`: active, of this table or of none, of the user or the user's group when set), each
 * message substituted the same way. Bodies are HTML from records and from the browser, so they pass an allowlist
 * sanitizer (`sanitizeHtml`) before they are shown or stored: a customer name like `<img onerror>` stays text.
 */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { notAllowedHtml, sendHtml } from './chrome'
import { escapeHtml, page, scriptJson } from './html'
import { newRecord, tableLabel } from './lists'
import type { Handler, WebRequest } from './http'
import { displayValue, isTrue, recordDisplay } from './values'

const SYS_ID = /^[0-9a-f]{32}$/
/** Tables a base instance enables the e-mail client on (docs "Email client": incident and change). */
const PLATFORM_EMAIL_CLIENT_TABLES = new Set(['incident', 'change_request'])
export const EMAIL_COMPOSER = 'email_composer'
/** An e-mail address as the client accepts one (one @, a dot in the domain, no spaces or markup characters). */
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/

export interface QuickMessage {
    sysId: string
    title: string
    body: string
}

export interface EmailDraft {
    table: string
    sysId: string
    heading: string
    template: string
    to: string
    cc: string
    bcc: string
    subject: string
    body: string
    messages: QuickMessage[]
}

// ---- HTML allowlist ---------------------------------------------------------------------------------------

const ALLOWED_TAGS = new Set([
    'a', 'b', 'blockquote', 'br', 'code', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'hr', 'i', 'li', 'ol', 'p', 'pre', 'span', 'strong',
    'table', 'tbody', 'td', 'th', 'thead', 'tr', 'u', 'ul',
]) // prettier-ignore
const DROP_WITH_CONTENT =
    /<(script|style|iframe|object|embed|noscript|template|textarea|select|svg|math|title|head|xmp)\b[\s\S]*?<\/\1\s*>/gi
const VOID = new Set(['br', 'hr'])

/** An http(s)/mailto link, else ''. */
function safeHref(raw: string): string {
    const u = raw.replace(/&amp;/g, '&').trim()
    return /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(u) && !/[\u0000-\u001f\u007f]/.test(u) ? u : ''
}

/**
 * HTML reduced to an allowlist: text, the tags above without attributes except a link's http(s)/mailto `href`;
 * script-like elements dropped with their content, other tags dropped (their text kept), stray `<` and `>` escaped.
 */
export function sanitizeHtml(html: string): string {
    const out: string[] = []
    for (const token of html.replace(DROP_WITH_CONTENT, '').split(/(<[^<>]*>)/)) {
        const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>$/.exec(token)
        if (!tag) {
            if (!token.startsWith('<!') && !token.startsWith('<?')) out.push(token.replace(/</g, '&lt;').replace(/>/g, '&gt;'))
            continue
        }
        const name = tag[2].toLowerCase()
        if (!ALLOWED_TAGS.has(name)) continue
        if (tag[1]) {
            if (!VOID.has(name)) out.push(`</${name}>`)
            continue
        }
        let attrs = ''
        if (name === 'a') {
            const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag[3])
            const url = href ? safeHref(href[1] ?? href[2] ?? href[3] ?? '') : ''
            if (url) attrs = ` href="${escapeHtml(url)}" rel="noopener noreferrer"`
        }
        out.push(`<${name}${attrs}>`)
    }
    return out.join('')
}

// ---- who may ------------------------------------------------------------------------------------------------

export function emailClientEnabled(rt: Runtime, table: string): boolean {
    if (!rt.schema.has(table)) return false
    if (PLATFORM_EMAIL_CLIENT_TABLES.has(table)) return true
    return isTrue(rt.schema.table(table).attributes?.email_client)
}

/** Why the user may not use the e-mail client on the record (null: they may); status 404 when it does not exist or is not readable. */
export function refusal(rt: Runtime, user: string, table: string, sysId: string): { status: number; why: string } | null {
    if (!rt.schema.has(table) || !SYS_ID.test(sysId) || !rt.query(table, `sys_id=${sysId}`).length || !rt.can(user, 'read', table, sysId))
        return { status: 404, why: 'Record not found' }
    if (!emailClientEnabled(rt, table))
        return {
            status: 403,
            why: `The e-mail client is not enabled for ${tableLabel(rt, table)} records (the table's dictionary attribute email_client=true).`,
        }
    if (!rt.hasRole(user, EMAIL_COMPOSER))
        return { status: 403, why: `Sending e-mail from a record needs the role ${EMAIL_COMPOSER}. Ask your administrator for it.` }
    return null
}

// ---- substitution -------------------------------------------------------------------------------------------

function userRow(rt: Runtime, user: string): Record<string, string> | undefined {
    return rt.query('sys_user', `user_name=${user}`)[0]
}

/** The record a dot-walk reaches and its last field: `task.number` → (the task, 'number'); null when it breaks. */
function walk(rt: Runtime, user: string, gr: GlideRecord, path: string): { gr: GlideRecord; field: string } | null {
    const parts = path.split('.')
    let cur = gr
    for (let i = 0; i < parts.length - 1; i++) {
        const part = parts[i]
        const table = cur.getTableName()
        const ref = /^ref_([a-z0-9_]+)$/.exec(part)
        if (ref) {
            // `ref_<table>`: the same record read as its class (task.ref_incident.caller_id)
            const cls = cur.getValue('sys_class_name') || table
            if (!rt.schema.has(ref[1]) || !rt.schema.ancestry(cls).some((t) => t.name === ref[1])) return null
            const next = newRecord(rt, ref[1])
            if (!next.get(cur.getUniqueValue())) return null
            cur = next
            continue
        }
        const col = rt.schema.column(table, part)
        const id = cur.getValue(part)
        if (!col?.reference || !id || !rt.can(user, 'read', table, cur.getUniqueValue(), part)) return null
        const next = newRecord(rt, col.reference)
        if (!next.get(id)) return null
        cur = next
    }
    const field = parts[parts.length - 1]
    if (!rt.schema.column(cur.getTableName(), field) || !rt.can(user, 'read', cur.getTableName(), cur.getUniqueValue(), field)) return null
    return { gr: cur, field }
}

/** `${…}` of a template, Quick Message or subject: display values (escaped when `html`), '' when unresolved. */
export function substitute(rt: Runtime, user: string, gr: GlideRecord, text: string, html: boolean): string {
    return text.replace(/\$\{\s*([^}]+?)\s*\}/g, (_m, name: string) => {
        if (name.startsWith('mail_script:')) return html ? runMailScript(rt, name.slice('mail_script:'.length).trim(), gr) : ''
        let value = ''
        if (name === 'current_user') value = userRow(rt, user)?.name ?? user
        else if (/^[a-z0-9_]+(\.[a-z0-9_]+)*$/.test(name)) {
            const hit = walk(rt, user, gr, name)
            value = hit ? displayValue(rt, hit.gr, hit.field) : ''
        }
        return html ? escapeHtml(value) : value
    })
}

/** `${mail_script:name}`: the active sys_script_email runs with `current` and `template.print` (no event or notification). */
function runMailScript(rt: Runtime, name: string, gr: GlideRecord): string {
    const script = rt.query('sys_script_email', `name=${name}`)[0]
    if (!script) return ''
    let out = ''
    const template = {
        print: (s: unknown) => (out += s === null || s === undefined ? '' : String(s)),
        space: (n: unknown) => (out += '&nbsp;'.repeat(Number(n) || 0)),
    }
    const email = { setSubject: () => undefined, addAddress: () => undefined, setFrom: () => undefined, setReplyTo: () => undefined }
    rt.executeInScope(String(script.script ?? ''), { current: gr, template, email, email_action: null, event: null })
    return out
}

/** A template's To/Cc/Bcc: comma-separated field names (or `${field}`) and addresses → addresses. */
export function recipientsOf(rt: Runtime, user: string, gr: GlideRecord, spec: string): string {
    const out: string[] = []
    for (const raw of spec.split(',')) {
        const item = raw.trim().replace(/^\$\{\s*([^}]+?)\s*\}$/, '$1')
        if (!item) continue
        if (/^javascript:/i.test(item))
            throw new Error(`not supported by the local runtime: a javascript: recipient in an e-mail client template`)
        if (item.includes('@')) {
            out.push(item)
            continue
        }
        const hit = walk(rt, user, gr, item)
        if (!hit) continue
        const col = rt.schema.column(hit.gr.getTableName(), hit.field)
        const value = hit.gr.getValue(hit.field) ?? ''
        if (col?.reference === 'sys_user') {
            const email = rt.query('sys_user', `sys_id=${value}`)[0]?.email
            if (email) out.push(email)
        } else if (value) out.push(value)
    }
    return [...new Set(out)].join(', ')
}

// ---- the draft ----------------------------------------------------------------------------------------------

/** The client template: the one named (of this table), else the first created for the table (KB0694768). */
function templateFor(rt: Runtime, table: string, name: string): Record<string, string> | undefined {
    if (!rt.schema.has('sys_email_client_template')) return undefined
    const all = rt.query('sys_email_client_template', `table=${table}^ORDERBYsys_created_on`)
    return (name && all.find((t) => t.name === name)) || all[0]
}

/** The Quick Messages the user gets on this table: active, of the table (or none), of the user / their group when set. */
export function quickMessages(rt: Runtime, user: string, table: string): Record<string, string>[] {
    if (!rt.schema.has('sys_email_canned_message')) return []
    const me = userRow(rt, user)?.sys_id ?? ''
    const groups = new Set(rt.schema.has('sys_user_grmember') ? rt.query('sys_user_grmember', `user=${me}`).map((m) => m.group) : [])
    return rt
        .query('sys_email_canned_message', 'ORDERBYtitle')
        .filter(
            (m) => isTrue(m.active) && (!m.table || m.table === table) && (!m.user || m.user === me) && (!m.group || groups.has(m.group)),
        )
}

export function draftFor(rt: Runtime, user: string, table: string, sysId: string, templateName: string): EmailDraft {
    return rt.runAs(user, () => {
        const gr = newRecord(rt, table)
        gr.get(sysId)
        const t = templateFor(rt, table, templateName)
        const body = t ? (t.content_type === 'text/plain' ? escapeHtml(t.body_text ?? '') : (t.body_html ?? '')) : ''
        return {
            table,
            sysId,
            heading: `${tableLabel(rt, table)} ${recordDisplay(rt, gr)}`.trim(),
            template: t?.name ?? '',
            to: t ? recipientsOf(rt, user, gr, t.recipients ?? '') : '',
            cc: t ? recipientsOf(rt, user, gr, t.copied ?? '') : '',
            bcc: t ? recipientsOf(rt, user, gr, t.blind_copied ?? '') : '',
            subject: t ? substitute(rt, user, gr, t.subject ?? '', false) : '',
            body: sanitizeHtml(substitute(rt, user, gr, body, true)),
            messages: quickMessages(rt, user, table).map((m) => ({
                sysId: m.sys_id,
                title: m.title,
                body: sanitizeHtml(substitute(rt, user, gr, m.body ?? '', true)),
            })),
        }
    })
}

// ---- Send -----------------------------------------------------------------------------------------------------

/** Addresses of a To/Cc/Bcc field (comma or semicolon separated); the malformed ones apart. */
export function parseAddresses(text: string): { ok: string[]; bad: string[] } {
    const items = text
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean)
    return { ok: items.filter((a) => ADDRESS.test(a) && a.length <= 254), bad: items.filter((a) => !ADDRESS.test(a) || a.length > 254) }
}

export interface SendInput {
    to: string
    cc: string
    bcc: string
    subject: string
    body: string
}

/** What is wrong with the message (null: it can go). */
export function sendProblem(input: SendInput): string | null {
    const fields = [
        ['To', input.to],
        ['Cc', input.cc],
        ['Bcc', input.bcc],
    ] as const
    for (const [label, text] of fields) {
        const { bad } = parseAddresses(text)
        if (bad.length) return `${label}: "${bad[0]}" is not an e-mail address. Correct it and send again.`
    }
    if (!parseAddresses(input.to).ok.length) return 'Add at least one recipient in To.'
    if (input.subject.length > 1000) return 'The subject is too long (at most 1000 characters).'
    if (input.body.length > 60000) return 'The message is too long.'
    return null
}

/** Writes the outbox row as the platform's e-mail client does (send-ready, target = the record, the sending user). */
export function sendEmail(rt: Runtime, user: string, table: string, sysId: string, input: SendInput): string {
    const list = (t: string) => parseAddresses(t).ok.join(',')
    return rt.insert('sys_email', {
        type: 'send-ready',
        recipients: list(input.to),
        copied: list(input.cc),
        blind_copied: list(input.bcc),
        subject: input.subject.replace(/[\r\n]+/g, ' ').trim(),
        body: sanitizeHtml(input.body),
        content_type: 'multipart/mixed',
        target_table: table,
        instance: sysId,
        user: user,
        user_id: userRow(rt, user)?.sys_id ?? '',
    })
}

// ---- pages ----------------------------------------------------------------------------------------------------

const CSS = `<style>
body { margin: 0; } .ec-head { background: #303a46; color: #fff; padding: 0.5rem 1rem; } .ec-head h1 { font-size: 1.1rem; margin: 0; }
#email-form { padding: 0.8rem 1rem; display: grid; grid-template-columns: 7rem 1fr; gap: 0.5rem 0.8rem; align-items: center; }
#email-form label { font-weight: 600; } #email-form input, #email-form select { width: 100%; box-sizing: border-box; padding: 0.3rem; }
#body-editor { grid-column: 1 / 3; min-height: 16rem; border: 1px solid #b8c0c8; padding: 0.6rem; overflow: auto; background: #fff; }
.ec-actions { grid-column: 1 / 3; display: flex; gap: 0.5rem; } .ec-actions button { padding: 0.4rem 1rem; }
#send { background: #1f5fa8; color: #fff; border: 0; border-radius: 3px; font-weight: 600; } .ec-message { grid-column: 1 / 3; margin: 0; }
</style>`

/** Inserts the chosen Quick Message at the cursor (replacing a selection) — or replaces the body when the
 * property glide.email_client.quick_message.insert is false — and keeps the hidden body field in step. */
const CLIENT_JS = `(function () {
    var data = JSON.parse(document.getElementById('quick-messages').textContent);
    var editor = document.getElementById('body-editor');
    var field = document.getElementById('body');
    var picker = document.getElementById('quick-message');
    var range = null;
    document.addEventListener('selectionchange', function () {
        var s = window.getSelection();
        if (s && s.rangeCount && editor.contains(s.getRangeAt(0).commonAncestorContainer)) range = s.getRangeAt(0).cloneRange();
    });
    function sync() { field.value = editor.innerHTML; }
    editor.addEventListener('input', sync);
    picker.addEventListener('change', function () {
        var m = data.messages.filter(function (x) { return x.sysId === picker.value; })[0];
        if (!m) return;
        var t = document.createElement('template');
        t.innerHTML = m.body;
        if (!data.insert) { editor.innerHTML = ''; editor.appendChild(t.content); }
        else if (range) { range.deleteContents(); range.insertNode(t.content); range = null; }
        else editor.appendChild(t.content);
        picker.value = '';
        sync();
    });
    document.getElementById('email-form').addEventListener('submit', sync);
    document.getElementById('cancel').addEventListener('click', function () { window.close(); });
})();`

export function composeHtml(d: EmailDraft, token: string, insert: boolean, error = ''): string {
    const options = d.messages.map((m) => `<option value="${escapeHtml(m.sysId)}">${escapeHtml(m.title)}</option>`).join('')
    const input = (id: string, label: string, value: string, extra = '') =>
        `<label for="${id}">${label}</label><input id="${id}" name="${id}" value="${escapeHtml(value)}"${extra}>`
    const body = `<header class="ec-head"><h1 id="ec-title">Compose e-mail: ${escapeHtml(d.heading)}</h1></header>
<form id="email-form" method="post" action="/email_client.do" autocomplete="off" data-template="${escapeHtml(d.template)}">
<input type="hidden" name="sysparm_table" value="${escapeHtml(d.table)}"><input type="hidden" name="sysparm_sys_id" value="${escapeHtml(d.sysId)}">
<input type="hidden" name="email_client_template" value="${escapeHtml(d.template)}"><input type="hidden" name="sysparm_ck" value="${escapeHtml(token)}">
${error ? `<p class="alert alert-danger ec-message" id="email-error" role="alert">${escapeHtml(error)}</p>` : ''}
${input('to', 'To', d.to, ' aria-describedby="to-hint" required')}<span></span><span id="to-hint" class="ec-hint">Addresses separated by commas.</span>
${input('cc', 'Cc', d.cc)}
${input('bcc', 'Bcc', d.bcc)}
${input('subject', 'Subject', d.subject)}
<label for="quick-message">Quick Message</label><select id="quick-message"><option value="">-- Insert a Quick Message --</option>${options}</select>
<div id="body-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message body">${d.body}</div>
<textarea id="body" name="body" hidden>${escapeHtml(d.body)}</textarea>
<div class="ec-actions"><button type="submit" id="send">Send</button><button type="button" id="cancel">Cancel</button></div>
</form>
<script type="application/json" id="quick-messages">${scriptJson({ messages: d.messages, insert })}</script>
<script>${CLIENT_JS}</script>`
    return page({ title: `Compose e-mail: ${d.heading}`, head: CSS, body, token })
}

function sentHtml(to: string, subject: string, back: string): string {
    return page({
        title: 'E-mail sent',
        head: CSS,
        body: `<header class="ec-head"><h1>E-mail sent</h1></header><main style="padding:1rem">
<p class="alert alert-success" id="email-sent" role="status">Sent to <span class="recipients">${escapeHtml(to)}</span>: <span class="subject">${escapeHtml(subject)}</span></p>
<p>It is in the record's activity and the outbox. <button type="button" id="close" onclick="window.close()">Close</button> <a href="${escapeHtml(back)}">Open the record</a></p></main>`,
    })
}

/** For the form pages: UI16's `popupOpenEmailClient(url)`, a pop-up on the e-mail client. */
export const POPUP_OPEN_EMAIL_CLIENT_JS = `<script>
function popupOpenEmailClient(url) {
    var w = window.open(url, 'email_client', 'toolbar=no,location=no,status=no,scrollbars=yes,resizable=yes,width=800,height=640');
    if (w) w.focus();
    return w;
}
</script>`

/** Registers GET and POST /email_client.do. */
export function registerEmailClient(route: (method: string, pattern: RegExp, handler: Handler) => void, rt: Runtime): void {
    const insertProperty = () => rt.getProperty('glide.email_client.quick_message.insert') !== 'false'
    const refuse = (r: WebRequest, user: string, no: { status: number; why: string }) =>
        no.status === 404
            ? sendHtml(
                  r,
                  404,
                  page({ title: 'Record not found', body: '<h1>Record not found</h1><p class="alert alert-warning">Record not found</p>' }),
              )
            : sendHtml(r, 403, notAllowedHtml(rt, user, no.why))

    route('GET', /^\/email_client\.do$/, (r) => {
        if (!r.session) return void sendHtml(r, 302, '', { Location: `/login?next=${encodeURIComponent(r.url.pathname + r.url.search)}` })
        const p = r.url.searchParams
        const table = p.get('sysparm_table') ?? ''
        const sysId = p.get('sysparm_sys_id') ?? ''
        const no = refusal(rt, r.session.user, table, sysId)
        if (no) return void refuse(r, r.session.user, no)
        const draft = draftFor(rt, r.session.user, table, sysId, p.get('email_client_template') ?? '')
        sendHtml(r, 200, composeHtml(draft, r.session.token, insertProperty()))
    })

    route('POST', /^\/email_client\.do$/, (r) => {
        if (!r.session) return void sendHtml(r, 302, '', { Location: '/login' })
        const user = r.session.user
        const form = new URLSearchParams(r.body)
        if (form.get('sysparm_ck') !== r.session.token)
            return void sendHtml(r, 403, notAllowedHtml(rt, user, 'Invalid security token (sysparm_ck): reload the page and try again.'))
        const table = form.get('sysparm_table') ?? ''
        const sysId = form.get('sysparm_sys_id') ?? ''
        const no = refusal(rt, user, table, sysId)
        if (no) return void refuse(r, user, no)
        const input: SendInput = {
            to: form.get('to') ?? '',
            cc: form.get('cc') ?? '',
            bcc: form.get('bcc') ?? '',
            subject: form.get('subject') ?? '',
            body: form.get('body') ?? '',
        }
        const problem = sendProblem(input)
        if (problem) {
            // the window again with what the user typed, and why nothing was sent
            const draft = draftFor(rt, user, table, sysId, form.get('email_client_template') ?? '')
            const typed = { ...draft, to: input.to, cc: input.cc, bcc: input.bcc, subject: input.subject, body: sanitizeHtml(input.body) }
            return void sendHtml(r, 400, composeHtml(typed, r.session.token, insertProperty(), problem))
        }
        sendEmail(rt, user, table, sysId, input)
        sendHtml(r, 200, sentHtml(parseAddresses(input.to).ok.join(', '), input.subject, `/${table}.do?sys_id=${sysId}`))
    })
}
