// Worker thread of the runtime's synchronous HTTP (RESTMessageV2). The calling thread blocks on a shared
// counter (Atomics.wait) while this worker performs the request and posts the result on the shared port.
// The WHOLE exchange (connect, headers, body) is bounded by the request's timeout: when it passes, the request
// is destroyed and a status-0 answer is posted. Every answer carries the id of its request, so the caller never
// takes a late answer of an earlier request for its own.
const { workerData } = require('node:worker_threads')
const http = require('node:http')
const https = require('node:https')

const { port, flag } = workerData
const signal = new Int32Array(flag)

function reply(result) {
    port.postMessage(result)
    Atomics.add(signal, 0, 1)
    Atomics.notify(signal, 0)
}

port.on('message', (req) => {
    let done = false
    let timer = null
    let request = null
    const finish = (result) => {
        if (done) return
        done = true
        if (timer) clearTimeout(timer)
        reply({ ...result, id: req.id })
    }
    const fail = (error) => finish({ status: 0, headers: {}, body: '', error })
    let url
    try {
        url = new URL(req.url)
    } catch (_e) {
        return fail(`Invalid endpoint: ${req.url}`)
    }
    const lib = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null
    if (!lib) return fail(`Unsupported protocol ${url.protocol}`)
    const started = Date.now()
    timer = setTimeout(() => {
        fail(`Request timed out after ${req.timeoutMs} ms`)
        if (request) request.destroy()
    }, req.timeoutMs)
    // a fresh connection per request (agent: false): no reuse of a socket the server may have closed.
    // Redirects are never followed (node's http does not): a 3xx is handed to the caller as it is.
    request = lib.request(url, { method: req.method, headers: req.headers, agent: false }, (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () =>
            finish({
                status: res.statusCode || 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString('utf8'),
                ms: Date.now() - started,
            }),
        )
        res.on('error', (e) => fail(`Response error: ${e.message}`))
        res.on('aborted', () => fail('Connection closed before the response was complete'))
    })
    request.on('error', (e) => fail(e.code ? `${e.code}: ${e.message}` : e.message))
    if (req.body !== undefined && req.body !== null) request.write(req.body)
    request.end()
})
