/**
 * What "Add TeamViewer to a form" (forms/layout.ts) needs from the platform's form layout tables; Glide side in
 * platform/form-layout-store.ts.
 */
export interface Positioned {
    sysId: string
    position: number
}

export interface FormLayoutStore {
    /** the table and its ancestors (GlideTableHierarchy.getTables); [] for an unknown table */
    tablesOf(table: string): string[]
    /** the sys_ui_view sys_id of a view name ('' = Default view); null when there is no such view */
    viewId(viewName: string): string | null
    formatterId(): string | null
    relationshipId(): string | null
    findForm(table: string, viewId: string): string | null
    /** sections of the table/view with this caption */
    findSections(table: string, viewId: string, caption: string): string[]
    insertSection(table: string, viewId: string, caption: string): string
    /** the section's elements that show the formatter */
    findFormatterElements(sectionId: string, formatterId: string): string[]
    insertFormatterElement(sectionId: string, element: string, formatterId: string, position: number): string
    /** every element of the section (to delete it whole) */
    elementsOf(sectionId: string): string[]
    formSections(formId: string): Array<Positioned & { section: string }>
    /** links of a section into any form */
    formLinksOf(sectionId: string): string[]
    insertFormSection(formId: string, sectionId: string, position: number): string
    findRelatedList(table: string, viewId: string): string | null
    insertRelatedList(table: string, viewId: string): string
    listEntries(listId: string): Array<Positioned & { relatedList: string }>
    insertListEntry(listId: string, relatedList: string, position: number): string
    remove(table: string, sysId: string): void
}
