/**
 * The e-mails of a record on its form, where the platform's activity stream shows "Email sent": the `sys_email`
 * rows targeting the record itself or a record of another table that references it (a service case of the task,
 * whose invitation the supporter sent), newest first — each only when the user may read its target record.
 * Bodies are HTML written from records: the activity shows their text (tags removed, then escaped), as a summary.
 */
import type { Runtime } from '../index'
import { escapeHtml } from './html'
import { tableLabel } from './lists'

type Row = Record<string, string>

/** The e-mails of table/sysId (and of the records referencing it) the user may read, newest first. */
export function recordEmails(rt: Runtime, user: string, table: string, sysId: string): Row[] {
    if (!rt.schema.has('sys_email')) return []
    const tables = new Set(rt.schema.ancestry(table).map((t) => t.name))
    const out: Row[] = []
    for (const m of rt.query('sys_email', 'ORDERBYDESCsys_created_on')) {
        if (!m.target_table || !m.instance || !rt.schema.has(m.target_table)) continue
        let mine = m.instance === sysId && tables.has(m.target_table)
        if (!mine) {
            const target = rt.query(m.target_table, `sys_id=${m.instance}`)[0]
            mine =
                !!target &&
                rt.schema
                    .columns(m.target_table)
                    .some((c) => c.type === 'reference' && c.reference && tables.has(c.reference) && target[c.name] === sysId)
        }
        if (mine && rt.can(user, 'read', m.target_table, m.instance)) out.push(m)
    }
    return out
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' }

/** An HTML body's text: script/style content dropped, tags removed, entities decoded (escaped again when shown). */
export function bodyText(html: string): string {
    return html
        .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e])
        .replace(/\s+/g, ' ')
        .trim()
}

export function activityHtml(rt: Runtime, user: string, table: string, sysId: string): string {
    const mails = recordEmails(rt, user, table, sysId)
    if (!mails.length) return ''
    const items = mails.map(
        (
            m,
        ) => `<li class="tv-email" data-sys-id="${escapeHtml(m.sys_id)}"><div><b>Email sent</b> <time>${escapeHtml(m.sys_created_on)} UTC</time> · ${escapeHtml(tableLabel(rt, m.target_table))}</div>
<div>To: <span class="recipients">${escapeHtml(m.recipients)}</span></div><div>Subject: <span class="subject">${escapeHtml(m.subject)}</span></div>
<p class="body">${escapeHtml(bodyText(m.body))}</p></li>`,
    )
    return `<section class="tv-section tv-activity" aria-labelledby="activity"><h2 class="tv-section-title" id="activity">Activity: e-mails</h2><ul class="tv-emails">${items.join('\n')}</ul></section>`
}
