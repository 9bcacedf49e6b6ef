import { Acl, DateTimeColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { tokenAcl } from '../security/roles.now'

/**
 * One pending TeamViewer sign-in: the random `state` of an authorize URL, bound to the user who asked for
 * it, valid 10 minutes, deleted when the callback uses it (single use).
 * Why: the OAuth callback must refuse forged, replayed, expired or other users' answers.
 * Written and read only by src/server/platform/oauth-store.ts (plain GlideRecord); no person reads it.
 */
export const x_tvgh_teamviewer_oauth_state = Table({
    name: 'x_tvgh_teamviewer_oauth_state',
    label: 'TeamViewer Sign-in State',
    display: 'user',
    schema: {
        state: StringColumn({ label: 'State', maxLength: 100, mandatory: true, unique: true }),
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true }),
        expires_at: DateTimeColumn({ label: 'Expires', mandatory: true }),
    },
    index: [{ name: 'x_tvgh_tv_oauth_state', element: 'state', unique: true }],
})

// Nobody, not even admin (the never-assigned token_acl role, adminOverrides false): only server code.
Acl({ $id: Now.ID['acl_oauth_state_create'], type: 'record', table: 'x_tvgh_teamviewer_oauth_state', operation: 'create', roles: [tokenAcl], adminOverrides: false, description: 'Sign-in states are written by server code only.' })
Acl({ $id: Now.ID['acl_oauth_state_read'], type: 'record', table: 'x_tvgh_teamviewer_oauth_state', operation: 'read', roles: [tokenAcl], adminOverrides: false, description: 'Sign-in states are read by server code only.' })
Acl({ $id: Now.ID['acl_oauth_state_write'], type: 'record', table: 'x_tvgh_teamviewer_oauth_state', operation: 'write', roles: [tokenAcl], adminOverrides: false, description: 'Sign-in states are written by server code only.' })
Acl({ $id: Now.ID['acl_oauth_state_delete'], type: 'record', table: 'x_tvgh_teamviewer_oauth_state', operation: 'delete', roles: [tokenAcl], adminOverrides: false, description: 'Sign-in states are deleted by server code only.' })
