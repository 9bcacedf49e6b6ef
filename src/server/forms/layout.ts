/**
 * "Add TeamViewer to a form": puts the section "TeamViewer Remote Control" (with the TeamViewer Supporter
 * Control formatter) and the related list "TeamViewer connection report" on an existing form of a table
 * extending task, in one view — and takes exactly that away again. Pure logic over FormLayoutStore
 * (platform/form-layout-store.ts holds the Glide side), so the rules are unit-testable.
 *
 * Records touched (ServiceNow's form layout tables):
 *   sys_ui_section {name: table, view, caption}            the section, one per table/view
 *   sys_ui_element {sys_ui_section, element, type: formatter, sys_ui_formatter, position}
 *   sys_ui_form_section {sys_ui_form, sys_ui_section, position}   links it into the customer's form
 *   sys_ui_related_list {name: table, view} (created only when the view has none)
 *   sys_ui_related_list_entry {list_id, related_list: 'REL:<relationship sys_id>', position}
 * The customer's form, its other sections and list entries are never changed; the section is appended
 * after the form's last section and the list entry after the last entry.
 */
import type { FormLayoutStore, Positioned } from '../ports/forms.ts'
import type { FormChange } from '../shared/contract.ts'
import { AppError } from '../shared/errors.ts'
import { FORM_UI } from '../shared/names.ts'

export type { FormChange }

const TABLE_NAME = /^[a-z][a-z0-9_]{0,79}$/
const VIEW_NAME = /^[a-zA-Z0-9_]{0,80}$/

function normalizeView(view: string | undefined | null): string {
    const v = String(view ?? '').trim()
    return v === 'default' || v === FORM_UI.defaultView ? '' : v
}

function viewLabel(view: string): string {
    return view ? `view "${view}"` : 'the Default view'
}

interface Target {
    table: string
    view: string
    viewId: string
    formatterId: string
    relatedList: string
}

/** Checks the input: a table extending task, an existing view, the app's formatter and relationship. */
function target(store: FormLayoutStore, tableIn: unknown, viewIn: unknown): Target {
    const table = String(tableIn ?? '').trim()
    const view = normalizeView(viewIn as string)
    if (!TABLE_NAME.test(table)) throw new AppError('invalid_input', 'Give the table by its name, e.g. incident.')
    if (!VIEW_NAME.test(view)) throw new AppError('invalid_input', 'Give the view by its name (empty for the Default view).')
    const tables = store.tablesOf(table)
    if (tables.length === 0) throw new AppError('not_found', `There is no table "${table}".`)
    if (tables.indexOf('task') < 0)
        throw new AppError(
            'invalid_input',
            `${table} does not extend task: the TeamViewer Supporter Control works only on task forms (incident, problem, change request, …).`,
        )
    const viewId = store.viewId(view)
    if (!viewId) throw new AppError('not_found', `There is no ${viewLabel(view)}.`)
    const formatterId = store.formatterId()
    const relationshipId = store.relationshipId()
    if (!formatterId || !relationshipId)
        throw new AppError(
            'not_configured',
            'The TeamViewer formatter or relationship is missing: reinstall the TeamViewer Integration application.',
        )
    return { table, view, viewId, formatterId, relatedList: `REL:${relationshipId}` }
}

function nextPosition(items: Positioned[]): number {
    return items.reduce((max, i) => Math.max(max, i.position + 1), 0)
}

/** Adds the section and the related list to the table's form in the view; a second call changes nothing. */
export function addToForm(store: FormLayoutStore, tableIn: unknown, viewIn: unknown): FormChange {
    const t = target(store, tableIn, viewIn)
    const formId = store.findForm(t.table, t.viewId)
    if (!formId)
        throw new AppError(
            'not_found',
            `The ${t.table} form has no layout in ${viewLabel(t.view)}. Open that form once (Configure ➜ Form Layout) and try again.`,
        )
    const changed: string[] = []
    let sectionId = store.findSections(t.table, t.viewId, FORM_UI.sectionCaption)[0]
    if (!sectionId) {
        sectionId = store.insertSection(t.table, t.viewId, FORM_UI.sectionCaption)
        changed.push(`section "${FORM_UI.sectionCaption}"`)
    }
    if (store.findFormatterElements(sectionId, t.formatterId).length === 0) {
        store.insertFormatterElement(sectionId, FORM_UI.formatterElement, t.formatterId, 0)
        changed.push(`formatter "${FORM_UI.formatter}"`)
    }
    const links = store.formSections(formId)
    if (!links.some((l) => l.section === sectionId)) {
        store.insertFormSection(formId, sectionId, nextPosition(links))
        changed.push('the section on the form')
    }
    let listId = store.findRelatedList(t.table, t.viewId)
    if (!listId) listId = store.insertRelatedList(t.table, t.viewId)
    const entries = store.listEntries(listId)
    if (!entries.some((e) => e.relatedList === t.relatedList)) {
        store.insertListEntry(listId, t.relatedList, nextPosition(entries))
        changed.push(`related list "${FORM_UI.relationship}"`)
    }
    const where = `the ${t.table} form (${viewLabel(t.view)})`
    return {
        table: t.table,
        view: t.view,
        changed,
        message: changed.length ? `Added to ${where}: ${changed.join(', ')}.` : `TeamViewer is already on ${where}; nothing changed.`,
    }
}

/**
 * The undo: removes the TeamViewer section of the table/view (its form links and elements) and the
 * connection-report entry of its related list; a related-list record left without entries is removed too.
 * Sections with the caption that do not show the formatter are the customer's and stay.
 */
export function removeFromForm(store: FormLayoutStore, tableIn: unknown, viewIn: unknown): FormChange {
    const t = target(store, tableIn, viewIn)
    const changed: string[] = []
    for (const sectionId of store.findSections(t.table, t.viewId, FORM_UI.sectionCaption)) {
        if (store.findFormatterElements(sectionId, t.formatterId).length === 0) continue
        for (const link of store.formLinksOf(sectionId)) store.remove('sys_ui_form_section', link)
        for (const el of store.elementsOf(sectionId)) store.remove('sys_ui_element', el)
        store.remove('sys_ui_section', sectionId)
        changed.push(`section "${FORM_UI.sectionCaption}"`)
    }
    const listId = store.findRelatedList(t.table, t.viewId)
    if (listId) {
        const entries = store.listEntries(listId)
        const ours = entries.filter((e) => e.relatedList === t.relatedList)
        for (const e of ours) store.remove('sys_ui_related_list_entry', e.sysId)
        if (ours.length) changed.push(`related list "${FORM_UI.relationship}"`)
        if (ours.length && ours.length === entries.length) store.remove('sys_ui_related_list', listId)
    }
    const where = `the ${t.table} form (${viewLabel(t.view)})`
    return {
        table: t.table,
        view: t.view,
        changed,
        message: changed.length ? `Removed from ${where}: ${changed.join(', ')}.` : `TeamViewer was not on ${where}; nothing changed.`,
    }
}
