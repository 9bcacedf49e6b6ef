/**
 * npm run simulator -- [--port 8099] [--seed 1] [--users N] [--groups N] [--devices N] [--sessions N]
 *                      [--connections N] [--days 7] [--running 0.02] [--long 0.01] [--style documented|recorded]
 *                      [--report-entry end|start] [--odd 0.1 (share of records with odd values)] [--extra-fields]
 *                      [--expires-in 86400] [--session-limit 1000] [--redirect-uri URL ...]
 *                      [--client-id ID] [--client-secret S] [--admin-token T]
 * Serves the TeamViewer Web API simulator on 127.0.0.1 until stopped (Ctrl+C). Control API: tools/simulator/README.md.
 */
import { createSimulatorServer } from '../tools/simulator'

const argv = process.argv.slice(2)
function arg(name: string): string | undefined {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 && argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[i + 1] : undefined
}
function all(name: string): string[] {
    return argv.flatMap((a, i) => (a === `--${name}` && argv[i + 1] ? [argv[i + 1]] : []))
}
const num = (name: string, fallback: number) => {
    const v = arg(name)
    if (v === undefined) return fallback
    const n = Number(v)
    if (!Number.isFinite(n)) {
        console.error(`--${name} expects a number, got ${v}`)
        process.exit(2)
    }
    return n
}

if (argv.includes('--help') || argv.includes('-h')) {
    console.log(
        'usage: npm run simulator -- --port 8099 [--seed 1] [--users N] [--connections N] [--sessions N] [--style documented|recorded] [--report-entry end|start] [--odd 0.1] [--extra-fields] (see scripts/simulator.ts)',
    )
    process.exit(0)
}

async function main(): Promise<void> {
    const port = num('port', 8099)
    const seed = num('seed', 1)
    const style = arg('style') === 'recorded' ? 'recorded' : 'documented'
    const reportEntry = arg('report-entry') === 'start' ? 'start' : 'end'
    const days = num('days', 7)
    const connections = num('connections', 0)
    const redirectUris = all('redirect-uri')
    const srv = await createSimulatorServer({
        port,
        seed,
        style,
        reportEntry,
        expiresIn: num('expires-in', 86400),
        sessionLimit: num('session-limit', 1000),
        adminToken: arg('admin-token'),
        oauthClient: { id: arg('client-id'), secret: arg('client-secret'), redirectUris: redirectUris.length ? redirectUris : undefined },
    })
    const s = srv.sim.state
    if (connections > 0 || arg('users') || arg('sessions')) {
        const now = s.now()
        const result = srv.sim.seed({
            seed,
            connections,
            users: num('users', 0),
            groups: num('groups', 0),
            devices: num('devices', 200),
            sessions: num('sessions', 0),
            from: now - days * 86400000,
            to: now,
            runningFraction: num('running', 0.02),
            longFraction: num('long', 0.01),
            oddFraction: num('odd', 0),
            extraFields: argv.includes('--extra-fields'),
        })
        console.log(`generated ${result.added} connections, ${result.users} users, ${result.sessions} sessions in ${result.ms} ms`)
    }
    console.log(`TeamViewer Web API simulator (${style} style, connections reported at their ${reportEntry}) on ${srv.url}`)
    console.log(`  API base URL:     ${srv.apiBase}`)
    console.log(`  sign-in base URL: ${srv.url}  (GET /oauth2/authorize)`)
    console.log(`  admin token:      ${s.adminToken}  (script token, every permission)`)
    console.log(`  OAuth client:     id ${s.oauthClient.id}  secret ${s.oauthClient.secret}`)
    console.log(`  redirect URIs:    ${s.oauthClient.redirectUris.join(', ')}  (add: POST ${srv.url}/_sim/clients)`)
    console.log(
        `  users:            ${[...s.users.values()]
            .filter((u) => !u.generated)
            .map((u) => `${u.email} / ${u.password}`)
            .join(', ')}`,
    )
    console.log(`  connections:      ${s.connections.length}; control API under ${srv.url}/_sim (tools/simulator/README.md)`)
    const stop = () => srv.close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
}

main().catch((e) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
})
