/**
 * Rendering of the Supporter Control (src/client/form-control/view.ts) into a fake DOM: each screen's
 * labelled controls, data shown as text (never parsed: the fake DOM throws on innerHTML), status read out
 * through aria-live and errors through role="alert", focus kept across re-renders.
 */
import type { CaseView } from '../../src/server/shared/contract'
import { createController, type ControlState, type Controller } from '../../src/client/form-control/controller'
import { render } from '../../src/client/form-control/view'
import { aCase, fakeEnv, TASK } from './fakes'
import { FakeDocument, type FakeElement } from './fake-dom'

const HOSTILE = '<img src=x onerror=alert(1)>'

function setup(cases: CaseView[], signedIn = true) {
    const doc = new FakeDocument()
    const root = doc.body.appendChild(doc.createElement('div'))
    root.setAttribute('id', 'tv')
    const env = fakeEnv()
    env.api.cases = cases
    env.api.signedIn = signedIn
    const holder: { c?: Controller } = {}
    env.render = (state: ControlState) =>
        render(doc as unknown as Document, root as unknown as HTMLElement, 'tv', state, holder.c as Controller)
    const controller = createController(env, TASK)
    holder.c = controller
    const byId = (id: string) => doc.getElementById(`tv_${id}`) as FakeElement
    const buttons = () =>
        root
            .all()
            .filter((e) => e.tagName === 'button')
            .map((b) => b.textContent)
    return { doc, root, env, c: () => controller, byId, buttons }
}

test('not signed in, a task with a closed case: a Sign in button', async () => {
    const t = setup([aCase({ state: 'closed', closedAt: '2026-11-26 09:00:00' })], false)
    await t.c().load()
    expect(t.buttons()).toEqual(['Sign in to TeamViewer'])
    expect(t.byId('signin').getAttribute('type')).toBe('button')
})

test('not signed in, a task without a case: the create form with "Sign in and create service case" (and Sign in only)', async () => {
    const t = setup([], false)
    await t.c().load()
    expect(t.buttons()).toEqual(['Sign in and create service case', 'Sign in to TeamViewer'])
    expect(t.byId('name').value).toBe('Carol Caller')
    expect(t.byId('signin_create').getAttribute('type')).toBe('submit')
    t.byId('name').value = 'Dana'
    t.byId('name').dispatch('input')
    const form = t.root.all().find((e) => e.tagName === 'form') as FakeElement
    form.dispatch('submit')
    await new Promise((r) => setTimeout(r, 0))
    expect(t.env.opened).toEqual(['https://login.teamviewer.com/oauth2/authorize?state=x'])
    expect(t.byId('name').value).toBe('Dana')
    expect(t.root.textContent).toContain('Waiting for the TeamViewer sign-in to finish…')
})

test('no case: labelled inputs prefilled from the task; the form submits the edit', async () => {
    const t = setup([])
    await t.c().load()
    const name = t.byId('name')
    const label = t.root.all().find((e) => e.tagName === 'label' && e.getAttribute('for') === 'tv_name')
    expect(label?.textContent).toBe("Customer's name")
    expect(name.value).toBe('Carol Caller')
    expect(t.byId('email').getAttribute('type')).toBe('email')
    expect([t.byId('description').tagName, t.byId('description').value, t.byId('description').getAttribute('maxlength')]).toEqual([
        'textarea',
        'INC0010001: Printer is on fire',
        '1000',
    ])
    expect(t.buttons()).toEqual(['Create service case', 'Disconnect'])
    name.value = 'Dana'
    name.dispatch('input')
    const form = t.root.all().find((e) => e.tagName === 'form') as FakeElement
    form.dispatch('submit')
    await new Promise((r) => setTimeout(r, 0))
    expect(t.env.api.calls).toContain(
        `createCase ${TASK} {"endCustomerName":"Dana","endCustomerEmail":"carol@example.com","description":"INC0010001: Printer is on fire"}`,
    )
})

test('focus stays in the input being typed in across re-renders', async () => {
    const t = setup([])
    await t.c().load()
    t.byId('email').focus()
    t.byId('email').value = 'x@example.com'
    t.byId('email').dispatch('input')
    expect(t.doc.activeElement?.id).toBe('tv_email')
    expect(t.byId('email').value).toBe('x@example.com')
})

test('open case: code, customer, online state and the three actions; a hostile customer name is text', async () => {
    const t = setup([aCase({ endCustomerName: HOSTILE, online: true, onlineSince: '2026-11-26 10:05:00' })])
    await t.c().load()
    expect(t.buttons()).toEqual(['Start session', 'Share session code', 'Close service case', "Change customer's e-mail", 'Disconnect'])
    const text = t.root.textContent
    expect(text).toContain('s12-345-678')
    expect(text).toContain(`${HOSTILE} · carol@example.com`)
    expect(text).toContain('Online since 2026-11-26 10:05:00')
    // no element was made from the data
    expect(t.root.all().some((e) => e.tagName === 'img')).toBe(false)
    // the action group is labelled
    expect(
        t.root
            .all()
            .find((e) => e.getAttribute('role') === 'group')
            ?.getAttribute('aria-label'),
    ).toBe('Service case actions')
})

test('Start shows the session links (https only) for a blocked popup', async () => {
    const t = setup([aCase()])
    t.env.blockPopups = true
    await t.c().load()
    t.byId('start').dispatch('click')
    await new Promise((r) => setTimeout(r, 0))
    const links = t.root.all().filter((e) => e.tagName === 'a')
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')])).toEqual([
        ['Open the session in TeamViewer', 'https://start.teamviewer.com/s12345678', 'noopener noreferrer'],
        ['Open it in the web client', 'https://web.teamviewer.com/s12345678', 'noopener noreferrer'],
    ])
})

test('closed case: its summary and Create another', async () => {
    const t = setup([aCase({ state: 'closed', closedAt: '2026-11-26 11:00:00' })])
    await t.c().load()
    expect(t.root.textContent).toContain('s12-345-678 (closed)')
    expect(t.root.textContent).toContain('Closed2026-11-26 11:00:00')
    expect(t.buttons()).toEqual(['Create another service case', 'Disconnect'])
})

test('errors go to role=alert, progress to an aria-live status; buttons are disabled while busy', async () => {
    const t = setup([aCase()])
    await t.c().load()
    t.env.api.fail.closeCase = {
        kind: 'api_error',
        code: 'teamviewer_unavailable',
        status: 503,
        message: 'TeamViewer cannot be reached right now. Try again in a few minutes.',
    }
    let busyRender = false
    const original = t.env.render
    t.env.render = (s) => {
        original(s)
        if (s.busy) busyRender = t.byId('close').getAttribute('disabled') === 'disabled'
    }
    await t.c().close()
    expect(busyRender).toBe(true)
    expect(t.byId('error').getAttribute('role')).toBe('alert')
    expect(t.byId('error').textContent).toBe('TeamViewer cannot be reached right now. Try again in a few minutes.')
    expect(t.byId('status').getAttribute('aria-live')).toBe('polite')
    expect(t.byId('close').getAttribute('disabled')).toBeNull()
})

test('Disconnect beside "Signed in to TeamViewer as …": a confirmation inside the control, then the Sign in screen', async () => {
    const t = setup([])
    await t.c().load()
    const account = t.root.all().find((e) => e.getAttribute('class') === 'x-tvgh-account') as FakeElement
    expect(account.textContent).toBe('Signed in to TeamViewer as Sam Supporter Disconnect')
    t.byId('disconnect').focus()
    t.byId('disconnect').dispatch('click')
    // the question and its two answers replace the button; focus goes to Cancel (nothing is lost by Enter)
    expect(t.byId('disconnect_question').textContent).toMatch(/^Disconnect your TeamViewer account from ServiceNow\?/)
    expect(t.buttons()).toEqual(['Create service case', 'Disconnect', 'Cancel'])
    expect(t.doc.activeElement?.id).toBe('tv_disconnect_cancel')
    t.byId('disconnect_cancel').dispatch('click')
    expect(t.buttons()).toEqual(['Create service case', 'Disconnect'])
    expect(t.doc.activeElement?.id).toBe('tv_disconnect')
    expect(t.env.api.calls).not.toContain('disconnect')
    t.byId('disconnect').dispatch('click')
    t.byId('disconnect_confirm').dispatch('click')
    await new Promise((r) => setTimeout(r, 0))
    expect(t.env.api.calls).toContain('disconnect')
    expect(t.buttons()).toEqual(['Sign in to TeamViewer'])
    expect(t.root.textContent).not.toContain('Signed in to TeamViewer as')
    expect(t.byId('status').textContent).toBe('Your TeamViewer account is disconnected from ServiceNow.')
})

test("open case: Change customer's e-mail edits the address in the control; a bad one is refused before any call", async () => {
    const t = setup([aCase()])
    await t.c().load()
    t.byId('change_email').dispatch('click')
    expect(t.byId('new_email').value).toBe('carol@example.com')
    expect(t.buttons()).not.toContain("Change customer's e-mail")
    const form = () => t.root.all().find((e) => e.getAttribute('class') === 'x-tvgh-customer') as FakeElement
    t.byId('new_email').value = 'not an address'
    t.byId('new_email').dispatch('input')
    form().dispatch('submit')
    await new Promise((r) => setTimeout(r, 0))
    expect(t.byId('error').textContent).toBe('"not an address" is not an e-mail address. Correct it or leave it empty.')
    expect(t.env.api.calls.some((c) => c.startsWith('changeCustomerEmail'))).toBe(false)
    t.byId('new_email').value = 'dana@example.com'
    t.byId('new_email').dispatch('input')
    form().dispatch('submit')
    await new Promise((r) => setTimeout(r, 0))
    expect(t.env.api.calls).toContain(`changeCustomerEmail ${'c'.repeat(32)} dana@example.com`)
    expect(t.root.textContent).toContain('Carol Caller · dana@example.com')
    expect(t.byId('status').textContent).toBe("The customer's e-mail is now dana@example.com; Share addresses the invitation there.")
    expect(t.byId('new_email')).toBeNull()
})
