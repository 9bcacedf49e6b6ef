/** The HTTP seam of the client: the platform adapter implements it with RESTMessageV2; nothing else does I/O. */
export interface HttpRequest {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE'
    url: string
    headers: Record<string, string>
    body?: string
    timeoutMs: number
}

export interface HttpResponse {
    /** 0 when no response arrived (refused, dropped, timed out). */
    status: number
    body: string
    /** Lower-case header names. */
    headers: Record<string, string>
    /** Transport-level failure description when status is 0. */
    error?: string
}

export interface HttpTransport {
    send(request: HttpRequest): HttpResponse
}
