/**
 * npm run retrieve -- --api <base url> --token-file <file> [--db <sqlite file>] [--export csv --out <file>]
 *
 * Runs the BUILT application's job "Retrieve TeamViewer connections" in the local runtime, as the platform
 * would, against any TeamViewer-compatible endpoint: the simulator, or the real
 * https://webapi.teamviewer.com/api/v1 with a real admin script token. The database persists between runs
 * (default .local/retrieve.sqlite), so running it again continues where the last run stopped.
 * Exit status 0 when the run completed; otherwise 1 (2 for usage errors), with the reason on the last line.
 *
 * Secrets: the admin token is read from --token-file and kept in memory only (a volatile property of the
 * runtime): it is never written to the database, and a token an older version stored there is erased. The
 * database and everything this tool writes are user-only (umask 077, the database file chmod 0600). Every line
 * printed is redacted of the token.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Runtime } from '../tools/runtime'
import { bound, redact } from '../src/server/teamviewer/redact'
import { connectionsCsv } from './csv-export'

const ROOT = path.join(__dirname, '..')
const JOB = 'Retrieve TeamViewer connections'
const ADMIN_TOKEN = 'x_tvgh_teamviewer.adminToken'

/** Secrets every printed line is redacted of (the token, once read). */
const secrets: string[] = []
function say(line: string): void {
    console.log(bound(redact(line, secrets), 2000))
}

/** The database file and its SQLite companions exist and are readable by this user only. */
function userOnly(db: string): void {
    closeSync(openSync(db, 'a', 0o600))
    for (const f of [db, `${db}-wal`, `${db}-shm`, `${db}-journal`]) if (existsSync(f)) chmodSync(f, 0o600)
}

interface Args {
    api: string
    tokenFile: string
    db: string
    exportFormat: string
    out: string
}

function usage(message: string): never {
    process.stderr.write(
        'usage: npm run retrieve -- --api <base url> --token-file <file> [--db <sqlite file>] [--export csv --out <file>]\n' +
            `error: ${message}\n`,
    )
    process.exit(2)
}

function parseArgs(argv: string[]): Args {
    const args: Args = { api: '', tokenFile: '', db: path.join(ROOT, '.local', 'retrieve.sqlite'), exportFormat: '', out: '' }
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i]
        const value = argv[i + 1]
        const take = (): string => {
            if (value === undefined || value.startsWith('--')) usage(`${flag} needs a value`)
            i++
            return value
        }
        if (flag === '--api') args.api = take()
        else if (flag === '--token-file') args.tokenFile = take()
        else if (flag === '--db') args.db = path.resolve(take())
        else if (flag === '--export') args.exportFormat = take()
        else if (flag === '--out') args.out = path.resolve(take())
        else if (flag === '--help' || flag === '-h') usage('help requested')
        else usage(`unknown option ${flag}`)
    }
    if (!args.api) usage('--api is required')
    if (!/^https?:\/\/[^/]+/i.test(args.api)) usage(`--api must be an http(s) URL, got "${args.api}"`)
    if (!args.tokenFile) usage('--token-file is required')
    if (args.exportFormat && args.exportFormat !== 'csv') usage(`--export supports only csv, got "${args.exportFormat}"`)
    if (args.exportFormat && !args.out) usage('--export csv needs --out <file>')
    if (args.out && !args.exportFormat) usage('--out goes with --export csv')
    return args
}

function main(): number {
    const args = parseArgs(process.argv.slice(2))
    if (!existsSync(args.tokenFile)) usage(`token file not found: ${args.tokenFile}`)
    const token = readFileSync(args.tokenFile, 'utf8').trim()
    if (!token) usage(`token file is empty: ${args.tokenFile}`)
    secrets.push(token)
    if (!existsSync(path.join(ROOT, 'dist', 'app', 'update'))) usage('the app is not built: run "npm run build" first')
    mkdirSync(path.dirname(args.db), { recursive: true, mode: 0o700 })
    userOnly(args.db)

    const official = /^https:\/\/([a-z0-9-]+\.)*teamviewer\.com(\/|$)/i.test(args.api)
    const rt = Runtime.load({ dbFile: args.db })
    try {
        rt.setProperty('x_tvgh_teamviewer.api.base_url', args.api)
        rt.setProperty('x_tvgh_teamviewer.api.allow_custom_endpoint', official ? 'false' : 'true')
        // in memory only; a token an older version of this tool stored in the database is erased
        if (rt.getProperty(ADMIN_TOKEN)) {
            rt.setProperty(ADMIN_TOKEN, '')
            rt.storage.db.exec('VACUUM') // no copy left in freed pages
            say('note: removed an admin token stored in this database by an earlier version; it is now kept in memory only')
        }
        rt.setVolatileProperty(ADMIN_TOKEN, token)
        userOnly(args.db)
        if (!official) say(`note: ${args.api} is not under https://*.teamviewer.com; allowing it as a custom endpoint for this database`)
        const before = rt.query('x_tvgh_teamviewer_connection').length
        say(`database ${args.db}: ${before} connections stored before this run`)

        const stopProgress = rt.onLog((level, message) => {
            if (message.startsWith('TeamViewer connections: page')) say(`  ${message.replace('TeamViewer connections: ', '')}`)
            else if (level !== 'info' && level !== 'debug') say(`  [${level}] ${message}`)
        })
        const started = Date.now()
        rt.runJob(JOB)
        stopProgress()

        const runs = rt.query('x_tvgh_teamviewer_retrieval_run', 'ORDERBYDESCstarted^ORDERBYDESCsys_created_on')
        const run = runs[0]
        if (!run) {
            say(`the job ran but recorded no retrieval run`)
            return 1
        }
        const total = rt.query('x_tvgh_teamviewer_connection').length
        say(
            `run ${run.state}: window ${run.window_from || '-'} → ${run.window_to || '-'} UTC, ${run.pages} page(s), ${run.rest_calls} REST call(s), ` +
                `${run.received} received, ${run.inserted} inserted, ${run.updated} updated, ${run.unchanged} unchanged, ${((Date.now() - started) / 1000).toFixed(1)} s`,
        )
        say(`database now holds ${total} connections`)
        if (Number(run.rejected) && run.state === 'complete') say(run.error)
        if (Number(run.odd_values))
            say(
                `values not stored as sent (kept in each row's raw_json): ${run.odd_values} — ${run.odd_values_detail || 'see the run record'}`,
            )

        if (args.exportFormat === 'csv') {
            const rows = rt.query('x_tvgh_teamviewer_connection', 'ORDERBYstart_date^ORDERBYtv_id')
            mkdirSync(path.dirname(args.out), { recursive: true })
            writeFileSync(args.out, connectionsCsv(rows))
            say(`exported ${rows.length} connections to ${args.out}`)
        }
        if (run.state !== 'complete') {
            say(`not complete: ${run.error || run.state}`)
            return 1
        }
        say('complete')
        return 0
    } finally {
        rt.close()
    }
}

// everything this tool creates (database, its WAL files, the CSV export) is readable by this user only
process.umask(0o077)
try {
    process.exitCode = main()
} catch (e) {
    say(`failed: ${e instanceof Error ? e.message : String(e)}`)
    process.exitCode = 1
}
