/**
 * Entry points of connection-history retrieval on the platform: the scheduled job, the Refresh action of the
 * connection lists, and the business rule that runs when a service case is closed.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { platformRetrievalDeps } from '../wiring/history.ts'
import { nowGlide } from '../../platform/clock.ts'
import { JOB, ROLE, STATE_ROW, TABLE } from '../../shared/names.ts'
import type { RunResult } from '../../ports/history.ts'
import { retrieveCompany, retrieveSessions } from '../../history/retrieval.ts'

/**
 * Scheduled job "Retrieve TeamViewer connections". Also what a company-wide Refresh runs in the background:
 * then the state carries the request and the run is recorded as a manual one.
 */
export function retrieveConnectionsJob(): RunResult {
    const deps = platformRetrievalDeps()
    const requested = deps.state.load(STATE_ROW.company).manualRequested
    if (requested) deps.state.save(STATE_ROW.company, { manualRequested: '' })
    return retrieveCompany(deps, requested ? 'manual' : 'scheduled')
}

/**
 * Queues the retrieval job to run now in the background (scoped `gs.executeNow`: the platform's way to run a
 * job of the same application at once). A company retrieval after a long pause can outlast the transaction
 * quota of a UI request, so the user's request only queues it. Returns the scheduler's id, or '' when the job
 * record is missing.
 */
export function queueCompanyRetrieval(): string {
    const job = new GlideRecord('sysauto_script')
    job.addQuery('name', JOB.retrieval)
    job.setLimit(1)
    job.query()
    if (!job.next()) return ''
    platformRetrievalDeps().state.save(STATE_ROW.company, { manualRequested: nowGlide() })
    return String(gs.executeNow(job) ?? '')
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
 * that task's sessions inline (a few sessions: quick); on the company-wide report it queues the company
 * retrieval in the background, for session-history users, and answers at once with where to follow it.
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
    if (!gs.hasRole(ROLE.historyUser)) {
        gs.addErrorMessage(`Refreshing the company-wide connection report requires the role ${ROLE.historyUser}.`)
        return null
    }
    if (!queueCompanyRetrieval()) {
        gs.addErrorMessage(`The scheduled job "${JOB.retrieval}" is missing: the connection history cannot be refreshed. Ask an administrator to reinstall the application.`)
        return null
    }
    gs.addInfoMessage(
        'Connection history retrieval started in the background. New connections appear in this list within a few minutes: reload it. ' +
            `Administrators follow each run in TeamViewer Integration > Administration > Retrieval runs (trigger "Manual refresh").`,
    )
    return null
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
