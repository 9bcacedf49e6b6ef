/**
 * What the script API (scripting/api.ts) needs: the caller, whether other scopes may call it, and the TeamViewer
 * client's read operations on the admin token or the caller's own grant; wired in
 * entry/script-include/teamviewer-api.ts.
 */
import type { Account, ConnectionPage, ConnectionQuery, Group, Session, SessionPage, SessionState } from '../teamviewer/model.ts'

/** The read operations of the TeamViewer client the script include offers (TeamViewerClient satisfies it). */
export interface ScriptClient {
    ping(): { tokenValid: boolean }
    account(): Account
    groups(name?: string): Group[]
    getSession(code: string): Session
    listSessions(q?: { groupId?: string; assignedUserId?: string; states?: SessionState[]; offset?: string }): SessionPage
    connectionPage(q: ConnectionQuery): ConnectionPage
}

export interface ScriptApiDeps {
    /** The setting scriptApiOtherScopes: may scopes other than this application's call? */
    allowOtherScopes: boolean
    caller: { hasRole(role: string): boolean }
    /** The company client (admin token). */
    adminClient(): ScriptClient
    /** Runs fn with a client on the caller's own TeamViewer grant (refreshed as needed; sign-in required otherwise). */
    withCallerClient<T>(fn: (c: ScriptClient) => T): T
}
