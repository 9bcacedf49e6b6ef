import { DateTimeColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { TABLE } from '../../server/shared/names'

/**
 * One pending TeamViewer sign-in: the random `state` of an authorize URL, bound to the user who asked for
 * it, valid 10 minutes, deleted when the callback uses it (single use).
 * Why: the OAuth callback must refuse forged, replayed, expired or other users' answers.
 * Written and read only by src/server/platform/oauth-store.ts (plain GlideRecord); no person reads it
 * (ACLs in security/acls.now.ts), and no other application scope.
 */
export const x_tvgh_teamviewer_oauth_state = Table({
    name: TABLE.oauthState,
    label: 'TeamViewer Sign-in State',
    display: 'user',
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    schema: {
        state: StringColumn({ label: 'State', maxLength: 100, mandatory: true, unique: true }),
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true }),
        expires_at: DateTimeColumn({ label: 'Expires', mandatory: true }),
    },
    index: [{ name: 'x_tvgh_tv_oauth_state', element: 'state', unique: true }],
})
