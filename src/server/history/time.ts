/**
 * Date conversions between TeamViewer (ISO 8601 UTC) and the platform (glide_date_time 'YYYY-MM-DD HH:mm:ss'
 * UTC; glide_duration '1970-01-01 HH:mm:ss' measured from the epoch). Pure string/number code (Rhino-safe).
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/** Milliseconds since the epoch of an ISO 8601 or glide date-time (no zone = UTC), or NaN. */
export function toMs(s: string): number {
    const m = ISO_RE.exec((s || '').trim())
    if (!m) return NaN
    const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', zone = 'Z'] = m
    let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0)
    if (zone.toUpperCase() !== 'Z') {
        const sign = zone[0] === '-' ? -1 : 1
        const digits = zone.slice(1).replace(':', '')
        ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60000
    }
    return ms
}

function pad(n: number, width = 2): string {
    let s = String(n)
    while (s.length < width) s = `0${s}`
    return s
}

/** 'YYYY-MM-DD HH:mm:ss' (UTC) — the value of a glide_date_time field. */
export function toGlide(ms: number): string {
    const d = new Date(ms)
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

/** 'YYYY-MM-DDTHH:mm:ssZ' — what TeamViewer's API expects. */
export function toIso(ms: number): string {
    return `${toGlide(ms).replace(' ', 'T')}Z`
}

/** An ISO date-time from TeamViewer as a glide value, '' when absent or unreadable. */
export function isoToGlide(iso: string | null): string {
    if (!iso) return ''
    const ms = toMs(iso)
    return Number.isNaN(ms) ? '' : toGlide(Math.floor(ms / 1000) * 1000)
}

/** A duration in seconds as a glide_duration value (time since the epoch). */
export function durationValue(seconds: number): string {
    return toGlide(Math.max(0, Math.round(seconds)) * 1000)
}

/** "1 h 5 min", "42 s" — for work notes. */
export function humanDuration(seconds: number): string {
    const s = Math.max(0, Math.round(seconds))
    const h = Math.floor(s / 3600)
    const m = Math.floor((s % 3600) / 60)
    const rest = s % 60
    if (h) return `${h} h ${m} min`
    if (m) return `${m} min ${rest} s`
    return `${rest} s`
}
