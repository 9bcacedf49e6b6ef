/**
 * What the UI pages share (src/client/shared/ui-page.ts): the REST call with the session token over a fake
 * XMLHttpRequest, reading answers that are and are not JSON, the two kinds of refusal, elements with text.
 */
import { el, parseJson, platformError, routeError, sendJson, type Answer } from '../../src/client/shared/ui-page'
import { FakeDocument } from './fake-dom'

type Globals = Record<string, unknown>
const g = globalThis as unknown as Globals

class FakeXhr {
    static last: FakeXhr
    opened: string[] = []
    headers: [string, string][] = []
    sent: unknown = 'not sent'
    status = 0
    responseText = ''
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    constructor() {
        FakeXhr.last = this
    }
    open(method: string, url: string) {
        this.opened = [method, url]
    }
    setRequestHeader(name: string, value: string) {
        this.headers.push([name, value])
    }
    send(body?: unknown) {
        this.sent = body
    }
}

function call(data: unknown, token?: string) {
    g.XMLHttpRequest = FakeXhr
    g.window = token === undefined ? {} : { g_ck: token }
    const seen: Array<Answer<unknown> | 'no answer'> = []
    sendJson(
        'POST',
        '/api/x_tvgh_teamviewer/forms/add',
        data,
        (a) => seen.push(a),
        () => seen.push('no answer'),
    )
    return { xhr: FakeXhr.last, seen }
}

afterEach(() => {
    delete g.XMLHttpRequest
    delete g.window
})

test('sends JSON with the session token and reads the JSON answer', () => {
    const { xhr, seen } = call({ table: 'problem', view: '' }, 'ck-123')
    expect(xhr.opened).toEqual(['POST', '/api/x_tvgh_teamviewer/forms/add'])
    expect(xhr.headers).toEqual([
        ['Accept', 'application/json'],
        ['Content-Type', 'application/json'],
        ['X-UserToken', 'ck-123'],
    ])
    expect(xhr.sent).toBe('{"table":"problem","view":""}')
    Object.assign(xhr, { status: 200, responseText: '{"result":{"message":"Added."}}' })
    xhr.onload?.()
    expect(seen).toEqual([{ status: 200, body: { result: { message: 'Added.' } } }])
})

test('without data: no body and no Content-Type; without g_ck: no X-UserToken; no answer reported as such', () => {
    const { xhr, seen } = call(undefined)
    expect(xhr.headers).toEqual([['Accept', 'application/json']])
    expect(xhr.sent).toBeUndefined()
    xhr.onerror?.()
    expect(seen).toEqual(['no answer'])
})

test.each([
    ['{"result":{"a":1}}', { result: { a: 1 } }],
    ['<html>Bad gateway</html>', null],
    ['', null],
])('parseJson(%j)', (text, parsed) => expect(parseJson(text)).toEqual(parsed))

test.each([
    [{ result: { error: { message: 'route says no' } } }, 'route says no', ''],
    [{ error: { message: 'platform says no' } }, '', 'platform says no'],
    [{ result: { error: {} } }, '', ''],
    [null, '', ''],
])('refusals in %j', (body, route, platform) => {
    expect([routeError(body), platformError(body)]).toEqual([route, platform])
})

test('el: class and text only when given, text never parsed as markup', () => {
    const doc = new FakeDocument() as unknown as Document
    const a = el(doc, 'p', 'x y', '<b>bold</b>') as unknown as { className: string; textContent: string }
    expect([a.className, a.textContent]).toEqual(['x y', '<b>bold</b>'])
    const b = el(doc, 'li', '', 0) as unknown as { className?: string; textContent: string }
    expect([b.className, b.textContent]).toEqual([undefined, '0'])
    expect(el(doc, 'li').textContent).toBe('')
})
