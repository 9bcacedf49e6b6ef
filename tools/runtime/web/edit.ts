/**
 * Editing a record on the local form page, as a platform form does: an input per field by its dictionary type
 * (web/dictionary.ts) for the fields the user may write (table, record and field ACLs), and the save
 * (`sysverb_update` / `sysverb_update_and_stay`) as the user through GlideRecordSecure — business rules run,
 * ACLs are checked again, password2 values are write-only (the input is always empty; a typed value replaces
 * the stored one, an empty one keeps it). Values are checked by type first: one bad value saves nothing.
 *
 * The Service Portal instance form (`sp_instance`) also shows the widget's option schema as fields ("Instance
 * Options"), saved into `widget_parameters` as the platform's instance options dialog does.
 */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { fieldInfo, type FieldInfo } from './dictionary'
import { escapeHtml } from './html'
import { newRecord } from './lists'
import { durationParts, durationValue, isTrue } from './values'

const READ_ONLY_TYPES = new Set(['GUID', 'sys_class_name', 'journal_input', 'journal', 'conditions'])

/** Whether the user may change this field of this record on the form. */
export function canEditField(rt: Runtime, user: string, table: string, sysId: string, field: string): boolean {
    const info = fieldInfo(rt, table, field)
    if (!info || field.startsWith('sys_') || READ_ONLY_TYPES.has(info.type)) return false
    return rt.can(user, 'write', table, sysId) && rt.can(user, 'write', table, sysId, field)
}

/** Whether the stored value is a secret: a password2 column, or a password2 system property's value. */
export function isSecret(rt: Runtime, table: string, field: string, gr: GlideRecord): boolean {
    const type = fieldInfo(rt, table, field)?.type
    if (type === 'password2' || type === 'password') return true
    return table === 'sys_properties' && field === 'value' && ['password2', 'password'].includes(gr.getValue('type') ?? '')
}

/** Whether the field shows as a text area: a script/HTML/JSON type or more than 255 characters, as the dictionary says. */
export function isMultiLine(info: FieldInfo): boolean {
    return (
        ['html', 'script', 'script_plain', 'json', 'multi_two_lines', 'translated_html'].includes(info.type) || (info.maxLength ?? 0) > 255
    )
}

const attr = (id: string) => `id="${escapeHtml(id)}" name="${escapeHtml(id)}"`

/** The input of an editable field (id = name = "<table>.<field>"). */
export function inputHtml(rt: Runtime, table: string, gr: GlideRecord, info: FieldInfo): string {
    const id = `${table}.${info.name}`
    const value = gr.getValue(info.name) ?? ''
    if (isSecret(rt, table, info.name, gr)) {
        const stored = value !== ''
        return `<input type="password" class="form-control" ${attr(id)} value="" autocomplete="new-password" placeholder="${stored ? 'stored — type a new value to replace it' : 'empty'}"> <span class="secret-state" data-for="${escapeHtml(id)}">${stored ? 'stored' : 'empty'}</span>`
    }
    if (info.type === 'boolean')
        return `<input type="hidden" name="${escapeHtml(id)}" value="false"><input type="checkbox" id="${escapeHtml(id)}" name="${escapeHtml(id)}" value="true"${isTrue(value) ? ' checked' : ''}>`
    if (info.choices) {
        const known = info.choices.some((c) => c.value === value)
        const options = [
            ...(info.mandatory ? [] : [{ value: '', label: '-- None --' }]),
            ...info.choices,
            ...(known || value === '' ? [] : [{ value, label: value }]),
        ]
        return `<select class="form-control" ${attr(id)}>${options.map((c) => `<option value="${escapeHtml(c.value)}"${c.value === value ? ' selected' : ''}>${escapeHtml(c.label)}</option>`).join('')}</select>`
    }
    if (info.type === 'glide_duration') {
        const p = durationParts(value) ?? { days: 0, hours: 0, minutes: 0, seconds: 0 }
        const part = (k: keyof typeof p, label: string, max: number) =>
            `<label class="tv-dur"><input type="number" min="0" max="${max}" class="form-control" id="${escapeHtml(`${id}.${k}`)}" name="${escapeHtml(`${id}.${k}`)}" value="${p[k]}" aria-label="${label}"> ${label}</label>`
        return `<span class="tv-duration" role="group" aria-labelledby="label.${escapeHtml(id)}">${part('days', 'Days', 99999)}${part('hours', 'Hours', 23)}${part('minutes', 'Minutes', 59)}${part('seconds', 'Seconds', 59)}</span>`
    }
    if (info.type === 'reference' && info.reference && rt.schema.has(info.reference)) {
        const rows = rt.query(info.reference, `ORDERBY${rt.schema.displayColumn(info.reference)}`).slice(0, 500)
        const display = rt.schema.displayColumn(info.reference)
        const options = [{ value: '', label: '-- None --' }, ...rows.map((r) => ({ value: r.sys_id, label: r[display] || r.sys_id }))]
        return `<select class="form-control" ${attr(id)}>${options.map((c) => `<option value="${escapeHtml(c.value)}"${c.value === value ? ' selected' : ''}>${escapeHtml(c.label)}</option>`).join('')}</select>`
    }
    // (the newline after the start tag: HTML drops the first one of a textarea's content)
    if (isMultiLine(info)) return `<textarea class="form-control" rows="6" ${attr(id)}>\n${escapeHtml(value)}</textarea>`
    const type = info.type === 'integer' ? ' inputmode="numeric"' : ''
    return `<input type="text" class="form-control" ${attr(id)}${type} value="${escapeHtml(value)}">`
}

/** A submitted value by type; an error message when it is not acceptable (the platform's wording). */
export function parseValue(info: FieldInfo, form: URLSearchParams, id: string): { value: string } | { error: string } | null {
    if (info.type === 'glide_duration') {
        const keys = ['days', 'hours', 'minutes', 'seconds'] as const
        if (!keys.some((k) => form.has(`${id}.${k}`))) return null
        const p = { days: 0, hours: 0, minutes: 0, seconds: 0 }
        for (const k of keys) {
            const raw = (form.get(`${id}.${k}`) ?? '').trim() || '0'
            if (!/^\d+$/.test(raw)) return { error: `${info.label}: ${k} must be a whole number` }
            p[k] = Number(raw)
        }
        if (p.hours > 23 || p.minutes > 59 || p.seconds > 59) return { error: `${info.label}: hours 0–23, minutes and seconds 0–59` }
        return { value: durationValue(p) }
    }
    const all = form.getAll(id)
    if (!all.length) return null
    if (info.type === 'boolean') return { value: all.includes('true') ? 'true' : 'false' }
    // a browser submits a textarea's line breaks as CRLF
    const v = all[all.length - 1].replace(/\r\n/g, '\n')
    if (info.type === 'integer' && v.trim() !== '' && !/^-?\d+$/.test(v.trim())) return { error: `${info.label}: Invalid integer value` }
    if (info.choices && v !== '' && !info.choices.some((c) => c.value === v))
        return { error: `${info.label}: "${v}" is not one of its choices` }
    if (/^glide_date_time$/.test(info.type) && v.trim() !== '' && !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(v.trim()))
        return { error: `${info.label}: use the format yyyy-MM-dd HH:mm:ss` }
    return { value: info.type === 'integer' ? v.trim() : v }
}

export interface SaveResult {
    errors: string[]
    changed: string[]
}

/** The Instance Options of an sp_instance: the widget's option schema. */
interface WidgetOption {
    name: string
    label?: string
    type?: string
    hint?: string
    default_value?: unknown
    section?: string
}

export function widgetOptions(rt: Runtime, instance: GlideRecord): WidgetOption[] {
    const widget = rt.query('sp_widget', `sys_id=${instance.getValue('sp_widget') ?? ''}`)[0]
    if (!widget?.option_schema) return []
    try {
        const parsed = JSON.parse(widget.option_schema) as WidgetOption[]
        return Array.isArray(parsed) ? parsed.filter((o) => o && typeof o.name === 'string') : []
    } catch (_e) {
        return []
    }
}

function instanceParams(gr: GlideRecord): Record<string, unknown> {
    try {
        const p = JSON.parse(gr.getValue('widget_parameters') || '{}') as unknown
        return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : {}
    } catch (_e) {
        return {}
    }
}

/** The "Instance Options" section of an sp_instance form (inputs named "sp_option.<name>"). */
export function instanceOptionsHtml(rt: Runtime, gr: GlideRecord, editable: boolean): string {
    const options = widgetOptions(rt, gr)
    if (!options.length) return ''
    const params = instanceParams(gr)
    const rows = options.map((o) => {
        const id = `sp_option.${o.name}`
        const current = params[o.name] as { value?: unknown } | string | number | undefined
        const raw = current && typeof current === 'object' && 'value' in current ? current.value : current
        const value = raw === undefined || raw === '' ? '' : String(raw)
        const hint = o.hint
            ? `<p class="tv-hint" id="hint.${escapeHtml(id)}">${escapeHtml(o.hint)}${o.default_value !== undefined ? ` (default: ${escapeHtml(String(o.default_value))})` : ''}</p>`
            : ''
        const input = `<input type="text" class="form-control" id="${escapeHtml(id)}" name="${escapeHtml(id)}" value="${escapeHtml(value)}" placeholder="${escapeHtml(o.default_value === undefined ? '' : String(o.default_value))}"${o.type === 'integer' ? ' inputmode="numeric"' : ''}${editable ? '' : ' readonly'}${o.hint ? ` aria-describedby="hint.${escapeHtml(id)}"` : ''}>`
        return `<div class="tv-field" data-option="${escapeHtml(o.name)}"><label for="${escapeHtml(id)}">${escapeHtml(o.label || o.name)}</label>${input}${hint}</div>`
    })
    return `<section class="tv-section tv-instance-options" aria-labelledby="instance-options"><h2 class="tv-section-title" id="instance-options">Instance Options</h2><div class="tv-section-body"><div class="tv-full">${rows.join('\n')}</div></div></section>`
}

function parseOptions(rt: Runtime, gr: GlideRecord, form: URLSearchParams, errors: string[]): string | null {
    const options = widgetOptions(rt, gr)
    if (!options.length || !options.some((o) => form.has(`sp_option.${o.name}`))) return null
    const params = instanceParams(gr)
    for (const o of options) {
        const id = `sp_option.${o.name}`
        if (!form.has(id)) continue
        const v = (form.get(id) ?? '').trim()
        if (v === '') {
            delete params[o.name]
            continue
        }
        if (o.type === 'integer' && !/^-?\d+$/.test(v)) {
            errors.push(`${o.label || o.name}: Invalid integer value`)
            continue
        }
        if (o.type === 'field_list') {
            const table = (o as { table?: string }).table
            const unknown = v
                .split(',')
                .map((f) => f.trim())
                .filter((f) => table && rt.schema.has(table) && !rt.schema.column(table, f))
            if (unknown.length) {
                errors.push(`${o.label || o.name}: no field ${unknown.join(', ')} on ${table}`)
                continue
            }
        }
        params[o.name] = { value: v, displayValue: v }
    }
    return JSON.stringify(params)
}

/**
 * Saves the submitted fields (only those of `fields` the user may edit, only when changed) as the user.
 * Nothing is saved when a value is refused.
 */
export function saveRecord(rt: Runtime, user: string, table: string, sysId: string, fields: string[], form: URLSearchParams): SaveResult {
    return rt.runAs(user, () => {
        const Secure = rt.globalGlide.GlideRecordSecure as new (t: string) => GlideRecord
        const gr = new Secure(table)
        if (!gr.get(sysId)) return { errors: ['Record not found'], changed: [] }
        const errors: string[] = []
        const changes: [string, string][] = []
        let secretProperty: string | null = null
        for (const field of fields) {
            if (!canEditField(rt, user, table, sysId, field)) continue
            const info = fieldInfo(rt, table, field) as FieldInfo
            const parsed = parseValue(info, form, `${table}.${field}`)
            if (!parsed) continue
            if ('error' in parsed) {
                errors.push(parsed.error)
                continue
            }
            if (isSecret(rt, table, field, gr)) {
                if (parsed.value === '') continue // empty: keep the stored secret
                // a password2 property's value is stored encrypted, as the platform does (rt.setProperty)
                if (table === 'sys_properties') secretProperty = parsed.value
                else changes.push([field, parsed.value])
                continue
            }
            const old = gr.getValue(field) ?? ''
            const same = info.type === 'boolean' ? isTrue(old) === isTrue(parsed.value) : old === parsed.value
            if (!same) changes.push([field, parsed.value])
        }
        const params =
            table === 'sp_instance' && canEditField(rt, user, table, sysId, 'widget_parameters') ? parseOptions(rt, gr, form, errors) : null
        if (params !== null && params !== (gr.getValue('widget_parameters') ?? '') && params !== '{}')
            changes.push(['widget_parameters', params])
        else if (params === '{}' && (gr.getValue('widget_parameters') ?? '') !== '') changes.push(['widget_parameters', params])
        if (errors.length) return { errors, changed: [] }
        if (changes.length) {
            for (const [f, v] of changes) gr.setValue(f, v)
            if (!gr.update()) return { errors: ['The record was not saved (security rules or a business rule refused it).'], changed: [] }
        }
        if (secretProperty !== null) rt.setProperty(gr.getValue('name') ?? '', secretProperty)
        return { errors: [], changed: [...changes.map(([f]) => f), ...(secretProperty !== null ? ['value'] : [])] }
    })
}

/** The record as a GlideRecord of the table (system), for rendering. */
export function loadRecord(rt: Runtime, table: string, sysId: string): GlideRecord {
    const gr = newRecord(rt, table)
    gr.get(sysId)
    return gr
}
