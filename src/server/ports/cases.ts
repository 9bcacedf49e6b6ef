/**
 * What the service-case feature (cases/service.ts) exchanges with the outside: the task and case records the
 * platform reads and writes (platform/case-store.ts), the caller, the part of the TeamViewer client it calls,
 * and the deps the entry layer wires (entry/wiring/cases.ts).
 */
import type { NewSession, Session } from '../teamviewer/model.ts'
import type { Log } from './log.ts'

export interface TaskInfo {
    sysId: string
    /** sys_class_name: incident, problem, change_request, ... */
    table: string
    number: string
    shortDescription: string
    callerName: string
    callerEmail: string
    /** canRead() of the task opened on its own class, for the caller. When false, every other field is empty. */
    readable: boolean
    /** canWrite() of the task opened on its own class, for the caller. */
    writable: boolean
}

export interface CaseRow {
    sysId: string
    code: string
    state: string
    task: string
    supporter: string
    /** The supporter's TeamViewer user id (the session's assigned user). */
    supporterTvUserId: string
    endCustomerName: string
    endCustomerEmail: string
    endCustomerLink: string
    supporterLink: string
    webclientSupporterLink: string
    validUntil: string
    online: boolean
    onlineSince: string
    closedAt: string
    /** How many invitations the case has sent (invite route). */
    invitationsSent: number
}

export interface CaseFields {
    code: string
    task: string
    supporter: string
    supporterTvUserId: string
    groupId: string
    groupName: string
    endCustomerName: string
    endCustomerEmail: string
    description: string
    endCustomerLink: string
    supporterLink: string
    webclientSupporterLink: string
    /** The session's type as TeamViewer answered it ('default' remote control, 'pilot' assist AR). */
    supportSessionType: string
    createdAtIso: string | null
    validUntilIso: string | null
}

export interface TaskStore {
    /** The task on its own class, with the caller's read and write access; null when it does not exist. */
    open(taskSysId: string): TaskInfo | null
    addWorkNote(task: TaskInfo, text: string): void
}

export interface CaseStore {
    get(caseSysId: string): CaseRow | null
    ofTask(taskSysId: string): CaseRow[]
    /** Inserts and returns the sys_id; throws when the platform does not store it. */
    insert(f: CaseFields): string
    markClosed(caseSysId: string): void
    /** Sets the case's customer e-mail (the explicit "change the customer's address" action). */
    setCustomerEmail(caseSysId: string, email: string): void
    /** Counts one more invitation sent by the case. */
    countInvitation(caseSysId: string): void
    /** Makes another supporter the case's owner (supporter and their TeamViewer user id). */
    reassign(caseSysId: string, supporter: string, supporterTvUserId: string): void
}

/** A ServiceNow user as the case actions name them. */
export interface Person {
    sysId: string
    name: string
    active: boolean
}

/** Users (sys_user) and who is signed in to TeamViewer from ServiceNow (the grants' non-secret columns). */
export interface PeopleStore {
    /** The user, or null when there is none. */
    get(userSysId: string): Person | null
    /** The TeamViewer user id of the user's grant, when it is usable at the configured API; '' when not signed in. */
    tvUserIdOf(userSysId: string): string
    /** Users with a usable grant (signed in to TeamViewer from ServiceNow), at most 200. */
    signedIn(): string[]
}

/** What create/close/reassign need from TeamViewer (TeamViewerClient satisfies it). */
export interface SessionApi {
    createSession(s: NewSession): Session
    closeSession(code: string): void
    /** PUT /sessions/{code}: reassign moves the session to another TeamViewer user (assigned_userid). */
    updateSession(code: string, changes: { assignedUserId?: string }): void
}

export interface Caller {
    sysId: string
    hasRole(role: string): boolean
}

/** Which hosts session links may point at: the endpoint settings the TeamViewer client is built with (cases/links.ts). */
export interface LinkPolicy {
    apiBaseUrl: string
    allowCustomEndpoint: boolean
}

export interface CasesDeps {
    caller: Caller
    tasks: TaskStore
    cases: CaseStore
    /** Runs fn with a client on the caller's own TeamViewer grant (sign-in required otherwise). */
    withSupporterApi<T>(fn: (api: SessionApi, tvUserId: string) => T): T
    /**
     * Runs fn with a client on another user's grant: a case's owner, when an admin closes or reassigns the case
     * (AppError sign_in_required when the owner has no usable grant).
     */
    withUserApi<T>(userSysId: string, fn: (api: SessionApi, tvUserId: string) => T): T
    people: PeopleStore
    defaultGroup: string
    /** Which hosts TeamViewer's session links may point at (the endpoint settings). */
    links: LinkPolicy
    /** The most invitations one case sends (setting maxInvitationsPerCase). */
    maxInvitationsPerCase: number
    queueEvent(name: string, caseSysId: string, parm1: string, parm2: string): void
    log: Log
}
