/**
 * The form's "TeamViewer connection report" related list, refreshed through UI16's documented client API for
 * lists: `GlideList2.get(listId)` (null when the page has no such list) and its `refresh()`. A related list's id
 * on a form is `<form table>.<related list>`, and a relationship's related list is `REL:<sys_relationship sys_id>`.
 * Where GlideList2 is missing (a workspace, a page without lists) or the form has no report, nothing happens.
 */

/**
 * sys_id of the relationship "TeamViewer connection report" (src/fluent/ui/connection-report.now.ts): fixed by
 * src/fluent/generated/keys.ts (`rel_connection_report`), which test/client/report-list.test.ts holds it against.
 */
export const CONNECTION_REPORT_RELATIONSHIP = '289f00c7c0954a3a81a3910cba932de8'

/** The list id of the connection report on a form of `table`. */
export function connectionReportListId(table: string): string {
    return `${table}.REL:${CONNECTION_REPORT_RELATIONSHIP}`
}

/** What the control uses of GlideList2 (the platform's global in UI16 forms and lists). */
export interface GlideList2Like {
    get(listId: string): { refresh(): void } | null | undefined
}

/** Refreshes the connection report of a form of `table` through `lists` (the page's GlideList2); false when there is none. */
export function refreshConnectionReport(lists: GlideList2Like | undefined | null, table: string): boolean {
    if (!lists || typeof lists.get !== 'function') return false
    const list = lists.get(connectionReportListId(table))
    if (!list || typeof list.refresh !== 'function') return false
    list.refresh()
    return true
}
