/**
 * Entry points of connection-history retrieval on the platform: the scheduled job, the Refresh action of the
 * connection lists, and the business rule that runs when a service case is closed.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { platformRetrievalDeps } from '../platform/history-deps.ts'
import { TABLE } from '../platform/history-store.ts'
import { retrieveCompany, retrieveSessions, type RunResult } from './retrieval.ts'

export const HISTORY_ROLE = 'x_tvgh_teamviewer.session_history_user'

/** Scheduled job "Retrieve TeamViewer connections". */
export function retrieveConnectionsJob(): RunResult {
    return retrieveCompany(platformRetrievalDeps(), 'scheduled')
}

/** Session codes of the service cases of a task. One query. */
function codesOfTask(taskSysId: string): string[] {
    const codes: string[] = []
    const gr = new GlideRecord(TABLE.serviceCase)
    gr.addQuery('task', taskSysId)
    gr.query()
    while (gr.next()) codes.push(String(gr.getValue('code') ?? ''))
    return codes.filter((c) => c)
}

function report(result: RunResult): void {
    if (result.state === 'complete') gs.addInfoMessage(result.summary)
    else gs.addErrorMessage(result.summary)
}

interface ParentRecord {
    isValidRecord(): boolean
    getUniqueValue(): string
    canRead(): boolean
}

/**
 * UI action "Refresh" on the connection lists. In a task's related list (`parent` is the task) it retrieves
 * that task's sessions; on the company-wide report it continues the company stream, for session-history users.
 */
export function refreshConnections(_current: unknown, parent: ParentRecord | null | undefined): RunResult | null {
    const onTask = !!parent && typeof parent.isValidRecord === 'function' && parent.isValidRecord()
    if (onTask && parent) {
        if (!parent.canRead()) {
            gs.addErrorMessage('You cannot read this task, so its TeamViewer connections cannot be refreshed.')
            return null
        }
        const codes = codesOfTask(parent.getUniqueValue())
        if (codes.length === 0) {
            gs.addInfoMessage('This task has no TeamViewer service case: there are no connections to refresh.')
            return null
        }
        const result = retrieveSessions(platformRetrievalDeps(), 'task', codes)
        report(result)
        return result
    }
    if (!gs.hasRole(HISTORY_ROLE)) {
        gs.addErrorMessage(`Refreshing the company-wide connection report requires the role ${HISTORY_ROLE}.`)
        return null
    }
    const result = retrieveCompany(platformRetrievalDeps(), 'manual')
    report(result)
    return result
}

interface CaseRecord {
    getValue(field: string): string | null
}

/** Business rule (async, after update) when a service case becomes closed: fetch that session's connections. */
export function retrieveClosedCaseConnections(current: CaseRecord): RunResult | null {
    const code = current.getValue('code')
    if (!code) return null
    return retrieveSessions(platformRetrievalDeps(), 'case_closed', [String(code)])
}
