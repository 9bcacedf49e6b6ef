/**
 * Simulator for the local product: its own session links (customer join page, supporter session page) and
 * its state kept in a file across restarts (what `npm start` relies on: a case opened before a restart is
 * still there after it, with its connections).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createSimulatorServer, type SimulatorServer } from '../../tools/simulator/index'
import { signIn, type J } from '../../tools/simulator/helpers'

const REDIRECT = 'http://127.0.0.1/cb'
let dir = ''
beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sim-state-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function start(file: string): Promise<SimulatorServer> {
    const srv = await createSimulatorServer({
        stateFile: file,
        oauthClient: { id: 'local', secret: 'local-secret', redirectUris: [REDIRECT] },
    })
    srv.sim.state.linkBase = srv.url
    return srv
}

const call = (srv: SimulatorServer, method: string, p: string, token: string, body?: J) =>
    fetch(`${srv.apiBase}${p}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
    })

const post = (url: string, action: string) => fetch(url, { method: 'POST', body: new URLSearchParams({ action }) })

test('links served locally, and users, grants, sessions and connections survive a restart', async () => {
    const file = path.join(dir, 'simulator.json')
    const first = await start(file)
    const handle = { url: first.url, apiBase: first.apiBase, oauthClient: first.sim.state.oauthClient } as never
    const grant = await signIn(handle, 'ann@example.com', 'ann', REDIRECT)
    const created = (await (
        await call(first, 'POST', '/sessions', grant.access_token, { groupname: 'ServiceNow', description: 'INC0010001' })
    ).json()) as J
    const digits = String(created.code).replace(/\D/g, '')
    expect(created.end_customer_link).toBe(`${first.url}/v15/s${digits}`)
    const supporter = String(created.supporter_link)
    expect(await (await fetch(supporter)).text()).toContain('virtual lobby')
    const joined = await fetch(String(created.end_customer_link))
    expect(joined.status).toBe(200)
    expect(await joined.text()).toContain(String(created.code))
    expect(await (await post(supporter, 'connect')).text()).toContain('End the connection')
    expect(await (await post(supporter, 'end')).text()).toContain('Connect')
    expect((await call(first, 'PUT', `/sessions/${created.code}`, grant.access_token, { state: 'closed' })).status).toBe(204)
    const adminToken = first.sim.state.adminToken
    await first.close()

    const second = await start(file)
    try {
        expect(second.sim.state.adminToken).toBe(adminToken)
        const again = (await (await call(second, 'GET', `/sessions/${created.code}`, grant.access_token)).json()) as J
        expect(again).toMatchObject({ code: created.code, state: 'closed', description: 'INC0010001' })
        const report = (await (await call(second, 'GET', '/reports/connections', adminToken)).json()) as { records: J[] }
        expect(report.records.filter((r) => r.session_code === created.code)).toHaveLength(1)
        expect(report.records[0].end_date).toBeDefined()
        // refresh tokens still work, and new codes and ids do not repeat the first run's
        const refreshed = await fetch(`${second.apiBase}/oauth2/token`, {
            method: 'POST',
            body: new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: grant.refresh_token,
                client_id: 'local',
                client_secret: 'local-secret',
            }),
        })
        expect(refreshed.status).toBe(200)
        const users = (await (
            await fetch(`${second.url}/_sim/users`, { method: 'POST', body: JSON.stringify({ email: 'new@example.com' }) })
        ).json()) as J
        expect(users.id).toBe('u1000004')
    } finally {
        await second.close()
    }
})
