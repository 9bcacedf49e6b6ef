import { UiAction } from '@servicenow/sdk/core'
import { refreshConnections } from '../../server/entry/actions/refresh-connections'
import { ROLE, TABLE } from '../../server/shared/names'
import { sessionHistoryUser } from '../security/roles.now'

/**
 * "Refresh" on connection lists. In a task's "TeamViewer connection report" related list, supporters (itil)
 * fetch that task's sessions now; on the company-wide report, session-history users continue the company
 * retrieval now instead of waiting for the scheduled job.
 */
UiAction({
    $id: Now.ID['ui_action_refresh_connections'],
    table: TABLE.connection,
    name: 'Refresh',
    actionName: 'x_tvgh_teamviewer_refresh',
    hint: 'Retrieve the latest connections from TeamViewer',
    active: true,
    list: { showBannerButton: true },
    roles: [ROLE.supporter, sessionHistoryUser],
    script: refreshConnections,
})
