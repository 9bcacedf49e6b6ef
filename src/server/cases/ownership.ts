/**
 * Whose service case it is, and handing a case over (issue #22 item 4: abandoned cases). A case belongs to the
 * supporter who created it: its TeamViewer session lives in their TeamViewer account and only their grant
 * changes it. Any supporter of the task (itil, read and write access to the task on its own class) may
 * **ask** for another supporter's open case: the request is written to the task's work notes and the owner is
 * e-mailed (event x_tvgh_teamviewer.case_requested, notification "TeamViewer service case asked for"). The owner, or an app admin (x_tvgh_teamviewer.admin), may **reassign** an open case
 * to another supporter who is signed in to TeamViewer from ServiceNow: the session is moved at TeamViewer
 * (PUT /sessions/{code} assigned_userid, under the OWNER's grant — the only one that may change it) and then
 * here. The owner may because the case and its session are theirs to hand over (going off shift, asked for
 * it); an admin may because an abandoned case's owner cannot. When the owner has no usable grant the
 * session cannot be moved: reassigning is refused (owner_signed_out) and the answer says to close the case
 * (closeCase in ./service.ts closes it here only then) and create another one. Every action is one plain-text
 * line in the task's work notes; refused input changes nothing.
 *
 * The server cannot evaluate another user's ACLs: the new supporter's role and task access are checked by
 * every route when they act (they signed in to TeamViewer with the itil role; a supporter without access
 * to the task gets "You cannot edit …" and an admin reassigns again).
 */
import type { CaseRow, CasesDeps, TaskInfo } from '../ports/cases.ts'
import type { AskResult, CaseView, ReassignCandidate } from '../shared/contract.ts'
import { AppError, isAppError, messageOf } from '../shared/errors.ts'
import { EVENT, ROLE } from '../shared/names.ts'
import { fromTeamViewer } from '../teamviewer/app-error.ts'
import { isTeamViewerError } from '../teamviewer/errors.ts'
import { caseOfTask, nameOf, notePart, ownerLabel, view } from './service.ts'

/** Most candidates the reassign picker lists. */
const MAX_CANDIDATES = 200

function requireOpen(row: CaseRow): void {
    if (row.state !== 'open') throw new AppError('case_not_open', `Service case ${row.code} is ${row.state}.`)
}

function callerLabel(deps: CasesDeps): string {
    return notePart(nameOf(deps, deps.caller.sysId)) || 'a supporter'
}

/** A case the caller may hand over: open, and the caller is its owner or an app admin. */
function caseToHandOver(deps: CasesDeps, caseSysId: string): { row: CaseRow; task: TaskInfo } {
    const { row, task } = caseOfTask(deps, caseSysId)
    if (row.supporter !== deps.caller.sysId && !deps.caller.hasRole(ROLE.admin))
        throw new AppError(
            'not_allowed',
            `Service case ${row.code} belongs to ${ownerLabel(deps, row)}: only they or a TeamViewer integration admin (${ROLE.admin}) can reassign it. Ask for it instead.`,
        )
    requireOpen(row)
    return { row, task }
}

/** POST /cases/{case}/ask: a supporter of the task asks the owner for their open case (a line in the task's work notes). */
export function askForCase(deps: CasesDeps, caseSysId: string): AskResult {
    const { row, task } = caseOfTask(deps, caseSysId)
    if (row.supporter === deps.caller.sysId) throw new AppError('invalid_input', `Service case ${row.code} is already yours.`)
    requireOpen(row)
    const owner = ownerLabel(deps, row)
    // the owner is e-mailed (notification "TeamViewer service case asked for"); the work note is the record
    deps.queueEvent(EVENT.caseRequested, row.sysId, callerLabel(deps), '')
    deps.tasks.addWorkNote(
        task,
        `${callerLabel(deps)} asks for TeamViewer service case ${notePart(row.code)} of ${owner}: ${owner}, please hand it over (Reassign in the TeamViewer control) or close it.`,
    )
    return { ownerName: nameOf(deps, row.supporter) }
}

/** GET /cases/{case}/candidates: who the case may be reassigned to (signed in to TeamViewer from ServiceNow, active, not its owner). */
export function reassignCandidates(deps: CasesDeps, caseSysId: string): ReassignCandidate[] {
    const { row } = caseToHandOver(deps, caseSysId)
    const out: ReassignCandidate[] = []
    for (const id of deps.people.signedIn()) {
        if (id === row.supporter) continue
        const p = deps.people.get(id)
        if (p && p.active && p.name) out.push({ sysId: p.sysId, name: p.name })
        if (out.length >= MAX_CANDIDATES) break
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * POST /cases/{case}/reassign {to}: moves the open case to another supporter: at TeamViewer first (the session's
 * assigned user, under the owner's grant), then here (supporter and their TeamViewer user id), then one work note.
 */
export function reassignCase(deps: CasesDeps, caseSysId: string, input: { to?: unknown }): CaseView {
    const { row, task } = caseToHandOver(deps, caseSysId)
    const to = typeof input.to === 'string' ? input.to.trim() : ''
    if (!/^[0-9a-f]{32}$/.test(to)) throw new AppError('invalid_input', 'Choose the supporter to reassign the case to (a user sys_id).')
    if (to === row.supporter) throw new AppError('invalid_input', `Service case ${row.code} already belongs to ${ownerLabel(deps, row)}.`)
    const person = deps.people.get(to)
    if (!person || !person.active) throw new AppError('invalid_input', 'The chosen supporter does not exist or is not active.')
    const newName = notePart(person.name) || 'the chosen supporter'
    const tvUserId = deps.people.tvUserIdOf(to)
    if (!tvUserId)
        throw new AppError(
            'invalid_input',
            `${newName} is not signed in to TeamViewer from ServiceNow: the session can only be moved to a TeamViewer account ${newName} has connected. Ask them to sign in to TeamViewer in the control first.`,
        )
    const owner = ownerLabel(deps, row)
    try {
        deps.withUserApi(row.supporter, (api) => {
            try {
                api.updateSession(row.code, { assignedUserId: tvUserId })
            } catch (e) {
                if (isTeamViewerError(e) && e.kind !== 'expired_token' && e.kind !== 'invalid_token')
                    throw fromTeamViewer(e, 'move the TeamViewer session')
                throw e
            }
        })
    } catch (e) {
        // the owner's own sign-in gone: the owner is told to sign in again (sign_in_required)
        if (!isAppError(e) || e.code !== 'sign_in_required' || row.supporter === deps.caller.sysId) throw e
        throw new AppError(
            'owner_signed_out',
            `Service case ${row.code} cannot be moved: its TeamViewer session belongs to ${owner}, who has no usable TeamViewer sign-in in ServiceNow, and only that sign-in can change the session. Close the case (it is closed here only) and let ${newName} create another service case.`,
        )
    }
    try {
        deps.cases.reassign(row.sysId, to, tvUserId)
    } catch (e) {
        // moved at TeamViewer but not here: the session goes back to its owner (best effort), nothing else changed
        let back = false
        try {
            if (row.supporterTvUserId)
                deps.withUserApi(row.supporter, (api) => api.updateSession(row.code, { assignedUserId: row.supporterTvUserId }))
            back = !!row.supporterTvUserId
        } catch (_e) {
            back = false
        }
        deps.log.warn(
            `TeamViewer service case ${row.code} could not be reassigned here (${messageOf(e)}); ${back ? 'the session was given back to its owner at TeamViewer' : 'giving the session back at TeamViewer failed'}`,
        )
        throw new AppError(
            'storage_failed',
            `Service case ${row.code} could not be reassigned in ServiceNow, so it stays ${owner}'s. Please try again.`,
        )
    }
    deps.tasks.addWorkNote(
        task,
        `TeamViewer service case ${notePart(row.code)} reassigned from ${owner} to ${newName} by ${callerLabel(deps)}.`,
    )
    deps.log.info(`TeamViewer service case ${row.code} reassigned to user ${to}`)
    return view(deps, deps.cases.get(row.sysId) as CaseRow)
}
