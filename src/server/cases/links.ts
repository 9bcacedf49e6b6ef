/**
 * The links of a TeamViewer session (end_customer_link, supporter_link, webclient_supporter_link) come from
 * the API server: they are e-mailed to customers and opened by supporters, so they are checked before they are
 * stored. A link is accepted when it is an absolute https URL on a host that is teamviewer.com or under it
 * (default port), or — only when an admin allowed a custom endpoint (a proxy, the local simulator) — on the
 * configured API endpoint's own scheme, host and port. Printable ASCII only: no whitespace, control characters,
 * backslashes, credentials, fragment, quotes or angle brackets; the query keeps RFC 3986 query characters.
 * An empty link is no link (nothing to open or send) and is accepted as such.
 */
import type { LinkPolicy } from '../ports/cases.ts'
import { parseBaseUrl, type ParsedUrl } from '../teamviewer/endpoint.ts'

/** RFC 3986 query characters (unreserved, sub-delims but the quote, ':', '@', '/', '?') and %XX escapes. */
const QUERY = /^([A-Za-z0-9\-._~!$&()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/

function underTeamViewer(u: ParsedUrl): boolean {
    return (
        u.scheme === 'https' && (u.host === 'teamviewer.com' || u.host.endsWith('.teamviewer.com')) && (u.port === '' || u.port === '443')
    )
}

function sameEndpoint(u: ParsedUrl, base: ParsedUrl): boolean {
    const port = (p: ParsedUrl) => p.port || (p.scheme === 'https' ? '443' : '80')
    return u.scheme === base.scheme && u.host === base.host && port(u) === port(base)
}

/** Whether a session link may be stored, e-mailed and opened. */
export function isSessionLink(link: string, policy: LinkPolicy): boolean {
    if (link === '') return true
    if (link.length > 1024 || link.includes('#')) return false
    const q = link.indexOf('?')
    const query = q < 0 ? '' : link.slice(q + 1)
    if (!QUERY.test(query)) return false
    const u = parseBaseUrl(q < 0 ? link : link.slice(0, q))
    if (!u) return false
    if (underTeamViewer(u)) return true
    if (!policy.allowCustomEndpoint) return false
    const base = parseBaseUrl(String(policy.apiBaseUrl ?? '').trim())
    return !!base && sameEndpoint(u, base)
}

/** The names of the session's links that fail the check (empty when all pass). */
export function badSessionLinks(links: Record<string, string>, policy: LinkPolicy): string[] {
    return Object.keys(links).filter((k) => !isSessionLink(links[k], policy))
}
