/**
 * Issue #17 item 9 — one way for records to require modules: the string scripts (script include)
 * build their require paths with src/fluent/module-path.ts, and every path they (and the SDK's glue) require is a
 * module of the build.
 */
import { recordsOf } from '../../tools/runtime/build-reader'

const modules = new Set(recordsOf('sys_module').map((m) => m.path))

function required(script: string): string[] {
    return [...script.matchAll(/require\('([^']+)'\)/g)].map((m) => m[1])
}

test.each([
    ['sys_script_include', 'script', 'TeamViewerApi', 'src/server/entry/script-include/teamviewer-api.ts'],
    ['sys_script_include', 'script', 'TeamViewerAtfHarness', 'src/server/entry/atf/harness.ts'],
    ['sys_script_include', 'script', 'TeamViewerWorkspaceAjax', 'src/server/entry/script-include/workspace-ajax.ts'],
    ['sys_script_email', 'script', 'x_tvgh_teamviewer_invitation_body', 'src/server/entry/mail/case-mail.ts'],
    ['sys_script_email', 'script', 'x_tvgh_teamviewer_customer_online_body', 'src/server/entry/mail/case-mail.ts'],
])('%s %s requires its entry module of the build', (table, field, name, entry) => {
    const paths = recordsOf(table, name ? { name } : {}).flatMap((r) => required(r[field]))
    expect(paths).toHaveLength(1)
    expect(paths[0].endsWith(`/${entry}`)).toBe(true)
    expect(modules.has(paths[0])).toBe(true)
})

test.each([
    ['sysauto_script', 'script'],
    ['sys_script', 'script'],
    ['sys_ui_action', 'script'],
    ['sys_ws_operation', 'operation_script'],
])('every module %s requires is in the build, and is an entry module', (table, field) => {
    const paths = recordsOf(table).flatMap((r) => required(r[field] ?? ''))
    expect(paths.length).toBeGreaterThan(0)
    for (const p of paths) expect([p, modules.has(p), /\/src\/server\/entry\//.test(p)]).toEqual([p, true, true])
})
