import { default_view, List, Record } from '@servicenow/sdk/core'
import { FORM_UI, TABLE } from '../../server/shared/names'

/**
 * "TeamViewer connection report": the related list of a task's TeamViewer connections (who, device, start,
 * end, duration). Applies to `task`, so it is available on incident, problem, change request, requested item
 * and every other task form (Configure ➜ Related Lists). Rows stay subject to the connection ACLs: itil
 * users see a task's connections only when they can read the task.
 */
export const connectionReportRelationship = Record({
    $id: Now.ID['rel_connection_report'],
    table: 'sys_relationship',
    data: {
        name: FORM_UI.relationship,
        advanced: false,
        simple_reference: false,
        basic_apply_to: 'task',
        basic_query_from: TABLE.connection,
        query_with: `(function refineQuery(current, parent) {
    current.addQuery('task', parent.getUniqueValue());
    current.orderByDesc('start_date');
})(current, parent);`,
    },
})

/**
 * The columns of connection lists (the related list above and the company-wide report module): when, how long,
 * who, which device and session, which task. Why: without a list layout the platform shows the table's first
 * fields (billing state, contact ID, currency…). An admin may still change them (Configure ➜ List Layout).
 */
List({
    table: TABLE.connection,
    view: default_view,
    columns: ['start_date', 'end_date', 'duration', 'supporter_name', 'device_name', 'session_code', 'task'],
})
