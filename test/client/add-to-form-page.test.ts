/**
 * The "Add TeamViewer to a form" page's client code (src/client/add-to-form-page/page.ts) in a fake DOM with a
 * fake SendJson: it checks on load and on submit (GET forms/status with the trimmed table and view), shows per
 * form whether the control and the report are on it, the steps and the platform's pages as text and links, and
 * the failures in plain words. The page in a real browser: test/browser/add-to-form.browser.test.ts.
 */
import { STATUS_URL, startAddToFormPage } from '../../src/client/add-to-form-page/page'
import { fakeSend, outline, pageWith } from './page-fakes'

function setup() {
    const page = pageWith({
        'tv-forms-form': 'form',
        'tv-forms-table': 'input',
        'tv-forms-view': 'input',
        'tv-forms-check': 'button',
        'tv-forms-error': 'p',
        'tv-forms-list': 'div',
    })
    const { send, calls } = fakeSend()
    startAddToFormPage(page.document, send)
    const button = () => page.byId('tv-forms-check') as unknown as { disabled: boolean; textContent: string }
    return { ...page, calls, button, list: () => outline(page.byId('tv-forms-list'), ['href', 'target']) }
}

const PROBLEM = {
    table: 'problem',
    view: '',
    form: 'problem (Default view)',
    control: false,
    report: true,
    formLayoutUrl: 'slushbucket.do?sysparm_form=section&sysparm_list=problem&sysparm_view=',
    relatedListsUrl: 'slushbucket.do?sysparm_form=related_list&sysparm_list=problem&sysparm_view=',
    steps: ['Form Layout: <b>pick</b> "TeamViewer Supporter Control".'],
}

test('checks on load, and on submit with the trimmed table and view; the button waits for the answer', () => {
    const s = setup()
    expect(s.calls.map((c) => [c.method, c.url, c.data])).toEqual([['GET', `${STATUS_URL}?table=&view=`, undefined]])
    expect(s.button().disabled).toBe(true)
    s.calls[0].answer(200, { result: { view: '', forms: [] } })
    expect(s.button()).toMatchObject({ disabled: false, textContent: 'Check again' })
    s.byId('tv-forms-table').value = ' problem '
    s.byId('tv-forms-view').value = ' itil '
    s.byId('tv-forms-form').dispatch('submit')
    expect(s.calls[1].url).toBe(`${STATUS_URL}?table=problem&view=itil`)
})

test('each form: its state, the steps that remain, and the platform pages (new tab), all as text', () => {
    const s = setup()
    s.calls[0].answer(200, {
        result: {
            view: '',
            forms: [PROBLEM, { ...PROBLEM, table: 'incident', form: 'incident (Default view)', control: true, steps: [] }],
        },
    })
    expect(s.list()).toEqual([
        'section.tv-form: problem (Default view)TeamViewer Supporter Control: not on the formTeamViewer connection report: on the formForm Layout: <b>pick</b> "TeamViewer Supporter Control".Form Layout of problem (Default view) · Related Lists of problem (Default view)',
        'h2.tv-form-name: problem (Default view)',
        'ul.tv-form-state: TeamViewer Supporter Control: not on the formTeamViewer connection report: on the form',
        'li.tv-no: TeamViewer Supporter Control: not on the form',
        'li.tv-yes: TeamViewer connection report: on the form',
        'ol.tv-form-steps: Form Layout: <b>pick</b> "TeamViewer Supporter Control".',
        'li: Form Layout: <b>pick</b> "TeamViewer Supporter Control".',
        'p.tv-form-links: Form Layout of problem (Default view) · Related Lists of problem (Default view)',
        `a.tv-forms-link href=${PROBLEM.formLayoutUrl} target=_blank: Form Layout of problem (Default view)`,
        `a.tv-forms-link href=${PROBLEM.relatedListsUrl} target=_blank: Related Lists of problem (Default view)`,
        'section.tv-form.tv-form-done: incident (Default view)TeamViewer Supporter Control: on the formTeamViewer connection report: on the formForm Layout of incident (Default view) · Related Lists of incident (Default view)',
        'h2.tv-form-name: incident (Default view)',
        'ul.tv-form-state: TeamViewer Supporter Control: on the formTeamViewer connection report: on the form',
        'li.tv-yes: TeamViewer Supporter Control: on the form',
        'li.tv-yes: TeamViewer connection report: on the form',
        'p.tv-form-links: Form Layout of incident (Default view) · Related Lists of incident (Default view)',
        `a.tv-forms-link href=${PROBLEM.formLayoutUrl} target=_blank: Form Layout of incident (Default view)`,
        `a.tv-forms-link href=${PROBLEM.relatedListsUrl} target=_blank: Related Lists of incident (Default view)`,
    ])
    // checking again replaces the list
    s.byId('tv-forms-form').dispatch('submit')
    s.calls[1].answer(200, { result: { view: '', forms: [] } })
    expect(s.list()).toEqual([])
})

test("refusals show the route's or the platform's words; no answer says so", () => {
    const s = setup()
    s.calls[0].answer(403, { result: { error: { message: 'Checking forms requires the role x_tvgh_teamviewer.admin.' } } })
    expect(s.byId('tv-forms-error').textContent).toBe('Checking forms requires the role x_tvgh_teamviewer.admin.')
    s.byId('tv-forms-form').dispatch('submit')
    s.calls[1].answer(401, { error: { message: 'User Not Authenticated' } })
    expect(s.byId('tv-forms-error').textContent).toBe('User Not Authenticated')
    s.byId('tv-forms-form').dispatch('submit')
    s.calls[2].answer(500, '<html>oops</html>')
    expect(s.byId('tv-forms-error').textContent).toBe('The forms could not be checked (HTTP 500).')
    s.byId('tv-forms-form').dispatch('submit')
    s.calls[3].noAnswer()
    expect(s.byId('tv-forms-error').textContent).toBe('The forms could not be checked: the instance did not answer.')
    expect(s.button().disabled).toBe(false)
})
