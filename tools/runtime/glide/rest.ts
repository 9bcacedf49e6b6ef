/**
 * sn_ws.RESTMessageV2 / RESTResponseV2 performing REAL HTTP synchronously: a worker thread does the
 * request while the calling thread waits on a shared flag, then reads the answer with receiveMessageOnPort.
 * Product docs (RESTMessageV2 execute / RESTResponseV2): HTTP error statuses are responses, not exceptions;
 * when no response arrives (refused, timed out), getStatusCode() is 0, haveError() is true and
 * getErrorMessage() says why. The default timeout here is 60 s unless setHttpTimeout() is called.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import path from 'node:path'
import type { Stats } from '../db'

interface WireResponse {
    status: number
    headers: Record<string, string | string[]>
    body: string
    error?: string
    ms?: number
}

export class SyncHttp {
    private worker: Worker
    private port: MessagePort
    private signal: Int32Array
    private sequence = 0

    constructor(private readonly stats: () => Stats) {
        const { port1, port2 } = new MessageChannel()
        const flag = new SharedArrayBuffer(4)
        this.signal = new Int32Array(flag)
        this.port = port1
        this.worker = new Worker(path.join(__dirname, '..', 'http-worker.js'), { workerData: { port: port2, flag }, transferList: [port2] })
        this.worker.unref()
    }

    /**
     * Sends one request and blocks until ITS answer arrives (answers carry the request id; a late answer of an
     * earlier, timed-out request is dropped) or the timeout passes (the worker bounds the whole exchange by the
     * same timeout; the margin here only covers a worker that died).
     */
    request(req: { method: string; url: string; headers: Record<string, string>; body?: string; timeoutMs: number }): WireResponse {
        const id = ++this.sequence
        const timeoutMs = Number.isFinite(req.timeoutMs) && req.timeoutMs > 0 ? req.timeoutMs : 60000
        const started = Date.now()
        const deadline = started + timeoutMs + 1000
        this.port.postMessage({ ...req, timeoutMs, id })
        let answer: WireResponse | null = null
        while (!answer) {
            const seen = Atomics.load(this.signal, 0)
            for (;;) {
                const m = receiveMessageOnPort(this.port)
                if (!m) break
                // an answer to an earlier request that timed out here: dropped
                if ((m.message as WireResponse & { id: number }).id === id) {
                    answer = m.message as WireResponse
                    break
                }
            }
            if (answer) break
            const left = deadline - Date.now()
            if (left <= 0) break
            Atomics.wait(this.signal, 0, seen, left)
        }
        const s = this.stats()
        s.restCalls++
        s.restMs += Date.now() - started
        return (
            answer ?? {
                status: 0,
                headers: {},
                body: '',
                error: `Request timed out after ${timeoutMs} ms (no answer from the HTTP worker)`,
            }
        )
    }

    close(): void {
        this.port.close()
        void this.worker.terminate()
    }
}

export function makeRestClasses(http: () => SyncHttp) {
    class RESTResponseV2 {
        constructor(private readonly r: WireResponse) {}
        getStatusCode(): number {
            return this.r.status
        }
        getBody(): string {
            return this.r.body
        }
        getHeader(name: string): string {
            const v = this.r.headers[String(name).toLowerCase()]
            return Array.isArray(v) ? v.join(', ') : (v ?? '')
        }
        getHeaders(): Record<string, string> {
            const out: Record<string, string> = {}
            for (const [k, v] of Object.entries(this.r.headers)) out[k] = Array.isArray(v) ? v.join(', ') : v
            return out
        }
        getAllHeaders(): { name: string; value: string }[] {
            return Object.entries(this.getHeaders()).map(([name, value]) => ({ name, value }))
        }
        haveError(): boolean {
            return this.r.status === 0 || this.r.status >= 400
        }
        getErrorMessage(): string {
            if (this.r.status === 0) return this.r.error ?? 'Request failed'
            return this.r.status >= 400 ? `Method failed: (${this.r.status})` : ''
        }
        getErrorCode(): number {
            return this.r.status === 0 ? 1 : 0
        }
    }

    class RESTMessageV2 {
        private endpoint = ''
        private method = 'get'
        private headers: Record<string, string> = {}
        private body: string | undefined
        private timeoutMs = 60000
        private query: [string, string][] = []

        constructor(name?: string) {
            if (name !== undefined) throw new Error('not supported by the local runtime: RESTMessageV2 with a named REST message record')
        }
        setEndpoint(url: string): void {
            this.endpoint = String(url)
        }
        getEndpoint(): string {
            return this.endpoint
        }
        setHttpMethod(m: string): void {
            this.method = String(m).toLowerCase()
        }
        setRequestHeader(name: string, value: string): void {
            this.headers[String(name)] = String(value)
        }
        getRequestHeader(name: string): string {
            return this.headers[name] ?? ''
        }
        setRequestBody(body: string): void {
            this.body = String(body)
        }
        getRequestBody(): string {
            return this.body ?? ''
        }
        setQueryParameter(name: string, value: string): void {
            this.query.push([String(name), String(value)])
        }
        setHttpTimeout(ms: number): void {
            this.timeoutMs = Number(ms)
        }
        execute(): RESTResponseV2 {
            let url = this.endpoint
            if (this.query.length)
                url +=
                    (url.includes('?') ? '&' : '?') +
                    this.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
            return new RESTResponseV2(
                http().request({
                    method: this.method.toUpperCase(),
                    url,
                    headers: this.headers,
                    body: this.body,
                    timeoutMs: this.timeoutMs,
                }),
            )
        }
    }
    return { RESTMessageV2, RESTResponseV2 }
}
