/**
 * The local product's home page `/`: "choose who you are" (the runtime's users, their roles, one-click
 * sign-in), then the navigator — the application menu from the BUILT sys_app_application/sys_app_module
 * records filtered by the user's roles, the platform's Incidents and Problems lists, the outbox, and the
 * TeamViewer simulator's pages (the end customer's links — for a signed-in admin only —, the sign-in accounts of
 * the simulated TeamViewer).
 * Links follow the platform's URL shapes: LIST/FILTER modules → /<table>_list.do?sysparm_query=…, DIRECT
 * modules → their query path.
 */
import type { Runtime } from '../index'
import { escapeHtml, page } from './html'
import type { WebRequest, WebServer } from './http'

export interface SimulatorInfo {
    /** the simulator's base URL (its sign-in page is /oauth2/authorize) */
    url: string
    /** TeamViewer accounts of the simulated company (e-mail + password for its sign-in page) */
    accounts: { name: string; email: string; password: string }[]
}

export interface HomeOptions {
    /** a line under the title, e.g. where the data lives */
    subtitle?: string
    simulator?: SimulatorInfo
}

type Row = Record<string, string>

/** The roles a user holds directly (sys_user_has_role), by name. */
export function rolesOf(rt: Runtime, userSysId: string): string[] {
    const names = new Map(rt.query('sys_user_role').map((r) => [r.sys_id, r.name]))
    return rt
        .query('sys_user_has_role', `user=${userSysId}`)
        .map((l) => names.get(l.role) ?? '')
        .filter(Boolean)
        .sort()
}

function canSee(rt: Runtime, user: string, roles: string): boolean {
    const needed = roles
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean)
    return needed.length === 0 || needed.some((r) => rt.hasRole(user, r))
}

/** The URL a module opens, as the platform's navigator builds it. */
export function moduleHref(m: Row): string | null {
    if (m.link_type === 'LIST' || m.link_type === 'FILTER') {
        if (!m.name) return null
        const query = m.link_type === 'FILTER' ? m.filter : ''
        return `/${m.name}_list.do${query ? `?sysparm_query=${encodeURIComponent(query)}` : ''}`
    }
    if (m.link_type === 'DIRECT' && m.query) return `/${m.query.replace(/^\/+/, '')}`
    return null
}

/** The application menus and their modules the user may see, in order. */
export function navigator(
    rt: Runtime,
    user: string,
): { title: string; modules: { title: string; href: string | null; separator: boolean }[] }[] {
    const byOrder = (a: Row, b: Row) => Number(a.order || 0) - Number(b.order || 0) || a.title.localeCompare(b.title)
    const out = []
    for (const app of rt.query('sys_app_application').sort(byOrder)) {
        if (app.active === 'false' || !canSee(rt, user, app.roles)) continue
        const modules = rt
            .query('sys_app_module', `application=${app.sys_id}`)
            .filter((m) => m.active !== 'false' && canSee(rt, user, m.roles))
            .sort(byOrder)
            .map((m) => ({ title: m.title, href: moduleHref(m), separator: m.link_type === 'SEPARATOR' }))
        out.push({ title: app.title, modules })
    }
    return out
}

function chooser(rt: Runtime, next: string): string {
    const rows = rt
        .query('sys_user', 'ORDERBYuser_name')
        .filter((u) => u.active !== 'false')
        .map((u) => ({ u, roles: rolesOf(rt, u.sys_id) }))
        .sort((a, b) => Number(b.roles.length > 0) - Number(a.roles.length > 0) || a.u.user_name.localeCompare(b.u.user_name))
    const tr = rows.map(
        ({ u, roles }) =>
            `<tr><td><a class="sign-in" href="/login?user=${encodeURIComponent(u.user_name)}&amp;next=${encodeURIComponent(next)}">${escapeHtml(u.name || u.user_name)}</a></td>` +
            `<td><code>${escapeHtml(u.user_name)}</code></td><td>${roles.length ? roles.map((r) => `<code>${escapeHtml(r)}</code>`).join(' ') : '<i>no role (end user)</i>'}</td><td>${escapeHtml(u.email)}</td></tr>`,
    )
    return `<h2>Choose who you are</h2><p>Local sign-in without a password: click a name.</p>
<table id="users"><thead><tr><th>Name</th><th>User name</th><th>Roles</th><th>E-mail</th></tr></thead><tbody>${tr.join('')}</tbody></table>`
}

/** The open cases' customer names and join links: for a signed-in admin only (they name customers and let anyone join). */
function customerLinks(rt: Runtime, user: string | null): string {
    if (!user || !rt.hasRole(user, 'admin'))
        return '<p id="customer-links-hidden">Sign in as an administrator to see the customer links of the open service cases here.</p>'
    const open = rt.query('x_tvgh_teamviewer_service_case', 'state=open^ORDERBYDESCsys_created_on')
    return open.length
        ? `<ul id="customer-links">${open.map((c) => `<li>${escapeHtml(c.code)} — ${escapeHtml(c.end_customer_name || 'end customer')}: <a target="_blank" rel="noopener" href="${escapeHtml(c.end_customer_link)}">open the customer link</a></li>`).join('')}</ul>`
        : '<p>No open service case: create one from an incident form first.</p>'
}

function simulatorPanel(rt: Runtime, sim: SimulatorInfo, user: string | null): string {
    const links = customerLinks(rt, user)
    const accounts = sim.accounts
        .map(
            (a) =>
                `<tr><td>${escapeHtml(a.name)}</td><td><code>${escapeHtml(a.email)}</code></td><td><code>${escapeHtml(a.password)}</code></td></tr>`,
        )
        .join('')
    return `<h2>TeamViewer (simulator)</h2>
<p>TeamViewer is played by a local simulator at <a href="${escapeHtml(sim.url)}">${escapeHtml(sim.url)}</a>. These are simulator accounts, not real ones.</p>
<h3>End customer view</h3><p>You play the end customer: open the link of the invitation e-mail (<a href="/local/mail">mail list</a>), or one of these.</p>${links}
<h3>Sign-in accounts</h3><p>When a supporter first creates a service case, TeamViewer's sign-in page opens: use the supporter's account.</p>
<table id="accounts"><thead><tr><th>TeamViewer user</th><th>E-mail</th><th>Password</th></tr></thead><tbody>${accounts}</tbody></table>`
}

function navigatorHtml(rt: Runtime, user: string): string {
    const menus = navigator(rt, user)
    const item = (title: string, href: string | null) =>
        href ? `<li><a href="${escapeHtml(href)}">${escapeHtml(title)}</a></li>` : `<li>${escapeHtml(title)}</li>`
    const apps = menus.length
        ? menus
              .map(
                  (a) =>
                      `<section class="menu"><h3>${escapeHtml(a.title)}</h3><ul>${a.modules.map((m) => (m.separator ? `<li class="separator"><b>${escapeHtml(m.title)}</b></li>` : item(m.title, m.href))).join('')}</ul></section>`,
              )
              .join('')
        : '<p>No application menu for your roles.</p>'
    const platform: string[] = []
    if (rt.can(user, 'read', 'incident'))
        platform.push(item('Incidents', `/incident_list.do?sysparm_query=${encodeURIComponent('active=true^ORDERBYDESCnumber')}`))
    if (rt.can(user, 'read', 'problem'))
        platform.push(item('Problems', `/problem_list.do?sysparm_query=${encodeURIComponent('active=true^ORDERBYDESCnumber')}`))
    if (rt.hasRole(user, 'admin')) platform.push(item('Outgoing e-mails (mail list)', '/local/mail'))
    return `<nav id="navigator"><h2>Navigator</h2>${apps}<section class="menu"><h3>Service Desk</h3><ul>${platform.join('') || '<li>Nothing here for your roles.</li>'}</ul></section></nav>`
}

export function homePage(rt: Runtime, user: string | null, opts: HomeOptions): string {
    const who = user
        ? `<p id="signed-in">Signed in as <b>${escapeHtml(user)}</b> (${
              rolesOf(rt, rt.query('sys_user', `user_name=${user}`)[0]?.sys_id ?? '')
                  .map(escapeHtml)
                  .join(', ') || 'no role'
          }) — <a href="/logout">sign out</a> · <a href="#users">switch user</a></p>`
        : ''
    const body = [
        '<h1>TeamViewer Integration for ServiceNow — local instance</h1>',
        opts.subtitle ? `<p class="subtitle">${escapeHtml(opts.subtitle)}</p>` : '',
        who,
        user ? navigatorHtml(rt, user) : '',
        chooser(rt, '/'),
        opts.simulator ? simulatorPanel(rt, opts.simulator, user) : '',
        '<p class="note">This is the local runtime, not a ServiceNow instance: what it emulates and what it does not is listed in tools/runtime/README.md.</p>',
    ]
    return page({ title: 'TeamViewer Integration — local instance', body: body.join('\n') })
}

/** Registers `/` (and `/navpage.do`, the platform's home) on the web server. */
export function registerHome(server: Pick<WebServer, 'route'>, rt: Runtime, opts: HomeOptions = {}): void {
    server.route('GET', /^\/(navpage\.do)?$/, (r: WebRequest) => {
        r.res.writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-store',
            'X-Content-Type-Options': 'nosniff',
        })
        r.res.end(homePage(rt, r.session?.user ?? null, opts))
    })
}
