/**
 * Launches the local product (scripts/start.ts) as a child process and waits for its URL line — for its tests
 * (test/start/) and the start benchmark (scripts/bench-start.ts). `npm: true` launches it through `npm start`,
 * as a person does.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import path from 'node:path'

const ROOT = path.join(__dirname, '..', '..')

export interface Launched {
    proc: ChildProcess
    /** the one URL the product printed */
    url: string
    /** everything it printed so far (stdout and stderr) */
    output(): string
    /** sends the signal and resolves with the exit code (null when killed by a signal) */
    stop(signal?: NodeJS.Signals): Promise<number | null>
}

/**
 * `n` distinct free TCP ports on 127.0.0.1 (free when asked; the product checks again). All are held open
 * together before any is released, so two calls in a row can never answer the same port twice.
 */
export async function freePorts(n: number): Promise<number[]> {
    const servers = await Promise.all(
        Array.from(
            { length: n },
            () =>
                new Promise<Server>((resolve, reject) => {
                    const s = createServer()
                    s.once('error', reject)
                    s.listen(0, '127.0.0.1', () => resolve(s))
                }),
        ),
    )
    const ports = servers.map((s) => {
        const a = s.address()
        return typeof a === 'object' && a ? a.port : 0
    })
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
    return ports
}

/** A product port and a simulator port, distinct. */
export async function freePortPair(): Promise<{ port: number; simPort: number }> {
    const [port, simPort] = await freePorts(2)
    return { port, simPort }
}

export function launch(o: {
    data: string
    port: number
    simPort: number
    args?: string[]
    npm?: boolean
    timeoutMs?: number
}): Promise<Launched> {
    const args = ['--data', o.data, '--port', String(o.port), '--sim-port', String(o.simPort), ...(o.args ?? [])]
    const proc = o.npm
        ? // its own process group, signalled as a whole like a terminal's Ctrl-C (npm's shell does not pass signals on)
          spawn('npm', ['start', '--silent', '--', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
        : spawn(process.execPath, ['-r', path.join(ROOT, 'scripts', 'register-ts.js'), path.join(ROOT, 'scripts', 'start.ts'), ...args], {
              cwd: ROOT,
              stdio: ['ignore', 'pipe', 'pipe'],
          })
    let out = ''
    proc.stdout?.on('data', (c: Buffer) => (out += c.toString()))
    proc.stderr?.on('data', (c: Buffer) => (out += c.toString()))
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
    const stop = async (signal: NodeJS.Signals = 'SIGINT') => {
        if (proc.exitCode === null && proc.signalCode === null) {
            if (o.npm && proc.pid) process.kill(-proc.pid, signal)
            else proc.kill(signal)
        }
        return exited
    }
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            void stop('SIGKILL')
            reject(new Error(`npm start printed no URL within ${o.timeoutMs ?? 120000} ms:\n${out}`))
        }, o.timeoutMs ?? 120000)
        const onData = () => {
            const m = /^Open (http:\/\/\S+)$/m.exec(out)
            if (!m) return
            clearTimeout(timer)
            resolve({ proc, url: m[1].replace(/\/$/, ''), output: () => out, stop })
        }
        proc.stdout?.on('data', onData)
        void exited.then((code) => {
            clearTimeout(timer)
            reject(new Error(`npm start exited with ${code} before printing its URL:\n${out}`))
        })
    })
}
