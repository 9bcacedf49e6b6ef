/**
 * Fault injection, per test through the control API: on the n-th matching call or at a seeded rate, so a
 * failure sequence reproduces exactly for a seed.
 */
import type { ServerResponse } from 'node:http'
import { send } from './errors'
import { rng } from './state'

export type FaultKind = 'status' | 'delay' | 'malformed' | 'drop' | 'reset'

export interface FaultRule {
    /** 'random' picks one of `kinds` on each hit */
    kind: FaultKind | 'random'
    /** for 'status': the HTTP status (default 500); 429 carries Retry-After, 403 is rate_limit_reached */
    status?: number
    /** error code in the body for 'status' (default by status) */
    error?: string
    /** Retry-After seconds for status 429 (default 60) */
    retryAfter?: number
    /** path prefix the rule applies to (default: every /api/v1 call) */
    path?: string
    /** HTTP method the rule applies to (default: any) */
    method?: string
    /** 1-based numbers of the matching calls that fail */
    onCalls?: number[]
    /** probability per matching call (default 1 when onCalls is absent) */
    rate?: number
    /** seed of the rule's PRNG (default 1) */
    seed?: number
    /** kinds a 'random' rule picks from (default status, malformed, drop) */
    kinds?: FaultKind[]
    /** for 'delay': milliseconds before the (otherwise normal) answer (default 5000) */
    delayMs?: number
    /** stop after this many injections */
    times?: number
}

export interface FaultState extends FaultRule {
    id: number
    /** matching calls seen */
    seen: number
    /** faults injected */
    injected: number
}

interface Active extends FaultState {
    random: () => number
}

const KINDS: FaultKind[] = ['status', 'delay', 'malformed', 'drop', 'reset']

export class Faults {
    private rules: Active[] = []
    private seq = 0
    /** injected faults per kind */
    counts: Record<string, number> = {}

    add(rule: FaultRule): FaultState {
        if (rule.kind !== 'random' && !KINDS.includes(rule.kind)) throw new Error(`unknown fault kind ${String(rule.kind)}`)
        for (const k of rule.kinds ?? []) if (!KINDS.includes(k)) throw new Error(`unknown fault kind ${k}`)
        const active: Active = { ...rule, id: ++this.seq, seen: 0, injected: 0, random: rng(Number(rule.seed ?? 1)) }
        this.rules.push(active)
        return this.describe(active)
    }
    private describe(a: Active): FaultState {
        const { random: _r, ...rest } = a
        return rest
    }
    list(): FaultState[] {
        return this.rules.map((a) => this.describe(a))
    }
    clear(): void {
        this.rules = []
    }
    remove(id: number): boolean {
        const before = this.rules.length
        this.rules = this.rules.filter((r) => r.id !== id)
        return this.rules.length < before
    }
    get total(): number {
        return Object.values(this.counts).reduce((a, b) => a + b, 0)
    }

    /** The fault to inject on this call, if any (every matching rule counts the call). */
    pick(method: string, path: string): { rule: Active; kind: FaultKind } | null {
        let chosen: { rule: Active; kind: FaultKind } | null = null
        for (const f of this.rules) {
            if (f.path && !path.startsWith(f.path)) continue
            if (f.method && f.method.toUpperCase() !== method) continue
            f.seen++
            if (chosen || (f.times !== undefined && f.injected >= f.times)) continue
            let kind: FaultKind | null = null
            if (f.kind === 'random') {
                if (f.random() < (f.rate ?? 0.1)) {
                    const kinds = f.kinds ?? ['status', 'malformed', 'drop']
                    kind = kinds[Math.floor(f.random() * kinds.length)]
                }
            } else if (f.onCalls ? f.onCalls.includes(f.seen) : f.random() < (f.rate ?? 1)) kind = f.kind
            if (!kind) continue
            f.injected++
            this.counts[kind] = (this.counts[kind] ?? 0) + 1
            chosen = { rule: f, kind }
        }
        return chosen
    }

    /**
     * Carries a fault out. Returns the status sent (0 for no answer), or 'continue' for a delay: the
     * normal answer then follows, later than a client with a shorter timeout waits.
     */
    async apply(fault: { rule: FaultRule; kind: FaultKind }, res: ServerResponse): Promise<number | 'continue'> {
        const { rule, kind } = fault
        switch (kind) {
            case 'drop': // closes the connection without an answer
                res.socket?.destroy()
                return 0
            case 'reset': // TCP RST
                if (res.socket && typeof res.socket.resetAndDestroy === 'function') res.socket.resetAndDestroy()
                else res.socket?.destroy()
                return 0
            case 'malformed': // 200 with a body that is not JSON
                send(res, 200, '{"records": [ {"id": "trunc', { 'Content-Type': 'application/json; charset=utf-8' })
                return 200
            case 'delay':
                await new Promise((r) => setTimeout(r, rule.delayMs ?? 5000))
                return 'continue'
            case 'status': {
                const status = rule.status ?? 500
                if (status === 429) {
                    send(
                        res,
                        429,
                        { error: rule.error ?? 'rate_limit_reached', error_description: 'Rate limit reached.', error_code: 0 },
                        { 'Retry-After': String(rule.retryAfter ?? 60) },
                    )
                } else if (status === 403) {
                    send(res, 403, {
                        error: rule.error ?? 'rate_limit_reached',
                        error_description: 'IP blocked or rate limit reached.',
                        error_code: 0,
                    })
                } else if (status >= 500) {
                    send(res, status, {
                        error: rule.error ?? 'internal_error',
                        error_description:
                            status === 500
                                ? 'An internal server error occurred.'
                                : `The service is temporarily unavailable (HTTP ${status}).`,
                        error_code: 0,
                    })
                } else {
                    send(res, status, { error: rule.error ?? 'invalid_request', error_description: 'Injected error.', error_code: 0 })
                }
                return status
            }
        }
    }
}
