/**
 * HttpTransport over the platform's outbound REST (sn_ws.RESTMessageV2). The only place the app does HTTP.
 * execute() blocks; a failure without a response (refused, dropped, timed out) is reported either by an
 * exception or by haveError() with status 0, depending on the failure: both become status 0 here.
 */
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { messageOf } from '../shared/errors.ts'
import type { HttpRequest, HttpResponse, HttpTransport } from '../teamviewer/transport.ts'

function lowerCaseHeaders(raw: unknown): Record<string, string> {
    const out: Record<string, string> = {}
    if (raw && typeof raw === 'object') {
        for (const [k, v] of Object.entries(raw as Record<string, unknown>)) out[String(k).toLowerCase()] = String(v)
    }
    return out
}

export const restTransport: HttpTransport = {
    send(req: HttpRequest): HttpResponse {
        const message = new RESTMessageV2()
        message.setEndpoint(req.url)
        message.setHttpMethod(req.method.toLowerCase())
        message.setHttpTimeout(req.timeoutMs)
        for (const [name, value] of Object.entries(req.headers)) message.setRequestHeader(name, value)
        if (req.body !== undefined) message.setRequestBody(req.body)
        try {
            const response = message.execute()
            const status = Number(response.getStatusCode()) || 0
            if (status === 0) {
                return { status: 0, body: '', headers: {}, error: String(response.getErrorMessage() || 'no response') }
            }
            return { status, body: String(response.getBody() ?? ''), headers: lowerCaseHeaders(response.getHeaders()) }
        } catch (e) {
            // RESTMessageV2 throws on some transport failures (e.g. a timeout); never include request data.
            return { status: 0, body: '', headers: {}, error: messageOf(e) || 'request failed' }
        }
    },
}
