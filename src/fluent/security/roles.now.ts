import { Role } from '@servicenow/sdk/core'
import { ROLE } from '../../server/shared/names'

/** Reads the company-wide connection report and may ask for a manual refresh of it. */
export const sessionHistoryUser = Role({
    name: ROLE.historyUser,
    description: 'Reads the company-wide TeamViewer connection report and may refresh it.',
})

/** Configures the integration (admin token, OAuth client, properties) and audits retrieval runs. */
export const tvAdmin = Role({
    name: ROLE.admin,
    description: 'Administers the TeamViewer integration: properties, tokens setup, retrieval runs.',
    containsRoles: [sessionHistoryUser],
})

/**
 * Guards the token table. NEVER assign it to a user or put it in another role: no person needs to see
 * TeamViewer tokens; the application's server code reads them without ACLs. Why elevated, not grantable
 * and not delegable: admin holds every ordinary role, so only an elevated-privilege role stays out of
 * admin's reach; and nobody can hand it on. The token ACLs also refuse everyone by script.
 */
export const tokenAcl = Role({
    name: ROLE.tokenAcl,
    description: 'Guards the TeamViewer token table. Never assign this role to any user or role.',
    elevatedPrivilege: true,
    grantable: false,
    canDelegate: false,
})
