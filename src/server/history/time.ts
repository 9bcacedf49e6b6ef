/**
 * Date conversions between TeamViewer (ISO 8601 UTC) and the platform (glide_date_time 'YYYY-MM-DD HH:mm:ss'
 * UTC; glide_duration '1970-01-01 HH:mm:ss' measured from the epoch). Pure string/number code (Rhino-safe).
 * Dates are read by the one parser in ../teamviewer/dates.ts.
 */
import { canonicalIso, parseDateTime } from '../teamviewer/dates.ts'

/** Milliseconds since the epoch of an ISO 8601 (any form of teamviewer/dates.ts) or glide date-time (no zone = UTC), or NaN. */
export function toMs(s: string): number {
    return parseDateTime(s)
}

/** 'YYYY-MM-DD HH:mm:ss' (UTC) — the value of a glide_date_time field. */
export function toGlide(ms: number): string {
    // the whole second, in the one ISO formatter of teamviewer/dates.ts
    return canonicalIso(Math.floor(ms / 1000) * 1000).slice(0, 19).replace('T', ' ')
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
