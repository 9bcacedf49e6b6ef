/** Display values on the local form and list pages: references by display value, base choice labels. */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { PLATFORM_CHOICES } from '../platform-forms'

export function displayValue(rt: Runtime, gr: GlideRecord, field: string): string {
    const value = gr.getValue(field) ?? ''
    const choices = PLATFORM_CHOICES[field]
    if (choices && rt.schema.ancestry(gr.getTableName()).some((t) => t.name === 'task') && rt.schema.column('task', field))
        return choices[value] ?? value
    if (rt.schema.column(gr.getTableName(), field)?.type === 'glide_duration' && value) return durationText(value)
    return gr.getDisplayValue(field)
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
