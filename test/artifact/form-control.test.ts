/**
 * Issue #12 items 1–2 — the built records of the TeamViewer Supporter Control and "Add TeamViewer to a
 * form": UI script (the esbuild bundle, scoped shape, no secret), UI macro (a thin container), formatter,
 * workspace UI actions, REST routes; and the column names of every record /
 * runtime table involved, held against the platform's real columns (the SDK's table definitions, which
 * come from the platform's dictionary, and ServiceNow's documentation of UI scripts for sys_ui_script,
 * which the SDK does not define).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import * as acorn from 'acorn'
import { XMLParser } from 'fast-xml-parser'
import { oneOf, recordsOf } from '../../tools/runtime/build-reader'
import { Schema } from '../../tools/runtime/schema'
import { FORM_UI } from '../../src/server/shared/names'

const ROOT = path.join(__dirname, '..', '..')
const SDK_TABLES = path.join(ROOT, 'node_modules', '@servicenow', 'sdk-core', 'dist', 'fluent', 'tables')

/** The platform's columns of a table, from the SDK's definition (plus sys_metadata's, which these extend). */
function sdkColumns(table: string | null): Set<string> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK ships these as CommonJS files without typed exports
    const load = (t: string) => require(path.join(SDK_TABLES, `${t}.now.js`))[t] as { extends?: string; schema: Record<string, unknown> }
    const cols = new Set(table ? Object.keys(load(table).schema) : [])
    for (const c of Object.keys(load('sys_metadata').schema)) cols.add(c)
    for (const c of ['sys_id', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count', 'sys_class_name'])
        cols.add(c)
    return cols
}

/**
 * sys_ui_script, as documented ("UI scripts", ServiceNow docs, api-reference/scripts/c_UIScripts): Script Name
 * (script_name), API Name (name), Application (sys_scope), Active, Global, UI Type (ui_type), Use scoped
 * format, Description, Script.
 */
const SYS_UI_SCRIPT = new Set([
    'script_name',
    'name',
    'sys_scope',
    'active',
    'global',
    'ui_type',
    'use_scoped_format',
    'description',
    'script',
    ...sdkColumns(null),
])

function fieldsOf(r: Record<string, unknown>): string[] {
    return Object.keys(r).filter((k) => !k.startsWith('$') && k !== 'sys_update_name')
}

const bundle = readFileSync(path.join(ROOT, 'build-client', 'form-control.js'), 'utf8')

describe('UI script x_tvgh_teamviewer.SupporterControl', () => {
    const script = oneOf('sys_ui_script', { name: 'x_tvgh_teamviewer.SupporterControl' })

    test('is the scoped, non-global UI script holding the esbuild bundle', () => {
        expect([script.script_name, script.global, script.use_scoped_format, script.active, script.ui_type]).toEqual([
            'SupporterControl',
            'false',
            'true',
            'true',
            '0',
        ])
        expect(script.script).toBe(bundle)
        expect(
            bundle.startsWith(
                '"use strict";\nvar x_tvgh_teamviewer = x_tvgh_teamviewer || {};\nx_tvgh_teamviewer.SupporterControl = (() => {',
            ),
        ).toBe(true)
    })

    test('parses as ES2017 (the browsers it targets) and exposes mount()', () => {
        expect(() => acorn.parse(bundle, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow()
        const sandbox: Record<string, unknown> = { window: {}, document: {} }
        vm.runInNewContext(bundle, sandbox)
        const ns = sandbox.x_tvgh_teamviewer as { SupporterControl: { mount: unknown } }
        expect(typeof ns.SupporterControl.mount).toBe('function')
    })

    test('holds no secret and builds no markup from data', () => {
        for (const word of [
            'innerHTML',
            'outerHTML',
            'insertAdjacentHTML',
            'document.write',
            'Authorization',
            'Bearer',
            'client_secret',
            'adminToken',
            'access_token',
            'refresh_token',
            'password',
        ])
            expect([word, bundle.includes(word)]).toEqual([word, false])
        expect(bundle).toContain('"X-UserToken"')
    })

    test('its columns are the platform’s', () => {
        for (const r of recordsOf('sys_ui_script')) for (const f of fieldsOf(r)) expect([f, SYS_UI_SCRIPT.has(f)]).toEqual([f, true])
    })
})

describe('UI macro and formatter', () => {
    const macro = oneOf('sys_ui_macro', { name: 'x_tvgh_teamviewer_supporter_control' })
    const formatter = oneOf('sys_ui_formatter', { name: FORM_UI.formatter })

    test('the formatter points at the macro, for every table extending task', () => {
        expect([formatter.formatter, formatter.table, formatter.type, formatter.active]).toEqual([
            `${macro.name}.xml`,
            'task',
            'formatter',
            'true',
        ])
        expect(FORM_UI.formatterElement).toBe(formatter.formatter)
    })

    test('the macro is a thin container: loads the UI script, mounts it with the JS-escaped table and sys_id', () => {
        const xml = macro.xml
        const doc = new XMLParser({ ignoreAttributes: false, preserveOrder: false }).parse(xml) as Record<string, Record<string, unknown>>
        const jelly = doc['j:jelly']
        expect(jelly['g:requires']).toEqual({ '@_name': 'x_tvgh_teamviewer.SupporterControl.jsdbx' })
        expect(jelly.div).toEqual({ '@_id': 'x_tvgh_teamviewer_control', '@_class': 'x-tvgh-control-root' })
        const call = String(jelly.script).trim()
        expect(call).toBe(
            "x_tvgh_teamviewer.SupporterControl.mount('x_tvgh_teamviewer_control', '${JS:jvar_tv_table}', '${JS:jvar_tv_sys_id}');",
        )
        // every ${...} in the macro is JS-escaped Jelly output; nothing else is written into the page
        expect([...xml.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1].split(':')[0])).toEqual(['JS', 'JS'])
        expect(xml.split('\n').length).toBeLessThan(15)
    })

    test('columns are the platform’s', () => {
        for (const [table, rows] of [
            ['sys_ui_macro', recordsOf('sys_ui_macro')],
            ['sys_ui_formatter', recordsOf('sys_ui_formatter')],
        ] as const) {
            const cols = sdkColumns(table)
            for (const r of rows) for (const f of fieldsOf(r)) expect([table, f, cols.has(f)]).toEqual([table, f, true])
        }
    })
})

describe('workspace UI actions', () => {
    test.each([
        ['x_tvgh_teamviewer_ws_create', 'Create TeamViewer service case', 'createCase', 'form_button_v2'],
        ['x_tvgh_teamviewer_ws_start', 'Start TeamViewer session', 'startSession', 'form_button_v2'],
        ['x_tvgh_teamviewer_ws_share', 'Share TeamViewer session code', 'shareSession', 'form_menu_button_v2'],
        ['x_tvgh_teamviewer_ws_close', 'Close TeamViewer service case', 'closeCase', 'form_menu_button_v2'],
    ])('%s on task, for itil, in configurable workspaces', (actionName, name, fn, placement) => {
        const a = oneOf('sys_ui_action', { action_name: actionName })
        expect([a.name, a.table, a.active, a.format_for_configurable_workspace, a[placement], a.form_button, a.show_insert]).toEqual([
            name,
            'task',
            'true',
            'true',
            'true',
            'false',
            'false',
        ])
        expect(recordsOf('sys_ui_action_role', { sys_ui_action: a.sys_id }).map((r) => r.$display.sys_user_role)).toEqual(['itil'])
        expect(a.client_script_v2.endsWith(`function onClick(g_form) {\n    x_tvgh_teamviewer_workspace.${fn}(g_form);\n}\n`)).toBe(true)
        const sandbox: Record<string, unknown> = { window: {} }
        vm.runInNewContext(a.client_script_v2, sandbox)
        expect(typeof sandbox.onClick).toBe('function')
        expect(a.client_script_v2).not.toMatch(/innerHTML|Authorization|Bearer|client_secret/)
        if (actionName !== 'x_tvgh_teamviewer_ws_create') expect(a.condition).toContain("c.addQuery('state', 'open')")
    })

    test('columns are the platform’s', () => {
        const cols = sdkColumns('sys_ui_action')
        for (const r of recordsOf('sys_ui_action')) for (const f of fieldsOf(r)) expect([f, cols.has(f)]).toEqual([f, true])
    })
})

describe('Add TeamViewer to a form', () => {
    test('one read-only route (GET /forms/status), no fix script, no route that writes forms', () => {
        const op = oneOf('sys_ws_operation', { operation_uri: '/api/x_tvgh_teamviewer/forms/status' })
        expect([op.http_method, op.requires_authentication]).toEqual(['GET', 'true'])
        expect(op.operation_script).toContain('getFormStatus')
        expect(recordsOf('sys_ws_operation').filter((o) => o.operation_uri.startsWith('/api/x_tvgh_teamviewer/forms/'))).toHaveLength(1)
        expect(recordsOf('sys_script_fix')).toEqual([])
    })

    test('names the records it looks up exactly as they are built', () => {
        expect(oneOf('sys_relationship', { name: FORM_UI.relationship }).basic_apply_to).toBe('task')
        expect(oneOf('sys_ui_formatter', { name: FORM_UI.formatter }).table).toBe('task')
        expect(FORM_UI.sectionCaption.length).toBeLessThanOrEqual(40) // sys_ui_section.caption max length
    })

    test.each([
        'sys_ui_view',
        'sys_ui_form',
        'sys_ui_section',
        'sys_ui_element',
        'sys_ui_form_section',
        'sys_ui_related_list',
        'sys_ui_related_list_entry',
        'sys_ui_formatter',
    ])("the runtime's %s columns are the platform's", (table) => {
        const cols = sdkColumns(table)
        const schema = new Schema()
        for (const c of schema.columns(table)) expect([table, c.name, cols.has(c.name)]).toEqual([table, c.name, true])
    })
})
