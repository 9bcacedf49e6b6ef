/**
 * What supporter sign-in (oauth/grants.ts) exchanges with the outside: the pending states and grants the
 * platform stores (platform/oauth-store.ts), the OAuth part of the TeamViewer client, the settings, and the
 * deps the entry layer wires (entry/wiring/oauth.ts).
 */
import type { Clock } from '../shared/clock.ts'
import type { Account, TokenGrant } from '../teamviewer/model.ts'
import type { Log } from './log.ts'

export interface StoredState {
    userId: string
    expiresAtMs: number
}

export interface StateStore {
    save(state: string, userId: string, expiresAtMs: number): void
    /** The pending state (exact match), without using it up; null when unknown. */
    find(state: string): StoredState | null
    /** Uses the state up (deletes it): true when this call deleted it, false when it was already gone. */
    consume(state: string): boolean
    /** Deletes states that expired before nowMs. */
    purge(nowMs: number): void
}

export interface StoredGrant {
    accessToken: string
    refreshToken: string
    expiresAtMs: number
    tvUserId: string
    accountName: string
    accountEmail: string
    /**
     * The origin (scheme://host[:port]) of the TeamViewer API that issued the grant. Its tokens (and the OAuth
     * client secret with its refresh token) are sent to that origin only; '' (or another origin) = unusable.
     */
    apiOrigin: string
    /** When the user signed in (the grant's start; a refresh keeps it). */
    signedInAtMs?: number
}

export interface GrantStore {
    get(userId: string): StoredGrant | null
    /** Creates or replaces the user's grant. */
    save(userId: string, grant: StoredGrant): void
    remove(userId: string): void
}

/** The part of the TeamViewer client sign-in needs (TeamViewerClient satisfies it). */
export interface OAuthApi {
    exchangeCode(code: string, redirectUri: string, client: { clientId: string; clientSecret: string }): TokenGrant
    refresh(refreshToken: string, client: { clientId: string; clientSecret: string }): TokenGrant
    revoke(): void
    account(): Account
}

export interface OAuthSettings {
    loginBaseUrl: string
    allowCustomEndpoint: boolean
    clientId: string
    clientSecret: string
    redirectUri: string
}

export interface OAuthDeps {
    states: StateStore
    grants: GrantStore
    /** A client with the given bearer token ('' for the token endpoint). */
    client(token: string): OAuthApi
    clock: Clock
    /** A random, unguessable string (at least 128 bits). */
    random(): string
    settings(): OAuthSettings
    /** The origin of the configured API base URL (checked); throws a configuration error when it is not valid. */
    apiOrigin(): string
    log: Log
}
