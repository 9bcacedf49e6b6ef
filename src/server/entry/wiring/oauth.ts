/** Wires supporter sign-in to the platform: Glide stores, the one TeamViewer client, settings, clock, log. */
import { gs, GlideSecureRandomUtil } from '@servicenow/glide'
import type { OAuthDeps } from '../../ports/oauth.ts'
import { clientWithToken } from './clients.ts'
import { platformClock } from '../../platform/clock.ts'
import { glideGrantStore, glideStateStore } from '../../platform/oauth-store.ts'
import { readRedirectUri, readText, SETTING } from '../../shared/settings.ts'
import { platformSettings, propertyText, readSecret } from '../../platform/settings.ts'

export function platformOAuthDeps(): OAuthDeps {
    return {
        states: glideStateStore,
        grants: glideGrantStore,
        client: (token: string) => clientWithToken(token),
        clock: platformClock,
        random: () => GlideSecureRandomUtil.getSecureRandomString(40),
        settings: () => ({
            loginBaseUrl: platformSettings().loginBaseUrl,
            clientId: readText(propertyText, SETTING.oauthClientId),
            clientSecret: readSecret(SETTING.oauthClientSecret.name),
            redirectUri: readRedirectUri(propertyText),
        }),
        log: { info: (m) => gs.info(m), warn: (m) => gs.warn(m) },
    }
}
