/**
 * Business rule "Retrieve connections of a closed service case" (src/fluent/rules/case-closed.now.ts; async,
 * after update, when the state changes to closed): fetches that session's connections.
 */
import { retrieveSessions } from '../../history/retrieval.ts'
import type { RunResult } from '../../ports/history.ts'
import { platformRetrievalDeps } from '../wiring/history.ts'

interface CaseRecord {
    getValue(field: string): string | null
}

export function retrieveClosedCaseConnections(current: CaseRecord): RunResult | null {
    const code = current.getValue('code')
    if (!code) return null
    return retrieveSessions(platformRetrievalDeps(), 'case_closed', [String(code)])
}
