/**
 * Which hosts the app may call. Only https URLs under teamviewer.com, unless an admin explicitly allowed
 * another endpoint (x_tvgh_teamviewer.api.allow_custom_endpoint: a proxy, or the local simulator in tests).
 */
import { TeamViewerError } from './errors.ts'

const URL_RE = /^(https?):\/\/([^/?#:]+)(:\d+)?(\/[^?#]*)?$/i

export function checkBaseUrl(baseUrl: string, allowCustomEndpoint: boolean, what = 'TeamViewer API base URL'): string {
    const trimmed = (baseUrl || '').trim().replace(/\/+$/, '')
    const m = URL_RE.exec(trimmed)
    if (!m) throw new TeamViewerError('configuration', `The ${what} "${trimmed}" is not a valid http(s) URL.`)
    if (allowCustomEndpoint) return trimmed
    const scheme = m[1].toLowerCase()
    const host = m[2].toLowerCase()
    if (scheme !== 'https' || !(host === 'teamviewer.com' || host.endsWith('.teamviewer.com'))) {
        throw new TeamViewerError(
            'configuration',
            `The ${what} "${trimmed}" is not an https address under teamviewer.com; set x_tvgh_teamviewer.api.allow_custom_endpoint to use another endpoint.`,
        )
    }
    return trimmed
}
