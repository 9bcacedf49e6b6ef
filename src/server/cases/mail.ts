/**
 * The HTML bodies of the service-case e-mails (the invitation to the end customer, "customer online" to the
 * supporter, "asked for" to a case's owner). Every value is escaped: the customer's name is typed by a supporter or is the caller's own
 * sys_user.name, the session code and links come from TeamViewer. A link becomes an <a> only when it is an
 * http(s) URL; otherwise it is left out. Run by the mail scripts (src/fluent/email/mail-scripts.now.ts)
 * through entry/mail/case-mail.ts. Pure: no Glide.
 */

/** Text for HTML content and double-quoted attribute values. */
export function escapeHtml(s: string): string {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** The URL when it is an absolute http(s) URL without whitespace or control characters, else ''. */
export function mailLink(url: string): string {
    const u = url.trim()
    return /^https?:\/\/[^\s/?#]+[^\s\u0000-\u001f\u007f]*$/i.test(u) ? u : ''
}

/** What the e-mails show of a case (display values). */
export interface CaseMailView {
    code: string
    taskNumber: string
    endCustomerName: string
    endCustomerLink: string
    onlineSince: string
}

/** The invitation to the end customer (notification "TeamViewer session invitation"). */
export function invitationHtml(v: CaseMailView): string {
    const name = v.endCustomerName.trim()
    const link = mailLink(v.endCustomerLink)
    const open = link
        ? `please open this link and follow the instructions: <a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`
        : 'your supporter will send you the link to open'
    return (
        `<p>Hello${name ? ` ${escapeHtml(name)}` : ''},</p>` +
        `<p>to let our support team help you with ${escapeHtml(v.taskNumber)}, ${open}</p>` +
        `<p>Your session code is ${escapeHtml(v.code)}.</p>`
    )
}

/** Tells a case's owner that another supporter of the task asks for it (notification "TeamViewer service case asked for"). */
export function caseRequestedHtml(v: CaseMailView, askerName: string): string {
    const who = askerName.trim() || 'Another supporter'
    return (
        `<p>${escapeHtml(who)} asks for your TeamViewer service case ${escapeHtml(v.code)} of ${escapeHtml(v.taskNumber)}.</p>` +
        `<p>Open ${escapeHtml(v.taskNumber)} and choose <b>Reassign…</b> in the TeamViewer control to hand it over, or close it.</p>`
    )
}

/** Tells the supporter the customer is waiting (notification "TeamViewer customer online"). */
export function customerOnlineHtml(v: CaseMailView): string {
    const who = v.endCustomerName.trim() || 'Your customer'
    return (
        `<p>${escapeHtml(who)} is online in TeamViewer session ${escapeHtml(v.code)} for ${escapeHtml(v.taskNumber)}` +
        `${v.onlineSince ? ` (since ${escapeHtml(v.onlineSince)})` : ''}.</p>` +
        `<p>Open ${escapeHtml(v.taskNumber)} and choose <b>Start session</b> to connect.</p>`
    )
}
