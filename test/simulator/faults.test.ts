/**
 * Simulator: fault injection (each mode, on the n-th call, at a seeded rate), rate limits (403 and 429 +
 * Retry-After) and call statistics.
 */
import { startSimulator, type SimHandle } from '../../tools/simulator/index'
import { api, json } from '../../tools/simulator/helpers'

const T0 = Date.UTC(2026, 9, 1, 12, 0, 0)
let sim: SimHandle

beforeAll(async () => {
    sim = await startSimulator({ now: T0 })
})
afterAll(() => sim.stop())
afterEach(async () => {
    await sim.control.clearFaults()
    await sim.control.setRateLimit({ limit: 0 })
    await sim.control.resetStats()
})

/** One call's outcome: the status, 'malformed', 'timeout' or 'network'. */
async function outcome(path = '/ping', timeoutMs = 1000): Promise<string> {
    try {
        const res = await api(sim, path, { signal: AbortSignal.timeout(timeoutMs) })
        const text = await res.text()
        try {
            JSON.parse(text)
        } catch {
            return 'malformed'
        }
        return String(res.status)
    } catch (e) {
        return (e as Error).name === 'TimeoutError' ? 'timeout' : 'network'
    }
}

describe('faults', () => {
    test('status on the n-th matching call, with TeamViewer error bodies; other paths and methods untouched', async () => {
        await sim.control.fault({ kind: 'status', status: 503, path: '/api/v1/reports/connections', method: 'GET', onCalls: [2] })
        expect((await api(sim, '/reports/connections')).status).toBe(200)
        expect((await api(sim, '/ping')).status).toBe(200) // other path: not counted
        const res = await api(sim, '/reports/connections')
        expect([res.status, (await json(res)).error]).toEqual([503, 'internal_error'])
        expect((await api(sim, '/reports/connections')).status).toBe(200)
        const [f] = await sim.control.faults()
        expect([f.seen, f.injected]).toEqual([3, 1])
    })
    test.each([
        ['malformed', { kind: 'malformed' }, 'malformed'],
        ['drop', { kind: 'drop' }, 'network'],
        ['reset', { kind: 'reset' }, 'network'],
        ['delay longer than the client timeout', { kind: 'delay', delayMs: 600 }, 'timeout'],
        ['429', { kind: 'status', status: 429, retryAfter: 42 }, '429'],
        ['500', { kind: 'status', status: 500 }, '500'],
    ])('%s', async (_name, rule, expected) => {
        await sim.control.fault({ ...(rule as object), path: '/api/v1/ping', onCalls: [1] } as never)
        expect(await outcome('/ping', 300)).toBe(expected)
        expect(await outcome('/ping', 300)).toBe('200')
    })
    test('429 carries Retry-After; a delay answers normally once it is over', async () => {
        await sim.control.fault({ kind: 'status', status: 429, retryAfter: 42, path: '/api/v1/ping', onCalls: [1] })
        const res = await api(sim, '/ping')
        expect([res.status, res.headers.get('retry-after'), (await json(res)).error]).toEqual([429, '42', 'rate_limit_reached'])
        await sim.control.resetStats()
        await sim.control.fault({ kind: 'delay', delayMs: 200, path: '/api/v1/ping', onCalls: [1] })
        expect((await api(sim, '/ping')).status).toBe(200)
        expect((await sim.control.stats()).faultsByKind).toEqual({ delay: 1 })
    })
    test('random faults at a seeded rate reproduce exactly; every injection is counted', async () => {
        const run = async () => {
            await sim.control.clearFaults()
            await sim.control.resetStats()
            await sim.control.fault({
                kind: 'random',
                rate: 0.4,
                seed: 99,
                kinds: ['status', 'malformed', 'drop', 'reset'],
                path: '/api/v1/ping',
            })
            const seq: string[] = []
            for (let i = 0; i < 25; i++) seq.push(await outcome())
            return { seq: seq.join(','), stats: await sim.control.stats(), faults: await sim.control.faults() }
        }
        const a = await run()
        const b = await run()
        expect(b.seq).toBe(a.seq)
        expect(a.seq).toMatch(/200/)
        expect(a.seq).toMatch(/500|malformed|network/)
        const failures = a.seq.split(',').filter((x) => x !== '200').length
        expect(a.stats.faults).toBe(failures)
        expect(a.faults[0].injected).toBe(failures)
        expect(Object.values(a.stats.faultsByKind).reduce((x, y) => x + y, 0)).toBe(failures)
    })
    test('`times` limits injections; a rule can be removed by id', async () => {
        const f = await sim.control.fault({ kind: 'status', status: 502, path: '/api/v1/ping', times: 2 })
        expect([await outcome(), await outcome(), await outcome()]).toEqual(['502', '502', '200'])
        await sim.control.removeFault(f.id)
        expect(await sim.control.faults()).toEqual([])
    })
})

describe('rate limits', () => {
    test('403 rate_limit_reached once the budget per token is spent; other tokens unaffected; the window reopens by the clock', async () => {
        await sim.control.setRateLimit({ limit: 3, windowSeconds: 3600 })
        const t = await sim.control.createToken()
        for (let i = 0; i < 3; i++) expect((await api(sim, '/account', { token: t })).status).toBe(200)
        const limited = await api(sim, '/account', { token: t })
        expect([limited.status, (await json(limited)).error]).toEqual([403, 'rate_limit_reached'])
        expect((await api(sim, '/account')).status).toBe(200) // another token
        await sim.control.advanceClock(3600 * 1000)
        expect((await api(sim, '/account', { token: t })).status).toBe(200)
        await sim.control.setClock(T0)
    })
    test('mode 429 answers Too Many Requests with Retry-After in seconds until the window frees a call', async () => {
        await sim.control.setRateLimit({ limit: 2, windowSeconds: 600, mode: '429' })
        const t = await sim.control.createToken()
        await api(sim, '/account', { token: t })
        await sim.control.advanceClock(100 * 1000)
        await api(sim, '/account', { token: t })
        const res = await api(sim, '/account', { token: t })
        expect([res.status, res.headers.get('retry-after'), (await json(res)).error]).toEqual([429, '500', 'rate_limit_reached'])
        await sim.control.setClock(T0)
    })
})

describe('statistics', () => {
    test('calls per endpoint, per status and per token; reset', async () => {
        await api(sim, '/sessions/s00-000-000')
        await api(sim, '/reports/connections')
        await api(sim, '/reports/connections', { token: '' })
        const s = await sim.control.stats()
        expect(s.total).toBe(3)
        expect(s.byEndpoint).toEqual({ 'GET /api/v1/sessions/{code}': 1, 'GET /api/v1/reports/connections': 2 })
        expect(s.byStatus).toEqual({ '404': 1, '200': 1, '401': 1 })
        expect(s.byToken).toEqual({ [sim.adminToken]: 2, '(none)': 1 })
        await sim.control.resetStats()
        expect((await sim.control.stats()).total).toBe(0)
    })
    test('the control API is never counted or faulted', async () => {
        await sim.control.fault({ kind: 'drop' })
        expect((await sim.control.info()).adminToken).toBe(sim.adminToken)
        expect((await sim.control.stats()).total).toBe(0)
    })
})
