/**
 * What the app's ATF suite needs to run the main story on an instance without TeamViewer (the script include
 * TeamViewerAtfHarness, src/fluent/scripting/atf-harness.now.ts, requires this module): the service-case
 * feature and the retrieval wired exactly as in production (Glide stores, the caller, the case event, the
 * connection store, work notes) except that the one TeamViewer client talks to an in-memory TeamViewer
 * (./in-memory-teamviewer.ts) and the caller counts as signed in to it. Nothing here reaches the network or
 * reads a token.
 */
import { closeCase, createCase, sendInvitation, startCase, type CreateInput } from '../../cases/service.ts'
import { retrieveSessions } from '../../history/retrieval.ts'
import { glideCaseStore } from '../../platform/case-store.ts'
import { platformClock } from '../../platform/clock.ts'
import type { CasesDeps } from '../../ports/cases.ts'
import type { RunResult } from '../../ports/history.ts'
import { AppError } from '../../shared/errors.ts'
import type { CaseView, InviteResult, StartResult } from '../../shared/contract.ts'
import { TeamViewerClient } from '../../teamviewer/client.ts'
import { platformCasesDeps } from '../wiring/cases.ts'
import { platformRetrievalDeps } from '../wiring/history.ts'
import { ATF_TV_USER, InMemoryTeamViewer } from './in-memory-teamviewer.ts'

const BASE_URL = 'https://webapi.teamviewer.com/api/v1'

export interface AtfHarness {
    createCase(taskSysId: string, input: CreateInput): CaseView
    sendInvitation(caseSysId: string, email?: string): InviteResult
    startCase(caseSysId: string): StartResult
    closeCase(caseSysId: string): CaseView
    /** The connection retrieval a closed case triggers (the async business rule), run now for its code. */
    retrieveConnections(caseSysId: string): RunResult
    /** "METHOD /path" of every call the in-memory TeamViewer received. */
    received(): string[]
    /** The TeamViewer user id the caller is signed in as. */
    tvUserId(): string
}

export function createAtfHarness(): AtfHarness {
    const tv = new InMemoryTeamViewer(BASE_URL, platformClock)
    const client = new TeamViewerClient(tv, {
        baseUrl: BASE_URL,
        allowCustomEndpoint: false,
        timeoutMs: 5000,
        token: 'atf-in-memory-token',
        clock: platformClock,
    })
    const deps = (): CasesDeps => ({ ...platformCasesDeps(), withSupporterApi: (fn) => fn(client, ATF_TV_USER.id) })
    return {
        createCase: (taskSysId, input) => createCase(deps(), taskSysId, input),
        sendInvitation: (caseSysId, email) => sendInvitation(deps(), caseSysId, email === undefined ? {} : { email }),
        startCase: (caseSysId) => startCase(deps(), caseSysId),
        closeCase: (caseSysId) => closeCase(deps(), caseSysId),
        retrieveConnections: (caseSysId) => {
            const row = glideCaseStore.get(caseSysId)
            if (!row) throw new AppError('not_found', 'The service case does not exist.')
            return retrieveSessions({ ...platformRetrievalDeps(), source: () => client }, 'case_closed', [row.code])
        },
        received: () => tv.received.slice(),
        tvUserId: () => ATF_TV_USER.id,
    }
}
