/**
 * The Glide side of "Add TeamViewer to a form" (forms/layout.ts): ServiceNow's form layout tables, read and
 * written with GlideRecord after the route has checked the caller is an admin of the integration. Every
 * operation here on a platform table is granted by a cross-scope privilege (security/cross-scope.now.ts).
 */
import { GlideRecord, GlideTableHierarchy } from '@servicenow/glide'
import type { FormLayoutStore, Positioned } from '../ports/forms.ts'
import { FORM_UI } from '../shared/names.ts'

function ids(table: string, build: (gr: GlideRecord) => void): string[] {
    const gr = new GlideRecord(table)
    build(gr)
    gr.query()
    const out: string[] = []
    while (gr.next()) out.push(String(gr.getUniqueValue()))
    return out
}

function first(table: string, build: (gr: GlideRecord) => void): string | null {
    const found = ids(table, (gr) => {
        build(gr)
        gr.setLimit(1)
    })
    return found.length ? found[0] : null
}

function insert(table: string, values: Record<string, string | number>): string {
    const gr = new GlideRecord(table)
    gr.initialize()
    for (const k of Object.keys(values)) gr.setValue(k, values[k])
    const id = gr.insert()
    if (!id) throw new Error(`could not insert into ${table}`)
    return String(id)
}

function positioned<T>(table: string, build: (gr: GlideRecord) => void, extra: (gr: GlideRecord) => T): Array<Positioned & T> {
    const gr = new GlideRecord(table)
    build(gr)
    gr.query()
    const out: Array<Positioned & T> = []
    while (gr.next())
        out.push({ sysId: String(gr.getUniqueValue()), position: parseInt(String(gr.getValue('position') ?? '0'), 10) || 0, ...extra(gr) })
    return out
}

export const glideFormLayoutStore: FormLayoutStore = {
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
    findSections: (table, viewId, caption) =>
        ids('sys_ui_section', (gr) => {
            gr.addQuery('name', table)
            gr.addQuery('view', viewId)
            gr.addQuery('caption', caption)
            gr.addQuery('sys_user', 'ISEMPTY', '')
        }),
    insertSection: (table, viewId, caption) =>
        insert('sys_ui_section', { name: table, view: viewId, caption, title: 'true', header: 'false' }),
    findFormatterElements: (sectionId, formatterId) =>
        ids('sys_ui_element', (gr) => {
            gr.addQuery('sys_ui_section', sectionId)
            gr.addQuery('type', 'formatter')
            gr.addQuery('sys_ui_formatter', formatterId)
        }),
    insertFormatterElement: (sectionId, element, formatterId, position) =>
        insert('sys_ui_element', { sys_ui_section: sectionId, element, type: 'formatter', sys_ui_formatter: formatterId, position }),
    elementsOf: (sectionId) => ids('sys_ui_element', (gr) => gr.addQuery('sys_ui_section', sectionId)),
    formSections: (formId) =>
        positioned(
            'sys_ui_form_section',
            (gr) => gr.addQuery('sys_ui_form', formId),
            (gr) => ({ section: String(gr.getValue('sys_ui_section') ?? '') }),
        ),
    formLinksOf: (sectionId) => ids('sys_ui_form_section', (gr) => gr.addQuery('sys_ui_section', sectionId)),
    insertFormSection: (formId, sectionId, position) =>
        insert('sys_ui_form_section', { sys_ui_form: formId, sys_ui_section: sectionId, position }),
    findRelatedList: (table, viewId) =>
        first('sys_ui_related_list', (gr) => {
            gr.addQuery('name', table)
            gr.addQuery('view', viewId)
            gr.addQuery('sys_user', 'ISEMPTY', '')
        }),
    insertRelatedList: (table, viewId) => insert('sys_ui_related_list', { name: table, view: viewId }),
    listEntries: (listId) =>
        positioned(
            'sys_ui_related_list_entry',
            (gr) => gr.addQuery('list_id', listId),
            (gr) => ({ relatedList: String(gr.getValue('related_list') ?? '') }),
        ),
    insertListEntry: (listId, relatedList, position) =>
        insert('sys_ui_related_list_entry', { list_id: listId, related_list: relatedList, position }),
    remove(table, sysId) {
        const gr = new GlideRecord(table)
        if (gr.get(sysId)) gr.deleteRecord()
    },
}
