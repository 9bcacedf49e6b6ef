/**
 * The TeamViewer Web API simulator, for tests and the local demo.
 * startSimulator() runs it in a CHILD PROCESS: the app under test calls it with a synchronous HTTP client
 * that blocks its own thread, so the simulator must never share that thread.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import type { FaultRule } from './server'
import type { Permission, SimOptions } from './state'

export type { FaultRule } from './server'
export type { Permission, SimOptions, Style } from './state'
export { Simulator } from './server'

export interface SimInfo {
    adminToken: string
    oauthClient: { id: string; secret: string; redirectUris: string[] }
    now: string
    style: string
}

/** Async client of the control API (/_sim/...). */
export class SimControl {
    constructor(readonly url: string) {}

    private async call<T = unknown>(method: string, route: string, body?: unknown): Promise<T> {
        const res = await fetch(`${this.url}/_sim${route}`, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
        const text = await res.text()
        if (!res.ok) throw new Error(`simulator control ${method} ${route}: ${res.status} ${text}`)
        return (text ? JSON.parse(text) : undefined) as T
    }
    info(): Promise<SimInfo> {
        return this.call('GET', '/info')
    }
    /** Freezes the simulator's clock at this time. */
    setClock(now: number | string): Promise<unknown> {
        return this.call('POST', '/clock', { now })
    }
    advanceClock(ms: number): Promise<unknown> {
        return this.call('POST', '/clock', { advanceMs: ms })
    }
    setStyle(style: 'documented' | 'recorded'): Promise<unknown> {
        return this.call('POST', '/style', { style })
    }
    /** Generates connections (replacing all unless append). Times in ms or ISO. */
    seed(o: { seed: number; connections: number; from?: number | string; to?: number | string; runningFraction?: number; withCodeFraction?: number; devices?: number; append?: boolean }): Promise<{ added: number; total: number }> {
        return this.call('POST', '/seed', o)
    }
    /** Adds one connection record; unspecified fields get realistic defaults. Returns the record. */
    addConnection(fields: Record<string, unknown>): Promise<Record<string, unknown> & { id: string }> {
        return this.call('POST', '/connections', fields)
    }
    endConnection(id: string, endDate?: string): Promise<unknown> {
        return this.call('POST', '/connections/end', { id, end_date: endDate })
    }
    /** Ends every running connection that started before `before`. */
    endRunning(o: { before?: string; seed?: number } = {}): Promise<{ ended: number }> {
        return this.call('POST', '/connections/end-running', o)
    }
    /** Every connection record, exactly as the report returns them, sorted by id. */
    async truth(): Promise<Record<string, unknown>[]> {
        return (await this.call<{ records: Record<string, unknown>[] }>('GET', '/truth')).records
    }
    async createToken(o: { permissions?: Permission[]; userId?: string } = {}): Promise<string> {
        return (await this.call<{ token: string }>('POST', '/tokens', o)).token
    }
    expireToken(token: string): Promise<unknown> {
        return this.call('POST', '/tokens/expire', { token })
    }
    setOnline(code: string, online = true): Promise<unknown> {
        return this.call('POST', '/sessions/online', { code, online })
    }
    setSessionLimit(sessionLimit: number): Promise<unknown> {
        return this.call('POST', '/license', { sessionLimit })
    }
    /** Calls per token per window; 403 rate_limit_reached, or 429 with Retry-After in mode '429'. limit 0 turns it off. */
    setRateLimit(o: { limit: number; windowSeconds?: number; mode?: '403' | '429' }): Promise<unknown> {
        return this.call('POST', '/rate-limit', o)
    }
    fault(rule: FaultRule): Promise<unknown> {
        return this.call('POST', '/faults', rule)
    }
    clearFaults(): Promise<unknown> {
        return this.call('DELETE', '/faults')
    }
    stats(): Promise<{ total: number; byEndpoint: Record<string, number>; byStatus: Record<string, number>; faults: number }> {
        return this.call('GET', '/stats')
    }
    resetStats(): Promise<unknown> {
        return this.call('DELETE', '/stats')
    }
}

export interface SimHandle {
    url: string
    apiBase: string
    port: number
    adminToken: string
    oauthClient: SimInfo['oauthClient']
    control: SimControl
    stop(): Promise<void>
}

/** Starts the simulator in a child process on 127.0.0.1 (random port). */
export function startSimulator(options: SimOptions = {}): Promise<SimHandle> {
    const child: ChildProcess = spawn(process.execPath, ['-r', path.join(__dirname, '..', '..', 'scripts', 'register-ts.js'), path.join(__dirname, 'child.ts'), JSON.stringify(options)], {
        stdio: ['ignore', 'pipe', 'inherit'],
    })
    return new Promise((resolve, reject) => {
        let out = ''
        const onData = (chunk: Buffer) => {
            out += chunk.toString()
            const m = /LISTENING (\d+)\n/.exec(out)
            if (!m) return
            child.stdout?.off('data', onData)
            const port = Number(m[1])
            const url = `http://127.0.0.1:${port}`
            const control = new SimControl(url)
            control.info().then((info) => {
                resolve({
                    url,
                    apiBase: `${url}/api/v1`,
                    port,
                    adminToken: info.adminToken,
                    oauthClient: info.oauthClient,
                    control,
                    stop: () =>
                        new Promise<void>((done) => {
                            if (child.exitCode !== null) return done()
                            child.once('exit', () => done())
                            child.kill()
                        }),
                })
            }, reject)
        }
        child.stdout?.on('data', onData)
        child.once('exit', (code) => reject(new Error(`simulator exited with ${code} before listening: ${out}`)))
        child.once('error', reject)
    })
}
