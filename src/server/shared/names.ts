/**
 * Every name the app defines once and looks up elsewhere: its scope, roles, tables, scheduled jobs, events,
 * pages, and the UI records its code finds by name. The Fluent records (src/fluent/**) and the server modules
 * both import them, so a record and the code that looks it up cannot drift apart. Property names and defaults
 * are in ./settings.ts. Plain constants: safe on the instance, in Fluent and in the browser.
 */

/** The application scope (also the properties page's category). */
export const SCOPE = 'x_tvgh_teamviewer'

export const ROLE = {
    /** ServiceNow's fulfiller role: supporters who create service cases from tasks. */
    supporter: 'itil',
    /** Administers the integration: properties, tokens setup, retrieval runs, forms. */
    admin: 'x_tvgh_teamviewer.admin',
    /** Reads the company-wide connection report and may refresh it. */
    historyUser: 'x_tvgh_teamviewer.session_history_user',
    /** Guards the token tables; never assigned to anyone. */
    tokenAcl: 'x_tvgh_teamviewer.token_acl',
} as const

export const TABLE = {
    connection: 'x_tvgh_teamviewer_connection',
    serviceCase: 'x_tvgh_teamviewer_service_case',
    token: 'x_tvgh_teamviewer_token',
    oauthState: 'x_tvgh_teamviewer_oauth_state',
    retrievalState: 'x_tvgh_teamviewer_retrieval_state',
    retrievalRun: 'x_tvgh_teamviewer_retrieval_run',
} as const

/** Rows of the retrieval-state table (its `name` column). */
export const STATE_ROW = {
    /** The company-wide connection-history stream. */
    company: 'company',
    /** The time of the last online poll (column `mark`). */
    onlinePoll: 'online_poll',
} as const

/** Scheduled jobs (sysauto_script.name): the setup status and the company-wide Refresh find them by name. */
export const JOB = {
    retrieval: 'Retrieve TeamViewer connections',
    onlinePoll: 'Poll TeamViewer service cases online',
} as const

/** Events queued on a service case (sysevent_register.event_name); each has its e-mail notification. */
export const EVENT = {
    /** A case's end customer came online (false → true), once. */
    customerOnline: 'x_tvgh_teamviewer.customer_online',
    /** Send the invitation to the end customer; parm1 is the e-mail address. */
    sendInvitation: 'x_tvgh_teamviewer.send_invitation',
    /** A supporter of the task asks the case's owner for it; parm1 is the asker's name. */
    caseRequested: 'x_tvgh_teamviewer.case_requested',
} as const

/** Mail scripts (sys_script_email.name) that write the service-case e-mails' bodies, every value escaped. */
export const MAIL_SCRIPT = {
    invitation: 'x_tvgh_teamviewer_invitation_body',
    customerOnline: 'x_tvgh_teamviewer_customer_online_body',
    caseRequested: 'x_tvgh_teamviewer_case_requested_body',
} as const

/** The e-mail client template (sys_email_client_template.name) the control opens a case's e-mail client with. */
export const EMAIL_CLIENT_TEMPLATE = 'TeamViewer service case'

/** UI pages (sys_ui_page endpoints) that links and menus open. */
export const PAGE = {
    setup: 'x_tvgh_teamviewer_setup.do',
    addToForm: 'x_tvgh_teamviewer_add_to_form.do',
} as const

/** The form records "Add TeamViewer to a form" looks up by name and creates. */
export const FORM_UI = {
    /** Caption of the section it adds (sys_ui_section.caption, at most 40 characters). */
    sectionCaption: 'TeamViewer Remote Control',
    /** sys_ui_macro.name of the Supporter Control's container. */
    macro: 'x_tvgh_teamviewer_supporter_control',
    /** sys_ui_formatter.name of the Supporter Control. */
    formatter: 'TeamViewer Supporter Control',
    /** sys_ui_formatter.formatter: the macro's name with '.xml', which a section element names too. */
    formatterElement: 'x_tvgh_teamviewer_supporter_control.xml',
    /** sys_relationship.name of the task's connection related list. */
    relationship: 'TeamViewer connection report',
    /** The sys_ui_view value of the Default view. */
    defaultView: 'Default view',
} as const
