/** Display values on the local form and list pages: references by display value, base choice labels. */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { PLATFORM_CHOICES } from '../platform-forms'

export function displayValue(rt: Runtime, gr: GlideRecord, field: string): string {
    const value = gr.getValue(field) ?? ''
    const choices = PLATFORM_CHOICES[field]
    if (choices && rt.schema.ancestry(gr.getTableName()).some((t) => t.name === 'task') && rt.schema.column('task', field)) return choices[value] ?? value
    return gr.getDisplayValue(field)
}
