/**
 * Execution paths the app does not use yet (scripted REST routes, widget server scripts), run on a small
 * sample app built with the real SDK into a temporary folder, so the runtime handles the shapes the SDK emits.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Runtime } from './index'

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
export function onPing(current: Rec, event: { parm1: string }): void {
    current.setValue('description', 'pinged by ' + event.parm1)
    current.update()
}
`,
    )
    writeFileSync(
        path.join(dir, 'src', 'fluent', 'sample.now.ts'),
        `import { Acl, EmailNotification, RestApi, ScriptAction, SPWidget } from '@servicenow/sdk/core'
import { onPing, postItem } from '../server/items'
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
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js'), 'build'], { cwd: dir, stdio: 'pipe' })
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
        const res = rt.rest('POST', '/api/x_tvgh_teamviewer/items/items/42?q=a&q=b', { user: 'itil.user', body: {}, headers: { 'X-Trace': 't1' } })
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
        expect(mails.map((m) => [m.recipients, m.subject, m.body, m.type])).toEqual([['carol@example.com', expect.stringMatching(/^Ping for INC\d{7}$/), '<p>Printer on fire</p>', 'send-ready']])
    })
})

describe('widget server scripts', () => {
    test('run with the option schema defaults, given options, input and the user', () => {
        rt.insert('incident', { short_description: 'a' })
        expect(rt.runWidget('x_tvgh_sample', { user: 'itil.user' })).toEqual({ count: rt.query('incident').length, interval: '30', echo: null, user: 'itil.user' })
        expect(rt.runWidget('x_tvgh_sample', { options: { refresh_interval: 10 }, input: { x: 'y' } })).toMatchObject({ interval: 10, echo: 'y' })
        expect(() => rt.runWidget('nope')).toThrow(/no widget/)
    })
})
