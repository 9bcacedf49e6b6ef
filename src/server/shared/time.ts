/**
 * The one time module of the app: date parsing and the conversions between TeamViewer (ISO 8601, UTC) and the
 * platform (glide_date_time 'YYYY-MM-DD HH:mm:ss', UTC; glide_duration '1970-01-01 HH:mm:ss', the time since the
 * epoch). Pure string/number code (Rhino-safe): platform values are UTC, so no GlideDateTime round trip is needed.
 *
 * The one date parser: TeamViewer's sources show several ISO 8601 forms: responses use the extended form
 * (`2024-04-16T20:40:38Z`), the API documentation's own examples the basic form (`20130116T194014Z`); offsets
 * (`+02:00`, `+0200`, `+02`), fractions (`.123`, `,5`) and date-only values (`2024-04-16`, `20240416`) must read
 * too. Glide date-time values ('2024-04-16 20:40:38', UTC) use the same parser. No zone means UTC (TeamViewer and
 * the platform both speak UTC).
 */

// extended: YYYY-MM-DD[(T| )HH:mm[:ss[(.|,)fff]][zone]]
const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/
// basic: YYYYMMDD[THHmm[ss[(.|,)fff]][zone]]
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:[Tt](\d{2})(\d{2})(?:(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/

function daysInMonth(year: number, month: number): number {
    return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Milliseconds since the epoch, or NaN when `s` is not one of the forms above or names an impossible date. */
export function parseDateTime(s: string | null | undefined): number {
    const text = (s === null || s === undefined ? '' : String(s)).trim()
    const m = EXTENDED.exec(text) || BASIC.exec(text)
    if (!m) return NaN
    const year = parseInt(m[1], 10)
    const month = parseInt(m[2], 10)
    const day = parseInt(m[3], 10)
    const hour = m[4] ? parseInt(m[4], 10) : 0
    const minute = m[5] ? parseInt(m[5], 10) : 0
    const second = m[6] ? parseInt(m[6], 10) : 0
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN
    if (hour > 23 || minute > 59 || second > 59) return NaN
    const millis = m[7] ? Math.floor(parseFloat(`0.${m[7]}`) * 1000) : 0
    let ms = Date.UTC(year, month - 1, day, hour, minute, second, millis)
    const zone = m[8] || 'Z'
    if (zone !== 'Z' && zone !== 'z') {
        const digits = zone.slice(1).replace(':', '')
        const offsetHours = parseInt(digits.slice(0, 2), 10)
        const offsetMinutes = digits.length > 2 ? parseInt(digits.slice(2, 4), 10) : 0
        if (offsetHours > 23 || offsetMinutes > 59) return NaN
        ms -= (zone.charAt(0) === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60000
    }
    return ms
}

function pad(n: number, width = 2): string {
    let s = String(n)
    while (s.length < width) s = `0${s}`
    return s
}

/** 'YYYY-MM-DDTHH:mm:ssZ', with '.sss' only when the milliseconds are not zero: how the app keeps TeamViewer dates. */
export function canonicalIso(ms: number): string {
    const d = new Date(ms)
    const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
    const millis = d.getUTCMilliseconds()
    return millis ? `${base}.${pad(millis, 3)}Z` : `${base}Z`
}

/** Milliseconds since the epoch of an ISO 8601 (any form above) or glide date-time (no zone = UTC), or NaN. */
export function toMs(s: string): number {
    return parseDateTime(s)
}

/** 'YYYY-MM-DD HH:mm:ss' (UTC) — the value of a glide_date_time field (what GlideDateTime.getValue() gives). */
export function toGlide(ms: number): string {
    // the whole second, in the one ISO formatter above
    return canonicalIso(Math.floor(ms / 1000) * 1000)
        .slice(0, 19)
        .replace('T', ' ')
}

/** Milliseconds of a glide_date_time value (what GlideDateTime.getNumericValue() gives); 0 when empty or unreadable. */
export function glideMs(value: string | null | undefined): number {
    const ms = value ? toMs(value) : NaN
    return Number.isNaN(ms) ? 0 : ms
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

/** Whole seconds from `from` to `to` (any form above); null when either is unreadable or `to` is before `from`. */
export function secondsBetween(from: string, to: string): number | null {
    const start = toMs(from)
    const end = toMs(to)
    if (Number.isNaN(start) || Number.isNaN(end) || end < start) return null
    return Math.round((end - start) / 1000)
}

/** A duration in seconds as a glide_duration value (time since the epoch). */
export function durationValue(seconds: number): string {
    return toGlide(Math.max(0, Math.round(seconds)) * 1000)
}

const GLIDE_VALUE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** The seconds of a glide_duration value ('1970-01-02 06:00:00' = 1 day 6 hours = 108000); null when empty or not a glide value. */
export function glideDurationSeconds(value: string | null | undefined): number | null {
    const text = (value ?? '').trim()
    if (!GLIDE_VALUE.test(text)) return null
    const ms = parseDateTime(text)
    return Number.isNaN(ms) ? null : Math.floor(ms / 1000)
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
