import { DateTimeColumn, EmailColumn, Password2Column, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { TABLE } from '../../server/shared/names'

/**
 * One supporter's TeamViewer OAuth grant. Why: service cases are created in the supporter's own
 * TeamViewer account. Secrets are password2 (encrypted at rest); their field ACLs, and every write ACL, require
 * x_tvgh_teamviewer.token_acl, a role nobody holds: only server code reads or writes them. App admins read the
 * rest of a row (who is signed in: security/acls.now.ts, ui/grant-actions.now.ts).
 */
export const x_tvgh_teamviewer_token = Table({
    name: TABLE.token,
    label: 'TeamViewer Sign-in',
    display: 'user',
    // nothing outside this application reads tokens, not even through web services
    accessibleFrom: 'package_private',
    actions: [],
    allowWebServiceAccess: false,
    schema: {
        user: ReferenceColumn({ label: 'User', referenceTable: 'sys_user', mandatory: true, unique: true }),
        access_token: Password2Column({ label: 'Access token', maxLength: 4000 }),
        refresh_token: Password2Column({ label: 'Refresh token', maxLength: 4000 }),
        expires_at: DateTimeColumn({ label: 'Access token expires' }),
        // when the user signed in (a refresh keeps it): the admins' list of signed-in supporters shows it
        signed_in: DateTimeColumn({ label: 'Signed in' }),
        tv_user_id: StringColumn({ label: 'TeamViewer user ID', maxLength: 20 }),
        account_name: StringColumn({ label: 'TeamViewer account name', maxLength: 100 }),
        account_email: EmailColumn({ label: 'TeamViewer account e-mail', maxLength: 254 }),
        // the TeamViewer API (scheme://host[:port]) that issued the grant: its tokens are sent nowhere else
        api_origin: StringColumn({ label: 'Issued by API', maxLength: 300 }),
    },
    index: [{ name: 'x_tvgh_tv_token_user', element: 'user', unique: true }],
})
