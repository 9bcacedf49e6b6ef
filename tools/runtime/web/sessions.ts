/**
 * Sign-in for the local web server: a "who are you" login (no password — test infrastructure) that opens a
 * session cookie, and the session's user token (the platform's g_ck) that REST calls from the page must
 * send as X-UserToken.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const COOKIE = 'JSESSIONID'

export interface WebSession {
    id: string
    user: string
    /** The session's anti-CSRF user token (g_ck on the platform). */
    token: string
}

export class Sessions {
    private readonly byId = new Map<string, WebSession>()

    open(user: string): WebSession {
        const s = { id: randomBytes(18).toString('hex'), user, token: randomBytes(24).toString('hex') }
        this.byId.set(s.id, s)
        return s
    }

    close(id: string): void {
        this.byId.delete(id)
    }

    of(req: IncomingMessage): WebSession | null {
        const cookie = req.headers.cookie ?? ''
        for (const part of cookie.split(';')) {
            const [k, v] = part.trim().split('=')
            if (k === COOKIE && v) return this.byId.get(v) ?? null
        }
        return null
    }

    static cookie(s: WebSession): string {
        return `${COOKIE}=${s.id}; Path=/; HttpOnly; SameSite=Lax`
    }
}
