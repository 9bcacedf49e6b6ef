import {
    BooleanColumn,
    ChoiceColumn,
    DateTimeColumn,
    DecimalColumn,
    DurationColumn,
    EmailColumn,
    IntegerColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'
import { TABLE } from '../../server/shared/names'

/**
 * One connection from TeamViewer's connection report (GET /reports/connections), enriched with the
 * task and service case it belongs to. Why: the task's "TeamViewer connection report" related list and
 * the company-wide report read it; every refresh upserts on `tv_id`, TeamViewer's record id. Coded columns
 * (session type, billing state) hold unknown values as sent: choices list the documented ones only.
 */
export const x_tvgh_teamviewer_connection = Table({
    name: TABLE.connection,
    label: 'TeamViewer Connection',
    display: 'tv_id',
    schema: {
        tv_id: StringColumn({ label: 'TeamViewer record ID', maxLength: 64, mandatory: true, unique: true, readOnly: true }),
        task: ReferenceColumn({ label: 'Task', referenceTable: 'task' }),
        service_case: ReferenceColumn({ label: 'Service case', referenceTable: TABLE.serviceCase }),
        session_code: StringColumn({ label: 'Session code', maxLength: 20 }),
        supporter_tv_user_id: StringColumn({ label: 'Supporter TeamViewer user ID', maxLength: 20 }),
        supporter_name: StringColumn({ label: 'Supporter name', maxLength: 100 }),
        supporter: ReferenceColumn({ label: 'Supporter', referenceTable: 'sys_user' }),
        device_id: StringColumn({ label: 'Device ID', maxLength: 40 }),
        device_name: StringColumn({ label: 'Device', maxLength: 255 }),
        group_id: StringColumn({ label: 'TeamViewer group ID', maxLength: 20 }),
        group_name: StringColumn({ label: 'TeamViewer group', maxLength: 100 }),
        start_date: DateTimeColumn({ label: 'Start' }),
        end_date: DateTimeColumn({ label: 'End' }),
        duration: DurationColumn({ label: 'Duration' }),
        support_session_type: ChoiceColumn({
            label: 'Support session type',
            maxLength: 10,
            choices: {
                '1': { label: 'Remote connection', sequence: 10 },
                '2': { label: 'Remote support (active)', sequence: 20 },
                '3': { label: 'Remote support (active, SDK)', sequence: 30 },
            },
        }),
        billing_state: ChoiceColumn({
            label: 'Billing state',
            maxLength: 20,
            choices: {
                Bill: { label: 'Bill', sequence: 10 },
                Billed: { label: 'Billed', sequence: 20 },
                DoNotBill: { label: 'Do not bill', sequence: 30 },
            },
        }),
        fee: DecimalColumn({ label: 'Fee' }),
        currency: StringColumn({ label: 'Currency', maxLength: 3 }),
        notes: StringColumn({ label: 'Notes', maxLength: 4000 }),
        contact_id: StringColumn({ label: 'TeamViewer contact ID', maxLength: 40 }),
        end_customer_name: StringColumn({ label: 'End customer name', maxLength: 100 }),
        end_customer_email: EmailColumn({ label: 'End customer e-mail', maxLength: 254 }),
        feedback_rating: IntegerColumn({ label: 'Customer rating' }),
        feedback_comment: StringColumn({ label: 'Customer feedback', maxLength: 4000 }),
        // the record exactly as TeamViewer sent it (bounded JSON text; history/mapping.ts boundedJson): values the
        // columns above cannot hold as sent (an unknown currency, a fee "n/a", ids in another form) are kept here
        raw_json: StringColumn({ label: 'Record as sent by TeamViewer', maxLength: 8000, readOnly: true }),
        work_note_added: BooleanColumn({ label: 'Work note added', default: false, readOnly: true }),
        last_retrieved: DateTimeColumn({ label: 'Last retrieved' }),
    },
    index: [
        { name: 'x_tvgh_tv_conn_id', element: 'tv_id', unique: true },
        { name: 'x_tvgh_tv_conn_code', element: 'session_code', unique: false },
        { name: 'x_tvgh_tv_conn_start', element: 'start_date', unique: false },
    ],
})
