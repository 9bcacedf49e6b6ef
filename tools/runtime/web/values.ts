/**
 * Display values on the local form and list pages, as the platform shows them: references by display value,
 * choices by label (the dictionary's, web/dictionary.ts; base task state/priority), booleans true/false
 * (lists draw a checkbox: cellHtml), durations as "1 Hour 2 Minutes", empty dates blank, and never a
 * password2 value (not even its ciphertext).
 */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { PLATFORM_CHOICES } from '../platform-forms'
import { fieldInfo, tableLabelOf } from './dictionary'
import { escapeHtml } from './html'

export function isTrue(v: string | null | undefined): boolean {
    return v === 'true' || v === '1'
}

export function displayValue(rt: Runtime, gr: GlideRecord, field: string): string {
    const value = gr.getValue(field) ?? ''
    const table = gr.getTableName()
    const base = PLATFORM_CHOICES[field]
    if (base && rt.schema.ancestry(table).some((t) => t.name === 'task') && rt.schema.column('task', field)) return base[value] ?? value
    const info = fieldInfo(rt, table, field)
    if (!info) return gr.getDisplayValue(field)
    if (info.type === 'password2' || info.type === 'password') return ''
    if (info.type === 'boolean') return value === '' ? '' : String(isTrue(value))
    if (info.choices && value !== '') return info.choices.find((c) => c.value === value)?.label ?? value
    if (info.type === 'glide_duration') return value ? durationText(value) : ''
    if (/^glide_date/.test(info.type) && !value) return ''
    if (
        info.type === 'reference' &&
        info.reference &&
        value &&
        !rt.schema.column(table, field)?.reference &&
        rt.schema.has(info.reference)
    ) {
        // a platform reference the runtime stores as a string: the referenced record's display value
        const ref = rt.query(info.reference, `sys_id=${value}`)[0]
        return ref ? ref[rt.schema.displayColumn(info.reference)] || value : value
    }
    if (info.type === 'table_name' && value) return rt.schema.has(value) ? tableLabelOf(rt, value) : value
    return gr.getDisplayValue(field)
}

/** A list cell: booleans as a (read-only) checkbox, as UI16 lists draw them; everything else as text. */
export function cellHtml(rt: Runtime, table: string, field: string, text: string, raw: string): string {
    if (fieldInfo(rt, table, field)?.type === 'boolean')
        return `<input type="checkbox" disabled${isTrue(raw) ? ' checked' : ''} aria-label="${escapeHtml(text || 'false')}">`
    return escapeHtml(text)
}

/** A duration ("1970-01-01 01:02:03", stored from the epoch) as the platform shows it: "1 Hour 2 Minutes 3 Seconds". */
export function durationText(value: string): string {
    const ms = Date.parse(`${value.replace(' ', 'T')}Z`)
    if (Number.isNaN(ms)) return value
    let s = Math.round(ms / 1000)
    const parts: string[] = []
    for (const [unit, size] of [
        ['Day', 86400],
        ['Hour', 3600],
        ['Minute', 60],
        ['Second', 1],
    ] as const) {
        const n = Math.floor(s / size)
        s -= n * size
        if (n) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`)
    }
    return parts.join(' ') || '0 Seconds'
}

/** A duration's parts (days, hours, minutes, seconds) for the form's duration input; null when not a duration. */
export function durationParts(value: string): { days: number; hours: number; minutes: number; seconds: number } | null {
    if (!value) return { days: 0, hours: 0, minutes: 0, seconds: 0 }
    const ms = Date.parse(`${value.replace(' ', 'T')}Z`)
    if (Number.isNaN(ms)) return null
    const s = Math.round(ms / 1000)
    return { days: Math.floor(s / 86400), hours: Math.floor((s % 86400) / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 }
}

/** Parts back to the stored form ("1970-01-0D HH:MM:SS" from the epoch). */
export function durationValue(p: { days: number; hours: number; minutes: number; seconds: number }): string {
    const ms = ((p.days * 24 + p.hours) * 60 + p.minutes) * 60000 + p.seconds * 1000
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/** A record's display value for headings; a widget instance without a title reads as its widget's name. */
export function recordDisplay(rt: Runtime, gr: GlideRecord): string {
    const table = gr.getTableName()
    if (table === 'sp_instance') return gr.getValue('title') || displayValue(rt, gr, 'sp_widget')
    return gr.getDisplayValue()
}
