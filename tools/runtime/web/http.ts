/**
 * The local web server's request and route shapes (server.ts serves them; every page module takes them from here).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Sessions, WebSession } from './sessions'

export interface WebRequest {
    req: IncomingMessage
    res: ServerResponse
    url: URL
    method: string
    session: WebSession | null
    body: string
}

export type Handler = (r: WebRequest) => boolean | void

export interface WebServer {
    url: string
    port: number
    sessions: Sessions
    /** Adds a route tried before the built-in ones (a handler returns false to pass). */
    route(method: string, pattern: RegExp, handler: Handler): void
    /** Requests served, by kind — e.g. how many widget updates the page made. */
    counts: Record<string, number>
    close(): Promise<void>
}
