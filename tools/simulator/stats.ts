/** The shapes of the simulator's rate limit and call statistics (server.ts keeps them; control.ts reports them). */
export interface RateLimit {
    limit: number
    windowSeconds?: number
    /** '403': rate_limit_reached as documented; '429': Too Many Requests with Retry-After */
    mode?: '403' | '429'
}

export interface Stats {
    total: number
    byEndpoint: Record<string, number>
    byStatus: Record<string, number>
    byToken: Record<string, number>
    faults: number
    faultsByKind: Record<string, number>
}
