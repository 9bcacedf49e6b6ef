/**
 * The runtime's outbox `/local/mail` (admins): the sys_email rows the platform would send — recipients,
 * subject, time, and the body. Bodies are HTML written from records (customer names, descriptions), so they
 * are shown in a sandboxed iframe (no script, no same-origin access); the http(s) links they contain are
 * listed beside them so a reader can follow one (e.g. play the end customer opening an invitation).
 * The runtime sends nothing: this list is where mail stops.
 */
import type { Runtime } from '../index'
import { chromePage, notAllowedHtml } from './chrome'
import { escapeHtml } from './html'
import type { WebRequest, WebServer } from './http'

/** The http(s) links of an HTML body (href attributes and bare URLs), once each. */
export function linksOf(body: string): string[] {
    const out = new Set<string>()
    const decode = (u: string) => u.replace(/&amp;/g, '&')
    for (const m of body.matchAll(/href\s*=\s*"(https?:\/\/[^"\s]+)"/gi)) out.add(decode(m[1]))
    for (const m of body.matchAll(/https?:\/\/[^\s"'<>]+/gi)) out.add(decode(m[0]))
    return [...out]
}

export function mailPage(rt: Runtime, user: string): string {
    const mails = rt.query('sys_email', 'ORDERBYDESCsys_created_on')
    const items = mails.map((m) => {
        const links = linksOf(m.body)
        return `<article class="mail panel" data-sys-id="${escapeHtml(m.sys_id)}"><div class="panel-heading"><h2 class="panel-title subject">${escapeHtml(m.subject)}</h2>
<span>to <span class="recipients">${escapeHtml(m.recipients)}</span></span><time>${escapeHtml(m.sys_created_on)} UTC</time><span>${escapeHtml(m.type)}</span></div>
<div class="panel-body"><iframe class="body" sandbox="" referrerpolicy="no-referrer" style="width:100%;height:14rem;border:0" srcdoc="${escapeHtml(m.body)}"></iframe>
${links.length ? `<p>Links in this e-mail: ${links.map((l) => `<a class="mail-link" target="_blank" rel="noopener noreferrer" href="${escapeHtml(l)}">${escapeHtml(l)}</a>`).join(' · ')}</p>` : ''}</div></article>`
    })
    return chromePage(rt, user, {
        title: 'Outgoing e-mails (local runtime)',
        body: `<h1>Outgoing e-mails</h1><p>What the instance would send (sys_email), newest first. The local runtime sends no mail. <a href="/">Home</a></p>
${items.length ? items.join('\n') : '<p id="no-mail">No e-mail yet.</p>'}`,
    })
}

export function registerMail(server: Pick<WebServer, 'route'>, rt: Runtime): void {
    server.route('GET', /^\/local\/mail$/, (r: WebRequest) => {
        if (!r.session) {
            r.res.writeHead(302, { Location: `/login?next=${encodeURIComponent('/local/mail')}` })
            return void r.res.end()
        }
        const admin = rt.hasRole(r.session.user, 'admin')
        r.res.writeHead(admin ? 200 : 403, {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-store',
            'X-Content-Type-Options': 'nosniff',
        })
        r.res.end(
            admin
                ? mailPage(rt, r.session.user)
                : notAllowedHtml(
                      rt,
                      r.session.user,
                      'The outbox lists every e-mail of the instance and is for administrators. The e-mails of a record you work on are in its activity.',
                  ),
        )
    })
}
