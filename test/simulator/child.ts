/** Child-process entry of startSimulator(): options as JSON in argv[2]; prints "LISTENING <port>". */
import { Simulator } from './server'

const options = JSON.parse(process.argv[2] ?? '{}')
new Simulator(options).listen(0).then((server) => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    process.stdout.write(`LISTENING ${port}\n`)
})
process.on('SIGTERM', () => process.exit(0))
