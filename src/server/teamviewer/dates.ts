/**
 * The one date parser of the app. TeamViewer's sources show several ISO 8601 forms: responses use the
 * extended form (`2024-04-16T20:40:38Z`), the API documentation's own examples the basic form
 * (`20130116T194014Z`); offsets (`+02:00`, `+0200`, `+02`), fractions (`.123`, `,5`) and date-only values
 * (`2024-04-16`, `20240416`) must read too. Glide date-time values ('2024-04-16 20:40:38', UTC) use the
 * same parser. No zone means UTC (TeamViewer and the platform both speak UTC). Pure code, Rhino-safe.
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
