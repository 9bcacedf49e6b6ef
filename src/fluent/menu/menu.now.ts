import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { sessionHistoryUser, tvAdmin } from '../security/roles.now'
import { PAGE, ROLE, TABLE } from '../../server/shared/names'

/** The navigator entry "TeamViewer Integration"; later features add their modules here. */
export const menu = ApplicationMenu({
    $id: Now.ID['menu'],
    title: 'TeamViewer Integration',
    description: 'TeamViewer remote support from ServiceNow tasks',
    roles: [ROLE.supporter, sessionHistoryUser, tvAdmin],
    active: true,
    order: 100,
})

/** Supporters and admins: every service case. */
Record({
    $id: Now.ID['module_service_cases'],
    table: 'sys_app_module',
    data: {
        title: 'Service Cases',
        application: menu,
        link_type: 'LIST',
        name: TABLE.serviceCase,
        roles: [ROLE.supporter, ROLE.admin],
        active: true,
        order: 100,
    },
})

/** Supporters and admins: the Online Service Cases portal page (portal/online-cases/widget.now.ts). */
Record({
    $id: Now.ID['module_online_cases'],
    table: 'sys_app_module',
    data: {
        title: 'Online Service Cases',
        application: menu,
        link_type: 'DIRECT',
        query: '$sp.do?id=x_tvgh_teamviewer_online_cases',
        roles: [ROLE.supporter, ROLE.admin],
        active: true,
        order: 150,
    },
})

/** Session-history users: the company-wide connection report, newest first. */
Record({
    $id: Now.ID['module_connection_report'],
    table: 'sys_app_module',
    data: {
        title: 'Connection report',
        application: menu,
        link_type: 'FILTER',
        name: TABLE.connection,
        filter: 'ORDERBYDESCstart_date',
        roles: [ROLE.historyUser],
        active: true,
        order: 200,
    },
})

/** Supporters and admins: the Quick Messages (TV_ShareSessionSimple, TV_ShareSessionAdvance) of "Share session code". */
Record({
    $id: Now.ID['module_email_templates'],
    table: 'sys_app_module',
    data: {
        title: 'Email templates',
        application: menu,
        link_type: 'FILTER',
        name: 'sys_email_canned_message',
        filter: 'titleSTARTSWITHTV_^ORDERBYtitle',
        roles: [ROLE.supporter, ROLE.admin],
        active: true,
        order: 300,
    },
})

Record({
    $id: Now.ID['module_admin_separator'],
    table: 'sys_app_module',
    data: { title: 'Administration', application: menu, link_type: 'SEPARATOR', roles: [ROLE.admin], active: true, order: 800 },
})

/** Admins: every setting on one page. */
Record({
    $id: Now.ID['module_properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        application: menu,
        link_type: 'DIRECT',
        query: 'system_properties_ui.do?sysparm_category=x_tvgh_teamviewer&sysparm_title=TeamViewer%20Integration%20Properties',
        roles: [ROLE.admin],
        active: true,
        order: 900,
    },
})

/** Admins: whether the integration is set up correctly, with how to fix each problem (ui/setup-page.now.ts). */
Record({
    $id: Now.ID['module_setup_status'],
    table: 'sys_app_module',
    data: {
        title: 'Setup status',
        application: menu,
        link_type: 'DIRECT',
        query: PAGE.setup,
        roles: [ROLE.admin],
        active: true,
        order: 850,
    },
})

/** Admins: what each retrieval fetched, and why a run failed. */
Record({
    $id: Now.ID['module_retrieval_runs'],
    table: 'sys_app_module',
    data: {
        title: 'Retrieval runs',
        application: menu,
        link_type: 'FILTER',
        name: TABLE.retrievalRun,
        filter: 'ORDERBYDESCstarted',
        roles: [ROLE.admin],
        active: true,
        order: 1000,
    },
})

/** Admins: put the TeamViewer section and connection report on a task form, or take them off (ui/add-to-form.now.ts). */
Record({
    $id: Now.ID['module_add_to_form'],
    table: 'sys_app_module',
    data: {
        title: 'Add TeamViewer to a form',
        application: menu,
        link_type: 'DIRECT',
        query: PAGE.addToForm,
        roles: [ROLE.admin],
        active: true,
        order: 870,
    },
})
