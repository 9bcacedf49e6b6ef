/**
 * The platform's System Properties page `system_properties_ui.do?sysparm_category=<name>`, rendered from the
 * BUILT sys_properties_category and sys_properties_category_m2m records: each property with its description
 * and current value, in the category's order.
 *
 * - Who: users holding a property's read role see it (write role: may change it); admin holds every role.
 *   A user who may read none of the category's properties gets the platform's "Security constraints" refusal.
 * - Secrets: password2 values never reach the browser — the field is empty and says whether a value is
 *   stored; a value typed there replaces it, an empty field keeps it.
 * - Save: values are checked by type as the platform does (integer, boolean) and saved through the runtime.
 */
import type { Runtime } from '../index'
import { chromePage, notAllowedHtml } from './chrome'
import { escapeHtml, page } from './html'
import type { WebRequest, WebServer } from './http'

type Row = Record<string, string>

interface Prop {
    row: Row
    canWrite: boolean
    /** password2: whether a (non-empty) value is stored */
    stored: boolean
}

function holdsAny(rt: Runtime, user: string, roles: string): boolean {
    const list = roles
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean)
    return rt.hasRole(user, 'admin') || list.some((r) => rt.hasRole(user, r))
}

function propertiesOf(rt: Runtime, category: Row, user: string): Prop[] {
    const out: Prop[] = []
    const links = rt
        .query('sys_properties_category_m2m', `category=${category.sys_id}`)
        .sort((a, b) => Number(a.order || 0) - Number(b.order || 0))
    for (const l of links) {
        const row = rt.query('sys_properties', `sys_id=${l.property}`)[0]
        if (!row || !holdsAny(rt, user, row.read_roles || 'admin')) continue
        const stored = row.type === 'password2' && (rt.getProperty(row.name) ?? '') !== ''
        out.push({ row, canWrite: holdsAny(rt, user, row.write_roles || 'admin'), stored })
    }
    return out
}

function field(p: Prop): string {
    const { row } = p
    const id = `p_${row.sys_id}`
    const ro = p.canWrite ? '' : ' disabled'
    if (row.type === 'boolean') {
        return `<input type="hidden" name="${escapeHtml(row.name)}" value="false"><label><input type="checkbox" id="${id}" name="${escapeHtml(row.name)}" value="true"${row.value === 'true' ? ' checked' : ''}${ro}> true</label>`
    }
    if (row.type === 'password2') {
        const stored = p.stored
        return `<input type="password" class="form-control" id="${id}" name="${escapeHtml(row.name)}" value="" autocomplete="new-password" placeholder="${stored ? 'stored — type a new value to replace it' : 'empty'}"${ro}> <span class="secret-state">${stored ? 'stored' : 'empty'}</span>`
    }
    return `<input type="text" class="form-control" id="${id}" name="${escapeHtml(row.name)}" value="${escapeHtml(row.value)}"${ro}>`
}

/** The platform's type checks of the properties page; null when the value is acceptable. */
export function typeError(type: string, value: string): string | null {
    if (type === 'integer' && !/^-?\d+$/.test(value.trim())) return 'Invalid integer value'
    if (type === 'boolean' && value !== 'true' && value !== 'false') return 'Invalid boolean value'
    return null
}

function render(
    rt: Runtime,
    user: string,
    category: Row,
    props: Prop[],
    token: string,
    messages: { ok?: string; errors?: Record<string, string> },
): string {
    const rows = props.map((p) => {
        const err = messages.errors?.[p.row.name]
        return `<div class="property" data-name="${escapeHtml(p.row.name)}"><label for="p_${p.row.sys_id}"><b>${escapeHtml(p.row.description || p.row.name)}</b></label>
<div><code>${escapeHtml(p.row.name)}</code></div><div>${field(p)}</div>${err ? `<p class="alert alert-danger">${escapeHtml(err)}</p>` : ''}</div>`
    })
    const status = messages.ok
        ? `<p class="alert alert-success" id="saved">${escapeHtml(messages.ok)}</p>`
        : messages.errors
          ? '<p class="alert alert-danger" id="not-saved">Nothing was saved: correct the values marked below.</p>'
          : ''
    const writable = props.some((p) => p.canWrite)
    return chromePage(rt, user, {
        title: category.title || category.name,
        body: `<h1>${escapeHtml(category.title || category.name)}</h1>${status}
<form method="post" action="/system_properties_ui.do?sysparm_category=${encodeURIComponent(category.name)}" autocomplete="off">
<input type="hidden" name="sysparm_ck" value="${escapeHtml(token)}">
${rows.join('\n<hr>\n')}
${writable ? '<p><button type="submit" id="save">Save</button></p>' : ''}</form>`,
    })
}

export function registerProperties(server: Pick<WebServer, 'route'>, rt: Runtime): void {
    server.route('*', /^\/system_properties_ui\.do$/, (r: WebRequest) => {
        const send = (status: number, html: string) => {
            r.res.writeHead(status, {
                'Content-Type': 'text/html; charset=utf-8',
                'Cache-Control': 'no-store',
                'X-Content-Type-Options': 'nosniff',
            })
            r.res.end(html)
        }
        if (!r.session) {
            r.res.writeHead(302, { Location: `/login?next=${encodeURIComponent(r.url.pathname + r.url.search)}` })
            return void r.res.end()
        }
        const user = r.session.user
        const name = r.url.searchParams.get('sysparm_category') ?? ''
        const category = rt.query('sys_properties_category', `name=${name}`)[0]
        if (!category) return send(404, page({ title: 'Not found', body: `<h1>No property category "${escapeHtml(name)}"</h1>` }))
        const refusal = () => notAllowedHtml(rt, user, 'These properties are for the roles that may read them (administrators).')
        const props = propertiesOf(rt, category, user)
        if (!props.length) return send(403, refusal())
        if (r.method === 'GET') return send(200, render(rt, user, category, props, r.session.token, {}))
        if (r.method !== 'POST') return send(405, refusal())
        const form = new URLSearchParams(r.body)
        if (form.get('sysparm_ck') !== r.session.token) return send(403, refusal())
        const changes: [string, string][] = []
        const errors: Record<string, string> = {}
        for (const p of props) {
            if (!p.canWrite) continue
            const all = form.getAll(p.row.name)
            if (!all.length) continue
            const value = p.row.type === 'boolean' ? (all.includes('true') ? 'true' : 'false') : all[all.length - 1]
            if (p.row.type === 'password2' && value === '') continue // empty: keep the stored secret
            const err = typeError(p.row.type, value)
            if (err) errors[p.row.name] = err
            else if (p.row.type === 'password2' || value !== p.row.value)
                changes.push([p.row.name, p.row.type === 'integer' ? value.trim() : value])
        }
        if (Object.keys(errors).length)
            return send(400, render(rt, user, category, propertiesOf(rt, category, user), r.session.token, { errors }))
        for (const [k, v] of changes) rt.setProperty(k, v)
        const ok = changes.length
            ? `Saved ${changes.length} propert${changes.length === 1 ? 'y' : 'ies'}: ${changes.map(([k]) => k).join(', ')}.`
            : 'Nothing changed.'
        return send(200, render(rt, user, category, propertiesOf(rt, category, user), r.session.token, { ok }))
    })
}
