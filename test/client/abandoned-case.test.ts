/**
 * The Supporter Control on another supporter's case (issue #22 item 4), controller and view with plain fakes:
 * whose case it is, no Start/Share/Close for others but Ask for this case and Create another; an admin's
 * Reassign (picker of signed-in supporters) and Close of an abandoned case, and the task's other open cases.
 */
import { createController } from '../../src/client/form-control/controller'
import { render } from '../../src/client/form-control/view'
import type { ControlState, Controller } from '../../src/client/form-control/controller'
import { FakeDocument, type FakeElement } from './fake-dom'
import { aCase, fakeEnv, settle, TASK } from './fakes'

const ALICE_CASE = 'e'.repeat(32)
const BOB_CASE = 'b'.repeat(32)
const BOB = '2'.repeat(32)

/** Alice's open case as Bob (a supporter of the task) or an admin sees it. */
const alices = (patch = {}) => aCase({ sysId: ALICE_CASE, mine: false, ownerName: 'Alice Agent', canAsk: true, canClose: false, ...patch })

function setup() {
    const doc = new FakeDocument()
    const root = doc.body.appendChild(doc.createElement('div'))
    const env = fakeEnv()
    const holder: { c?: Controller } = {}
    env.render = (state: ControlState) =>
        render(doc as unknown as Document, root as unknown as HTMLElement, 'tv', state, holder.c as Controller)
    const c = createController(env, TASK)
    holder.c = c
    const all = (tag: string) => root.all().filter((e) => e.tagName === tag)
    const buttons = () => all('button').map((b) => b.textContent)
    const byId = (id: string) => doc.getElementById(`tv_${id}`) as FakeElement | null
    return { env, c, root, buttons, byId, all }
}

test("another supporter's case: whose it is, Ask for this case and Create another — no Start, Share or Close", async () => {
    const t = setup()
    t.env.api.cases = [alices()]
    await t.c.load()
    expect(t.byId('owner')?.textContent).toBe('Service case s12-345-678 belongs to Alice Agent.')
    expect(t.buttons()).toEqual(['Ask for this case', 'Create another service case', 'Disconnect'])

    await t.c.ask(ALICE_CASE)
    expect(t.env.api.calls).toContain(`askCase ${ALICE_CASE}`)
    expect(t.c.state().status).toBe('You asked Alice Agent for service case s12-345-678; the request is in the work notes.')

    t.c.createAnother()
    await settle()
    expect(t.c.state().screen).toMatchObject({ kind: 'noCase', another: true })
    await t.c.create()
    expect(t.env.api.calls.some((x) => x.startsWith('createCase') && x.includes('"another":true'))).toBe(true)
    // the new case is the caller's; Alice's stays listed below it
    expect(t.c.state().screen).toMatchObject({ kind: 'openCase', case: { mine: true }, others: [{ sysId: ALICE_CASE }] })
    expect(t.all('li').map((li) => li.all().find((e) => e.tagName === 'span')?.textContent)).toEqual([
        'Service case s12-345-678 belongs to Alice Agent.',
    ])
})

test("the caller's own case first, the abandoned one listed below with what the caller may do", async () => {
    const t = setup()
    t.env.api.cases = [aCase({ sysId: BOB_CASE, code: 's98-765-432' }), alices()]
    await t.c.load()
    expect(t.c.state().screen).toMatchObject({ kind: 'openCase', case: { sysId: BOB_CASE }, others: [{ sysId: ALICE_CASE }] })
    expect(t.all('li').map((li) => li.all().find((e) => e.tagName === 'span')?.textContent)).toEqual([
        'Service case s12-345-678 belongs to Alice Agent.',
    ])
    expect(t.buttons()).toEqual([
        'Start session',
        'Share session code',
        'Close service case',
        "Change customer's e-mail",
        'Ask for this case',
        'Disconnect',
    ])
})

test('the 30 s refresh updates the list of other open cases (closed by an admin meanwhile)', async () => {
    const t = setup()
    t.env.api.cases = [aCase({ sysId: BOB_CASE, code: 's98-765-432' }), alices()]
    await t.c.load()
    expect(t.all('li')).toHaveLength(1)
    t.env.api.cases[1].state = 'closed'
    await t.c.poll()
    expect(t.c.state().screen).toMatchObject({ kind: 'openCase', case: { sysId: BOB_CASE }, others: [] })
    expect(t.all('li')).toHaveLength(0)
})

test('an admin reassigns an abandoned case: the picker lists the candidates, the choice is sent, the task is read again', async () => {
    const t = setup()
    t.env.api.cases = [alices({ canReassign: true, canClose: true })]
    t.env.api.candidates = [
        { sysId: '3'.repeat(32), name: 'Ann Support' },
        { sysId: BOB, name: 'Bob Agent' },
    ]
    await t.c.load()
    expect(t.buttons()).toEqual(['Ask for this case', 'Create another service case', 'Reassign…', 'Close service case', 'Disconnect'])
    await t.c.openReassign(ALICE_CASE)
    expect(t.all('option').map((o) => o.textContent)).toEqual(['Ann Support', 'Bob Agent'])
    t.c.chooseReassign(BOB)
    await t.c.reassign()
    expect(t.env.api.calls).toContain(`reassignCase ${ALICE_CASE} ${BOB}`)
    expect(t.c.state()).toMatchObject({ status: 'Service case s12-345-678 now belongs to Bob Agent.', error: null })
    expect(t.c.state().screen).toMatchObject({ kind: 'openCase', case: { ownerName: 'Bob Agent' } })
    expect(t.byId('reassign_to')).toBeNull()
})

test('nobody to reassign to: a sentence, the picker stays closed', async () => {
    const t = setup()
    t.env.api.cases = [alices({ canReassign: true })]
    await t.c.load()
    await t.c.openReassign(ALICE_CASE)
    expect(t.c.state().error).toMatch(/No other supporter is signed in to TeamViewer/)
    expect(t.c.state().screen).not.toHaveProperty('picker.caseSysId')
})

test("an admin closes another supporter's case: the task's cases are read again", async () => {
    const t = setup()
    t.env.api.cases = [alices({ canClose: true })]
    await t.c.load()
    await t.c.close(ALICE_CASE)
    expect(t.env.api.calls.filter((x) => /^(closeCase|taskCases)/.test(x))).toEqual([
        `taskCases ${TASK}`,
        `closeCase ${ALICE_CASE}`,
        `taskCases ${TASK}`,
    ])
    expect(t.c.state()).toMatchObject({ screen: { kind: 'closedCase' }, status: 'Service case s12-345-678 closed.' })
})
