/** Builds TeamViewer clients from the settings: the company (admin token) client and per-token clients. */
import { platformClock } from '../../platform/clock.ts'
import { restTransport } from '../../platform/rest-transport.ts'
import { platformSettings, readSecret } from '../../platform/settings.ts'
import { SETTING } from '../../shared/settings.ts'
import { TeamViewerClient } from '../../teamviewer/client.ts'
import { TeamViewerError } from '../../teamviewer/errors.ts'

export function clientWithToken(token: string): TeamViewerClient {
    const s = platformSettings()
    return new TeamViewerClient(restTransport, {
        baseUrl: s.apiBaseUrl,
        allowCustomEndpoint: s.allowCustomEndpoint,
        timeoutMs: s.timeoutMs,
        token,
        clock: platformClock,
    })
}

/** The company client (admin script token). Missing token: a configuration error that says what to do. */
export function adminClient(): TeamViewerClient {
    const token = readSecret(SETTING.adminToken.name)
    if (!token) {
        throw new TeamViewerError(
            'configuration',
            `The admin token (${SETTING.adminToken.name}) is not set: company-wide connection history cannot be retrieved. An administrator must create a TeamViewer script token with the "Connection reporting" permission and set it under TeamViewer Integration > Administration > Properties. Do not delete the admin token.`,
        )
    }
    return clientWithToken(token)
}
