/** Wires the service-case logic to the platform: the caller, Glide stores, the caller's own TeamViewer grant. */
import { gs } from '@servicenow/glide'
import type { CasesDeps } from '../../ports/cases.ts'
import { withGrant } from '../../oauth/grants.ts'
import { glideCaseStore, glideTaskStore, queueCaseEvent } from '../../platform/case-store.ts'
import { clientWithToken } from './clients.ts'
import { platformOAuthDeps } from './oauth.ts'
import { platformSettings } from '../../platform/settings.ts'
import { currentCaller } from '../../platform/user.ts'

export function platformCasesDeps(): CasesDeps {
    const caller = currentCaller()
    return {
        caller,
        tasks: glideTaskStore,
        cases: glideCaseStore,
        withSupporterApi: (fn) => withGrant(platformOAuthDeps(), caller.sysId, (token, grant) => fn(clientWithToken(token), grant.tvUserId)),
        defaultGroup: platformSettings().defaultGroup,
        queueEvent: queueCaseEvent,
        log: { info: (m) => gs.info(m), warn: (m) => gs.warn(m) },
    }
}
