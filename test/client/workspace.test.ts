/**
 * The workspace UI actions (src/client/workspace/actions.ts) with a fake GlideAjax, g_form and g_modal: each
 * calls one method of TeamViewerWorkspaceAjax with the record's sys_id and reports in plain words; links are
 * shown (never opened: no documented workspace API opens a URL), only when they are http(s).
 */
import { closeCase, createCase, PROCESSOR, shareSession, startSession, type WorkspaceForm } from '../../src/client/workspace/actions'

const TASK = 'a'.repeat(32)

function setup(answer: unknown) {
    const calls: string[] = []
    const messages: string[] = []
    const modals: string[] = []
    const g_form: WorkspaceForm = {
        getUniqueValue: () => TASK,
        addInfoMessage: (m) => messages.push(`info: ${m}`),
        addErrorMessage: (m) => messages.push(`error: ${m}`),
    }
    const env = {
        ajax(processor: string) {
            const params: string[] = []
            return {
                addParam: (n: string, v: string) => void params.push(`${n}=${v}`),
                getXMLAnswer: (cb: (a: string | null) => void) => {
                    calls.push(`${processor} ${params.join('&')}`)
                    setTimeout(() => cb(typeof answer === 'string' ? answer : JSON.stringify(answer)), 0)
                },
            }
        },
        modal: { alert: (title: string, message: string) => void modals.push(`${title} | ${message}`) },
    }
    return { calls, messages, modals, g_form, env }
}

test('each action calls its method of the script include with the record', async () => {
    for (const [fn, method] of [
        [createCase, 'createCase'],
        [startSession, 'startSession'],
        [shareSession, 'shareSession'],
        [closeCase, 'closeCase'],
    ] as const) {
        const t = setup({ ok: true, message: 'Done.' })
        await fn(t.g_form, t.env)
        expect(t.calls).toEqual([`${PROCESSOR} sysparm_name=${method}&sysparm_task=${TASK}`])
        expect(t.messages).toEqual(['info: Done.'])
        expect(t.modals).toEqual([])
    }
})

test('Start shows the http(s) links in a modal for the supporter to open; others are dropped', async () => {
    const t = setup({
        ok: true,
        message: 'Ready.',
        links: [
            { label: 'App', url: 'https://get.teamviewer.com/s1' },
            { label: 'Bad', url: 'javascript:alert(1)' },
        ],
    })
    await startSession(t.g_form, t.env)
    expect(t.modals).toEqual(['Start TeamViewer session | Ready.\n\nApp: https://get.teamviewer.com/s1'])
})

test('sign-in required: the error and the sign-in link', async () => {
    const t = setup({ ok: false, code: 'sign_in_required', message: 'Sign in to TeamViewer first.', signInUrl: 'https://login.example/x' })
    await createCase(t.g_form, t.env)
    expect(t.messages).toEqual(['error: Sign in to TeamViewer first. Open the TeamViewer sign-in link, then try again.'])
    expect(t.modals).toEqual([
        'Create TeamViewer service case | Sign in to TeamViewer first.\n\nSign in to TeamViewer: https://login.example/x',
    ])
})

test('an answer that is not the contract: a plain failure message', async () => {
    const t = setup('<html>oops')
    await closeCase(t.g_form, t.env)
    expect(t.messages).toEqual(['error: The TeamViewer action failed. Reload the page and try again.'])
})
