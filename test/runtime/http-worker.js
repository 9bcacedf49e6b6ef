// Worker thread of the runtime's synchronous HTTP (RESTMessageV2). The calling thread blocks on a shared
// flag (Atomics.wait) while this worker performs the request and posts the result on the shared port.
const { workerData } = require('node:worker_threads')
const http = require('node:http')
const https = require('node:https')

const { port, flag } = workerData
const signal = new Int32Array(flag)

function reply(result) {
    port.postMessage(result)
    Atomics.store(signal, 0, 1)
    Atomics.notify(signal, 0)
}

port.on('message', (req) => {
    let done = false
    const finish = (result) => {
        if (done) return
        done = true
        reply(result)
    }
    let url
    try {
        url = new URL(req.url)
    } catch {
        return finish({ status: 0, headers: {}, body: '', error: `Invalid endpoint: ${req.url}` })
    }
    const lib = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null
    if (!lib) return finish({ status: 0, headers: {}, body: '', error: `Unsupported protocol ${url.protocol}` })
    const started = Date.now()
    // a fresh connection per request (agent: false): no reuse of a socket the server may have closed
    const request = lib.request(url, { method: req.method, headers: req.headers, agent: false }, (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => finish({ status: res.statusCode || 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started }))
        res.on('error', (e) => finish({ status: 0, headers: {}, body: '', error: `Response error: ${e.message}` }))
        res.on('aborted', () => finish({ status: 0, headers: {}, body: '', error: 'Connection closed before the response was complete' }))
    })
    request.setTimeout(req.timeoutMs, () => {
        finish({ status: 0, headers: {}, body: '', error: `Request timed out after ${req.timeoutMs} ms` })
        request.destroy()
    })
    request.on('error', (e) => finish({ status: 0, headers: {}, body: '', error: e.code ? `${e.code}: ${e.message}` : e.message }))
    if (req.body !== undefined && req.body !== null) request.write(req.body)
    request.end()
})
