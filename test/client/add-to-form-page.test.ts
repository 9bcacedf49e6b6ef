/**
 * The "Add TeamViewer to a form" page's client code (src/client/add-to-form-page/page.ts) in a fake DOM with a
 * fake SendJson: what Add and Undo post, the buttons while a call is under way, the answer's message and the
 * link as text, the failures in plain words. The page in a real browser: test/browser/add-to-form.browser.test.ts.
 */
import { BASE, startAddToFormPage } from '../../src/client/add-to-form-page/page'
import { fakeSend, pageWith } from './page-fakes'

function setup(table = ' problem ', view = '') {
    const page = pageWith({
        'tv-forms-form': 'form',
        'tv-forms-table': 'input',
        'tv-forms-view': 'input',
        'tv-forms-add': 'button',
        'tv-forms-undo': 'button',
        'tv-forms-result': 'p',
        'tv-forms-error': 'p',
        'tv-forms-open': 'p',
    })
    page.byId('tv-forms-table').value = table
    page.byId('tv-forms-view').value = view
    const { send, calls } = fakeSend()
    startAddToFormPage(page.document, send)
    const text = (id: string) => page.byId(`tv-forms-${id}`).textContent
    const busy = () => ['add', 'undo'].map((id) => (page.byId(`tv-forms-${id}`) as unknown as { disabled: boolean }).disabled)
    const link = () =>
        page
            .byId('tv-forms-open')
            .all()
            .map((a) => `${a.tagName} ${a.getAttribute('href')}: ${a.textContent}`)
    return { ...page, calls, text, busy, link, outcome: () => ({ result: text('result'), error: text('error'), link: link() }) }
}

test('Add posts the trimmed table and view to forms/add; the buttons wait for the answer; the message and a link show', () => {
    const s = setup(' problem ', ' itil ')
    s.byId('tv-forms-form').dispatch('submit')
    expect(s.calls.map((c) => [c.method, c.url, c.data])).toEqual([['POST', `${BASE}add`, { table: 'problem', view: 'itil' }]])
    expect(s.busy()).toEqual([true, true])
    s.calls[0].answer(200, { result: { table: 'problem', view: 'itil', changed: true, message: 'Added to the problem form.' } })
    expect(s.busy()).toEqual([false, false])
    expect(s.outcome()).toEqual({
        result: 'Added to the problem form.',
        error: '',
        link: ['a problem_list.do: Open a problem record to see the form'],
    })
})

test('Undo posts to forms/remove and clears the last outcome while it waits', () => {
    const s = setup('incident')
    s.byId('tv-forms-form').dispatch('submit')
    s.calls[0].answer(200, { result: { table: 'incident', message: 'Added.' } })
    s.byId('tv-forms-undo').dispatch('click')
    expect(s.calls.map((c) => [c.method, c.url, c.data])[1]).toEqual(['POST', `${BASE}remove`, { table: 'incident', view: '' }])
    expect(s.outcome()).toEqual({ result: '', error: '', link: [] })
    s.calls[1].answer(200, { result: { table: 'incident', message: 'Removed.' } })
    expect(s.outcome()).toEqual({ result: 'Removed.', error: '', link: ['a incident_list.do: Open a incident record to see the form'] })
})

test('a table name is shown as text and encoded in the link', () => {
    const s = setup()
    s.byId('tv-forms-form').dispatch('submit')
    s.calls[0].answer(200, { result: { table: '<b>x</b>&y', message: '<img src=x onerror=alert(1)>' } })
    expect(s.outcome()).toEqual({
        result: '<img src=x onerror=alert(1)>',
        error: '',
        link: ['a %3Cb%3Ex%3C%2Fb%3E%26y_list.do: Open a <b>x</b>&y record to see the form'],
    })
})

test.each([
    [
        'a refusal of the route, in its words',
        400,
        { result: { error: { message: 'sys_user does not extend task.' } } },
        'sys_user does not extend task.',
    ],
    [
        "the platform's own refusal, in its words",
        403,
        { error: { message: 'Changing forms requires the role x_tvgh_teamviewer.admin.' } },
        'Changing forms requires the role x_tvgh_teamviewer.admin.',
    ],
    ['an answer that is not JSON', 502, null, 'The form could not be changed (HTTP 502).'],
    ['a 200 without a message', 200, { result: { table: 'problem' } }, 'The form could not be changed (HTTP 200).'],
])('%s', (_what, code, body, message) => {
    const s = setup()
    s.byId('tv-forms-form').dispatch('submit')
    s.calls[0].answer(code, body)
    expect(s.outcome()).toEqual({ result: '', error: message, link: [] })
    expect(s.busy()).toEqual([false, false])
})

test('no answer: says the instance did not answer and frees the buttons', () => {
    const s = setup()
    s.byId('tv-forms-undo').dispatch('click')
    s.calls[0].noAnswer()
    expect(s.outcome()).toEqual({ result: '', error: 'The form could not be changed: the instance did not answer.', link: [] })
    expect(s.busy()).toEqual([false, false])
})
