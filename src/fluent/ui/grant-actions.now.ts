import { default_view, List, Record, UiAction } from '@servicenow/sdk/core'
import { revokeGrant } from '../../server/entry/actions/revoke-grant'
import { ROLE, TABLE } from '../../server/shared/names'
import { menu } from '../menu/menu.now'

/**
 * Who is signed in to TeamViewer, for the app's admins: the grant table's list in the navigator
 * (*TeamViewer Integration ➜ Signed-in supporters*) and the UI action **Revoke** on its form and list.
 * Why: a supporter who leaves, or a lost laptop, must not keep creating sessions in the company's TeamViewer
 * account; before, only the REST route could revoke. The token fields are never readable (their field ACLs
 * refuse everyone, admins included: security/acls.now.ts), so neither this list nor the form can show them.
 */
Record({
    $id: Now.ID['module_signed_in_supporters'],
    table: 'sys_app_module',
    data: {
        title: 'Signed-in supporters',
        application: menu,
        link_type: 'FILTER',
        name: TABLE.token,
        filter: 'ORDERBYDESCsigned_in',
        roles: [ROLE.admin],
        active: true,
        order: 950,
    },
})

/** The list's columns: who, which TeamViewer account, since when (never a token field). */
List({
    table: TABLE.token,
    view: default_view,
    columns: ['user', 'account_name', 'account_email', 'signed_in', 'expires_at'],
})

/**
 * Revoke: revokes the supporter's grant at TeamViewer and deletes it (oauth/grants.ts revokeUserGrant, as the
 * REST route); a button on the form, and on the list for the selected rows. App admins only (role and the
 * condition; the script checks the role again); recorded as a message and a log line naming user and admin.
 */
UiAction({
    $id: Now.ID['ui_action_revoke_grant'],
    table: TABLE.token,
    name: 'Revoke',
    actionName: 'x_tvgh_teamviewer_revoke_grant',
    hint: 'Revoke this TeamViewer sign-in at TeamViewer and delete it: the supporter must sign in again',
    active: true,
    showInsert: false,
    showUpdate: true,
    condition: `gs.hasRole('${ROLE.admin}') && !current.isNewRecord()`,
    form: { showButton: true, style: 'destructive' },
    list: { showListChoice: true, style: 'destructive' },
    roles: [ROLE.admin],
    script: revokeGrant,
    order: 100,
})
