/** Issue #10 item 7 — the limits retrieval validates TeamViewer values against are the built columns' max_length. */
import { COLUMN_MAX } from '../../src/server/history/mapping.ts'
import { recordsOf } from '../../tools/runtime/build-reader'

test.each(Object.entries(COLUMN_MAX))('x_tvgh_teamviewer_connection.%s: max_length %i as built', (column, max) => {
    const built = recordsOf('sys_dictionary', { name: 'x_tvgh_teamviewer_connection', element: column })
    expect(built).toHaveLength(1)
    expect(Number(built[0].max_length)).toBe(max)
})
