/**
 * npm run simulator -- [--port N] [--seed S] [--connections N] [--style documented|recorded]
 * Serves the TeamViewer Web API simulator on 127.0.0.1 until stopped (Ctrl+C).
 */
import { Simulator } from '../test/simulator'

function arg(name: string, fallback: string): string {
    const i = process.argv.indexOf(`--${name}`)
    return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

const port = Number(arg('port', '8099'))
const seed = Number(arg('seed', '1'))
const connections = Number(arg('connections', '0'))
const style = arg('style', 'documented') === 'recorded' ? 'recorded' : 'documented'
const sim = new Simulator({ seed, style })
if (connections > 0) {
    const now = sim.state.now()
    sim.state.addConnections(sim.state.generate({ seed, connections, from: now - 7 * 86400000, to: now, runningFraction: 0.02 }))
}
sim.listen(port).then(() => {
    const base = `http://127.0.0.1:${port}`
    console.log(`TeamViewer simulator (${style} style) on ${base}`)
    console.log(`  API base URL:     ${base}/api/v1`)
    console.log(`  sign-in base URL: ${base}  (GET /oauth2/authorize)`)
    console.log(`  admin token:      ${sim.state.adminToken}`)
    console.log(`  OAuth client:     id ${sim.state.oauthClient.id}, secret ${sim.state.oauthClient.secret}`)
    console.log(`  users:            ann@example.com / ann, ben@example.com / ben`)
    console.log(`  connections:      ${sim.state.connections.length}; control API under ${base}/_sim (see test/simulator/README.md)`)
})
