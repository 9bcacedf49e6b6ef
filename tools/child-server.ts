/**
 * Starts a TypeScript HTTP server (the simulator, the hostile server) in a CHILD PROCESS. The app under test
 * calls servers with a synchronous HTTP client that blocks its own thread (Atomics.wait), so a server must
 * never share that thread. The child prints "LISTENING <port>" once it serves on 127.0.0.1; its stdin stays
 * open, so it exits when this process ends, even abruptly.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface ChildServer {
    url: string
    port: number
    stop(): Promise<void>
}

const REQUIRE_HOOK = path.join(__dirname, '..', 'scripts', 'register-ts.js')

export function startChildServer(script: string, args: string[], name: string): Promise<ChildServer> {
    const child: ChildProcess = spawn(process.execPath, ['-r', REQUIRE_HOOK, script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] })
    const stop = () =>
        new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done()
            child.once('exit', () => done())
            child.kill()
        })
    return new Promise((resolve, reject) => {
        let out = ''
        const early = (code: number | null) => reject(new Error(`${name} exited with ${code} before listening: ${out}`))
        const onData = (chunk: Buffer) => {
            out += chunk.toString()
            const m = /LISTENING (\d+)\n/.exec(out)
            if (!m) return
            child.stdout?.off('data', onData)
            child.stdout?.resume()
            child.off('exit', early)
            const port = Number(m[1])
            resolve({ url: `http://127.0.0.1:${port}`, port, stop })
        }
        child.stdout?.on('data', onData)
        child.once('exit', early)
        child.once('error', reject)
    })
}
