/**
 * The module the client-callable script include TeamViewerWorkspaceAjax requires (src/fluent/scripting/
 * workspace-ajax.now.ts): the four workspace UI actions (src/client/workspace/actions.ts) call it with
 * GlideAjax, since workspace client scripts have no fetch, g_ck or window. Each action runs the same
 * service-case logic as the REST routes (cases/service.ts: itil, access to the task, the case's supporter)
 * as the calling user, and answers one JSON text (WorkspaceAnswer) the client shows with g_form / g_modal.
 */
import { closeCase, createCase, sendInvitation, startCase, taskOverview } from '../../cases/service.ts'
import { authorizeUrl } from '../../oauth/grants.ts'
import type { CasesDeps } from '../../ports/cases.ts'
import type { WorkspaceAction, WorkspaceAnswer } from '../../shared/contract.ts'
import { AppError, isAppError } from '../../shared/errors.ts'
import { logError } from '../../platform/log.ts'
import { toAppError } from '../../teamviewer/app-error.ts'
import { platformCasesDeps } from '../wiring/cases.ts'
import { platformOAuthDeps } from '../wiring/oauth.ts'

function openCaseOf(deps: CasesDeps, taskSysId: string): string {
    const open = taskOverview(deps, taskSysId).cases.filter((c) => c.state === 'open')
    const c = open.find((x) => x.mine) || open[0]
    if (!c) throw new AppError('not_found', 'This record has no open TeamViewer service case. Create one first.')
    return c.sysId
}

function perform(deps: CasesDeps, action: WorkspaceAction, task: string): WorkspaceAnswer {
    switch (action) {
        case 'create': {
            const c = createCase(deps, task, {})
            return { ok: true, message: `TeamViewer service case ${c.code} created for ${c.endCustomerName || 'the customer'}.` }
        }
        case 'start': {
            const links = startCase(deps, openCaseOf(deps, task))
            return {
                ok: true,
                message: `TeamViewer session ${links.code} is ready. Open the supporter link to connect.`,
                links: [
                    { label: 'Open in the TeamViewer app', url: links.supporterLink },
                    { label: 'Open in the TeamViewer web client', url: links.webclientSupporterLink },
                ].filter((l) => l.url),
            }
        }
        case 'share': {
            const caseId = openCaseOf(deps, task)
            const r = sendInvitation(deps, caseId, {})
            return { ok: true, message: `Invitation sent to ${r.sentTo}.` }
        }
        case 'close': {
            const closed = closeCase(deps, openCaseOf(deps, task))
            return { ok: true, message: `TeamViewer service case ${closed.code} closed.` }
        }
    }
}

/** One workspace action for the calling user; never throws (an unknown error is logged, answered generically). */
export function runWorkspaceAction(action: string, taskSysId: string): string {
    let out: WorkspaceAnswer
    try {
        if (action !== 'create' && action !== 'start' && action !== 'share' && action !== 'close')
            throw new AppError('invalid_input', 'Unknown TeamViewer action.')
        out = perform(platformCasesDeps(), action, taskSysId)
    } catch (e) {
        const err = isAppError(e) ? e : toAppError(e, 'run the TeamViewer action')
        if (!isAppError(e)) logError(`TeamViewer integration: workspace action ${action} failed: ${err.message}`)
        out = { ok: false, code: err.code, message: err.message }
        if (err.code === 'sign_in_required') {
            try {
                out.signInUrl = authorizeUrl(platformOAuthDeps(), platformCasesDeps().caller.sysId)
            } catch (_e) {
                // the message alone tells the supporter what to do
            }
        }
    }
    return JSON.stringify(out)
}
