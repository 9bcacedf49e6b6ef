/**
 * The Glide side of "Add TeamViewer to a form" (forms/placement.ts): ServiceNow's form layout tables, READ only
 * (each read is granted by a cross-scope privilege, security/cross-scope.now.ts). Other scopes may not create,
 * update or delete these records (their application access is read only), so changing a form is left to the
 * platform's own Form Layout and Related Lists pages.
 */
import { GlideRecord, GlideTableHierarchy } from '@servicenow/glide'
import type { FormLayoutReader } from '../ports/forms.ts'
import { FORM_UI } from '../shared/names.ts'

function values(table: string, column: string, build: (gr: GlideRecord) => void): string[] {
    const gr = new GlideRecord(table)
    build(gr)
    gr.query()
    const out: string[] = []
    while (gr.next()) out.push(column === 'sys_id' ? String(gr.getUniqueValue()) : String(gr.getValue(column) ?? ''))
    return out
}

function first(table: string, build: (gr: GlideRecord) => void): string | null {
    const found = values(table, 'sys_id', (gr) => {
        build(gr)
        gr.setLimit(1)
    })
    return found.length ? found[0] : null
}

export const glideFormLayoutStore: FormLayoutReader = {
    tablesOf(table) {
        const list = new GlideTableHierarchy(table).getTables()
        const out: string[] = []
        for (let i = 0; i < list.length; i++) out.push(String(list[i]))
        return out
    },
    viewId(viewName) {
        if (!viewName) return FORM_UI.defaultView
        return first('sys_ui_view', (gr) => gr.addQuery('name', viewName))
    },
    formatterId: () =>
        first('sys_ui_formatter', (gr) => {
            gr.addQuery('name', FORM_UI.formatter)
            gr.addQuery('table', 'task')
        }),
    relationshipId: () => first('sys_relationship', (gr) => gr.addQuery('name', FORM_UI.relationship)),
    findForm: (table, viewId) =>
        first('sys_ui_form', (gr) => {
            gr.addQuery('name', table)
            gr.addQuery('view', viewId)
            gr.addQuery('sys_user', 'ISEMPTY', '')
        }),
    formSections: (formId) =>
        values('sys_ui_form_section', 'sys_ui_section', (gr) => {
            gr.addQuery('sys_ui_form', formId)
            gr.orderBy('position')
        }),
    holdsFormatter(sectionIds, formatterId) {
        if (!sectionIds.length) return false
        return (
            first('sys_ui_element', (gr) => {
                gr.addQuery('sys_ui_section', 'IN', sectionIds.join(','))
                gr.addQuery('type', 'formatter')
                gr.addQuery('sys_ui_formatter', formatterId)
            }) !== null
        )
    },
    relatedLists(table, viewId) {
        const list = first('sys_ui_related_list', (gr) => {
            gr.addQuery('name', table)
            gr.addQuery('view', viewId)
            gr.addQuery('sys_user', 'ISEMPTY', '')
        })
        return list ? values('sys_ui_related_list_entry', 'related_list', (gr) => gr.addQuery('list_id', list)) : []
    },
}
