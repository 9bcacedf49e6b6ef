/**
 * Service Portal widgets (`sp_widget`): a widget's server script run as a user, as the portal does on load
 * or on c.server.update(), with `data`, `input`, `options` (option-schema defaults first) and `$sp`.
 */
import { SYSTEM, type RuntimeContext } from './context'

export interface WidgetOptions {
    user?: string
    input?: Record<string, unknown>
    options?: Record<string, unknown>
    params?: Record<string, string>
}

/**
 * Runs a widget's server script as a user, as the portal does on load (`input` undefined) or on
 * c.server.update() (`input` set). `options` start from the option schema's defaults. Returns `data`.
 */
export function runWidget(ctx: RuntimeContext, widgetId: string, opts: WidgetOptions = {}): Record<string, unknown> {
    const widget = ctx.query('sp_widget', `id=${widgetId}`)[0]
    if (!widget) throw new Error(`no widget with id "${widgetId}" in the build`)
    const options: Record<string, unknown> = {}
    for (const o of JSON.parse(widget.option_schema || '[]') as { name: string; default_value?: unknown }[])
        if (o.default_value !== undefined) options[o.name] = o.default_value
    Object.assign(options, opts.options ?? {})
    const data: Record<string, unknown> = {}
    const $sp = {
        getParameter: (n: string) => opts.params?.[n] ?? null,
        getValue: (n: string) => options[n] ?? null,
    }
    ctx.runAs(opts.user ?? SYSTEM, () => ctx.runScript(widget.script, { data, input: opts.input, options, $sp }))
    return data
}
