/**
 * Service Portal pages ($sp.do?id=…) from the build: the page's containers → rows → columns → widget
 * instances, each widget's server script run as the signed-in user for its initial data (Runtime.runWidget),
 * and, in the browser, the real AngularJS 1.x running the widget's client controller and template
 * (sp-client.js). c.server.update() posts to /api/now/sp/widget/<instance>, which runs the server script
 * again with `input`. Not emulated: themes, headers, $sp/spUtil APIs beyond getParameter/getValue, widget
 * dependencies, angular providers, embedded widgets, SCSS compilation (the widget's css is served as is).
 */
import type { Runtime } from '../index'
import { escapeHtml, inlineScript, page, scriptJson } from './html'

export class PortalError extends Error {
    constructor(
        readonly status: number,
        message: string,
    ) {
        super(message)
    }
}

export interface WidgetInstance {
    instanceId: string
    widget: Record<string, string>
    options: Record<string, unknown>
}

function ordered(rows: Record<string, string>[]): Record<string, string>[] {
    return [...rows].sort((a, b) => Number(a.order || 0) - Number(b.order || 0))
}

function hasAnyRole(rt: Runtime, user: string, roles: string): boolean {
    const list = String(roles || '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean)
    return !list.length || list.some((r) => rt.hasRole(user, r))
}

/** The instance's options: the widget's option-schema defaults, then the instance's widget_parameters. */
export function instanceOptions(widget: Record<string, string>, instance: Record<string, string>): Record<string, unknown> {
    const options: Record<string, unknown> = {}
    for (const o of JSON.parse(widget.option_schema || '[]') as { name: string; default_value?: unknown }[])
        if (o.default_value !== undefined) options[o.name] = o.default_value
    // the platform stores each option as {value, displayValue} (the instance options dialog); plain values are read too
    if ((instance.widget_parameters ?? '').trim())
        for (const [k, v] of Object.entries(JSON.parse(instance.widget_parameters) as Record<string, unknown>))
            options[k] = v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v
    return options
}

export function widgetInstance(rt: Runtime, instanceId: string, user: string): WidgetInstance {
    const instance = rt.query('sp_instance', `sys_id=${instanceId}`)[0]
    if (!instance) throw new PortalError(404, `no widget instance ${instanceId}`)
    const widget = rt.query('sp_widget', `sys_id=${instance.sp_widget}`)[0]
    if (!widget) throw new PortalError(404, `widget instance ${instanceId}: its widget is not in the build`)
    if (!hasAnyRole(rt, user, widget.roles) || !hasAnyRole(rt, user, instance.roles))
        throw new PortalError(403, `widget ${widget.id} is not available to ${user}`)
    return { instanceId, widget, options: instanceOptions(widget, instance) }
}

/** POST /api/now/sp/widget/<instance>: the server script with `input`; answers {result: {data}}. */
export function updateWidget(
    rt: Runtime,
    instanceId: string,
    user: string,
    input: Record<string, unknown>,
): { data: Record<string, unknown> } {
    const w = widgetInstance(rt, instanceId, user)
    return { data: rt.runWidget(w.widget.id, { user, input, options: w.options }) }
}

export function renderPortalPage(rt: Runtime, pageId: string, user: string, token: string, params: Record<string, string>): string {
    const sp = rt.query('sp_page', `id=${pageId}`)[0]
    if (!sp) throw new PortalError(404, `no portal page "${pageId}" in the build`)
    if (!hasAnyRole(rt, user, sp.roles)) throw new PortalError(403, `the page "${pageId}" is not available to ${user} (roles ${sp.roles})`)
    const blobs: unknown[] = []
    const styles: string[] = []
    const containers = ordered(rt.query('sp_container', `sp_page=${sp.sys_id}`)).map((container) => {
        const rows = ordered(rt.query('sp_row', `sp_container=${container.sys_id}`)).map((row) => {
            const columns = ordered(rt.query('sp_column', `sp_row=${row.sys_id}`)).map((column) => {
                const instances = ordered(rt.query('sp_instance', `sp_column=${column.sys_id}`))
                    .filter((i) => i.active !== 'false' && i.active !== '0')
                    .map((i) => {
                        const w = widgetInstance(rt, i.sys_id, user)
                        const data = rt.runWidget(w.widget.id, { user, options: w.options, params })
                        blobs.push({
                            instanceId: i.sys_id,
                            widgetId: w.widget.id,
                            template: w.widget.template ?? '',
                            clientScript: inlineScript(w.widget.client_script ?? '', `widget ${w.widget.id}`),
                            controllerAs: w.widget.controller_as || 'c',
                            data,
                            options: w.options,
                        })
                        if (w.widget.css) styles.push(w.widget.css)
                        // who may change the instance gets the platform's "Instance Options" (its form, web/edit.ts)
                        const edit = rt.can(user, 'write', 'sp_instance', i.sys_id)
                            ? `<p class="sp-instance-menu"><a class="sp-instance-options" href="/sp_instance.do?sys_id=${escapeHtml(i.sys_id)}">Instance Options</a></p>`
                            : ''
                        return `${edit}<div class="sp-widget" sp-widget="${escapeHtml(i.sys_id)}" data-widget-id="${escapeHtml(w.widget.id)}"></div>`
                    })
                return `<div class="col-md-${escapeHtml(column.size || '12')}">${instances.join('\n')}</div>`
            })
            return `<div class="row">${columns.join('\n')}</div>`
        })
        return `<div class="${escapeHtml(container.width || 'container')}">${rows.join('\n')}</div>`
    })
    const head = [
        styles.length ? `<style>\n${styles.join('\n').replace(/<\//g, '<\\/')}\n</style>` : '',
        '<script src="/local/angular.min.js"></script>',
        `<script type="application/json" id="sp-widgets">${scriptJson(blobs)}</script>`,
        '<script src="/local/sp-client.js"></script>',
    ].join('\n')
    return page({ title: sp.title || pageId, token, head, body: `<main ng-app="spLocal">${containers.join('\n')}</main>` })
}
