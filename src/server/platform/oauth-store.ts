/**
 * Glide adapters of supporter sign-in: pending states (x_tvgh_teamviewer_oauth_state) and grants
 * (x_tvgh_teamviewer_token). Plain GlideRecord: both tables are closed to everyone by ACLs and only this
 * server code reads them. Tokens are password2: written with setDisplayValue (which encrypts), read with
 * getDecryptedValue. Each grant keeps the API origin that issued it (api_origin). Nothing here logs a token.
 */
import { GlideRecord } from '@servicenow/glide'
import type { GrantStore, StateStore, StoredGrant, StoredState } from '../ports/oauth.ts'
import { TABLE } from '../shared/names.ts'
import { glideMs, toGlide } from '../shared/time.ts'

function str(v: unknown): string {
    return v === null || v === undefined ? '' : String(v)
}

function stateRecord(state: string): GlideRecord | null {
    const gr = new GlideRecord(TABLE.oauthState)
    gr.addQuery('state', state)
    gr.setLimit(1)
    gr.query()
    // queries are case-insensitive on the platform: compare exactly
    return gr.next() && str(gr.getValue('state')) === state ? gr : null
}

export const glideStateStore: StateStore = {
    save(state: string, userId: string, expiresAtMs: number): void {
        const gr = new GlideRecord(TABLE.oauthState)
        gr.initialize()
        gr.setValue('state', state)
        gr.setValue('user', userId)
        gr.setValue('expires_at', toGlide(expiresAtMs))
        if (!gr.insert()) throw new Error('could not store the sign-in state')
    },
    find(state: string): StoredState | null {
        const gr = stateRecord(state)
        return gr ? { userId: str(gr.getValue('user')), expiresAtMs: glideMs(str(gr.getValue('expires_at'))) } : null
    },
    consume(state: string): boolean {
        const gr = stateRecord(state)
        return !!gr && !!gr.deleteRecord()
    },
    purge(nowMs: number): void {
        const gr = new GlideRecord(TABLE.oauthState)
        gr.addQuery('expires_at', '<', toGlide(nowMs))
        gr.deleteMultiple()
    },
}

function tokenRecord(userId: string): GlideRecord | null {
    const gr = new GlideRecord(TABLE.token)
    gr.addQuery('user', userId)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr : null
}

function decrypted(gr: GlideRecord, field: string): string {
    return str(gr.getElement(field).getDecryptedValue())
}

export const glideGrantStore: GrantStore = {
    get(userId: string): StoredGrant | null {
        const gr = tokenRecord(userId)
        if (!gr) return null
        return {
            accessToken: decrypted(gr, 'access_token'),
            refreshToken: decrypted(gr, 'refresh_token'),
            expiresAtMs: glideMs(str(gr.getValue('expires_at'))),
            tvUserId: str(gr.getValue('tv_user_id')),
            accountName: str(gr.getValue('account_name')),
            accountEmail: str(gr.getValue('account_email')),
            apiOrigin: str(gr.getValue('api_origin')),
            signedInAtMs: gr.getValue('signed_in') ? glideMs(str(gr.getValue('signed_in'))) : undefined,
        }
    },
    save(userId: string, g: StoredGrant): void {
        let gr = tokenRecord(userId)
        const isNew = !gr
        if (!gr) {
            gr = new GlideRecord(TABLE.token)
            gr.initialize()
            gr.setValue('user', userId)
        }
        gr.getElement('access_token').setDisplayValue(g.accessToken)
        gr.getElement('refresh_token').setDisplayValue(g.refreshToken)
        gr.setValue('expires_at', toGlide(g.expiresAtMs))
        gr.setValue('tv_user_id', g.tvUserId)
        gr.setValue('account_name', g.accountName.slice(0, 100))
        gr.setValue('account_email', g.accountEmail.slice(0, 254))
        gr.setValue('api_origin', g.apiOrigin)
        if (g.signedInAtMs !== undefined) gr.setValue('signed_in', toGlide(g.signedInAtMs))
        const ok = isNew ? gr.insert() : gr.update()
        if (!ok) throw new Error('could not store the TeamViewer sign-in')
    },
    remove(userId: string): void {
        const gr = new GlideRecord(TABLE.token)
        gr.addQuery('user', userId)
        gr.deleteMultiple()
    },
}
