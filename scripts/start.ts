/**
 * npm start [-- --port 8090] [--sim-port 8091] [--data .local/demo] [--tick 1] [--no-build] [--help]
 *
 * The whole product on this machine, without an instance or a TeamViewer account: builds the app when
 * dist/app is missing or older than its sources (the real `now-sdk build`), opens the local runtime on
 * <data>/runtime.db (kept across restarts), starts the TeamViewer simulator (<data>/simulator.json, kept
 * too), points the app's properties at it as an admin would, seeds demo data on the first start
 * (scripts/local/seed.ts), serves the web pages on 127.0.0.1, and prints one URL. A scheduler lets real time
 * drive the runtime's clock: periodic jobs (online poll, retrieval) run when due, queued jobs, async rules
 * and events (e-mails) are processed. Ctrl-C (SIGINT) or SIGTERM stops everything and closes the database.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { Runtime } from '../tools/runtime'
import { registerHome } from '../tools/runtime/web/home'
import { startWebServer, type WebServer } from '../tools/runtime/web/server'
import { startSimulator, type SimHandle } from '../tools/simulator'
import { needsBuild } from './local/build'
import { lockDataFolder } from './local/lock'
import { tick } from './local/scheduler'
import { applyInstanceRules, seed } from './local/seed'

const ROOT = path.join(__dirname, '..')
const DIST = path.join(ROOT, 'dist', 'app')
const OAUTH_CLIENT = 'servicenow-local'
// the SDK's CLI (its package exports no subpath, so it is found by its place in node_modules)
const SDK_BIN = path.join(ROOT, 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js')

interface Args {
    port: number
    simPort: number
    data: string
    tick: number
    build: boolean
}

const USAGE = `usage: npm start -- [--port 8090] [--sim-port 8091] [--data .local/demo] [--tick 1] [--no-build] [--help]

The whole product on this machine: the built app in the local runtime, the TeamViewer simulator, demo data.

options:
  --port <port>      the web pages' port on 127.0.0.1 (default 8090)
  --sim-port <port>  the TeamViewer simulator's port on 127.0.0.1 (default 8091)
  --data <folder>    where the database and the simulator's state are kept across restarts (default .local/demo);
                     one npm start per folder: delete the folder (stopped) to start over
  --tick <seconds>   how often the scheduler runs due jobs, queued jobs, async rules and events (default 1)
  --no-build         use dist/app as it is (default: build it when missing or older than src/)
  --help, -h         print this help
`

function usage(message: string): never {
    process.stderr.write(`${USAGE}\nerror: ${message}\n`)
    process.exit(2)
}

function parseArgs(argv: string[]): Args {
    const a: Args = { port: 8090, simPort: 8091, data: path.join(ROOT, '.local', 'demo'), tick: 1, build: true }
    for (let i = 0; i < argv.length; i++) {
        const v = argv[i + 1]
        const num = () => {
            const n = Number(v)
            if (!Number.isInteger(n) || n < 0 || n > 65535) usage(`${argv[i]} needs a number`)
            i++
            return n
        }
        if (argv[i] === '--help' || argv[i] === '-h') {
            process.stdout.write(USAGE)
            process.exit(0)
        } else if (argv[i] === '--port') a.port = num()
        else if (argv[i] === '--sim-port') a.simPort = num()
        else if (argv[i] === '--tick') a.tick = Math.max(1, num())
        else if (argv[i] === '--no-build') a.build = false
        else if (argv[i] === '--data') {
            if (!v) usage('--data needs a folder')
            a.data = path.resolve(v)
            i++
        } else usage(`unknown option ${argv[i]}`)
    }
    if (a.port === a.simPort) usage('--port and --sim-port must differ')
    return a
}

function shortPath(p: string): string {
    const rel = path.relative(process.cwd(), p)
    return rel && !rel.startsWith('..') ? rel : p
}

/** Builds with the SDK when dist/app is missing or older than its sources (scripts/local/build.ts). */
function buildIfNeeded(): void {
    if (!needsBuild(ROOT)) return
    console.log('Building the application (now-sdk build)…')
    const started = Date.now()
    execFileSync(process.execPath, [SDK_BIN, 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
    console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}

/** Fails with a clear message when a port is taken. */
function checkPort(port: number, option: string): Promise<void> {
    return new Promise((resolve, reject) => {
        const probe = createServer()
        probe.once('error', (e: NodeJS.ErrnoException) =>
            reject(
                new Error(
                    e.code === 'EADDRINUSE'
                        ? `port ${port} on 127.0.0.1 is already in use (another npm start?): stop that program or choose another port with ${option} <port>`
                        : `cannot use port ${port}: ${e.message}`,
                ),
            ),
        )
        probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
    })
}

/** Points the app at the simulator, as an admin sets the properties page (every start: ports may change). */
async function wire(rt: Runtime, sim: SimHandle, webUrl: string): Promise<void> {
    const callback = `${webUrl}/api/x_tvgh_teamviewer/oauth/callback`
    const client = await sim.control.registerClient({ id: OAUTH_CLIENT, redirectUris: [callback] })
    const info = await sim.control.info()
    rt.setProperty('glide.servlet.uri', `${webUrl}/`)
    rt.setProperty('x_tvgh_teamviewer.api.base_url', sim.apiBase)
    rt.setProperty('x_tvgh_teamviewer.login.base_url', sim.url)
    rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', 'true')
    rt.setProperty('x_tvgh_teamviewer.adminToken', info.adminToken)
    rt.setProperty('x_tvgh_teamviewer.oauth.client_id', client.id)
    rt.setProperty('x_tvgh_teamviewer.oauth.client_secret', client.secret)
    rt.setProperty('x_tvgh_teamviewer.oauth.redirect_uri', callback)
}

async function main(): Promise<void> {
    const args = parseArgs(process.argv.slice(2))
    const started = Date.now()
    // one npm start per data folder (a second one would point the first one's properties at its own ports)
    mkdirSync(args.data, { recursive: true, mode: 0o700 })
    const lock = lockDataFolder(args.data, shortPath(args.data))
    if (lock.tookOver) console.log(`Took over ${shortPath(lock.file)} of a stopped npm start (pid ${lock.tookOver}).`)
    process.on('exit', () => lock.release())
    await checkPort(args.port, '--port')
    await checkPort(args.simPort, '--sim-port')
    if (args.build) buildIfNeeded()
    else if (!existsSync(path.join(DIST, 'update'))) throw new Error('dist/app is missing: run without --no-build (or npm run build)')
    // the marker is written when the first start's seed completed; without it, whatever an interrupted first
    // start left is removed and the seed runs again
    const marker = path.join(args.data, 'seeded')
    const first = !existsSync(marker)
    if (first)
        for (const f of ['runtime.db', 'runtime.db-wal', 'runtime.db-shm', 'simulator.json'])
            rmSync(path.join(args.data, f), { force: true })
    const webUrl = `http://127.0.0.1:${args.port}`
    const simUrl = `http://127.0.0.1:${args.simPort}`
    const sim = await startSimulator({
        port: args.simPort,
        stateFile: path.join(args.data, 'simulator.json'),
        linkBase: simUrl,
        oauthClient: { id: OAUTH_CLIENT },
    })
    let rt: Runtime | null = null
    let web: WebServer | null = null
    let timer: NodeJS.Timeout | null = null
    let stopping = false
    const stop = async (code: number) => {
        if (stopping) return
        stopping = true
        if (timer) clearInterval(timer)
        await web?.close()
        await sim.stop()
        rt?.close()
        console.log('Stopped.')
        process.exit(code)
    }
    process.on('SIGINT', () => void stop(0))
    process.on('SIGTERM', () => void stop(0))
    try {
        rt = Runtime.load({ dbFile: path.join(args.data, 'runtime.db') })
        const runtime = rt
        rt.onLog((level, message) => {
            if (level === 'error' || level === 'warn') console.log(`[${level}] ${message}`)
        })
        applyInstanceRules(rt)
        await wire(rt, sim, webUrl)
        if (first) {
            console.log('First start: creating the demo data…')
            await seed(rt, sim, Date.now())
            writeFileSync(marker, `demo data created ${new Date().toISOString()}\n`)
        }
        const info = await sim.control.info()
        web = await startWebServer(rt, { port: args.port })
        registerHome(web, rt, {
            subtitle: `Data in ${shortPath(args.data)} (kept across restarts; stop, then delete the folder to start over).`,
            simulator: {
                url: sim.url,
                accounts: info.users.filter((u) => !u.admin).map((u) => ({ name: u.name, email: u.email, password: u.password })),
            },
        })
        timer = setInterval(() => {
            try {
                tick(runtime, Date.now())
            } catch (e) {
                console.log(`[scheduler] ${e instanceof Error ? e.message : String(e)}`)
            }
        }, args.tick * 1000)
        console.log(`${first ? 'Seeded and ready' : 'Ready'} in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops.`)
        console.log(`Open ${webUrl}/`)
    } catch (e) {
        console.error(`npm start failed: ${e instanceof Error ? e.message : String(e)}`)
        await stop(1)
    }
}

main().catch((e) => {
    console.error(`npm start failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
})
