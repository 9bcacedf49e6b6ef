import { Test } from '@servicenow/sdk/core'

/**
 * Records the app ships whose columns or values the SDK does not check and an instance could drop or refuse on
 * install: they must be there, with the platform's column names, after install.
 */
export const atfShippedRecords = Test(
    {
        $id: Now.ID['atf_shipped_records'],
        name: 'TeamViewer: shipped e-mail, portal and job records are installed as built',
        description: `Queries what the install left: the e-mail client template "TeamViewer service case" with its recipient in the platform's "recipients" column, both Quick Messages (sys_email_canned_message) with the customer link, the Online Service Cases widget with its option schema, and both scheduled jobs with their repeat intervals (1 minute, 6 hours).`,
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.recordQuery({
            $id: Now.ID['atf_shipped_email_template'],
            description: 'The "To" of an e-mail client template is the column recipients (a "to" element is dropped on install).',
            table: 'sys_email_client_template',
            fieldValues: `name=TeamViewer service case^table=x_tvgh_teamviewer_service_case^recipients=end_customer_email`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_shipped_quick_message_simple'],
            table: 'sys_email_canned_message',
            fieldValues: `title=TV_ShareSessionSimple^table=x_tvgh_teamviewer_service_case^active=true^bodyLIKEend_customer_link`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_shipped_quick_message_advance'],
            table: 'sys_email_canned_message',
            fieldValues: `title=TV_ShareSessionAdvance^table=x_tvgh_teamviewer_service_case^active=true^bodyLIKEend_customer_link`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_shipped_widget_options'],
            table: 'sp_widget',
            fieldValues: 'id=x_tvgh_teamviewer_online_cases^option_schemaLIKE"name":"refresh_interval"^option_schemaLIKE"name":"fields"',
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_shipped_poll_job'],
            table: 'sysauto_script',
            fieldValues: `name=Poll TeamViewer service cases online^active=true^run_type=periodically^run_period=1970-01-01 00:01:00`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_shipped_retrieval_job'],
            table: 'sysauto_script',
            fieldValues: `name=Retrieve TeamViewer connections^active=true^run_type=periodically^run_period=1970-01-01 06:00:00`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
    },
)
