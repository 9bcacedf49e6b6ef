import { SPPage, SPWidget } from '@servicenow/sdk/core'
import { tvAdmin } from '../../security/roles.now'
import { ROLE, TABLE } from '../../../server/shared/names'

/**
 * Online Service Cases: every open service case, customers who are online first and highlighted.
 * Why: supporters see at a glance who is waiting, without opening each task. Reads only
 * x_tvgh_teamviewer_service_case (kept current by the online poll, cases/poll.ts) through
 * GlideRecordSecure — never TeamViewer. Options: `fields` (columns) and `refresh_interval` (seconds).
 */
export const onlineCasesWidget = SPWidget({
    $id: Now.ID['widget_online_cases'],
    name: 'TeamViewer Online Service Cases',
    id: 'x_tvgh_teamviewer_online_cases',
    description: 'Open TeamViewer service cases, customers online first; refreshes every refresh_interval seconds.',
    htmlTemplate: Now.include('./online-cases.html'),
    clientScript: Now.include('./online-cases.client.js'),
    serverScript: Now.include('./online-cases.server.js'),
    customCss: Now.include('./online-cases.scss'),
    roles: [ROLE.supporter, tvAdmin],
    optionSchema: [
        {
            name: 'fields',
            label: 'Columns',
            section: 'Data',
            type: 'field_list',
            table: TABLE.serviceCase,
            defaultValue: 'task,end_customer_name,supporter,online,sys_created_on,valid_until',
            hint: 'Fields of the service case shown as columns',
        },
        {
            name: 'refresh_interval',
            label: 'Refresh interval (seconds)',
            section: 'Behavior',
            type: 'integer',
            defaultValue: 30,
            hint: 'How often the list is re-read while the page is open (at least 5)',
        },
    ],
})

/**
 * The portal page of the widget ($sp.do?id=x_tvgh_teamviewer_online_cases), opened from the menu module
 * TeamViewer Integration > Online Service Cases (menu/menu.now.ts). Why: a widget is shown through a page.
 */
SPPage({
    pageId: 'x_tvgh_teamviewer_online_cases',
    title: 'Online Service Cases',
    roles: [ROLE.supporter, tvAdmin],
    containers: [
        {
            $id: Now.ID['online_cases_container'],
            rows: [
                {
                    $id: Now.ID['online_cases_row'],
                    columns: [
                        {
                            $id: Now.ID['online_cases_column'],
                            size: 12,
                            instances: [
                                {
                                    $id: Now.ID['online_cases_instance'],
                                    widget: onlineCasesWidget,
                                },
                            ],
                        },
                    ],
                },
            ],
        },
    ],
})
