/**
 * Child-process entry of startSimulator(): options as JSON in argv[2] (`port`: a fixed port, default a free one); prints "LISTENING <port>" once serving.
 * Exits when its parent goes away (stdin closes) or on SIGTERM.
 */
import { Simulator } from './server'

const options = JSON.parse(process.argv[2] ?? '{}')
new Simulator(options).listen(Number(options.port ?? 0)).then(
    (server) => {
        const address = server.address()
        const port = typeof address === 'object' && address ? address.port : 0
        process.stdout.write(`LISTENING ${port}\n`)
    },
    (e) => {
        console.error('simulator: cannot listen', e)
        process.exit(1)
    },
)
process.stdin.on('end', () => process.exit(0))
process.stdin.on('error', () => process.exit(0))
process.stdin.resume()
process.on('SIGTERM', () => process.exit(0))
