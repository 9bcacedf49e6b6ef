/**
 * Execution paths the app does not use yet (scripted REST routes, widget server scripts), run on a small
 * sample app built with the real SDK into a temporary folder, so the runtime handles the shapes the SDK emits.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readBuild, readBuildWithDeletes } from '../../tools/runtime/build-reader'
import { Runtime } from '../../tools/runtime/index'

const ROOT = path.join(__dirname, '..', '..')
let dir = ''
let rt: Runtime

beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'rt-sample-'))
    mkdirSync(path.join(dir, 'src', 'fluent'), { recursive: true })
    mkdirSync(path.join(dir, 'src', 'server'), { recursive: true })
    for (const f of ['package.json', 'now.config.json']) copyFileSync(path.join(ROOT, f), path.join(dir, f))
    copyFileSync(path.join(ROOT, 'src', 'server', 'tsconfig.json'), path.join(dir, 'src', 'server', 'tsconfig.json'))
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
    writeFileSync(
        path.join(dir, 'src', 'server', 'items.ts'),
        `import { gs } from '@servicenow/glide'
interface Req { pathParams: Record<string, string>; queryParams: Record<string, string[]>; body: { data: { fail?: boolean } }; getHeader(n: string): string }
interface Res { setStatus(n: number): void; setBody(b: unknown): void }
export function postItem(request: Req, response: Res): void {
    if (request.body.data.fail) throw new Error('refused by the script')
    response.setStatus(201)
    response.setBody({ id: request.pathParams.id, q: request.queryParams.q, user: gs.getUserName(), header: request.getHeader('X-Trace') })
}
interface Rec { getValue(f: string): string | null; setValue(f: string, v: string): void; update(): unknown }
export function afterIncidentUpdate(current: Rec & { setWorkflow(on: boolean): void }, previous: unknown): void {
    current.setValue('close_notes', previous === null ? 'previous is null' : 'previous is set')
    current.setWorkflow(false)
    current.update()
}
export function onPing(current: Rec, event: { parm1: string }): void {
    current.setValue('description', 'pinged by ' + event.parm1)
    current.update()
}
`,
    )
    writeFileSync(
        path.join(dir, 'src', 'fluent', 'sample.now.ts'),
        `import { Acl, BusinessRule, CrossScopePrivilege, EmailNotification, RestApi, ScriptAction, SPWidget, Test } from '@servicenow/sdk/core'
import { afterIncidentUpdate, onPing, postItem } from '../server/items'
CrossScopePrivilege({ $id: Now.ID['read_incident'], targetScope: 'global', targetType: 'sys_db_object', targetName: 'incident', operation: 'read', status: 'allowed' })
CrossScopePrivilege({ $id: Now.ID['write_incident'], targetScope: 'global', targetType: 'sys_db_object', targetName: 'incident', operation: 'write', status: 'allowed' })
BusinessRule({ $id: Now.ID['async_rule'], name: 'Async probe', table: 'incident', when: 'async', action: ['update'], filterCondition: 'short_descriptionCHANGES^EQ', script: afterIncidentUpdate })
Test({ $id: Now.ID['atf'], name: 'Sample ATF' }, (atf) => { atf.server.log({ $id: Now.ID['atf_log'], log: 'hello' }) })
ScriptAction({ $id: Now.ID['ping_action'], name: 'On ping', active: true, eventName: 'x_tvgh_teamviewer.ping', order: 100, script: onPing })
EmailNotification({ $id: Now.ID['ping_mail'], table: 'incident', name: 'Ping mail', active: true, triggerConditions: { generationType: 'event', eventName: 'x_tvgh_teamviewer.ping' },
  recipientDetails: { recipientFields: ['caller_id'] }, emailContent: { subject: 'Ping for \${number}', messageHtml: '<p>\${short_description}</p>' } })
const itemsAcl = Acl({ $id: Now.ID['items_acl'], type: 'rest_endpoint', name: 'x_tvgh_teamviewer items', operation: 'execute', roles: ['itil'] })
RestApi({ $id: Now.ID['items_api'], name: 'Items', serviceId: 'items', routes: [{ $id: Now.ID['items_post'], path: '/items/{id}', method: 'POST', script: postItem, enforceAcl: [itemsAcl] }] })
SPWidget({ $id: Now.ID['w'], name: 'Sample', id: 'x_tvgh_sample', controllerAs: 'c', htmlTemplate: '<div></div>', clientScript: 'function() {}',
  serverScript: "(function() { data.count = 0; var gr = new GlideRecord('incident'); gr.query(); while (gr.next()) data.count++; data.interval = options.refresh_interval; data.echo = input ? input.x : null; data.user = gs.getUserName(); })();",
  optionSchema: [{ name: 'refresh_interval', type: 'integer', label: 'Refresh', defaultValue: '30', section: 'other' }] })
`,
    )
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js'), 'build'], {
        cwd: dir,
        stdio: 'pipe',
    })
    rt = Runtime.load({ distDir: path.join(dir, 'dist', 'app') })
    rt.createUser({ user_name: 'itil.user', roles: ['itil'] })
    rt.createUser({ user_name: 'guest.user', roles: [] })
}, 120000)

afterAll(() => {
    rt?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('scripted REST routes', () => {
    test('routed by method and path, with path and query parameters, headers and body, as the user', () => {
        const res = rt.rest('POST', '/api/x_tvgh_teamviewer/items/items/42?q=a&q=b', {
            user: 'itil.user',
            body: {},
            headers: { 'X-Trace': 't1' },
        })
        expect(res.status).toBe(201)
        expect(res.json).toEqual({ result: { id: '42', q: ['a', 'b'], user: 'itil.user', header: 't1' } })
    })
    test('401 without a user, 403 when the enforced ACL refuses, 400 for no route, 500 when the script throws', () => {
        expect(rt.rest('POST', '/api/x_tvgh_teamviewer/items/items/1', { user: null }).status).toBe(401)
        expect(rt.rest('POST', '/api/x_tvgh_teamviewer/items/items/1', { user: 'guest.user' }).status).toBe(403)
        expect(rt.rest('GET', '/api/x_tvgh_teamviewer/items/items/1', { user: 'itil.user' }).status).toBe(400)
        const failed = rt.rest('POST', '/api/x_tvgh_teamviewer/items/items/1', { user: 'itil.user', body: { fail: true } })
        expect([failed.status, (failed.json as { error: { message: string } }).error.message]).toEqual([500, 'refused by the script'])
    })
})

describe('events', () => {
    test('a queued event runs its script action and writes its e-mail notification to sys_email', () => {
        const caller = rt.createUser({ user_name: 'carol', email: 'carol@example.com' })
        const inc = rt.insert('incident', { short_description: 'Printer on fire', caller_id: caller })
        rt.execute(`var gr = new GlideRecord('incident'); gr.get('${inc}'); gs.eventQueue('x_tvgh_teamviewer.ping', gr, 'tester', '');`)
        expect(rt.processEvents()).toBe(1)
        expect(rt.query('incident', `sys_id=${inc}`)[0].description).toBe('pinged by tester')
        const mails = rt.emails()
        expect(mails.map((m) => [m.recipients, m.subject, m.body, m.type])).toEqual([
            ['carol@example.com', expect.stringMatching(/^Ping for INC\d{7}$/), '<p>Printer on fire</p>', 'send-ready'],
        ])
    })
})

describe('business rules', () => {
    test('an async rule runs after the transaction with no `previous` (platform: async rules have none)', () => {
        const inc = rt.insert('incident', { short_description: 'a' })
        rt.update('incident', inc, { short_description: 'b' })
        expect(rt.runAsync()).toBe(1)
        expect(rt.query('incident', `sys_id=${inc}`)[0].close_notes).toBe('previous is null')
    })
})

describe('the build reader', () => {
    test('reads every record of a file (an ATF step and its variable values) and its delete_multiple directive', () => {
        const all = readBuildWithDeletes(path.join(dir, 'dist', 'app'))
        const step = all.find((r) => r.$table === 'sys_atf_step')
        expect(step).toBeDefined()
        const values = all.filter((r) => r.$table === 'sys_variable_value')
        expect(values.map((v) => [v.$action, v.document_key ?? v.$query])).toEqual([
            ['delete_multiple', `document_key=${step?.sys_id}`],
            ['INSERT_OR_UPDATE', step?.sys_id],
        ])
        expect(values[1].value).toBe('hello')
        expect(rt.query('sys_variable_value', `document_key=${step?.sys_id}`).map((v) => v.value)).toEqual(['hello'])
    })

    test('honours DELETE records: the install removes them, also from a database kept from an earlier build', () => {
        const copy = mkdtempSync(path.join(os.tmpdir(), 'rt-del-'))
        try {
            cpSync(path.join(dir, 'dist', 'app'), copy, { recursive: true })
            const db = path.join(copy, 'kept.sqlite')
            const first = Runtime.load({ distDir: copy, dbFile: db })
            const action = first.query('sysevent_script_action')[0]
            first.close()
            expect(action).toBeDefined()
            mkdirSync(path.join(copy, 'author_elective_update'), { recursive: true })
            writeFileSync(
                path.join(copy, 'author_elective_update', `sysevent_script_action_${action.sys_id}.xml`),
                `<?xml version="1.0"?><record_update table="sysevent_script_action"><sysevent_script_action action="DELETE"><sys_id>${action.sys_id}</sys_id></sysevent_script_action></record_update>`,
            )
            expect(readBuild(copy).some((r) => r.sys_id === action.sys_id)).toBe(false)
            const second = Runtime.load({ distDir: copy, dbFile: db })
            expect(second.query('sysevent_script_action')).toEqual([])
            second.close()
        } finally {
            rmSync(copy, { recursive: true, force: true })
        }
    })
})

describe('widget server scripts', () => {
    test('run with the option schema defaults, given options, input and the user', () => {
        rt.insert('incident', { short_description: 'a' })
        expect(rt.runWidget('x_tvgh_sample', { user: 'itil.user' })).toEqual({
            count: rt.query('incident').length,
            interval: '30',
            echo: null,
            user: 'itil.user',
        })
        expect(rt.runWidget('x_tvgh_sample', { options: { refresh_interval: 10 }, input: { x: 'y' } })).toMatchObject({
            interval: 10,
            echo: 'y',
        })
        expect(() => rt.runWidget('nope')).toThrow(/no widget/)
    })
})
