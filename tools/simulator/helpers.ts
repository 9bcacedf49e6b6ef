/** Shared helpers of the simulator tests: HTTP calls with Node's fetch (the test thread is never blocked). */
import type { SimHandle } from './index'

/** A JSON body, loosely typed for assertions. */
export type J = Record<string, unknown>
export type Page = J & { records: J[] }

export async function json<T = J>(r: Response | Promise<Response>): Promise<T> {
    return (await (await r).json()) as T
}

/** Calls the API with a bearer token ('' = none). */
export function api(sim: SimHandle, path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
    const token = init.token ?? sim.adminToken
    return fetch(`${sim.apiBase}${path}`, {
        ...init,
        headers: {
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            ...(init.body ? { 'Content-Type': 'application/json' } : {}),
            ...((init.headers as Record<string, string>) ?? {}),
        },
    })
}

/** Submits the sign-in page; returns the redirect (302) or the page. */
export function authorize(sim: SimHandle, fields: Record<string, string>, redirectUri: string): Promise<Response> {
    const body = new URLSearchParams({
        response_type: 'code',
        client_id: sim.oauthClient.id,
        redirect_uri: redirectUri,
        state: 'st-1',
        display: 'popup',
        ...fields,
    })
    return fetch(`${sim.url}/oauth2/authorize`, { method: 'POST', body, redirect: 'manual' })
}

export async function codeFor(sim: SimHandle, email: string, password: string, redirectUri: string): Promise<string> {
    const res = await authorize(sim, { email, password, decision: 'allow' }, redirectUri)
    if (res.status !== 302) throw new Error(`sign-in failed: ${res.status}`)
    return new URL(res.headers.get('location') as string).searchParams.get('code') as string
}

export function tokenCall(sim: SimHandle, form: Record<string, string>): Promise<Response> {
    return fetch(`${sim.apiBase}/oauth2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: sim.oauthClient.id, client_secret: sim.oauthClient.secret, ...form }),
    })
}

/** Signs a simulated user in through the code flow; returns the token response. */
export async function signIn(
    sim: SimHandle,
    email: string,
    password: string,
    redirectUri: string,
): Promise<{ access_token: string; refresh_token: string; expires_in: number }> {
    const code = await codeFor(sim, email, password, redirectUri)
    const res = await tokenCall(sim, { grant_type: 'authorization_code', code, redirect_uri: redirectUri })
    if (res.status !== 200) throw new Error(`token failed: ${res.status} ${await res.text()}`)
    return json(res)
}

/**
 * A browser on TeamViewer's sign-in page (the simulator's): opens the authorize URL, submits the form with
 * its hidden fields and the person's choice, and returns where the page redirects (the app's callback).
 */
export async function submitSignInPage(url: string, form: { email?: string; password?: string; decision: 'allow' | 'deny' }): Promise<URL> {
    const page = await fetch(url)
    const html = await page.text()
    if (page.status !== 200) throw new Error(`authorize page: ${page.status} ${html}`)
    const fields: Record<string, string> = {}
    for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
        fields[m[1]] = m[2]
            .replace(/&quot;/g, '"')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&')
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]
    if (!action) throw new Error('the TeamViewer sign-in page has no form')
    const body = new URLSearchParams({ ...fields, email: form.email ?? '', password: form.password ?? '', decision: form.decision })
    const res = await fetch(new URL(action, url), { method: 'POST', body, redirect: 'manual' })
    if (res.status !== 302) throw new Error(`sign-in page answered ${res.status}: ${await res.text()}`)
    return new URL(res.headers.get('location') as string)
}

export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
export const HOUR = 3600000
export const DAY = 24 * HOUR
