/**
 * What "Add TeamViewer to a form" (forms/placement.ts) reads of the platform's form layout tables; Glide side in
 * platform/form-layout-store.ts. Read only: the app never writes form layout (the tables allow other scopes
 * read only, and the platform's own Form Layout and Related Lists pages are where an admin changes a form).
 */
export interface FormLayoutReader {
    /** the table and its ancestors (GlideTableHierarchy.getTables); [] for an unknown table */
    tablesOf(table: string): string[]
    /** the sys_ui_view sys_id of a view name ('' = Default view); null when there is no such view */
    viewId(viewName: string): string | null
    formatterId(): string | null
    relationshipId(): string | null
    /** the form (sys_ui_form, not a user's personal one) of the table in the view; null when it has none */
    findForm(table: string, viewId: string): string | null
    /** the sections the form lists (sys_ui_form_section) */
    formSections(formId: string): string[]
    /** whether one of these sections holds the formatter (sys_ui_element type formatter) */
    holdsFormatter(sectionIds: string[], formatterId: string): boolean
    /** the related_list values of the table's related lists in the view (sys_ui_related_list_entry) */
    relatedLists(table: string, viewId: string): string[]
}
