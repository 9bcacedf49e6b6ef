/**
 * Scheduled job "Retrieve TeamViewer connections" (src/fluent/jobs/retrieve-connections.now.ts): continues the
 * company stream, as a manual run when a company-wide Refresh queued it (history/retrieval.ts).
 */
import { retrieveScheduled } from '../../history/retrieval.ts'
import type { RunResult } from '../../ports/history.ts'
import { platformRetrievalDeps } from '../wiring/history.ts'

export function retrieveConnectionsJob(): RunResult {
    return retrieveScheduled(platformRetrievalDeps())
}
