/**
 * Unit tests of the widget's client controller (the BUILT sp_widget.client_script) with plain fakes for
 * $scope, $interval and c.server: the refresh period, no overlapping refresh, the error state, cancel on
 * $destroy.
 */
import { recordsOf } from '../../tools/runtime/build-reader'

type Deferred = { resolve(): void; reject(): void }
function controller(data: Record<string, unknown>) {
    const script = (recordsOf('sp_widget').find((w) => w.id === 'x_tvgh_teamviewer_online_cases') as unknown as { client_script: string })
        .client_script
    const api: { controller?: (...a: unknown[]) => void } = {}
    new Function('api', script)(api)
    const intervals: { fn: () => void; ms: number; cancelled: boolean }[] = []
    const $interval = Object.assign(
        (fn: () => void, ms: number) => (intervals.push({ fn, ms, cancelled: false }), intervals[intervals.length - 1]),
        {
            cancel: (t: { cancelled: boolean }) => (t.cancelled = true),
        },
    )
    const listeners: Record<string, () => void> = {}
    const $scope = { $on: (name: string, fn: () => void) => (listeners[name] = fn) }
    const pending: Deferred[] = []
    const c: Record<string, unknown> & { server: { update(): unknown } } = {
        data,
        server: {
            update: () => ({
                then: (ok: () => void, fail: () => void) => pending.push({ resolve: ok, reject: fail }),
            }),
        },
    }
    api.controller!.call(c, $scope, $interval)
    return { c, intervals, listeners, pending }
}

test('refreshes every refresh_interval seconds (default 30, at least 5) and cancels the timer on $destroy', () => {
    expect(controller({ refreshInterval: 30 }).intervals.map((i) => i.ms)).toEqual([30000])
    expect(controller({ refreshInterval: 12 }).intervals.map((i) => i.ms)).toEqual([12000])
    expect(controller({ refreshInterval: 1 }).intervals.map((i) => i.ms)).toEqual([30000])
    expect(controller({}).intervals.map((i) => i.ms)).toEqual([30000])
    const w = controller({ refreshInterval: 30 })
    w.listeners.$destroy()
    expect(w.intervals[0].cancelled).toBe(true)
})

test('a refresh shows loading, never overlaps the one in flight, and a failure says it will be retried', () => {
    const w = controller({ refreshInterval: 30 })
    w.intervals[0].fn()
    expect(w.c.loading).toBe(true)
    w.intervals[0].fn() // next tick while the first is in flight
    expect(w.pending).toHaveLength(1)
    w.pending[0].resolve()
    expect([w.c.loading, w.c.failed]).toEqual([false, ''])
    w.intervals[0].fn()
    w.pending[1].reject()
    expect(w.c.loading).toBe(false)
    expect(w.c.failed).toMatch(/could not be refreshed/)
    w.intervals[0].fn()
    w.pending[2].resolve()
    expect(w.c.failed).toBe('')
})
