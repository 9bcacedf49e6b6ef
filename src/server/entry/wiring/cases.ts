/** Wires the service-case logic to the platform: the caller, Glide stores, the caller's own TeamViewer grant. */
import { withGrant } from '../../oauth/grants.ts'
import { glideCaseStore, glideTaskStore, queueCaseEvent } from '../../platform/case-store.ts'
import { platformLog } from '../../platform/log.ts'
import { glidePeople } from '../../platform/people.ts'
import { platformSettings } from '../../platform/settings.ts'
import { currentCaller } from '../../platform/user.ts'
import type { CasesDeps } from '../../ports/cases.ts'
import { clientWithToken } from './clients.ts'
import { platformOAuthDeps } from './oauth.ts'

export function platformCasesDeps(): CasesDeps {
    const caller = currentCaller()
    const settings = platformSettings()
    return {
        caller,
        tasks: glideTaskStore,
        cases: glideCaseStore,
        withSupporterApi: (fn) =>
            withGrant(platformOAuthDeps(), caller.sysId, (token, grant) => fn(clientWithToken(token), grant.tvUserId)),
        withUserApi: (userSysId, fn) =>
            withGrant(platformOAuthDeps(), userSysId, (token, grant) => fn(clientWithToken(token), grant.tvUserId)),
        people: glidePeople(() => {
            try {
                return platformOAuthDeps().apiOrigin()
            } catch (_e) {
                return ''
            }
        }),
        defaultGroup: settings.defaultGroup,
        links: { apiBaseUrl: settings.apiBaseUrl, allowCustomEndpoint: settings.allowCustomEndpoint },
        maxInvitationsPerCase: settings.maxInvitationsPerCase,
        queueEvent: queueCaseEvent,
        log: platformLog,
    }
}
