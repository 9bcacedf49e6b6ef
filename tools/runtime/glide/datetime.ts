/**
 * GlideDateTime and GlideDuration: values are UTC 'yyyy-MM-dd HH:mm:ss' (product docs: "GlideDateTime ...
 * internal value in UTC"); a duration's value is the time since the epoch, e.g. '1970-01-01 01:05:00'.
 * Display values here are UTC too (the runtime has no user time zones).
 */

function pad(n: number, w = 2): string {
    return String(n).padStart(w, '0')
}

export function formatGlide(ms: number): string {
    const d = new Date(ms)
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

export function parseGlide(value: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?(?:\.\d+)?Z?$/.exec(value.trim())
    if (!m) return NaN
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))
}

export function makeDateTimeClasses(now: () => number) {
    class GlideDuration {
        private ms: number
        constructor(value?: number | string) {
            this.ms = typeof value === 'number' ? value : value ? parseGlide(value) : 0
            if (Number.isNaN(this.ms)) this.ms = 0
        }
        getNumericValue(): number {
            return this.ms
        }
        getValue(): string {
            return formatGlide(this.ms)
        }
        setValue(v: string): void {
            this.ms = parseGlide(v) || 0
        }
        getDurationValue(): string {
            const s = Math.floor(this.ms / 1000)
            const days = Math.floor(s / 86400)
            const rest = `${pad(Math.floor((s % 86400) / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
            return days ? `${days} ${rest}` : rest
        }
        getDisplayValue(): string {
            const s = Math.floor(this.ms / 1000)
            const parts: string[] = []
            const units: [number, string][] = [
                [86400, 'Day'],
                [3600, 'Hour'],
                [60, 'Minute'],
                [1, 'Second'],
            ]
            let left = s
            for (const [size, name] of units) {
                const n = Math.floor(left / size)
                left -= n * size
                if (n) parts.push(`${n} ${name}${n > 1 ? 's' : ''}`)
            }
            return parts.join(' ') || '0 Seconds'
        }
        toString(): string {
            return this.getValue()
        }
    }

    class GlideDateTime {
        private ms: number
        constructor(value?: string | GlideDateTime) {
            if (value instanceof GlideDateTime) this.ms = value.ms
            else if (value === undefined || value === null || value === '') this.ms = Math.floor(now() / 1000) * 1000
            else {
                this.ms = parseGlide(String(value))
                if (Number.isNaN(this.ms)) throw new Error(`GlideDateTime: cannot parse "${value}" (expected yyyy-MM-dd HH:mm:ss)`)
            }
        }
        getValue(): string {
            return formatGlide(this.ms)
        }
        setValue(v: string | number): void {
            this.ms = typeof v === 'number' ? v : parseGlide(v)
        }
        getNumericValue(): number {
            return this.ms
        }
        setNumericValue(ms: number): void {
            this.ms = ms
        }
        getDisplayValue(): string {
            return formatGlide(this.ms)
        }
        getDate(): string {
            return formatGlide(this.ms).slice(0, 10)
        }
        add(v: number | GlideDuration): void {
            this.ms += typeof v === 'number' ? v : v.getNumericValue()
        }
        addSeconds(s: number): void {
            this.ms += s * 1000
        }
        addDaysUTC(d: number): void {
            this.ms += d * 86400000
        }
        addDays(d: number): void {
            this.addDaysUTC(d)
        }
        compareTo(o: GlideDateTime): number {
            return this.ms < o.ms ? -1 : this.ms > o.ms ? 1 : 0
        }
        before(o: GlideDateTime): boolean {
            return this.ms < o.ms
        }
        after(o: GlideDateTime): boolean {
            return this.ms > o.ms
        }
        equals(o: GlideDateTime): boolean {
            return this.ms === o.ms
        }
        isValid(): boolean {
            return !Number.isNaN(this.ms)
        }
        toString(): string {
            return this.getValue()
        }
        /** GlideDateTime.subtract(start, end) → GlideDuration of end − start. */
        static subtract(start: GlideDateTime, end: GlideDateTime): GlideDuration {
            return new GlideDuration(end.ms - start.ms)
        }
    }
    return { GlideDateTime, GlideDuration }
}
