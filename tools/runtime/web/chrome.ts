/**
 * The page chrome of the local web server, like UI16: a banner (the instance, the signed-in user, sign out)
 * and the application navigator on the left — the build's application menus and the platform modules the
 * user's roles open — with its filter. Typing in the filter narrows the modules; Enter opens what the
 * platform's navigator opens (`GET /local/navigate?q=`): `sys_properties.list` (or `.LIST`, `_list.do`) and a
 * table name open that table's list, `<table>.do`/`.form` its list too (no new-record form here), else the
 * first module whose title matches.
 * Also the one "not allowed" page every route answers when the user's roles or the ACLs refuse a page.
 */
import type { Runtime } from '../index'
import { navigator } from './home'
import { escapeHtml, page } from './html'
import type { WebRequest } from './http'

export interface NavModule {
    title: string
    href: string | null
    separator?: boolean
}
export interface NavMenu {
    title: string
    modules: NavModule[]
}

/** The platform's own menus (System Definition, System Properties, …) for the modules the user may open. */
function platformMenus(rt: Runtime, user: string): NavMenu[] {
    const admin = rt.hasRole(user, 'admin')
    const menus: NavMenu[] = []
    const desk: NavModule[] = []
    if (rt.can(user, 'read', 'incident'))
        desk.push({ title: 'Incidents', href: `/incident_list.do?sysparm_query=${encodeURIComponent('active=true^ORDERBYDESCnumber')}` })
    if (rt.can(user, 'read', 'problem'))
        desk.push({ title: 'Problems', href: `/problem_list.do?sysparm_query=${encodeURIComponent('active=true^ORDERBYDESCnumber')}` })
    if (desk.length) menus.push({ title: 'Service Desk', modules: desk })
    if (admin) {
        menus.push({
            title: 'System Definition',
            modules: [
                { title: 'Scheduled Jobs', href: '/sysauto_script_list.do?sysparm_query=ORDERBYname' },
                { title: 'Tables', href: '/sys_db_object_list.do' },
            ].filter((m) => rt.schema.has(m.href.slice(1).split('_list.do')[0])),
        })
        menus.push({
            title: 'System Properties',
            modules: [{ title: 'All Properties', href: '/sys_properties_list.do?sysparm_query=ORDERBYname' }],
        })
        menus.push({
            title: 'Service Portal',
            modules: [{ title: 'Widget Instances', href: '/sp_instance_list.do' }].filter(() => rt.schema.has('sp_instance')),
        })
        menus.push({ title: 'System Mailboxes', modules: [{ title: 'Outbox (mail list)', href: '/local/mail' }] })
    }
    return menus.filter((m) => m.modules.length)
}

export function menusOf(rt: Runtime, user: string): NavMenu[] {
    return [...navigator(rt, user), ...platformMenus(rt, user)]
}

/** Where the navigator's filter leads on Enter (null: nothing matches). */
export function navigateTarget(rt: Runtime, user: string, q: string): string | null {
    const text = q.trim()
    const shortcut = /^([a-z0-9_]+)(?:\.(?:list|form|do|LIST|FORM)|_list\.do)$/.exec(text)
    const table = shortcut ? shortcut[1] : /^[a-z0-9_]+$/.test(text) ? text : ''
    if (table && rt.schema.has(table)) return `/${table}_list.do`
    const lower = text.toLowerCase()
    if (!lower) return null
    for (const m of menusOf(rt, user)) {
        const hit = m.modules.find((mod) => mod.href && mod.title.toLowerCase().includes(lower))
        if (hit?.href) return hit.href
        if (m.title.toLowerCase().includes(lower)) {
            const first = m.modules.find((mod) => mod.href)
            if (first?.href) return first.href
        }
    }
    return null
}

const CHROME_CSS = `<style>
body.tv-chrome { margin: 0; }
.tv-banner { background: #303a46; color: #fff; display: flex; align-items: center; gap: 1rem; padding: 0.5rem 1rem; }
.tv-banner a { color: #fff; } .tv-banner .tv-brand { font-weight: 600; margin-right: auto; text-decoration: none; }
.tv-shell { display: flex; min-height: calc(100vh - 2.6rem); }
#gsft_nav { width: 16rem; flex: 0 0 16rem; background: #f3f5f7; border-right: 1px solid #d9dee3; padding: 0.6rem; font-size: 0.92rem; }
#gsft_nav h2 { font-size: 0.95rem; margin: 0.8rem 0 0.2rem; } #gsft_nav ul { list-style: none; margin: 0; padding-left: 0.6rem; }
#gsft_nav li { margin: 0.15rem 0; } #gsft_nav li.separator { font-weight: 600; margin-top: 0.4rem; } #filter { width: 100%; box-sizing: border-box; }
#gsft_main { flex: 1; padding: 1rem 1.5rem; min-width: 0; }
</style>`

const FILTER_JS = `<script>
(function () {
    var input = document.getElementById('filter');
    if (!input) return;
    input.addEventListener('input', function () {
        var q = input.value.trim().toLowerCase();
        document.querySelectorAll('#gsft_nav section.nav-menu').forEach(function (menu) {
            var title = menu.querySelector('h2').textContent.toLowerCase();
            var any = false;
            menu.querySelectorAll('li').forEach(function (li) {
                var show = !q || title.indexOf(q) >= 0 || li.textContent.toLowerCase().indexOf(q) >= 0;
                li.hidden = !show;
                any = any || show;
            });
            menu.hidden = !any;
        });
    });
    input.form.addEventListener('submit', function (e) { if (!input.value.trim()) e.preventDefault(); });
})();
</script>`

function navHtml(rt: Runtime, user: string): string {
    const menus = menusOf(rt, user)
    const item = (m: NavModule) =>
        m.separator
            ? `<li class="separator">${escapeHtml(m.title)}</li>`
            : m.href
              ? `<li><a href="${escapeHtml(m.href)}">${escapeHtml(m.title)}</a></li>`
              : `<li>${escapeHtml(m.title)}</li>`
    return `<nav id="gsft_nav" aria-label="Application navigator"><form method="get" action="/local/navigate" role="search"><input id="filter" name="q" placeholder="Filter navigator" aria-label="Filter navigator" autocomplete="off"></form>
${menus.map((m) => `<section class="nav-menu"><h2>${escapeHtml(m.title)}</h2><ul>${m.modules.map(item).join('')}</ul></section>`).join('\n')}
</nav>`
}

/** A page in the chrome: banner + navigator + the content. */
export function chromePage(rt: Runtime, user: string, o: { title: string; body: string; token?: string; head?: string }): string {
    const name = rt.query('sys_user', `user_name=${user}`)[0]?.name || user
    const banner = `<header class="tv-banner" role="banner"><a class="tv-brand" href="/">ServiceNow (local runtime)</a><span id="banner-user" title="${escapeHtml(user)}">${escapeHtml(name)}</span><a id="sign-out" href="/logout">Sign out</a></header>`
    return page({
        title: o.title,
        token: o.token,
        head: CHROME_CSS + (o.head ?? ''),
        body: `${banner}<div class="tv-shell">${navHtml(rt, user)}<div id="gsft_main" role="main">${o.body}</div></div>${FILTER_JS}`,
    }).replace('<body>', '<body class="tv-chrome">')
}

/** The one refusal page: what was refused, why, and a way back. */
export function notAllowedHtml(rt: Runtime, user: string, why = ''): string {
    return chromePage(rt, user, {
        title: 'Security constraints',
        body: `<h1 id="not-allowed">Security constraints prevent access to requested page</h1>
${why ? `<p class="tv-why">${escapeHtml(why)}</p>` : ''}<p><a href="javascript:history.back()" id="go-back">Back</a> · <a href="/">Home</a></p>`,
    })
}

export function sendHtml(r: WebRequest, status: number, html: string, headers: Record<string, string> = {}): void {
    r.res.writeHead(status, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        ...headers,
    })
    r.res.end(html)
}

/** Registers GET /local/navigate?q= (the navigator filter's Enter). */
export function registerNavigate(
    route: (method: string, pattern: RegExp, handler: (r: WebRequest) => boolean | void) => void,
    rt: Runtime,
): void {
    route('GET', /^\/local\/navigate$/, (r) => {
        if (!r.session) return void sendHtml(r, 302, '', { Location: `/login?next=${encodeURIComponent('/')}` })
        const q = r.url.searchParams.get('q') ?? ''
        const to = navigateTarget(rt, r.session.user, q)
        if (to) return void sendHtml(r, 302, '', { Location: to })
        sendHtml(
            r,
            404,
            chromePage(rt, r.session.user, {
                title: 'Nothing found',
                body: `<h1>Nothing matches "${escapeHtml(q)}"</h1><p>Type a module's title, a table name, or <code>&lt;table&gt;.list</code> (for example <code>sys_properties.list</code>).</p>`,
            }),
        )
    })
}
