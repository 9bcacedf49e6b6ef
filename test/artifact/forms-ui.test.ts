/**
 * Issue #12 — the built records the local form pages rely on: the connection lists' layout (List() →
 * sys_ui_list + sys_ui_list_element, columns held against the connection table and the platform's columns of
 * those tables), the admin page "Add TeamViewer to a form" (within the Jelly subset; calls the forms routes with
 * the session token; no markup from answers), and where admins find it (setup status links, app menu).
 */
import path from 'node:path'
import { oneOf, recordsOf } from '../../tools/runtime/build-reader'
import { jellyBody } from '../../tools/runtime/web/jelly'
import { LINKS } from '../../src/server/setup/status'

const SDK_TABLES = path.join(__dirname, '..', '..', 'node_modules', '@servicenow', 'sdk-core', 'dist', 'fluent', 'tables')
const SYSTEM = [
    'sys_id',
    'sys_scope',
    'sys_created_on',
    'sys_created_by',
    'sys_updated_on',
    'sys_updated_by',
    'sys_mod_count',
    'sys_class_name',
    'sys_update_name',
]

function platformColumns(table: string): Set<string> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK ships these as CommonJS files without typed exports
    const load = (t: string) => require(path.join(SDK_TABLES, `${t}.now.js`))[t] as { schema: Record<string, unknown> }
    return new Set([...Object.keys(load(table).schema), ...Object.keys(load('sys_metadata').schema), ...SYSTEM])
}

const fields = (r: Record<string, unknown>) => Object.keys(r).filter((k) => !k.startsWith('$'))

describe('connection list layout', () => {
    const list = oneOf('sys_ui_list', { name: 'x_tvgh_teamviewer_connection' })

    test('the Default view list of the connection table, with its columns in order', () => {
        expect([list.view, list.parent ?? '', list.relationship ?? '']).toEqual(['Default view', '', ''])
        const elements = recordsOf('sys_ui_list_element', { list_id: list.sys_id }).sort((a, b) => Number(a.position) - Number(b.position))
        expect(elements.map((e) => e.element)).toEqual([
            'start_date',
            'end_date',
            'duration',
            'supporter_name',
            'device_name',
            'session_code',
            'task',
        ])
        const columns = new Set(recordsOf('sys_dictionary', { name: 'x_tvgh_teamviewer_connection' }).map((d) => d.element))
        for (const e of elements) expect([e.element, columns.has(e.element)]).toEqual([e.element, true])
    })

    test("column names are the platform's", () => {
        for (const [table, rows] of [
            ['sys_ui_list', [list]],
            ['sys_ui_list_element', recordsOf('sys_ui_list_element', { list_id: list.sys_id })],
        ] as const) {
            const known = platformColumns(table)
            for (const r of rows) for (const f of fields(r)) expect([table, f, known.has(f)]).toEqual([table, f, true])
        }
    })
})

describe('"Add TeamViewer to a form" page', () => {
    const pageRec = oneOf('sys_ui_page', { endpoint: 'x_tvgh_teamviewer_add_to_form.do' })

    test('plain HTML in <j:jelly> (nothing evaluated on the server), labelled table and view inputs, Check (no Add/Undo)', () => {
        const body = jellyBody(pageRec.html, 'add-to-form page')
        expect(body).toContain('<label for="tv-forms-table">')
        expect(body).toContain('<label for="tv-forms-view">')
        expect(body).toMatch(/<button type="submit" id="tv-forms-check"[^>]*>Check<\/button>/)
        expect(body).not.toMatch(/tv-forms-add|tv-forms-undo/)
        expect((pageRec.processing_script ?? '').trim()).toBe('')
    })

    test('the client script asks the forms status route with the session token and shows answers as text', () => {
        const script = pageRec.client_script
        // the route base /api/x_tvgh_teamviewer (the contract's API_BASE) and the forms service under it
        expect(script).toMatch(/["'`]\/api\/x_tvgh_teamviewer["'`/]/)
        expect(script).toMatch(/\/forms\/status["'`]/)
        expect(script).toMatch(/setRequestHeader\(["']X-UserToken["'], window\.g_ck\)/)
        expect(script).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write|eval\(/)
        const routes = recordsOf('sys_ws_operation').map((o) => `${o.http_method} ${o.operation_uri}`)
        expect(routes).toEqual(expect.arrayContaining(['GET /api/x_tvgh_teamviewer/forms/status']))
    })

    test("linked from the setup status page and the admins' menu", () => {
        expect(LINKS).toContainEqual({ title: 'Add TeamViewer to a form', href: 'x_tvgh_teamviewer_add_to_form.do' })
        const module = oneOf('sys_app_module', { title: 'Add TeamViewer to a form' })
        expect([module.link_type, module.query, module.roles, module.active]).toEqual([
            'DIRECT',
            'x_tvgh_teamviewer_add_to_form.do',
            'x_tvgh_teamviewer.admin',
            'true',
        ])
    })
})
