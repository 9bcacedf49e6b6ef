/**
 * A runtime reopened on its database file (the local product of `npm start` restarts on one): users sign
 * in again with their roles, and task numbers continue instead of starting over.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Runtime } from '../../tools/runtime/index'

let dir = ''
beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rt-persist-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('users, their roles and task numbers survive a reopen of the database file', () => {
    const db = path.join(dir, 'runtime.db')
    const first = Runtime.load({ dbFile: db })
    first.createUser({ user_name: 'sam.supporter', roles: ['itil'] })
    first.createUser({ user_name: 'hal.history', roles: ['x_tvgh_teamviewer.session_history_user'] })
    const inc = first.insert('incident', { short_description: 'before the restart' })
    const before = first.query('incident', `sys_id=${inc}`)[0].number
    first.close()

    const second = Runtime.load({ dbFile: db })
    try {
        expect(second.hasRole('sam.supporter', 'itil')).toBe(true)
        expect(second.hasRole('hal.history', 'x_tvgh_teamviewer.session_history_user')).toBe(true)
        expect(second.hasRole('hal.history', 'itil')).toBe(false)
        expect(second.can('sam.supporter', 'read', 'incident', inc)).toBe(true)
        const next = second.insert('incident', { short_description: 'after the restart' })
        const after = second.query('incident', `sys_id=${next}`)[0].number
        expect(after).not.toBe(before)
        expect(Number(after.slice(3))).toBe(Number(before.slice(3)) + 1)
    } finally {
        second.close()
    }
})
