// A tiny HTTP server for the runtime's RESTMessageV2 tests, in its own process: the test thread blocks
// during synchronous calls, so the server must not share it. Reports its port over IPC.
const http = require('node:http')

const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
        if (req.url.startsWith('/echo')) {
            // delay=<ms>: the answer comes that much later (a slow server, without the caller timing out)
            const delay = Number(new URL(req.url, 'http://x').searchParams.get('delay') || 0)
            setTimeout(() => {
                res.writeHead(200, { 'Content-Type': 'application/json' })
                res.end(JSON.stringify({ method: req.method, url: req.url, body, header: req.headers['x-test'] || '' }))
            }, delay)
        } else if (req.url.startsWith('/fail')) {
            res.writeHead(500)
            res.end('boom')
        } else if (req.url.startsWith('/redirect')) {
            res.writeHead(302, { Location: '/echo?redirected=1' })
            res.end()
        } else if (req.url.startsWith('/trickle')) {
            // headers at once, then one byte every `every` ms: only a deadline on the whole exchange stops it.
            // id=<name>: when the server is done with it (all sent, or the connection closed by the caller) it
            // tells the test over IPC: {trickle: id, sent, complete}
            const q = new URL(req.url, 'http://x').searchParams
            const bytes = Number(q.get('bytes') || 20)
            const every = Number(q.get('every') || 100)
            const id = q.get('id')
            res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': String(bytes) })
            let sent = 0
            const timer = setInterval(() => {
                if (res.destroyed || sent >= bytes) {
                    clearInterval(timer)
                    return res.end()
                }
                res.write('x')
                sent++
            }, every)
            res.on('close', () => {
                clearInterval(timer)
                if (id) process.send({ trickle: id, sent, complete: sent >= bytes })
            })
        } else if (req.url.startsWith('/slow')) {
            setTimeout(() => res.end('late'), 2000)
        } else {
            res.writeHead(404)
            res.end()
        }
    })
})
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
