/**
 * The environment of the sign-in and service-case tests: the BUILT app in the local runtime, TeamViewer
 * (API and sign-in page) played by the simulator over real HTTP, both on one clock; supporters signed in
 * the way a browser does it (authorize page → callback route, reached by the pop-up's navigation as guest).
 */
import type { RestResult } from '../../tools/runtime'
import { setTime, startEnv as startBase, stopEnv, type Env } from '../env'
import { submitSignInPage } from '../../tools/simulator/helpers'

export const CALLBACK = 'http://127.0.0.1/api/x_tvgh_teamviewer/oauth/callback'
export const API = '/api/x_tvgh_teamviewer'
export const MINUTE = 60000
export const HOUR = 60 * MINUTE

export type { Env }
export { setTime, stopEnv }

/** The shared environment, with the app's OAuth client registered at the simulator and configured in the app. */
export async function startEnv(now: number, opts: { expiresIn?: number } = {}): Promise<Env> {
    const env = await startBase(now, {
        expiresIn: opts.expiresIn ?? 86400,
        oauthClient: { id: 'sn-app', secret: 'sn-app-secret-value', redirectUris: [CALLBACK] },
    })
    env.rt.setProperty('x_tvgh_teamviewer.oauth.client_id', 'sn-app')
    env.rt.setProperty('x_tvgh_teamviewer.oauth.client_secret', 'sn-app-secret-value')
    env.rt.setProperty('x_tvgh_teamviewer.oauth.redirect_uri', CALLBACK)
    return env
}

export type Json = Record<string, unknown>

export function call(env: Env, method: string, route: string, user: string | null, body?: unknown): RestResult {
    return env.rt.rest(method, `${API}${route}`, { user, body })
}

/** The route's JSON result ({result: ...}) or its error. */
export function result(r: RestResult): Json {
    return ((r.json as Json | undefined)?.result ?? {}) as Json
}

/**
 * Follows the redirect to the app's callback route as the pop-up does: a navigation, which authenticates
 * nobody (no X-UserToken), so the public route runs as guest and the user comes from the state.
 */
export function followCallback(env: Env, to: URL): RestResult {
    return env.rt.rest('GET', to.pathname + to.search, { user: null })
}

/** A supporter's whole sign-in: authorize → TeamViewer page → callback. Returns the callback page. */
export async function signIn(env: Env, user: string, tv: { email: string; password: string }): Promise<RestResult> {
    const url = String(result(call(env, 'GET', '/oauth/authorize', user)).url)
    const to = await submitSignInPage(url, { ...tv, decision: 'allow' })
    return followCallback(env, to)
}

/** Every string the app wrote that a person or a log could see; for scans for secrets. */
export function visibleText(env: Env, extra: string[] = []): string {
    const parts = [...extra, ...env.rt.logs.map((l) => l.message)]
    for (const table of [
        'sys_journal_field',
        'sys_email',
        'x_tvgh_teamviewer_retrieval_run',
        'x_tvgh_teamviewer_service_case',
        'sysevent',
    ]) {
        try {
            for (const row of env.rt.query(table)) parts.push(JSON.stringify(row))
        } catch (_e) {
            // table absent from this build
        }
    }
    return parts.join('\n')
}
