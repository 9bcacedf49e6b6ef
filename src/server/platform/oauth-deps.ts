/** Wires supporter sign-in to the platform: Glide stores, the one TeamViewer client, settings, clock, log. */
import { gs, GlideSecureRandomUtil } from '@servicenow/glide'
import type { OAuthDeps } from '../oauth/grants.ts'
import { clientWithToken } from './clients.ts'
import { platformClock } from './clock.ts'
import { glideGrantStore, glideStateStore } from './oauth-store.ts'
import { oauthRedirectUri, PROPERTY, readSecret, readSettings } from './settings.ts'

export function platformOAuthDeps(): OAuthDeps {
    return {
        states: glideStateStore,
        grants: glideGrantStore,
        client: (token: string) => clientWithToken(token),
        clock: platformClock,
        random: () => GlideSecureRandomUtil.getSecureRandomString(40),
        settings: () => ({
            loginBaseUrl: readSettings().loginBaseUrl,
            clientId: String(gs.getProperty(PROPERTY.oauthClientId, '') ?? '').trim(),
            clientSecret: readSecret(PROPERTY.oauthClientSecret),
            redirectUri: oauthRedirectUri(),
        }),
        log: { info: (m) => gs.info(m), warn: (m) => gs.warn(m) },
    }
}
