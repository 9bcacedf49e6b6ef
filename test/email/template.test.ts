/**
 * Issue #18 item 4 — the e-mail client template as an instance installs it: its "To" is the column
 * `recipients` (a `to` element is dropped on install), filled with the case's customer address; the runtime
 * refuses a build that ships a column its platform table does not have (tools/runtime/shipped-columns.ts).
 */
import { builtRecords, oneOf, type BuiltRecord } from '../../tools/runtime/build-reader'
import { knownColumns, unknownColumns } from '../../tools/runtime/shipped-columns'

const CASE = 'x_tvgh_teamviewer_service_case'

test('the build ships no column a platform table does not have (the runtime refuses such a build at install)', () => {
    expect(unknownColumns(builtRecords())).toEqual([])
})

test('the template writes the customer address of the case into "To" (recipients), nothing into unknown columns', () => {
    const t = oneOf('sys_email_client_template', { table: CASE })
    expect(t.recipients).toBe('${end_customer_email}')
    expect(t.to).toBeUndefined()
    expect(t.execution_order).toBeUndefined()
})

test('the check knows platform tables from the SDK dictionary (with parents) and refuses unknown columns', () => {
    // sys_ui_action from the dictionary, with sys_metadata's columns through `extends`
    expect(knownColumns('sys_ui_action')?.has('sys_scope')).toBe(true)
    expect(knownColumns('sys_ui_action')?.has('client_script_v2')).toBe(true)
    expect(knownColumns('x_tvgh_teamviewer_service_case')).toBeNull()
    const fake = (table: string, fields: Record<string, string>) =>
        ({ $table: table, $display: {}, $action: 'INSERT_OR_UPDATE', sys_id: 'a'.repeat(32), ...fields }) as unknown as BuiltRecord
    expect(
        unknownColumns([
            fake('sys_email_client_template', { name: 'T', to: 'x', execution_order: '100', recipients: 'y' }),
            fake('sys_ui_action', { name: 'A', client_script_v2: 'x', clientScriptV2: 'y' }),
            fake('x_tvgh_teamviewer_service_case', { anything: 'goes' }),
        ]),
    ).toEqual([
        `sys_email_client_template ${'a'.repeat(32)} (T): unknown column "to"`,
        `sys_email_client_template ${'a'.repeat(32)} (T): unknown column "execution_order"`,
        `sys_ui_action ${'a'.repeat(32)} (A): unknown column "clientScriptV2"`,
    ])
})
