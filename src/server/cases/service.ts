/**
 * Service cases from task forms: create, start, close, send the invitation, and what the form control shows.
 * The caller's checks are made here, by the app itself (users cannot write service cases through the
 * table): role itil, and read AND write access to the task opened on its own class — a task the caller may not
 * read is answered exactly as one that does not exist (404, nothing about it); case actions also require being
 * the case's supporter (its owner; closing also an app admin, cases/ownership.ts has asking for and reassigning a
 * case). Every value put into a work note is plain text (teamviewer/redact.ts plain); session
 * links are checked (cases/links.ts) before they are stored. TeamViewer is called with the supporter's own grant (withSupporterApi, wired with
 * oauth/grants.ts in entry/wiring/cases.ts). Answers the shapes of the REST contract (shared/contract.ts).
 * Logic only, over the ports of ports/cases.ts; Glide lives in platform/case-store.ts.
 */
import type { CaseRow, CasesDeps, SessionApi, TaskInfo } from '../ports/cases.ts'
import {
    hasHiddenCharacters,
    isEmailAddress,
    MAX_DESCRIPTION,
    MAX_EMAIL,
    MAX_NAME,
    type CaseView,
    type InviteResult,
    type NewCase,
    type StartResult,
    type TaskOverview,
} from '../shared/contract.ts'
import { AppError, isAppError, messageOf } from '../shared/errors.ts'
import { EVENT, ROLE } from '../shared/names.ts'
import { fromTeamViewer } from '../teamviewer/app-error.ts'
import { isTeamViewerError } from '../teamviewer/errors.ts'
import type { Session } from '../teamviewer/model.ts'
import { bound, plain } from '../teamviewer/redact.ts'
import { badSessionLinks, isSessionLink } from './links.ts'

/** What a missing task and a task the caller may not read both answer (the same words: nothing leaks). */
const NO_TASK = 'The task does not exist.'
/** What a missing case and a case of a task the caller may not read both answer. */
const NO_CASE = 'The service case does not exist.'
/** Longest value of one part of a work note. */
const MAX_NOTE_PART = 254

function checkCaller(deps: CasesDeps): void {
    if (!deps.caller.hasRole(ROLE.supporter))
        throw new AppError('not_allowed', `TeamViewer service cases require the ${ROLE.supporter} role.`)
}

/** The task, if the caller may work on it (itil, read and write access to the task on its own class). */
export function taskForCaller(deps: CasesDeps, taskSysId: string, missing = NO_TASK): TaskInfo {
    checkCaller(deps)
    if (!/^[0-9a-f]{32}$/.test(taskSysId)) throw new AppError('invalid_input', 'The task must be a sys_id.')
    const task = deps.tasks.open(taskSysId)
    if (!task || !task.readable) throw new AppError('not_found', missing)
    if (!task.writable)
        throw new AppError('not_allowed', `You cannot edit ${task.number || 'this task'}, so you cannot start TeamViewer sessions for it.`)
    return task
}

/** A case of a task the caller may work on (any supporter of the task: itil, read and write access to the task). */
export function caseOfTask(deps: CasesDeps, caseSysId: string): { row: CaseRow; task: TaskInfo } {
    checkCaller(deps)
    if (!/^[0-9a-f]{32}$/.test(caseSysId)) throw new AppError('invalid_input', 'The service case must be a sys_id.')
    const row = deps.cases.get(caseSysId)
    if (!row) throw new AppError('not_found', NO_CASE)
    // a case of a task the caller may not read (or of a task gone) does not exist for the caller
    const task = taskForCaller(deps, row.task, NO_CASE)
    return { row, task }
}

/** The display name of a user ('' when the user is gone); names come from sys_user and go into work notes as plain text. */
export function nameOf(deps: CasesDeps, userSysId: string): string {
    const p = userSysId ? deps.people.get(userSysId) : null
    return p ? p.name : ''
}

/** "Alice Agent", or "another supporter" when the owner's user is gone. */
export function ownerLabel(deps: CasesDeps, row: CaseRow): string {
    return notePart(nameOf(deps, row.supporter)) || 'another supporter'
}

/** A case of a task the caller may work on, that the caller supports. */
function caseForCaller(deps: CasesDeps, caseSysId: string): { row: CaseRow; task: TaskInfo } {
    const { row, task } = caseOfTask(deps, caseSysId)
    if (row.supporter !== deps.caller.sysId)
        throw new AppError(
            'not_allowed',
            `Service case ${row.code} belongs to ${ownerLabel(deps, row)}. Ask for it, or create another service case.`,
        )
    return { row, task }
}

/** Closes a session at TeamViewer, for a session the app will not keep; false when that failed too. */
function closeQuietly(api: { closeSession(code: string): void }, code: string): boolean {
    try {
        api.closeSession(code)
        return true
    } catch (_e) {
        return false
    }
}

function requireOpen(row: CaseRow): void {
    if (row.state !== 'open') throw new AppError('case_not_open', `Service case ${row.code} is ${row.state}.`)
}

/** A case as the caller sees it: whose it is and what the caller may do with it (no grant, token or link of the supporter). */
export function view(deps: CasesDeps, r: CaseRow): CaseView {
    const mine = r.supporter === deps.caller.sysId
    const admin = deps.caller.hasRole(ROLE.admin)
    const open = r.state === 'open'
    return {
        sysId: r.sysId,
        code: r.code,
        state: r.state,
        online: r.online,
        onlineSince: r.onlineSince,
        endCustomerName: r.endCustomerName,
        endCustomerEmail: r.endCustomerEmail,
        endCustomerLink: r.endCustomerLink,
        validUntil: r.validUntil,
        closedAt: r.closedAt,
        mine,
        ownerName: nameOf(deps, r.supporter),
        canAsk: open && !mine,
        canReassign: open && (mine || admin),
        canClose: r.state !== 'closed' && (mine || admin),
    }
}

/**
 * The default description of a case and of its TeamViewer session: the task's number only. The case refers to
 * its task; the task's short description is not copied (it would be read by whoever reads the case or the
 * session at TeamViewer).
 */
export function describeTask(task: TaskInfo): string {
    return task.number.slice(0, MAX_DESCRIPTION)
}

/** A value inside one of the app's work notes: plain text (no markup, no [code] escape, no direction marks), one line, bounded. */
export function notePart(value: string): string {
    return bound(
        plain(value)
            .replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        MAX_NOTE_PART,
    )
}

/** A default taken from a platform record (the caller's sys_user name or e-mail), bounded; none when it holds hidden characters. */
function visible(value: string, max: number): string {
    return hasHiddenCharacters(value) ? '' : value.slice(0, max)
}

/** What the form control shows for a task: its cases and the defaults of a new one. */
export function taskOverview(deps: CasesDeps, taskSysId: string): TaskOverview {
    const task = taskForCaller(deps, taskSysId)
    return {
        task: { sysId: task.sysId, table: task.table, number: task.number },
        defaults: {
            endCustomerName: visible(task.callerName, MAX_NAME),
            endCustomerEmail: visible(task.callerEmail, MAX_EMAIL),
            description: describeTask(task),
        },
        cases: deps.cases.ofTask(task.sysId).map((r) => view(deps, r)),
    }
}

/** The create route's body as it arrives (anything JSON can hold), checked against the contract's NewCase. */
export type CreateInput = { [K in keyof NewCase]?: unknown }

function text(v: unknown, field: string, max: number): string {
    if (v === undefined || v === null) return ''
    if (typeof v !== 'string') throw new AppError('invalid_input', `${field} must be text.`)
    const s = v.trim()
    if (s.length > max) throw new AppError('invalid_input', `${field} is too long (at most ${max} characters).`)
    return s
}

/** A customer's name or e-mail: text, and no control character or direction override (which hide or reorder what a reader sees). */
function customerText(v: unknown, field: string, max: number): string {
    const s = text(v, field, max)
    if (hasHiddenCharacters(s))
        throw new AppError(
            'invalid_input',
            `${field} contains control characters or text-direction marks (line breaks, U+202E, ...): remove them.`,
        )
    return s
}

/** Creates a TeamViewer session for the task under the caller's grant and stores the service case. */
export function createCase(deps: CasesDeps, taskSysId: string, input: CreateInput): CaseView {
    const task = taskForCaller(deps, taskSysId)
    const name =
        input.endCustomerName === undefined
            ? visible(task.callerName, MAX_NAME)
            : customerText(input.endCustomerName, 'The end customer name', MAX_NAME)
    const email =
        input.endCustomerEmail === undefined
            ? visible(task.callerEmail, MAX_EMAIL)
            : customerText(input.endCustomerEmail, "The end customer's e-mail", MAX_EMAIL)
    if (email && !isEmailAddress(email))
        throw new AppError('invalid_input', `"${notePart(email).slice(0, 60)}" is not a valid e-mail address.`)
    const open = deps.cases.ofTask(task.sysId).filter((c) => c.state === 'open')
    if (open.length && input.another !== true) {
        throw new AppError(
            'case_exists',
            `${task.number} already has an open service case (${open[0].code}). Use it, close it, or ask explicitly for another one.`,
        )
    }
    const description = text(input.description, 'The description', MAX_DESCRIPTION) || describeTask(task)
    return deps.withSupporterApi((api, tvUserId) => {
        let session: Session
        try {
            session = api.createSession({
                groupName: deps.defaultGroup,
                description,
                endCustomer: { name: name || undefined, email: email || undefined },
            })
        } catch (e) {
            if (isTeamViewerError(e) && e.kind !== 'expired_token' && e.kind !== 'invalid_token')
                throw fromTeamViewer(e, 'create the TeamViewer session')
            throw e
        }
        const bad = badSessionLinks(
            {
                end_customer_link: session.endCustomerLink,
                supporter_link: session.supporterLink,
                webclient_supporter_link: session.webclientSupporterLink,
            },
            deps.links,
        )
        if (bad.length) {
            // never stored nor sent: the session is closed again at TeamViewer
            const closed = closeQuietly(api, session.code)
            deps.log.warn(
                `TeamViewer session ${notePart(session.code)} answered links that are not allowed (${bad.join(', ')}); ${closed ? 'it was closed again' : 'closing it failed'}`,
            )
            throw new AppError(
                'teamviewer_refused',
                `TeamViewer answered session links (${bad.join(', ')}) that are not https links under teamviewer.com${deps.links.allowCustomEndpoint ? ' or the configured endpoint' : ''}, so the session was not saved${closed ? ' and was closed again' : ''}. Ask an administrator to check the TeamViewer API endpoint.`,
            )
        }
        let sysId = ''
        try {
            sysId = deps.cases.insert({
                code: session.code,
                task: task.sysId,
                supporter: deps.caller.sysId,
                supporterTvUserId: tvUserId,
                groupId: session.groupId,
                groupName: deps.defaultGroup,
                endCustomerName: name,
                endCustomerEmail: email,
                description,
                endCustomerLink: session.endCustomerLink,
                supporterLink: session.supporterLink,
                webclientSupporterLink: session.webclientSupporterLink,
                supportSessionType: session.supportSessionType,
                createdAtIso: session.createdAt,
                validUntilIso: session.validUntil,
            })
        } catch (e) {
            // TeamViewer created the session but the platform did not store it: close it again, no orphan
            const closed = closeQuietly(api, session.code)
            deps.log.warn(
                `TeamViewer session ${session.code} could not be stored (${messageOf(e)}); ${closed ? 'it was closed again at TeamViewer' : 'closing it at TeamViewer failed too'}`,
            )
            throw new AppError(
                'storage_failed',
                `The TeamViewer session was created but could not be saved in ServiceNow, so it was ${closed ? 'closed again' : 'left to expire'}. Please try again.`,
            )
        }
        deps.tasks.addWorkNote(task, `TeamViewer service case ${notePart(session.code)} created${name ? ` for ${notePart(name)}` : ''}.`)
        deps.log.info(`TeamViewer service case ${session.code} created for ${task.number}`)
        const row = deps.cases.get(sysId)
        if (!row) throw new AppError('storage_failed', 'The service case was stored but cannot be read back.')
        return view(deps, row)
    })
}

/** The links the control opens: the supporter link (TeamViewer app) and the web-client link. */
export function startCase(deps: CasesDeps, caseSysId: string): StartResult {
    const { row, task } = caseForCaller(deps, caseSysId)
    requireOpen(row)
    deps.tasks.addWorkNote(task, `TeamViewer session ${notePart(row.code)} started by the supporter.`)
    // a link stored before links were checked (cases/links.ts) is not handed to the browser
    const link = (url: string) => (isSessionLink(url, deps.links) ? url : '')
    return { code: row.code, supporterLink: link(row.supporterLink), webclientSupporterLink: link(row.webclientSupporterLink) }
}

/**
 * Closes the case at TeamViewer and here: its owner, or an app admin (an abandoned case) with the owner's
 * grant. Closing here (state closed) fires the business rule that retrieves the session's connections. A
 * session TeamViewer no longer knows is closed here anyway; so is a case an admin closes whose owner has no
 * usable TeamViewer sign-in (the session then stays open at TeamViewer: the work note says so).
 */
export function closeCase(deps: CasesDeps, caseSysId: string): CaseView {
    const { row, task } = caseOfTask(deps, caseSysId)
    const mine = row.supporter === deps.caller.sysId
    if (!mine && !deps.caller.hasRole(ROLE.admin))
        throw new AppError(
            'not_allowed',
            `Service case ${row.code} belongs to ${ownerLabel(deps, row)}: only they or a TeamViewer integration admin (${ROLE.admin}) can close it.`,
        )
    if (row.state === 'closed') throw new AppError('case_not_open', `Service case ${row.code} is already closed.`)
    const close = (api: SessionApi) => {
        try {
            api.closeSession(row.code)
        } catch (e) {
            if (isTeamViewerError(e) && e.kind === 'not_found') return
            if (isTeamViewerError(e) && e.kind !== 'expired_token' && e.kind !== 'invalid_token')
                throw fromTeamViewer(e, 'close the TeamViewer session')
            throw e
        }
    }
    let atTeamViewer = true
    if (mine) deps.withSupporterApi(close)
    else {
        try {
            deps.withUserApi(row.supporter, close)
        } catch (e) {
            // the owner's grant is gone (or no longer accepted): the abandoned case is closed here only
            if (!isAppError(e) || e.code !== 'sign_in_required') throw e
            atTeamViewer = false
        }
    }
    deps.cases.markClosed(row.sysId)
    const code = notePart(row.code)
    if (mine) deps.tasks.addWorkNote(task, `TeamViewer service case ${code} closed.`)
    else {
        const by = notePart(nameOf(deps, deps.caller.sysId)) || 'an admin'
        const owner = ownerLabel(deps, row)
        deps.tasks.addWorkNote(
            task,
            atTeamViewer
                ? `TeamViewer service case ${code} of ${owner} closed by ${by} (at TeamViewer with ${owner}'s sign-in).`
                : `TeamViewer service case ${code} of ${owner} closed here only by ${by}: ${owner} has no usable TeamViewer sign-in, so the session stays open at TeamViewer until ${owner} or a TeamViewer company admin closes it.`,
        )
    }
    return view(deps, deps.cases.get(row.sysId) as CaseRow)
}

/** The same e-mail address (addresses compare case-insensitively here, as mail systems treat them in practice). */
function sameAddress(a: string, b: string): boolean {
    return a.trim().toLowerCase() === b.trim().toLowerCase()
}

/**
 * Sends the invitation e-mail to the end customer through an event + notification (no e-mail client needed):
 * only to the case's customer address (another one needs changeCustomerEmail first), at most
 * maxInvitationsPerCase per case.
 */
export function sendInvitation(deps: CasesDeps, caseSysId: string, input: { email?: unknown }): InviteResult {
    const { row, task } = caseForCaller(deps, caseSysId)
    requireOpen(row)
    const email = row.endCustomerEmail
    if (input.email !== undefined && input.email !== null && input.email !== '') {
        const asked = customerText(input.email, "The end customer's e-mail", MAX_EMAIL)
        if (!sameAddress(asked, email))
            throw new AppError(
                'not_allowed',
                `Invitations go only to the service case's customer address${email ? ` (${email})` : ''}. To invite another address, change the case's customer e-mail first.`,
            )
    }
    if (!email)
        throw new AppError('invalid_input', "The service case has no customer e-mail address: set the case's customer e-mail first.")
    if (row.invitationsSent >= deps.maxInvitationsPerCase)
        throw new AppError(
            'not_allowed',
            `Service case ${row.code} has already sent ${row.invitationsSent} invitations, the most one case sends (x_tvgh_teamviewer.invitations.max_per_case).`,
        )
    deps.cases.countInvitation(row.sysId)
    deps.queueEvent(EVENT.sendInvitation, row.sysId, email, '')
    deps.tasks.addWorkNote(task, `TeamViewer invitation for service case ${notePart(row.code)} sent to ${notePart(email)}.`)
    return { sentTo: email }
}

/** Changes the case's customer e-mail (where invitations go): an explicit action, recorded in the task's work notes. */
export function changeCustomerEmail(deps: CasesDeps, caseSysId: string, input: { email?: unknown }): CaseView {
    const { row, task } = caseForCaller(deps, caseSysId)
    requireOpen(row)
    const email = customerText(input.email, "The end customer's e-mail", MAX_EMAIL)
    if (!email || !isEmailAddress(email))
        throw new AppError('invalid_input', `"${notePart(email).slice(0, 60)}" is not a valid e-mail address.`)
    if (email === row.endCustomerEmail) return view(deps, row)
    deps.cases.setCustomerEmail(row.sysId, email)
    deps.tasks.addWorkNote(
        task,
        `Customer e-mail of TeamViewer service case ${notePart(row.code)} changed from ${notePart(row.endCustomerEmail) || '(none)'} to ${notePart(email)}.`,
    )
    return view(deps, deps.cases.get(row.sysId) as CaseRow)
}
