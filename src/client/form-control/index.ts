/**
 * Entry of the UI script `x_tvgh_teamviewer.SupporterControl` (bundled by now.prebuild.mjs): the UI macro
 * of the "TeamViewer Supporter Control" formatter calls `mount(containerId, table, sysId)`.
 */
import { SIGN_IN_MESSAGE } from '../../server/shared/contract'
import { EMAIL_CLIENT_TEMPLATE, TABLE } from '../../server/shared/names'
import { createApi } from './api'
import { createController, type Controller } from './controller'
import { refreshConnectionReport, type GlideList2Like } from './report-list'
import { render } from './view'

declare const g_ck: string | undefined
declare function popupOpenEmailClient(url: string): void
declare const GlideList2: GlideList2Like | undefined

/**
 * UI16's e-mail client on the case record, opened as the platform's own form menu does (sysparm_table,
 * sysparm_sys_id, sysparm_target = the table); false where it is missing. The template is chosen by the
 * platform: the first one created for the table (KB0694768); users need the email_composer role.
 */
export function openEmailClient(caseSysId: string): boolean {
    if (typeof popupOpenEmailClient !== 'function') return false
    const table = encodeURIComponent(TABLE.serviceCase)
    const q = `sysparm_table=${table}&sysparm_sys_id=${encodeURIComponent(caseSysId)}&sysparm_target=${table}&email_client_template=${encodeURIComponent(EMAIL_CLIENT_TEMPLATE)}`
    popupOpenEmailClient(`email_client.do?${q}`)
    return true
}

export function mount(containerId: string, table: string, sysId: string): Controller | null {
    const root = document.getElementById(containerId)
    if (!root) return null
    if (!/^[0-9a-f]{32}$/.test(sysId)) {
        // a new record (the macro passes no sys_id): cases need a saved task
        const p = document.createElement('p')
        p.textContent = 'Save the record to use TeamViewer remote support.'
        root.appendChild(p)
        return null
    }
    const api = createApi(
        (url, init) => window.fetch(url, init),
        () => (typeof g_ck === 'string' ? g_ck : ''),
    )
    const controller = createController(
        {
            api,
            openWindow: (url) => window.open(url, '_blank', 'width=720,height=720'),
            openEmailClient,
            refreshConnectionReport: () => void refreshConnectionReport(typeof GlideList2 === 'undefined' ? null : GlideList2, table),
            onSignInMessage(handler) {
                const listener = (ev: MessageEvent) => {
                    const data = ev.data as { type?: string; ok?: boolean } | null
                    if (ev.origin === window.location.origin && data && data.type === SIGN_IN_MESSAGE) handler(data.ok === true)
                }
                window.addEventListener('message', listener)
                return () => window.removeEventListener('message', listener)
            },
            every(ms, fn) {
                const t = window.setInterval(fn, ms)
                return () => window.clearInterval(t)
            },
            render: (state) => render(document, root, containerId, state, controller),
        },
        sysId,
    )
    window.addEventListener('unload', () => controller.dispose())
    void controller.load()
    return controller
}
