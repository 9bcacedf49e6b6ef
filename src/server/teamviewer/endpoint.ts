/**
 * Which hosts the app may call with a token. The base URL is PARSED (strictly; the instance has no URL class)
 * and checked before any request is built:
 * - printable ASCII only: no whitespace, no control characters, no backslash (URL parsers read "\" as "/",
 *   so "https://127.0.0.1\.teamviewer.com" is the host 127.0.0.1), no credentials ("user:pass@"), no query or
 *   fragment; the host is a DNS name (labels of letters, digits, hyphens) or a dotted IPv4 address;
 * - unless an admin allowed a custom endpoint (x_tvgh_teamviewer.api.allow_custom_endpoint: a proxy, or the
 *   local simulator in tests): https, a host that IS teamviewer.com or ends in ".teamviewer.com" label-wise,
 *   and the default port (or an explicit 443).
 */
import { TeamViewerError } from './errors.ts'
import { SETTING } from '../shared/settings.ts'

export interface ParsedUrl {
    scheme: 'http' | 'https'
    /** Lower case. */
    host: string
    /** '' when absent. */
    port: string
    /** '' or starting with '/', without a trailing slash. */
    path: string
}

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/
/** RFC 3986 path characters: unreserved, sub-delims, ':', '@', '/', and %XX escapes. */
const PATH = /^(\/([A-Za-z0-9\-._~!$'()*+,;=:@]|%[0-9A-Fa-f]{2})*)*$/

function isHost(host: string): boolean {
    if (host.length === 0 || host.length > 253) return false
    const ip = IPV4.exec(host)
    if (ip) return ip.slice(1).every((o) => Number(o) <= 255 && (o === '0' || !o.startsWith('0')))
    const labels = host.split('.')
    // the last label of a DNS name is not all digits (else "1.2.3.999" would pass as a name)
    return labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1])
}

/** Parses an absolute http(s) URL without query or fragment; null when it is not one. */
export function parseBaseUrl(text: string): ParsedUrl | null {
    if (!/^[\x21-\x7e]+$/.test(text) || text.includes('\\')) return null
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)$/.exec(text)
    if (!m) return null
    const scheme = m[1].toLowerCase()
    if (scheme !== 'http' && scheme !== 'https') return null
    const authority = m[2]
    if (authority.includes('@')) return null
    const hp = /^([^:]+)(?::(\d{1,5}))?$/.exec(authority)
    if (!hp) return null
    const host = hp[1].toLowerCase()
    const port = hp[2] ?? ''
    if (!isHost(host)) return null
    if (port && (Number(port) < 1 || Number(port) > 65535)) return null
    const path = m[3].replace(/\/+$/, '')
    if (!PATH.test(path)) return null
    return { scheme, host, port, path }
}

export function formatUrl(u: ParsedUrl): string {
    return `${u.scheme}://${u.host}${u.port ? `:${u.port}` : ''}${u.path}`
}

/** The canonical base URL, or a configuration error saying what is wrong. */
export function checkBaseUrl(baseUrl: string, allowCustomEndpoint: boolean, what = 'TeamViewer API base URL'): string {
    const text = String(baseUrl ?? '').trim()
    const u = parseBaseUrl(text)
    // the refused text is not repeated verbatim: it could hold credentials
    if (!u)
        throw new TeamViewerError(
            'configuration',
            `The ${what} is not a valid http(s) URL (no credentials, spaces, backslashes, query or fragment; a DNS name or IPv4 host).`,
        )
    if (allowCustomEndpoint) return formatUrl(u)
    const underTeamViewer = u.host === 'teamviewer.com' || u.host.endsWith('.teamviewer.com')
    if (u.scheme !== 'https' || !underTeamViewer || (u.port !== '' && u.port !== '443')) {
        throw new TeamViewerError(
            'configuration',
            `The ${what} "${formatUrl(u)}" is not an https address under teamviewer.com on the default port; set ${SETTING.allowCustomEndpoint.name} to use another endpoint.`,
        )
    }
    return formatUrl({ ...u, port: '' })
}

/** Whether a request URL stays under the checked base URL (checked again right before a token is attached). */
export function isUnder(url: string, base: string): boolean {
    return (
        (url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)) &&
        /^[\x21-\x7e]+$/.test(url) &&
        !url.includes('\\') &&
        !url.includes('#')
    )
}

/** The origin (scheme://host[:port]) of a checked base URL: what a grant is bound to. */
export function originOf(checkedBase: string): string {
    const u = parseBaseUrl(checkedBase)
    if (!u) throw new TeamViewerError('configuration', 'The TeamViewer API base URL is not a valid http(s) URL.')
    return formatUrl({ ...u, path: '' })
}
