/**
 * Starts the hostile TeamViewer-compatible server (server.ts) in a child process and drives it.
 * (tools/child-server.ts says why a server runs in its own process.)
 */
import path from 'node:path'
import { startChildServer } from '../../tools/child-server'
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

export async function startHostile(): Promise<Hostile> {
    const server = await startChildServer(path.join(__dirname, 'server.ts'), [], 'hostile server')
    const control = async (method: string, route: string, body?: unknown) => {
        const res = await fetch(`${server.url}${route}`, { method, body: body === undefined ? undefined : JSON.stringify(body) })
        return res.json()
    }
    return {
        url: server.url,
        apiBase: `${server.url}/api/v1`,
        plan: async (p) => void (await control('POST', '/_hostile/plan', p)),
        requests: async () => (await control('GET', '/_hostile/requests')) as SeenRequest[],
        clearRequests: async () => void (await control('DELETE', '/_hostile/requests')),
        stop: server.stop,
    }
}
