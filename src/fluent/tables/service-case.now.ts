import {
    BooleanColumn,
    ChoiceColumn,
    DateTimeColumn,
    EmailColumn,
    IntegerColumn,
    ReferenceColumn,
    StringColumn,
    Table,
    UrlColumn,
} from '@servicenow/sdk/core'
import { TABLE } from '../../server/shared/names'

/**
 * One TeamViewer service case (a session in TeamViewer's Web API), created by a supporter from a task.
 * Why: the form control, the online poll and the Online Service Cases widget read this table, never
 * TeamViewer directly; connection history is linked to tasks through it (by session code).
 */
export const x_tvgh_teamviewer_service_case = Table({
    name: TABLE.serviceCase,
    label: 'TeamViewer Service Case',
    display: 'code',
    audit: true,
    // the platform e-mail client on the case form: "Share session code" (template + Quick Messages in email/)
    attributes: { email_client: true },
    schema: {
        code: StringColumn({ label: 'Session code', maxLength: 20, mandatory: true, unique: true, readOnly: true }),
        state: ChoiceColumn({
            label: 'State',
            maxLength: 20,
            mandatory: true,
            default: 'open',
            dropdown: 'dropdown_without_none',
            choices: {
                open: { label: 'Open', sequence: 10 },
                closed: { label: 'Closed', sequence: 20 },
                expired: { label: 'Expired', sequence: 30 },
            },
        }),
        task: ReferenceColumn({ label: 'Task', referenceTable: 'task', mandatory: true }),
        supporter: ReferenceColumn({ label: 'Supporter', referenceTable: 'sys_user' }),
        supporter_tv_user_id: StringColumn({ label: 'Supporter TeamViewer user ID', maxLength: 20 }),
        group_id: StringColumn({ label: 'TeamViewer group ID', maxLength: 20 }),
        group_name: StringColumn({ label: 'TeamViewer group', maxLength: 100 }),
        end_customer_name: StringColumn({ label: 'End customer name', maxLength: 100 }),
        end_customer_email: EmailColumn({ label: 'End customer e-mail', maxLength: 254 }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
        // the session's type as TeamViewer answered the create (platform/case-store.ts insert)
        support_session_type: ChoiceColumn({
            label: 'Support session type',
            maxLength: 20,
            default: 'default',
            choices: {
                default: { label: 'Default (remote control)', sequence: 10 },
                pilot: { label: 'Pilot (assist AR)', sequence: 20 },
            },
        }),
        end_customer_link: UrlColumn({ label: 'End customer link', maxLength: 1024 }),
        supporter_link: UrlColumn({ label: 'Supporter link', maxLength: 1024 }),
        webclient_supporter_link: UrlColumn({ label: 'Web client supporter link', maxLength: 1024 }),
        online: BooleanColumn({ label: 'Customer online', default: false }),
        online_since: DateTimeColumn({ label: 'Customer online since' }),
        tv_created_at: DateTimeColumn({ label: 'Created in TeamViewer' }),
        valid_until: DateTimeColumn({ label: 'Valid until' }),
        closed_at: DateTimeColumn({ label: 'Closed at' }),
        // invitations sent by the invite route: at most x_tvgh_teamviewer.invitations.max_per_case (cases/service.ts)
        invitations_sent: IntegerColumn({ label: 'Invitations sent', default: 0, readOnly: true }),
    },
    index: [
        { name: 'x_tvgh_tv_case_code', element: 'code', unique: true },
        { name: 'x_tvgh_tv_case_state', element: ['state', 'online'], unique: false },
    ],
})
