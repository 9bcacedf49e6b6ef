/** Wires supporter sign-in to the platform: Glide stores, the one TeamViewer client, settings, clock, log. */
import { platformClock } from '../../platform/clock.ts'
import { platformLog } from '../../platform/log.ts'
import { glideGrantStore, glideStateStore } from '../../platform/oauth-store.ts'
import { secureRandom } from '../../platform/random.ts'
import { platformSettings, propertyText, readSecret } from '../../platform/settings.ts'
import type { OAuthDeps } from '../../ports/oauth.ts'
import { readRedirectUri, readText, SETTING } from '../../shared/settings.ts'
import { checkBaseUrl, originOf } from '../../teamviewer/endpoint.ts'
import { clientWithToken } from './clients.ts'

export function platformOAuthDeps(): OAuthDeps {
    return {
        states: glideStateStore,
        grants: glideGrantStore,
        client: (token: string) => clientWithToken(token),
        clock: platformClock,
        random: secureRandom,
        settings: () => ({
            loginBaseUrl: platformSettings().loginBaseUrl,
            allowCustomEndpoint: platformSettings().allowCustomEndpoint,
            clientId: readText(propertyText, SETTING.oauthClientId),
            clientSecret: readSecret(SETTING.oauthClientSecret.name),
            redirectUri: readRedirectUri(propertyText),
        }),
        apiOrigin: () => {
            const s = platformSettings()
            return originOf(checkBaseUrl(s.apiBaseUrl, s.allowCustomEndpoint))
        },
        log: platformLog,
    }
}
