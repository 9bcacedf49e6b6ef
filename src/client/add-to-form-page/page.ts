/**
 * "Add TeamViewer to a form" (UI page x_tvgh_teamviewer_add_to_form.do, src/fluent/ui/add-to-form.now.ts): asks
 * GET /api/x_tvgh_teamviewer/forms/status {table, view} (src/server/entry/routes/forms.ts) and shows, per task
 * form, whether the TeamViewer Supporter Control and the connection report are on it, with links to the
 * platform's Form Layout and Related Lists pages of that form and the items to pick there. The admin saves
 * there, comes back and checks again. Everything an answer holds is shown as text.
 */
import { API_BASE, type FormPlacement, type FormStatus } from '../../server/shared/contract'
import { byId, el, platformError, routeError, type SendJson } from '../shared/ui-page'

export const STATUS_URL = `${API_BASE}/forms/status`

function onForm(yes: boolean): string {
    return yes ? 'on the form' : 'not on the form'
}

/** A link to one of the platform's pages, in a new tab so this page stays open to check again. */
function link(doc: Document, id: string, href: string, text: string): HTMLAnchorElement {
    const a = el(doc, 'a', 'tv-forms-link', text)
    a.setAttribute('id', id)
    a.setAttribute('href', href)
    a.setAttribute('target', '_blank')
    a.setAttribute('rel', 'noopener')
    return a
}

/** One form: its state, the platform's pages and the steps that remain. */
export function formRow(doc: Document, f: FormPlacement): HTMLElement {
    const key = `${f.table}-${f.view || 'default'}`
    const row = el(doc, 'section', f.control && f.report ? 'tv-form tv-form-done' : 'tv-form')
    row.setAttribute('id', `tv-form-${key}`)
    row.appendChild(el(doc, 'h2', 'tv-form-name', f.form))
    const facts = el(doc, 'ul', 'tv-form-state')
    facts.appendChild(el(doc, 'li', f.control ? 'tv-yes' : 'tv-no', `TeamViewer Supporter Control: ${onForm(f.control)}`))
    facts.appendChild(el(doc, 'li', f.report ? 'tv-yes' : 'tv-no', `TeamViewer connection report: ${onForm(f.report)}`))
    row.appendChild(facts)
    if (f.steps.length) {
        const steps = el(doc, 'ol', 'tv-form-steps')
        for (const s of f.steps) steps.appendChild(el(doc, 'li', '', s))
        row.appendChild(steps)
    }
    const links = el(doc, 'p', 'tv-form-links')
    links.appendChild(link(doc, `tv-form-layout-${key}`, f.formLayoutUrl, `Form Layout of ${f.form}`))
    links.appendChild(doc.createTextNode(' · '))
    links.appendChild(link(doc, `tv-form-lists-${key}`, f.relatedListsUrl, `Related Lists of ${f.form}`))
    row.appendChild(links)
    return row
}

/** Checks on submit (and once on load); the button reads "Check again" once there is an answer. */
export function startAddToFormPage(doc: Document, send: SendJson): void {
    const button = byId<HTMLButtonElement>(doc, 'tv-forms-check')
    const show = (forms: FormPlacement[], error: string) => {
        const list = byId(doc, 'tv-forms-list')
        while (list.firstChild) list.removeChild(list.firstChild)
        for (const f of forms) list.appendChild(formRow(doc, f))
        byId(doc, 'tv-forms-error').textContent = error
    }
    const check = () => {
        const table = byId<HTMLInputElement>(doc, 'tv-forms-table').value.trim()
        const view = byId<HTMLInputElement>(doc, 'tv-forms-view').value.trim()
        button.disabled = true
        const url = `${STATUS_URL}?table=${encodeURIComponent(table)}&view=${encodeURIComponent(view)}`
        send<FormStatus>(
            'GET',
            url,
            undefined,
            ({ status, body }) => {
                button.disabled = false
                button.textContent = 'Check again'
                const result = body && body.result
                if (status === 200 && result && result.forms) show(result.forms as FormPlacement[], '')
                else show([], routeError(body) || platformError(body) || 'The forms could not be checked (HTTP ' + status + ').')
            },
            () => {
                button.disabled = false
                show([], 'The forms could not be checked: the instance did not answer.')
            },
        )
    }
    byId(doc, 'tv-forms-form').addEventListener('submit', (ev) => {
        ev.preventDefault()
        check()
    })
    check()
}
