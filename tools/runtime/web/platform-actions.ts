/**
 * What the base instance puts on the forms of its own tables, for the admin's steps of the guide:
 * - the form layouts of a new instance for the platform tables the runtime's schema keeps without one
 *   (scheduled job, system property, widget instance, Quick Message, e-mail client template);
 * - the platform's form UI actions the local form page runs, as on an instance: **Execute Now** on a scheduled
 *   job (saves the form's changes, then runs the job once; its periods continue from the job's record, so a
 *   changed *Repeat interval* applies to the next runs);
 * - annotations: the `${field}` variables of an e-mail body, with what each one reads.
 */
import type { Runtime } from '../index'
import type { GlideRecord } from '../glide/record'
import { fieldInfo } from './dictionary'
import { escapeHtml } from './html'

/** The base instance's Default-view form fields of these tables (a subset: the ones the guide's steps use). */
export const PLATFORM_FORM_FIELDS: Record<string, string[]> = {
    sysauto_script: ['name', 'active', 'run_type', 'run_period', 'run_start', 'conditional', 'condition', 'script'],
    sys_properties: ['name', 'description', 'type', 'value', 'is_private', 'read_roles', 'write_roles'],
    sp_instance: ['title', 'sp_widget', 'order', 'class_name', 'css'],
    sys_email_canned_message: ['title', 'table', 'active', 'body'],
    sys_email_client_template: ['name', 'table', 'recipients', 'subject', 'body_html'],
}

interface PlatformAction {
    verb: string
    name: string
    tables: string[]
}

const ACTIONS: PlatformAction[] = [{ verb: 'sysverb_execute_now', name: 'Execute Now', tables: ['sysauto_script'] }]

function actionsFor(rt: Runtime, user: string, table: string, sysId: string): PlatformAction[] {
    const tables = rt.schema.ancestry(table).map((t) => t.name)
    return ACTIONS.filter((a) => a.tables.some((t) => tables.includes(t)) && rt.can(user, 'write', table, sysId))
}

/** The buttons (submitting the form #tv-edit, so the form's changes are saved first). */
export function platformActionButtons(rt: Runtime, user: string, table: string, gr: GlideRecord): string {
    return actionsFor(rt, user, table, gr.getUniqueValue())
        .map(
            (a) =>
                `<button type="submit" form="tv-edit" name="sys_action" value="${a.verb}" class="btn btn-default" id="${a.verb}">${escapeHtml(a.name)}</button>`,
        )
        .join('')
}

/** Runs a platform action after the save. */
export function runPlatformAction(
    rt: Runtime,
    user: string,
    table: string,
    sysId: string,
    verb: string,
): { info: string[]; error: string[] } {
    const action = actionsFor(rt, user, table, sysId).find((a) => a.verb === verb)
    if (!action) return { info: [], error: ['That action is not available here.'] }
    if (action.verb === 'sysverb_execute_now') {
        const name = rt.query(table, `sys_id=${sysId}`)[0]?.name ?? ''
        try {
            rt.runJob(name)
            return { info: [`Executed "${name}" now; its next runs follow its Repeat interval.`], error: [] }
        } catch (e) {
            return { info: [], error: [`"${name}" failed: ${e instanceof Error ? e.message : String(e)}`] }
        }
    }
    return { info: [], error: ['That action is not available here.'] }
}

/** What `${path}` reads on `table` (e.g. task.number → "Task ➜ Number"), or null when it is no field. */
export function variableLabel(rt: Runtime, table: string, path: string): string | null {
    const parts = path.split('.')
    const labels: string[] = []
    let t = table
    for (let i = 0; i < parts.length; i++) {
        if (!rt.schema.has(t)) return null
        const info = fieldInfo(rt, t, parts[i])
        if (!info) return null
        labels.push(info.label)
        if (i < parts.length - 1) {
            if (info.type !== 'reference' || !info.reference) return null
            t = info.reference
        }
    }
    return labels.join(' ➜ ')
}

/** The body's `${…}` variables of an e-mail template or Quick Message, each with the field it reads. */
export function formExtrasHtml(rt: Runtime, table: string, gr: GlideRecord): string {
    const bodyField = table === 'sys_email_canned_message' ? 'body' : table === 'sys_email_client_template' ? 'body_html' : ''
    if (!bodyField) return ''
    const target = gr.getValue('table') ?? ''
    const text = [gr.getValue(bodyField) ?? '', table === 'sys_email_client_template' ? (gr.getValue('subject') ?? '') : ''].join(' ')
    const names = [...new Set([...text.matchAll(/\$\{([A-Za-z0-9_.]+)\}/g)].map((m) => m[1]))]
    const items = names.map((n) => {
        const what = variableLabel(rt, target, n)
        return `<li data-variable="${escapeHtml(n)}"><code>\${${escapeHtml(n)}}</code> — ${what ? escapeHtml(what) : `<span class="alert-danger">not a field of ${escapeHtml(target || 'the table')}</span>`}</li>`
    })
    return `<section class="tv-section tv-variables" aria-labelledby="variables"><h2 class="tv-section-title" id="variables">Variables in the body</h2>
<p>Replaced by the values of the ${escapeHtml(target || 'record')} record when the e-mail is written.</p>${items.length ? `<ul id="body-variables">${items.join('')}</ul>` : '<p>No variables.</p>'}</section>`
}
