/**
 * Starts the hostile TeamViewer-compatible server (server.ts) in a child process and drives it.
 * The runtime's HTTP blocks the calling thread, so the server must not live in the test's thread.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import type { Plan, SeenRequest } from './server'

export { guid, record, type Plan } from './server'

export interface Hostile {
    url: string
    apiBase: string
    plan(p: Plan): Promise<void>
    requests(): Promise<SeenRequest[]>
    clearRequests(): Promise<void>
    stop(): Promise<void>
}

export function startHostile(): Promise<Hostile> {
    const hook = path.join(__dirname, '..', '..', 'scripts', 'register-ts.js')
    const child: ChildProcess = spawn(process.execPath, ['-r', hook, path.join(__dirname, 'server.ts')], { stdio: ['pipe', 'pipe', 'inherit'] })
    return new Promise((resolve, reject) => {
        let out = ''
        const early = (code: number | null) => reject(new Error(`hostile server exited with ${code}: ${out}`))
        child.once('exit', early)
        const onData = (chunk: Buffer) => {
            out += chunk.toString()
            const m = /LISTENING (\d+)\n/.exec(out)
            if (!m) return
            child.stdout?.off('data', onData)
            child.stdout?.resume()
            child.off('exit', early)
            const url = `http://127.0.0.1:${m[1]}`
            const control = async (method: string, route: string, body?: unknown) => {
                const res = await fetch(`${url}${route}`, { method, body: body === undefined ? undefined : JSON.stringify(body) })
                return res.json()
            }
            resolve({
                url,
                apiBase: `${url}/api/v1`,
                plan: async (p) => void (await control('POST', '/_hostile/plan', p)),
                requests: async () => (await control('GET', '/_hostile/requests')) as SeenRequest[],
                clearRequests: async () => void (await control('DELETE', '/_hostile/requests')),
                stop: () =>
                    new Promise<void>((done) => {
                        if (child.exitCode !== null || child.signalCode !== null) return done()
                        child.once('exit', () => done())
                        child.kill()
                    }),
            })
        }
        child.stdout?.on('data', onData)
    })
}
