/**
 * The pages behind a session's links when the simulator serves them itself (SimOptions.linkBase, the local
 * product): the end customer's link `/v15/s<digits>` (opening it puts the customer online, as QuickSupport
 * does) and the supporter's link `/v15/s<digits>-<queue token>` (waits for the customer, then connects; the
 * connection runs until the supporter ends it and enters the report when the case is closed, as
 * /_sim/sessions/connect models it). Also /_sim/join/<code>, the same customer page by session code.
 */
import type { ServerResponse } from 'node:http'
import { escapeHtml, send } from './errors'
import type { Session, SimState } from './state'

function html(res: ServerResponse, status: number, title: string, inner: string): void {
    send(
        res,
        status,
        `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
            '<style>body{font:15px system-ui,sans-serif;margin:2em;max-width:40em}.note{color:#555;font-size:13px}</style></head>' +
            `<body><p class="note">TeamViewer simulator — this page stands in for TeamViewer's own page.</p>${inner}</body></html>`,
        { 'Content-Type': 'text/html; charset=utf-8' },
    )
}

/** The customer opens their link: they are online from now on (until the case is closed). */
export function customerPage(s: SimState, session: Session | undefined, res: ServerResponse): void {
    s.expireSessions()
    if (!session || session.state !== 'open')
        return html(res, 404, 'TeamViewer QuickSupport (simulator)', '<p>This session does not exist or is closed.</p>')
    session.online = true
    return html(
        res,
        200,
        'TeamViewer QuickSupport (simulator)',
        `<h1>TeamViewer QuickSupport</h1><p id="joined">You are now connected to session <b>${escapeHtml(session.code)}</b>. Please wait for your supporter.</p>`,
    )
}

function bySessionDigits(s: SimState, digits: string): Session | undefined {
    for (const x of s.sessions.values()) if (x.code.replace(/\D/g, '') === digits) return x
    return undefined
}

/** Serves GET/POST /v15/… when the simulator serves its own links; false when the path is not a link. */
export function linkPage(s: SimState, method: string, path: string, body: string, res: ServerResponse): boolean {
    const m = /^\/v15\/s(\d+)(?:-([A-Za-z0-9]+))?$/.exec(path)
    if (!m || !s.linkBase) return false
    const session = bySessionDigits(s, m[1])
    if (!m[2]) {
        customerPage(s, session, res)
        return true
    }
    if (!session || session.queueToken !== m[2]) {
        html(res, 404, 'TeamViewer (simulator)', '<p>This session link is not valid.</p>')
        return true
    }
    const running = () =>
        session.pending.find((c) => !c.end_date) ?? s.connections.all.find((c) => c.session_code === session.code && !c.end_date)
    if (method === 'POST') {
        const action = new URLSearchParams(body).get('action')
        if (action === 'connect' && session.state === 'open' && session.online && !running()) {
            const user = s.users.get(String(session.assigned_userid ?? session.creator))
            const group = s.groups.get(session.groupid)
            session.pending.push(
                s.makeConnection({
                    userid: user?.id,
                    username: user?.name,
                    groupid: group?.id,
                    groupname: group?.name,
                    start_date: s.nowIso(),
                    ...s.sessionFields(session),
                    support_session_type: 2,
                }),
            )
        } else if (action === 'end') {
            const c = running()
            if (c) c.end_date = s.nowIso()
        }
        // post/redirect/get: a reload does not repeat the action
        send(res, 303, '', { Location: path })
        return true
    }
    const title = `Session ${session.code} (simulator)`
    const form = (action: string, label: string) =>
        `<form method="post"><input type="hidden" name="action" value="${action}"><button id="${action}" type="submit">${label}</button></form>`
    const c = running()
    let inner: string
    if (session.state !== 'open') inner = '<p id="state">This service case is closed.</p>'
    else if (c)
        inner = `<p id="state">Connected to the customer's device ${escapeHtml(String(c.devicename ?? ''))} since ${escapeHtml(String(c.start_date))}.</p>${form('end', 'End the connection')}`
    else if (session.online) inner = `<p id="state">The customer is waiting.</p>${form('connect', 'Connect')}`
    else inner = '<p id="state">Waiting in the virtual lobby until the customer opens their link. Reload this page to check again.</p>'
    html(res, 200, title, `<h1>TeamViewer — ${escapeHtml(session.code)}</h1>${inner}`)
    return true
}
