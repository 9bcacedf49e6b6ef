/**
 * The Supporter Control's actions as workspace UI actions (Service Operations Workspace and other
 * configurable workspaces): Create service case, Start session, Share session code, Close service case on
 * any task record page. Each action's client_script_v2 is this bundle plus `function onClick(g_form)` calling
 * one of these (now.prebuild.mjs). A scoped app's workspace client script has no window, document, top,
 * fetch or g_ck: it uses only what Configurable Workspace documents — GlideAjax to the client-callable
 * script include TeamViewerWorkspaceAjax (src/fluent/scripting/workspace-ajax.now.ts), g_form messages and
 * g_modal. No documented workspace API opens an external URL, so links (the supporter's TeamViewer links, the
 * sign-in page) are shown in a g_modal alert for the supporter to open.
 */
import type { WorkspaceAction, WorkspaceAnswer } from '../../server/shared/contract'

/** The part of the workspace's g_form the actions use. */
export interface WorkspaceForm {
    getUniqueValue(): string
    addInfoMessage(message: string): void
    addErrorMessage(message: string): void
}

/** The part of the workspace's g_modal (Next Experience) the actions use. */
export interface WorkspaceModal {
    alert(title: string, message: string): unknown
}

/** The platform's GlideAjax as documented for workspace client scripts (asynchronous only). */
export interface GlideAjaxLike {
    addParam(name: string, value: string): void
    getXMLAnswer(callback: (answer: string | null) => void): void
}

export interface WorkspaceEnv {
    ajax(processor: string): GlideAjaxLike
    modal: WorkspaceModal | null
}

/** The script include's api name and its method per action. */
export const PROCESSOR = 'x_tvgh_teamviewer.TeamViewerWorkspaceAjax'
const METHOD: Record<WorkspaceAction, string> = { create: 'createCase', start: 'startSession', share: 'shareSession', close: 'closeCase' }

declare const GlideAjax: (new (processor: string) => GlideAjaxLike) | undefined
declare const g_modal: WorkspaceModal | undefined

function workspaceEnv(): WorkspaceEnv {
    return {
        ajax: (processor) => {
            if (typeof GlideAjax !== 'function') throw new Error('GlideAjax is not available')
            return new GlideAjax(processor)
        },
        modal: typeof g_modal !== 'undefined' && g_modal ? g_modal : null,
    }
}

function call(env: WorkspaceEnv, action: WorkspaceAction, task: string): Promise<WorkspaceAnswer> {
    return new Promise((resolve) => {
        const failed: WorkspaceAnswer = { ok: false, message: 'The TeamViewer action failed. Reload the page and try again.' }
        try {
            const ga = env.ajax(PROCESSOR)
            ga.addParam('sysparm_name', METHOD[action])
            ga.addParam('sysparm_task', task)
            ga.getXMLAnswer((answer) => {
                try {
                    const parsed = JSON.parse(String(answer)) as WorkspaceAnswer
                    resolve(parsed && typeof parsed.message === 'string' ? parsed : failed)
                } catch (_e) {
                    resolve(failed)
                }
            })
        } catch (_e) {
            resolve(failed)
        }
    })
}

/** Only http(s) links are shown. */
function safeLink(url: unknown): string {
    const u = typeof url === 'string' ? url.trim() : ''
    return /^https?:\/\/[^\s]+$/i.test(u) ? u : ''
}

function show(env: WorkspaceEnv, g_form: WorkspaceForm, title: string, a: WorkspaceAnswer): void {
    const links = (a.links || []).map((l) => ({ label: String(l.label), url: safeLink(l.url) })).filter((l) => l.url)
    const signIn = safeLink(a.signInUrl)
    if (a.ok) g_form.addInfoMessage(a.message)
    else g_form.addErrorMessage(signIn ? `${a.message} Open the TeamViewer sign-in link, then try again.` : a.message)
    const lines = signIn ? [`Sign in to TeamViewer: ${signIn}`] : links.map((l) => `${l.label}: ${l.url}`)
    if (lines.length && env.modal) env.modal.alert(title, [a.message, ...lines].join('\n\n'))
    else if (lines.length) for (const line of lines) g_form.addInfoMessage(line)
}

function run(action: WorkspaceAction, title: string, g_form: WorkspaceForm, env: WorkspaceEnv): Promise<void> {
    return call(env, action, g_form.getUniqueValue()).then((a) => show(env, g_form, title, a))
}

export function createCase(g_form: WorkspaceForm, env: WorkspaceEnv = workspaceEnv()): Promise<void> {
    return run('create', 'Create TeamViewer service case', g_form, env)
}

export function startSession(g_form: WorkspaceForm, env: WorkspaceEnv = workspaceEnv()): Promise<void> {
    return run('start', 'Start TeamViewer session', g_form, env)
}

export function shareSession(g_form: WorkspaceForm, env: WorkspaceEnv = workspaceEnv()): Promise<void> {
    return run('share', 'Share TeamViewer session code', g_form, env)
}

export function closeCase(g_form: WorkspaceForm, env: WorkspaceEnv = workspaceEnv()): Promise<void> {
    return run('close', 'Close TeamViewer service case', g_form, env)
}
