/**
 * The setup status page's client code (src/client/setup-page/page.ts) in a fake DOM with a fake SendJson: the
 * status as text (the fake DOM throws on innerHTML), the failures in plain words, the loading line, Check again.
 * The page in a real browser: test/browser/setup-page.browser.test.ts.
 */
import { STATUS_URL, startSetupPage, type SetupStatusView } from '../../src/client/setup-page/page'
import { fakeSend, outline, pageWith } from './page-fakes'

const HOSTILE = '<img src=x onerror=alert(1)>'

function setup() {
    const page = pageWith({ 'tv-setup-loading': 'p', 'tv-setup-result': 'div', 'tv-setup-recheck': 'button' })
    const { send, calls } = fakeSend()
    startSetupPage(page.document, send)
    const loading = () => (page.byId('tv-setup-loading') as unknown as { style: { display: string } }).style.display
    return { ...page, calls, loading, result: () => outline(page.byId('tv-setup-result'), ['data-check', 'href']) }
}

function status(patch: Partial<SetupStatusView> = {}): SetupStatusView {
    return {
        ok: false,
        checks: [
            {
                id: 'admin_token',
                title: 'Admin token',
                state: 'problem',
                detail: `TeamViewer does not accept it ${HOSTILE}`,
                fix: 'Create a script token.',
            },
            { id: 'job', title: 'Retrieval job', state: 'ok', detail: 'Active.', fix: '' },
            {
                id: 'other',
                title: 'Other',
                state: 'odd' as never /* a state this page does not know (a newer server) */,
                detail: 'x',
                fix: '',
            },
        ],
        redirectUri: 'https://acme.service-now.com/api/x_tvgh_teamviewer/oauth/callback',
        job: { active: true, interval: '6 hours', nextRun: '2026-10-01 15:00:00 UTC' },
        poll: { interval: '1 minute', lastPoll: '' },
        links: [{ title: 'Properties', href: 'x.do?a=1&b=2' }],
        ...patch,
    }
}

test('loads the status at once, showing the loading line until the answer', () => {
    const s = setup()
    expect(s.calls.map((c) => [c.method, c.url, c.data])).toEqual([['GET', STATUS_URL, undefined]])
    expect(s.loading()).toBe('')
    s.calls[0].answer(200, { result: status() })
    expect(s.loading()).toBe('none')
})

test('shows every check, the redirect URI, the job, the poll and the links as text', () => {
    const s = setup()
    s.calls[0].answer(200, { result: status() })
    expect(s.result()).toEqual([
        'p.tv-summary.alert.alert-danger: Some settings need attention; each problem says how to fix it.',
        `ul.tv-checks.list-unstyled: Admin token: ProblemTeamViewer does not accept it ${HOSTILE}How to fix: Create a script token.Retrieval job: OKActive.Other: oddx`,
        `li.tv-check.tv-problem data-check=admin_token: Admin token: ProblemTeamViewer does not accept it ${HOSTILE}How to fix: Create a script token.`,
        'strong: Admin token: Problem',
        `div.tv-detail: TeamViewer does not accept it ${HOSTILE}`,
        'div.tv-fix: How to fix: Create a script token.',
        'li.tv-check.tv-ok data-check=job: Retrieval job: OKActive.',
        'strong: Retrieval job: OK',
        'div.tv-detail: Active.',
        'li.tv-check.tv-odd data-check=other: Other: oddx',
        'strong: Other: odd',
        'div.tv-detail: x',
        'div.tv-redirect: Redirect URI to register in TeamViewer: ',
        'label: Redirect URI to register in TeamViewer: ',
        'input.form-control: ',
        'p.tv-job: Retrieval job: active, every 6 hours; next run about 2026-10-01 15:00:00 UTC.',
        'p.tv-poll: Online poll: every 1 minute; no poll yet.',
        'ul.tv-links: Properties',
        'li: Properties',
        'a href=x.do?a=1&b=2: Properties',
    ])
    const input = s.byId('tv-redirect-uri') as unknown as { value: string; readOnly: boolean; getAttribute(n: string): string }
    expect([input.value, input.readOnly, input.getAttribute('aria-label')]).toEqual([
        'https://acme.service-now.com/api/x_tvgh_teamviewer/oauth/callback',
        true,
        'Redirect URI to register in TeamViewer',
    ])
})

test('all set up: the success line; an inactive job without a next run, a poll that ran, no job or poll when absent', () => {
    const s = setup()
    s.calls[0].answer(200, {
        result: status({
            ok: true,
            checks: [],
            job: { active: false, interval: '6 hours', nextRun: '' },
            poll: { interval: '1 minute', lastPoll: '2026-10-01 09:00:00 UTC' },
            links: [],
        }),
    })
    expect(s.result().filter((l) => /^p\./.test(l))).toEqual([
        'p.tv-summary.alert.alert-success: Everything is set up.',
        'p.tv-job: Retrieval job: inactive, every 6 hours.',
        'p.tv-poll: Online poll: every 1 minute; last poll 2026-10-01 09:00:00 UTC.',
    ])
    s.byId('tv-setup-recheck').dispatch('click')
    s.calls[1].answer(200, { result: status({ job: null, poll: null }) })
    expect(s.result().filter((l) => /^p\.tv-(job|poll)/.test(l))).toEqual([])
})

test.each([
    [
        'a refusal of the route, in its words',
        403,
        { result: { error: { message: 'The setup status is for TeamViewer administrators.' } } },
        'The setup status is for TeamViewer administrators.',
    ],
    [
        'the platform refusing (its message is not shown)',
        401,
        { error: { message: 'User Not Authenticated' } },
        'The setup status could not be read (HTTP 401).',
    ],
    ['an answer that is not JSON', 500, null, 'The setup status could not be read (HTTP 500).'],
    ['a 200 without checks', 200, { result: {} }, 'The setup status could not be read (HTTP 200).'],
])('%s', (_what, code, body, message) => {
    const s = setup()
    s.calls[0].answer(code, body)
    expect(s.result()).toEqual([`p.tv-error.alert.alert-danger: ${message}`])
    expect(s.loading()).toBe('none')
})

test('no answer: says the instance did not answer; Check again asks again and replaces the result', () => {
    const s = setup()
    s.calls[0].noAnswer()
    expect(s.result()).toEqual(['p.tv-error.alert.alert-danger: The setup status could not be read: the instance did not answer.'])
    expect(s.loading()).toBe('none')
    s.byId('tv-setup-recheck').dispatch('click')
    expect(s.calls).toHaveLength(2)
    expect(s.loading()).toBe('')
    s.calls[1].answer(200, { result: status({ ok: true, checks: [], links: [] }) })
    expect(s.result()[0]).toBe('p.tv-summary.alert.alert-success: Everything is set up.')
})
