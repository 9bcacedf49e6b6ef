/**
 * The CSV export of `npm run retrieve -- --export csv`: one line per stored connection, dates in UTC as
 * stored, and the duration as a person reads it — seconds and hh:mm:ss (hours beyond 24 are kept: 72:00:00) —
 * instead of the glide_duration value ('1970-01-04 00:00:00').
 *
 * Formula injection: most values come from TeamViewer (names, notes, device names). A spreadsheet runs a cell
 * that starts with `=`, `+`, `-`, `@` (or a tab or carriage return before one) as a formula, so such a cell is
 * written with a leading `'` (OWASP's advice: shown as text); a plain number such as a negative fee stays as is.
 */
import { glideDurationSeconds } from '../src/server/shared/time'

export const EXPORT_COLUMNS = [
    'tv_id',
    'start_date',
    'end_date',
    'duration_seconds',
    'duration',
    'supporter_name',
    'supporter_tv_user_id',
    'device_name',
    'device_id',
    'group_name',
    'session_code',
    'support_session_type',
    'billing_state',
    'fee',
    'currency',
    'end_customer_name',
    'end_customer_email',
    'notes',
] as const

/** The cell as text a spreadsheet never evaluates: a leading formula character gets a `'` before it. */
export function neutralised(v: string): string {
    return /^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v) ? `'${v}` : v
}

export function csvField(v: string): string {
    const text = neutralised(v)
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** 6479 → '01:47:59'; 259200 → '72:00:00'. */
export function hhmmss(seconds: number): string {
    const two = (n: number) => String(n).padStart(2, '0')
    return `${two(Math.floor(seconds / 3600))}:${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`
}

/** The CSV text (header + one line per row, '\n' line ends) of stored connection rows. */
export function connectionsCsv(rows: Record<string, string | null | undefined>[]): string {
    const lines: string[] = [EXPORT_COLUMNS.join(',')]
    for (const r of rows) {
        const seconds = glideDurationSeconds(r.duration)
        const values = EXPORT_COLUMNS.map((c) => {
            if (c === 'duration_seconds') return seconds === null ? '' : String(seconds)
            if (c === 'duration') return seconds === null ? '' : hhmmss(seconds)
            return String(r[c] ?? '')
        })
        lines.push(values.map(csvField).join(','))
    }
    return `${lines.join('\n')}\n`
}
