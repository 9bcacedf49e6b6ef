/**
 * TeamViewer's error shape and the HTTP plumbing every module shares.
 * Body `{"error","error_description","error_code"}` (TeamViewer API documentation, "JSON Error Response";
 * TeamViewerPS ConvertTo-TeamViewerRestError reads exactly these three plus an optional error_signature).
 * The descriptions below are worded in TeamViewer's style; the exact strings are NOT pinned by a source.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export class ApiError extends Error {
    constructor(
        readonly status: number,
        readonly error: string,
        readonly description: string,
        readonly errorCode = 0,
        readonly headers: Record<string, string> = {},
    ) {
        super(description)
    }
    body(): Record<string, unknown> {
        return { error: this.error, error_description: this.description, error_code: this.errorCode }
    }
}

/** 400 invalid_request: a missing or invalid parameter. */
export const badRequest = (description: string) => new ApiError(400, 'invalid_request', description)
/** 400 for one parameter, in the "Invalid value for parameter X." form. */
export const badParam = (name: string, why = '') =>
    new ApiError(400, 'invalid_request', `Invalid value for parameter ${name}.${why ? ` ${why}` : ''}`)
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found.`)
export const missingPermission = (scope: string) =>
    new ApiError(403, 'invalid_permission', `The access token does not have the permission required for this operation (${scope}).`)
export const methodNotAllowed = () => new ApiError(405, 'invalid_request', 'The requested method is not supported for this resource.')

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> }

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const isText = typeof body === 'string'
    const text = body === undefined ? '' : isText ? body : JSON.stringify(body)
    res.writeHead(status, { ...(text && !isText ? { 'Content-Type': 'application/json; charset=utf-8' } : {}), ...headers })
    res.end(text)
}

export function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}

/** A JSON object request body ({} when empty); anything else is 400 invalid_request. */
export function jsonBody(body: string): Record<string, unknown> {
    if (!body.trim()) return {}
    try {
        const v: unknown = JSON.parse(body)
        if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>
    } catch {
        /* fall through */
    }
    throw badRequest('The request body could not be parsed as JSON.')
}

export const escapeHtml = (s: string) =>
    s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
