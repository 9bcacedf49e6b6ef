/**
 * The Supporter Control's actions as workspace UI actions (Service Operations Workspace and other
 * configurable workspaces): Create service case, Start session, Share session code, Close service case on
 * any task record page. Each action's client_script_v2 is this bundle plus `function onClick(g_form)` calling
 * one of these (now.prebuild.mjs). They call the same REST routes as the form control, through its api.ts.
 * Results and errors go to the form's message area in plain words.
 */
import type { CaseView } from '../../server/shared/contract'
import { createApi, isApiError, type TeamViewerApi } from '../form-control/api'
import { safeLink } from '../form-control/controller'

/** The part of the workspace's g_form the actions use. */
export interface WorkspaceForm {
    getUniqueValue(): string
    addInfoMessage(message: string): void
    addErrorMessage(message: string): void
}

export interface WorkspaceEnv {
    api: TeamViewerApi
    openWindow(url: string): unknown
}

declare const g_ck: string | undefined

function browserEnv(): WorkspaceEnv {
    // the workspace shell keeps the session token on the top window (unverified on an instance: see README)
    const host = (typeof top !== 'undefined' && top ? top : window) as Window & { g_ck?: string }
    const token = () => host.g_ck || (typeof g_ck === 'string' ? g_ck : '')
    return { api: createApi((url, init) => window.fetch(url, init), token), openWindow: (url) => host.open(url, '_blank') }
}

async function openCase(env: WorkspaceEnv, taskSysId: string): Promise<CaseView | null> {
    const overview = await env.api.taskCases(taskSysId)
    const open = overview.cases.filter((c) => c.state === 'open')
    return open.find((c) => c.mine) || open[0] || null
}

async function report(env: WorkspaceEnv, g_form: WorkspaceForm, work: (task: string) => Promise<string>): Promise<void> {
    try {
        g_form.addInfoMessage(await work(g_form.getUniqueValue()))
    } catch (e) {
        if (isApiError(e) && e.code === 'sign_in_required') {
            // sign in first: the popup stores the grant; the supporter repeats the action afterwards
            try {
                const url = safeLink(await env.api.authorizeUrl())
                if (url) env.openWindow(url)
                g_form.addErrorMessage(`${e.message} Finish the sign-in in the window that opened, then try again.`)
                return
            } catch (_e) {
                // fall through to the original message
            }
        }
        g_form.addErrorMessage(isApiError(e) ? e.message : 'The TeamViewer action failed. Reload the page and try again.')
    }
}

function noOpenCase(): string {
    return 'This record has no open TeamViewer service case. Create one first.'
}

export function createCase(g_form: WorkspaceForm, env: WorkspaceEnv = browserEnv()): Promise<void> {
    return report(env, g_form, async (task) => {
        const c = await env.api.createCase(task, {})
        return `TeamViewer service case ${c.code} created for ${c.endCustomerName || 'the customer'}.`
    })
}

export function startSession(g_form: WorkspaceForm, env: WorkspaceEnv = browserEnv()): Promise<void> {
    return report(env, g_form, async (task) => {
        const c = await openCase(env, task)
        if (!c) throw { kind: 'api_error', code: 'not_found', status: 404, message: noOpenCase() }
        const links = await env.api.startCase(c.sysId)
        const url = safeLink(links.supporterLink) || safeLink(links.webclientSupporterLink)
        if (url) env.openWindow(url)
        return `TeamViewer is starting session ${links.code}.`
    })
}

export function shareSession(g_form: WorkspaceForm, env: WorkspaceEnv = browserEnv()): Promise<void> {
    return report(env, g_form, async (task) => {
        const c = await openCase(env, task)
        if (!c) throw { kind: 'api_error', code: 'not_found', status: 404, message: noOpenCase() }
        const r = await env.api.inviteCase(c.sysId)
        return `Invitation to session ${c.code} sent to ${r.sentTo}.`
    })
}

export function closeCase(g_form: WorkspaceForm, env: WorkspaceEnv = browserEnv()): Promise<void> {
    return report(env, g_form, async (task) => {
        const c = await openCase(env, task)
        if (!c) throw { kind: 'api_error', code: 'not_found', status: 404, message: noOpenCase() }
        const closed = await env.api.closeCase(c.sysId)
        return `TeamViewer service case ${closed.code} closed.`
    })
}
