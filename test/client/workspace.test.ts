/**
 * The workspace UI actions (src/client/workspace/actions.ts) with a fake g_form and API: each calls the
 * same REST routes as the form control and reports in plain words; sign-in required opens the sign-in.
 */
import { apiError } from '../../src/client/form-control/api'
import { closeCase, createCase, shareSession, startSession, type WorkspaceForm } from '../../src/client/workspace/actions'
import { aCase, fakeApi, TASK } from './fakes'

function setup(cases = [aCase()]) {
    const api = fakeApi()
    api.cases = cases
    const opened: string[] = []
    const messages: string[] = []
    const g_form: WorkspaceForm = {
        getUniqueValue: () => TASK,
        addInfoMessage: (m) => messages.push(`info: ${m}`),
        addErrorMessage: (m) => messages.push(`error: ${m}`),
    }
    return { api, opened, messages, g_form, env: { api, openWindow: (u: string) => opened.push(u) } }
}

test('Create: a case for the task with the caller as end customer (server defaults)', async () => {
    const t = setup([])
    await createCase(t.g_form, t.env)
    expect(t.api.calls).toEqual([`createCase ${TASK} {}`])
    expect(t.messages).toEqual(['info: TeamViewer service case s12-345-678 created for the customer.'])
})

test('Start opens the supporter link of the open case', async () => {
    const t = setup()
    await startSession(t.g_form, t.env)
    expect(t.opened).toEqual(['https://start.teamviewer.com/s12345678'])
    expect(t.messages).toEqual(['info: TeamViewer is starting session s12-345-678.'])
})

test('Share mails the invitation through the invite route; Close closes the case', async () => {
    const t = setup()
    await shareSession(t.g_form, t.env)
    await closeCase(t.g_form, t.env)
    expect(t.api.calls.filter((c) => !c.startsWith('taskCases'))).toEqual([`inviteCase ${'c'.repeat(32)}`, `closeCase ${'c'.repeat(32)}`])
    expect(t.messages).toEqual([
        'info: Invitation to session s12-345-678 sent to carol@example.com.',
        'info: TeamViewer service case s12-345-678 closed.',
    ])
})

test('without an open case, Start/Share/Close say so', async () => {
    const t = setup([aCase({ state: 'closed' })])
    await startSession(t.g_form, t.env)
    expect(t.messages).toEqual(['error: This record has no open TeamViewer service case. Create one first.'])
})

test('sign-in required opens the TeamViewer sign-in and says what to do', async () => {
    const t = setup([])
    t.api.fail.createCase = apiError('sign_in_required', 409, 'Sign in to TeamViewer first.')
    await createCase(t.g_form, t.env)
    expect(t.opened).toEqual(['https://login.teamviewer.com/oauth2/authorize?state=x'])
    expect(t.messages).toEqual(['error: Sign in to TeamViewer first. Finish the sign-in in the window that opened, then try again.'])
})
