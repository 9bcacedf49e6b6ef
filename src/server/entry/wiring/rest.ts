/**
 * The shape of the scripted REST request/response the app's routes use, and one way to answer: a JSON
 * result, or {error: {code, message}} with the error's status. Unknown exceptions are logged and answered
 * with a generic message (their text could carry anything).
 */
import { logError } from '../../platform/log.ts'
import { AppError, isAppError, messageOf, unexpectedError } from '../../shared/errors.ts'
import { toAppError } from '../../teamviewer/app-error.ts'
import { isTeamViewerError } from '../../teamviewer/errors.ts'

export interface RestRequest {
    pathParams: Record<string, string>
    queryParams: Record<string, string[] | string>
    body?: { data?: unknown; dataString?: string }
}

export interface RestResponse {
    setStatus(status: number): void
    setBody(body: unknown): void
    setContentType(type: string): void
    setHeader(name: string, value: string): void
    getStreamWriter(): { writeString(s: string): void }
}

export function queryParam(req: RestRequest, name: string): string {
    const v = req.queryParams ? req.queryParams[name] : undefined
    if (v === undefined || v === null) return ''
    return String(Array.isArray(v) ? (v.length ? v[0] : '') : v)
}

/** The JSON body as an object ({} when empty); invalid JSON is an invalid_input error. */
export function bodyOf(req: RestRequest): Record<string, unknown> {
    let data: unknown
    try {
        data = req.body ? req.body.data : undefined
    } catch (_e) {
        throw new AppError('invalid_input', 'The request body is not valid JSON.')
    }
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}

export function answer(res: RestResponse, action: string, fn: () => unknown): void {
    try {
        const result = fn()
        res.setStatus(200)
        res.setBody(result === undefined ? {} : result)
    } catch (e) {
        // an unexpected exception's text goes to the log only; the browser reads a generic sentence
        const known = isAppError(e) || isTeamViewerError(e)
        const err = known ? toAppError(e, action) : unexpectedError(action)
        if (!isAppError(e)) logError(`TeamViewer integration: ${action} failed: ${known ? err.message : messageOf(e)}`)
        res.setStatus(err.status)
        res.setBody({ error: { code: err.code, message: err.message } })
    }
}
