/**
 * UI action "Refresh" on the connection lists (src/fluent/ui/connection-refresh.now.ts). In a task's related
 * list (`parent` is the task) it retrieves that task's sessions inline (a few sessions: quick); on the
 * company-wide report it queues the company retrieval in the background, for session-history users, and
 * answers at once with where to follow it.
 */
import { requestCompanyRetrieval, retrieveSessions } from '../../history/retrieval.ts'
import { sessionCodesOfTask } from '../../platform/case-store.ts'
import { findJob } from '../../platform/jobs.ts'
import { showError, showInfo } from '../../platform/messages.ts'
import { openTask } from '../../platform/tasks.ts'
import { currentCaller } from '../../platform/user.ts'
import type { RunResult } from '../../ports/history.ts'
import { JOB, ROLE } from '../../shared/names.ts'
import { platformRetrievalDeps } from '../wiring/history.ts'

interface ParentRecord {
    isValidRecord(): boolean
    getUniqueValue(): string
}

function report(result: RunResult): void {
    if (result.state === 'complete') showInfo(result.summary)
    else showError(result.summary)
}

export function refreshConnections(_current: unknown, parent: ParentRecord | null | undefined): RunResult | null {
    const onTask = !!parent && typeof parent.isValidRecord === 'function' && parent.isValidRecord()
    if (onTask && parent) {
        // the posted parent table is not trusted (`task` instead of `incident` would pass task's ACLs only): the
        // task is opened again on its own class (sys_class_name) and that class's read rules decide
        const task = openTask(parent.getUniqueValue())
        if (!task || !task.canRead()) {
            showError('You cannot read this task, so its TeamViewer connections cannot be refreshed.')
            return null
        }
        const codes = sessionCodesOfTask(task.getUniqueValue())
        if (codes.length === 0) {
            showInfo('This task has no TeamViewer service case: there are no connections to refresh.')
            return null
        }
        const result = retrieveSessions(platformRetrievalDeps(), 'task', codes)
        report(result)
        return result
    }
    if (!currentCaller().hasRole(ROLE.historyUser)) {
        showError(`Refreshing the company-wide connection report requires the role ${ROLE.historyUser}.`)
        return null
    }
    if (!requestCompanyRetrieval(platformRetrievalDeps(), findJob)) {
        showError(
            `The scheduled job "${JOB.retrieval}" is missing: the connection history cannot be refreshed. Ask an administrator to reinstall the application.`,
        )
        return null
    }
    showInfo(
        'Connection history retrieval started in the background. New connections appear in this list within a few minutes: reload it. ' +
            `Administrators follow each run in TeamViewer Integration > Administration > Retrieval runs (trigger "Manual refresh").`,
    )
    return null
}
