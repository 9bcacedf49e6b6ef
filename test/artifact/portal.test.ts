/**
 * Issue #12 items 3 and 4 on the BUILT records: the Online Service Cases widget (option schema, scripts,
 * template), its portal page and menu module; the setup status UI page, its REST route and menu module.
 */
import { recordsOf } from '../../tools/runtime/build-reader'

const one = (table: string, pred: (r: Record<string, string>) => boolean) => {
    const found = recordsOf(table).filter((r) => pred(r as unknown as Record<string, string>))
    expect(found).toHaveLength(1)
    return found[0] as unknown as Record<string, string>
}

describe('Online Service Cases widget', () => {
    const widget = () => one('sp_widget', (r) => r.id === 'x_tvgh_teamviewer_online_cases')

    test('option schema: fields (field list on the service case table) and refresh_interval (integer, default 30)', () => {
        const schema = JSON.parse(widget().option_schema) as Record<string, unknown>[]
        expect(schema.map((o) => o.name)).toEqual(['fields', 'refresh_interval'])
        expect(schema[0]).toMatchObject({ type: 'field_list', table: 'x_tvgh_teamviewer_service_case' })
        expect(String(schema[0].default_value).split(',')).toEqual([
            'task',
            'end_customer_name',
            'supporter',
            'online',
            'sys_created_on',
            'valid_until',
        ])
        expect(schema[1]).toMatchObject({ type: 'integer' })
        expect(Number(schema[1].default_value)).toBe(30)
    })

    test('the server script reads the platform table through GlideRecordSecure and never calls TeamViewer', () => {
        const script = widget().script
        expect(script).toContain('new GlideRecordSecure(TABLE)')
        expect(script).toContain("'x_tvgh_teamviewer_service_case'")
        expect(script).not.toMatch(/RESTMessageV2|sn_ws|require\(|TeamViewerApi|new GlideRecord\(/)
    })

    test('the client refreshes with $interval and cancels it on $destroy', () => {
        const client = widget().client_script
        expect(client).toMatch(/\$interval\(c\.refresh/)
        expect(client).toMatch(/\$scope\.\$on\('\$destroy'[\s\S]*\$interval\.cancel\(timer\)/)
        expect(client).toContain('c.server.update()')
    })

    test('the template binds data as text only (no ng-bind-html, no interpolation into attributes but data-* and ng-href)', () => {
        const html = widget().template
        expect(html).not.toMatch(/ng-bind-html|\$sce|trustAs/)
        for (const m of html.matchAll(/([a-z-]+)="[^"]*\{\{[^"]*"/g)) expect(['data-code', 'data-field', 'ng-href']).toContain(m[1])
        expect(html).toMatch(/tv-empty/)
        expect(html).toMatch(/tv-error/)
        expect(html).toMatch(/tv-loading/)
    })

    test('the page x_tvgh_teamviewer_online_cases holds exactly the widget, for itil and admins', () => {
        const page = one('sp_page', (r) => r.id === 'x_tvgh_teamviewer_online_cases')
        expect(page.roles.split(',').sort()).toEqual(['itil', 'x_tvgh_teamviewer.admin'])
        const container = one('sp_container', (r) => r.sp_page === page.sys_id)
        const row = one('sp_row', (r) => r.sp_container === container.sys_id)
        const column = one('sp_column', (r) => r.sp_row === row.sys_id)
        const instance = one('sp_instance', (r) => r.sp_column === column.sys_id)
        expect(instance.sp_widget).toBe(widget().sys_id)
    })

    test('menu module TeamViewer Integration > Online Service Cases opens the page', () => {
        const module = one('sys_app_module', (r) => r.title === 'Online Service Cases')
        expect(module).toMatchObject({ link_type: 'DIRECT', query: '$sp.do?id=x_tvgh_teamviewer_online_cases' })
        expect(module.roles.split(',').sort()).toEqual(['itil', 'x_tvgh_teamviewer.admin'])
        const menu = one('sys_app_application', (r) => r.sys_id === module.application)
        expect(menu.title).toBe('TeamViewer Integration')
    })
})

describe('Setup status page', () => {
    test('UI page x_tvgh_teamviewer_setup.do: static Jelly (no server evaluation), the client script calls the status route', () => {
        const page = one('sys_ui_page', (r) => r.endpoint === 'x_tvgh_teamviewer_setup.do')
        expect(page.html).toMatch(/^<\?xml[^>]*\?>\s*<j:jelly /)
        expect(page.html).not.toMatch(/<g:|<j:(?!jelly)|\$\{|\$\[/)
        expect(page.client_script).toMatch(/["'`]\/api\/x_tvgh_teamviewer["'`/]/)
        expect(page.client_script).toMatch(/\/setup\/status["'`]/)
        expect(page.client_script).toContain('X-UserToken')
        expect(page.client_script).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/)
    })

    test('route GET /api/x_tvgh_teamviewer/setup/status requires authentication', () => {
        const api = one('sys_ws_definition', (r) => r.service_id === 'setup')
        const op = one('sys_ws_operation', (r) => r.web_service_definition === api.sys_id)
        expect(op).toMatchObject({
            http_method: 'GET',
            operation_uri: '/api/x_tvgh_teamviewer/setup/status',
            requires_authentication: 'true',
        })
    })

    test('menu module Setup status opens the page, for admins', () => {
        const module = one('sys_app_module', (r) => r.title === 'Setup status')
        expect(module).toMatchObject({ link_type: 'DIRECT', query: 'x_tvgh_teamviewer_setup.do', roles: 'x_tvgh_teamviewer.admin' })
    })
})
