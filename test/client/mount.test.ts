/**
 * The UI script's entry (src/client/form-control/index.ts) as the macro calls it, with the browser globals
 * replaced by the fake DOM: a saved record gets the control (loading, then what the API answers); a new
 * record (no sys_id) gets a sentence; a missing container nothing.
 */
import { mount } from '../../src/client/form-control/index'
import { FakeDocument } from './fake-dom'

type Globals = Record<string, unknown>
const g = globalThis as unknown as Globals

function withBrowser(answer: string) {
    const doc = new FakeDocument()
    const root = doc.body.appendChild(doc.createElement('div'))
    root.setAttribute('id', 'x_tvgh_teamviewer_control')
    const urls: string[] = []
    const win = {
        fetch: async (url: string) => (urls.push(url), { status: 200, text: async () => answer }),
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        setInterval: () => 1,
        clearInterval: () => undefined,
        open: () => null,
        location: { origin: 'https://instance.example' },
    }
    g.document = doc
    g.window = win
    g.g_ck = 'ck'
    return { doc, root, urls }
}

afterEach(() => {
    delete g.document
    delete g.window
    delete g.g_ck
})

test('a saved record mounts the control, which asks the app for its state', async () => {
    const b = withBrowser('{"result":{"signedIn":false,"task":{"number":"INC1"},"defaults":{},"cases":[]}}')
    expect(mount('x_tvgh_teamviewer_control', 'incident', 'a'.repeat(32))).not.toBeNull()
    await new Promise((r) => setTimeout(r, 0))
    expect(b.urls.sort()).toEqual(['/api/x_tvgh_teamviewer/cases/task/' + 'a'.repeat(32), '/api/x_tvgh_teamviewer/oauth/status'])
    expect(b.root.textContent).toContain('Sign in to TeamViewer')
})

test('a new record shows a sentence and calls nothing', async () => {
    const b = withBrowser('{}')
    expect(mount('x_tvgh_teamviewer_control', 'incident', '')).toBeNull()
    expect(b.root.textContent).toBe('Save the record to use TeamViewer remote support.')
    expect(b.urls).toEqual([])
    expect(mount('no_such_container', 'incident', 'a'.repeat(32))).toBeNull()
})
