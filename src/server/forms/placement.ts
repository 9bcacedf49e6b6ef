/**
 * "Add TeamViewer to a form": for a task table (or the product's task tables) in one view, whether the TeamViewer
 * Supporter Control (formatter) and the TeamViewer connection report (related list) are on the form, and where
 * the admin puts them: the platform's own Form Layout and Related Lists pages of that form, with the exact items
 * to pick (the integration guide's steps). Read only, by design: the form layout tables allow other application
 * scopes read only (their application access, SDK platform dictionary), so a script of this app cannot add a
 * section or a related list; and records the app ships cannot link into a customer's existing form without
 * replacing its section list or related lists (README "Forms"). Pure logic over FormLayoutReader.
 */
import type { FormLayoutReader } from '../ports/forms.ts'
import type { FormPlacement, FormStatus } from '../shared/contract.ts'
import { AppError } from '../shared/errors.ts'
import { FORM_UI } from '../shared/names.ts'

export type { FormPlacement, FormStatus }

/** The task tables the product supports, checked when no table is given. */
export const PRODUCT_TABLES = ['incident', 'problem', 'change_request', 'sc_req_item']

const TABLE_NAME = /^[a-z][a-z0-9_]{0,79}$/
const VIEW_NAME = /^[a-zA-Z0-9_]{0,80}$/

function normalizeView(view: unknown): string {
    const v = String(view === undefined || view === null ? '' : view).trim()
    return v === 'default' || v === FORM_UI.defaultView ? '' : v
}

function viewLabel(view: string): string {
    return view ? `view "${view}"` : 'Default view'
}

/** The platform's slushbucket page of a form: 'section' = Form Layout, 'related_list' = Related Lists. */
function slushbucket(kind: 'section' | 'related_list', table: string, view: string): string {
    return `slushbucket.do?sysparm_form=${kind}&sysparm_list=${encodeURIComponent(table)}&sysparm_view=${encodeURIComponent(view)}`
}

/** The integration guide's steps, for what is missing. */
function steps(control: boolean, report: boolean): string[] {
    const out: string[] = []
    if (!control)
        out.push(
            `Form Layout: under Section choose "New…", name it "${FORM_UI.sectionCaption}" and click OK; move "${FORM_UI.formatter}" from Available to Selected; click Save.`,
        )
    if (!report) out.push(`Related Lists: move "${FORM_UI.relationship}" from Available to Selected; click Save.`)
    return out
}

interface Ids {
    viewId: string
    formatterId: string
    relatedList: string
}

function placement(store: FormLayoutReader, table: string, view: string, ids: Ids): FormPlacement {
    // the form an instance shows: the table's own form in the view, else the nearest parent's
    let formId: string | null = null
    const chain = store.tablesOf(table)
    for (let i = 0; i < chain.length && !formId; i++) formId = store.findForm(chain[i], ids.viewId)
    const control = !!formId && store.holdsFormatter(store.formSections(formId), ids.formatterId)
    const report = store.relatedLists(table, ids.viewId).indexOf(ids.relatedList) >= 0
    return {
        table,
        view,
        form: `${table} (${viewLabel(view)})`,
        control,
        report,
        formLayoutUrl: slushbucket('section', table, view),
        relatedListsUrl: slushbucket('related_list', table, view),
        steps: steps(control, report),
    }
}

/** Checks the input and answers the placement of the table (or of the product's task tables) in the view. */
export function formStatus(store: FormLayoutReader, tableIn: unknown, viewIn: unknown): FormStatus {
    const table = String(tableIn === undefined || tableIn === null ? '' : tableIn).trim()
    const view = normalizeView(viewIn)
    if (table && !TABLE_NAME.test(table)) throw new AppError('invalid_input', 'Give the table by its name, e.g. incident.')
    if (!VIEW_NAME.test(view)) throw new AppError('invalid_input', 'Give the view by its name (empty for the Default view).')
    let tables = PRODUCT_TABLES.filter((t) => store.tablesOf(t).length > 0)
    if (table) {
        const chain = store.tablesOf(table)
        if (chain.length === 0) throw new AppError('not_found', `There is no table "${table}".`)
        if (chain.indexOf('task') < 0)
            throw new AppError(
                'invalid_input',
                `${table} does not extend task: the TeamViewer Supporter Control works only on task forms (incident, problem, change request, …).`,
            )
        tables = [table]
    }
    const viewId = store.viewId(view)
    if (!viewId) throw new AppError('not_found', `There is no view "${view}".`)
    const formatterId = store.formatterId()
    const relationshipId = store.relationshipId()
    if (!formatterId || !relationshipId)
        throw new AppError(
            'not_configured',
            'The TeamViewer formatter or relationship is missing: reinstall the TeamViewer Integration application.',
        )
    const ids: Ids = { viewId, formatterId, relatedList: `REL:${relationshipId}` }
    return { view, forms: tables.map((t) => placement(store, t, view, ids)) }
}
