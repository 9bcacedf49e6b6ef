/**
 * "Add TeamViewer to a form" (UI page x_tvgh_teamviewer_add_to_form.do, src/fluent/ui/add-to-form.now.ts):
 * posts {table, view} to /api/x_tvgh_teamviewer/forms/add or /forms/remove (src/server/entry/routes/forms.ts) and
 * shows the answer's message as text. The route checks the caller is an admin of the integration and refuses
 * tables that do not extend task with a message in plain words.
 */
import { API_BASE, type FormChange } from '../../server/shared/contract'
import { byId, el, platformError, routeError, type SendJson } from '../shared/ui-page'

export const BASE = `${API_BASE}/forms/`

/** The result line, the error line and, after a change, a link to the table's records. */
export function showOutcome(doc: Document, result: string, error: string, table: string): void {
    byId(doc, 'tv-forms-result').textContent = result || ''
    byId(doc, 'tv-forms-error').textContent = error || ''
    const open = byId(doc, 'tv-forms-open')
    open.textContent = ''
    if (result && table) {
        const a = el(doc, 'a', '', 'Open a ' + table + ' record to see the form')
        a.setAttribute('href', encodeURIComponent(table) + '_list.do')
        open.appendChild(a)
    }
}

/** Add on submit, Undo on its button; both buttons are disabled while a call is under way. */
export function startAddToFormPage(doc: Document, send: SendJson): void {
    const setBusy = (busy: boolean) => {
        byId<HTMLButtonElement>(doc, 'tv-forms-add').disabled = busy
        byId<HTMLButtonElement>(doc, 'tv-forms-undo').disabled = busy
    }
    const change = (what: 'add' | 'remove') => {
        const table = byId<HTMLInputElement>(doc, 'tv-forms-table').value.trim()
        const view = byId<HTMLInputElement>(doc, 'tv-forms-view').value.trim()
        setBusy(true)
        showOutcome(doc, '', '', '')
        send<FormChange>(
            'POST',
            BASE + what,
            { table, view },
            ({ status, body }) => {
                setBusy(false)
                const result = body && body.result
                if (status === 200 && result && result.message) showOutcome(doc, result.message, '', result.table || '')
                else
                    showOutcome(
                        doc,
                        '',
                        routeError(body) || platformError(body) || 'The form could not be changed (HTTP ' + status + ').',
                        '',
                    )
            },
            () => {
                setBusy(false)
                showOutcome(doc, '', 'The form could not be changed: the instance did not answer.', '')
            },
        )
    }
    byId(doc, 'tv-forms-form').addEventListener('submit', (ev) => {
        ev.preventDefault()
        change('add')
    })
    byId(doc, 'tv-forms-undo').addEventListener('click', () => change('remove'))
}
