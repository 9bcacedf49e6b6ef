/**
 * Events and e-mail: gs.eventQueue() writes `sysevent`; processEvents() runs the build's script actions
 * and turns its e-mail notifications into `sys_email` rows (recipients from fields, users, parm1/parm2;
 * `${field}` substitution from the event's record, unescaped as on an instance; `${mail_script:name}` runs the
 * mail script).
 */
import type { RuntimeContext } from './context'
import type { Row } from './db'
import { formatGlide } from './glide/datetime'
import type { GlideRecord } from './glide/record'

/** gs.eventQueue(name, gr, parm1, parm2): a ready `sysevent` row. */
export function queueEvent(ctx: RuntimeContext, name: string, gr: GlideRecord | null, parm1?: unknown, parm2?: unknown): void {
    const e = new ctx.SystemRecord('sysevent')
    e.initialize()
    e.setValue('name', name)
    if (gr) {
        e.setValue('table', gr.getRecordClassName())
        e.setValue('instance', gr.getUniqueValue())
    }
    e.setValue('parm1', parm1 === undefined || parm1 === null ? '' : String(parm1))
    e.setValue('parm2', parm2 === undefined || parm2 === null ? '' : String(parm2))
    e.setValue('state', 'ready')
    e.insert()
}

/** Processes queued events: script actions run, e-mail notifications are written to sys_email. Returns the count. */
export function processEvents(ctx: RuntimeContext): number {
    let n = 0
    for (const e of ctx.query('sysevent', 'state=ready^ORDERBYsys_created_on')) {
        ctx.asSystem(() => {
            const GR = ctx.SystemRecord
            const current = e.table ? new GR(e.table as string) : null
            if (current && !current.get(e.instance as string)) return
            const event = { name: e.name, parm1: e.parm1 ?? '', parm2: e.parm2 ?? '', table: e.table, instance: e.instance }
            for (const a of ctx.query('sysevent_script_action', `event_name=${e.name}`)) {
                if (a.active === '0' || a.active === 'false') continue
                if (a.condition_script && ctx.runScript(`return (${a.condition_script});`, { current, event }) !== true) continue
                ctx.runScript(a.script as string, { current, event })
            }
            for (const notif of ctx.query('sysevent_email_action', `event_name=${e.name}`)) {
                if (notif.active === '0' || notif.active === 'false') continue
                const recipients = new Set<string>()
                for (const f of String(notif.recipient_fields ?? '')
                    .split(',')
                    .filter(Boolean)) {
                    const id = current?.getValue(f)
                    const u = id ? ctx.query('sys_user', `sys_id=${id}`)[0] : undefined
                    if (u?.email) recipients.add(u.email as string)
                }
                for (const id of String(notif.recipient_users ?? '')
                    .split(',')
                    .filter(Boolean)) {
                    const u = ctx.query('sys_user', `sys_id=${id}`)[0]
                    if (u?.email) recipients.add(u.email as string)
                }
                if (notif.event_parm_1 === 'true' && event.parm1)
                    String(event.parm1)
                        .split(',')
                        .forEach((x) => recipients.add(x))
                if (notif.event_parm_2 === 'true' && event.parm2)
                    String(event.parm2)
                        .split(',')
                        .forEach((x) => recipients.add(x))
                // one pass: `${field}` as stored (display value, not escaped), `${mail_script:name}` what the script prints
                const fill = (s: string) =>
                    s.replace(/\$\{(mail_script:[^}]+|[a-z0-9_.]+)\}/g, (_m, f: string) => {
                        if (f.startsWith('mail_script:'))
                            return runMailScript(ctx, f.slice('mail_script:'.length).trim(), current, notif, event)
                        return current && ctx.schema.column(current.getTableName(), f) ? current.getDisplayValue(f) : ''
                    })
                ctx.insert('sys_email', {
                    type: 'send-ready',
                    recipients: [...recipients].join(','),
                    subject: fill(String(notif.subject ?? '')),
                    body: fill(String(notif.message_html ?? notif.message_text ?? notif.message ?? '')),
                    target_table: String(e.table ?? ''),
                    instance: String(e.instance ?? ''),
                    notification: String(notif.sys_id),
                })
            }
        })
        ctx.update('sysevent', e.sys_id as string, { state: 'processed', processed: formatGlide(ctx.now()) })
        n++
    }
    return n
}

/**
 * `${mail_script:name}`: the active sys_script_email of that name runs with `current`, `template` (a
 * TemplatePrinter: print/space), `email`, `email_action` (the notification) and `event`; what it prints
 * replaces the reference. A missing mail script fails loudly (an instance would leave the e-mail without it).
 */
function runMailScript(ctx: RuntimeContext, name: string, current: GlideRecord | null, notif: Row, event: unknown): string {
    const script = ctx.query('sys_script_email', `name=${name}`)[0]
    if (!script)
        throw new Error(
            `the notification "${String(notif.name ?? notif.sys_id)}" uses \${mail_script:${name}}, which the build does not have`,
        )
    let out = ''
    const template = {
        print: (s: unknown) => (out += s === null || s === undefined ? '' : String(s)),
        space: (n: unknown) => (out += '&nbsp;'.repeat(Number(n) || 0)),
    }
    const email = { setSubject: () => undefined, addAddress: () => undefined, setFrom: () => undefined, setReplyTo: () => undefined }
    ctx.runScript(String(script.script ?? ''), { current, template, email, email_action: notif, event })
    return out
}

/** The outbound mail (`sys_email`), oldest first. */
export function emails(ctx: RuntimeContext): Row[] {
    return ctx.query('sys_email', 'ORDERBYsys_created_on')
}
