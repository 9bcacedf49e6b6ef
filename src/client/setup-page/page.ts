/**
 * The setup status page (UI page x_tvgh_teamviewer_setup.do, src/fluent/ui/setup-page.now.ts): reads
 * GET /api/x_tvgh_teamviewer/setup/status (src/server/entry/routes/setup.ts) and shows each check as text, with the
 * redirect URI to register in TeamViewer, the retrieval job, the online poll and the admin links.
 */
import { API_BASE, type SetupStatusView } from '../../server/shared/contract'
import { byId, el, routeError, type SendJson } from '../shared/ui-page'

export const STATUS_URL = `${API_BASE}/setup/status`

const LABEL: Record<string, string> = { ok: 'OK', problem: 'Problem', warning: 'Check' }

/** Replaces the result area with the status. */
export function showStatus(doc: Document, status: SetupStatusView): void {
    const root = byId(doc, 'tv-setup-result')
    root.textContent = ''
    root.appendChild(
        el(
            doc,
            'p',
            status.ok ? 'tv-summary alert alert-success' : 'tv-summary alert alert-danger',
            status.ok ? 'Everything is set up.' : 'Some settings need attention; each problem says how to fix it.',
        ),
    )
    const list = el(doc, 'ul', 'tv-checks list-unstyled')
    for (const c of status.checks || []) {
        const item = el(doc, 'li', 'tv-check tv-' + c.state)
        item.setAttribute('data-check', c.id)
        item.appendChild(el(doc, 'strong', '', c.title + ': ' + (LABEL[c.state] || c.state)))
        item.appendChild(el(doc, 'div', 'tv-detail', c.detail))
        if (c.fix) item.appendChild(el(doc, 'div', 'tv-fix', 'How to fix: ' + c.fix))
        list.appendChild(item)
    }
    root.appendChild(list)
    const redirect = el(doc, 'div', 'tv-redirect')
    redirect.appendChild(el(doc, 'label', '', 'Redirect URI to register in TeamViewer: '))
    const input = el(doc, 'input', 'form-control')
    input.setAttribute('id', 'tv-redirect-uri')
    input.readOnly = true
    input.value = status.redirectUri || ''
    input.setAttribute('aria-label', 'Redirect URI to register in TeamViewer')
    redirect.appendChild(input)
    root.appendChild(redirect)
    const job = status.job
    if (job)
        root.appendChild(
            el(
                doc,
                'p',
                'tv-job',
                'Retrieval job: ' +
                    (job.active ? 'active' : 'inactive') +
                    ', every ' +
                    job.interval +
                    (job.nextRun ? '; next run about ' + job.nextRun : '') +
                    '.',
            ),
        )
    const poll = status.poll
    if (poll)
        root.appendChild(
            el(
                doc,
                'p',
                'tv-poll',
                'Online poll: every ' + poll.interval + '; ' + (poll.lastPoll ? 'last poll ' + poll.lastPoll : 'no poll yet') + '.',
            ),
        )
    const links = el(doc, 'ul', 'tv-links')
    for (const l of status.links || []) {
        const a = el(doc, 'a', '', l.title)
        a.setAttribute('href', l.href)
        links.appendChild(el(doc, 'li')).appendChild(a)
    }
    root.appendChild(links)
}

/** Replaces the result area with a message. */
export function showFailure(doc: Document, message: string): void {
    const root = byId(doc, 'tv-setup-result')
    root.textContent = ''
    root.appendChild(el(doc, 'p', 'tv-error alert alert-danger', message))
}

/** Loads the status now and again on "Check again". */
export function startSetupPage(doc: Document, send: SendJson): void {
    const loading = byId(doc, 'tv-setup-loading')
    const load = () => {
        loading.style.display = ''
        send<SetupStatusView>(
            'GET',
            STATUS_URL,
            undefined,
            ({ status, body }) => {
                loading.style.display = 'none'
                const result = body && body.result
                if (status === 200 && result && result.checks) showStatus(doc, result as SetupStatusView)
                else showFailure(doc, routeError(body) || 'The setup status could not be read (HTTP ' + status + ').')
            },
            () => {
                loading.style.display = 'none'
                showFailure(doc, 'The setup status could not be read: the instance did not answer.')
            },
        )
    }
    byId(doc, 'tv-setup-recheck').addEventListener('click', load)
    load()
}

export type { SetupStatusView }
