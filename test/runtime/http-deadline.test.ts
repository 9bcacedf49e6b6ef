/**
 * Issue #10 item 8 — the runtime's RESTMessageV2 bounds the WHOLE exchange (connect, headers, body) by its
 * timeout, answers a timeout the platform's way (status 0, haveError(), an error message), and never hands the
 * late answer of one request to another.
 */
import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { Runtime } from '../../tools/runtime/index'

let rt: Runtime
let server: ChildProcess
let base = ''

beforeAll(async () => {
    rt = Runtime.load()
    server = fork(path.join(__dirname, 'test-http-server.js'), [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })
    base = await new Promise<string>((resolve) =>
        server.once('message', (m) => resolve(`http://127.0.0.1:${(m as { port: number }).port}`)),
    )
})
afterAll(() => {
    server.kill()
    rt.close()
})

/** Resolves once the test server is done with the trickle `id` (all of it sent, or its connection closed). */
const trickleEnded = (id: string) =>
    new Promise<{ sent: number; complete: boolean }>((resolve) => {
        const on = (m: unknown) => {
            if ((m as { trickle?: string }).trickle !== id) return
            server.off('message', on)
            resolve(m as { sent: number; complete: boolean })
        }
        server.on('message', on)
    })

const get = (url: string, timeoutMs: number) =>
    rt.execute(
        `var r = new sn_ws.RESTMessageV2(); r.setEndpoint(url); r.setHttpMethod('get'); r.setHttpTimeout(timeoutMs);
        var res = r.execute(); return { status: res.getStatusCode(), err: res.haveError(), msg: res.getErrorMessage(), body: res.getBody() };`,
        { url, timeoutMs },
    ) as {
        status: number
        err: boolean
        msg: string
        body: string
    }

test('a body trickled byte by byte is cut at the timeout: status 0, haveError, "timed out"', () => {
    // 20 bytes, one every 100 ms: each byte arrives well within an idle timeout of 500 ms, the whole body does not
    const r = get(`${base}/trickle?bytes=20&every=100`, 500)
    expect(r).toMatchObject({ status: 0, err: true, body: '' })
    expect(r.msg).toMatch(/timed out/)
})

test('a late answer of request 1 is never handed to request 2 or 3', async () => {
    // request 1 would trickle for about 0.8 s, a byte every 100 ms (never idle for its 300 ms timeout); request 2's
    // answer comes 1 s late, so anything request 1 might still produce arrives while request 2 waits
    const ended = trickleEnded('late')
    const first = get(`${base}/trickle?bytes=8&every=100&id=late`, 300)
    expect(first.status).toBe(0)
    const second = get(`${base}/echo?n=2&delay=1000`, 5000)
    expect(second.status).toBe(200)
    expect(JSON.parse(second.body).url).toBe('/echo?n=2&delay=1000')
    // the server is done with request 1, which was cut (the event, not a sleep: whatever it produced has been produced)
    expect(await ended).toMatchObject({ complete: false })
    const third = get(`${base}/echo?n=3`, 5000)
    expect(third.status).toBe(200)
    expect(JSON.parse(third.body).url).toBe('/echo?n=3')
}, 60000)

test('a redirect is handed to the caller as it is, never followed (the app refuses it; see client.ts)', () => {
    const r = get(`${base}/redirect`, 2000)
    expect(r).toMatchObject({ status: 302, err: false, body: '' })
})
