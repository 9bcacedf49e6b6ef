/**
 * The REST contract between the browser code (src/client: the Supporter Control and the admin UI pages, which
 * esbuild bundles with this file) and the server routes (entry/routes/*.ts): the
 * shapes each route answers inside the platform's `{result: ...}`, the error body, the input limits and the one
 * e-mail rule. Pure TypeScript with no import, so both sides compile it. It lives under src/server because
 * the SDK compiles server modules from src/server only.
 */

/** Where the app's scripted REST APIs answer: /api/<scope>/<service>/... */
export const API_BASE = '/api/x_tvgh_teamviewer'

/** The postMessage `type` the OAuth callback page sends its opener (the control) when the sign-in ends. */
export const SIGN_IN_MESSAGE = 'x_tvgh_teamviewer.signin'

/** Longest end-customer name (the service case's end_customer_name column). */
export const MAX_NAME = 100
/** Longest e-mail address (RFC 5321's path limit; the end_customer_email column). */
export const MAX_EMAIL = 254
/** Longest session description (TeamViewer's limit; the description column). */
export const MAX_DESCRIPTION = 1000

/** No spaces, quotes, angle brackets, commas or semicolons (which would split or inject a recipient list). */
const EMAIL = /^[^@\s<>"',;]+@[^@\s<>"',;]+\.[^@\s<>"',;]+$/

/**
 * Characters that hide or reorder what a reader sees: control characters (C0 with NUL, tab and line breaks, DEL,
 * C1), line/paragraph separators, zero-width characters, and the text-direction marks, embeddings, overrides
 * (U+202A-U+202E) and isolates (U+2066-U+2069).
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/

/** Whether a customer's name or e-mail holds a character the server refuses (and the control refuses first). */
export function hasHiddenCharacters(text: string): boolean {
    return HIDDEN.test(text)
}

/** The one e-mail rule: what the server accepts for an invitation, and what the control lets through. */
export function isEmailAddress(text: string): boolean {
    return EMAIL.test(text) && !HIDDEN.test(text)
}

/** Why a route refused, as `error.code` of the error body (with its HTTP status, shared/errors.ts). */
export type ErrorCode =
    | 'sign_in_required' // no grant, or TeamViewer no longer accepts it: sign in to TeamViewer again
    | 'not_allowed' // missing role, or the caller cannot write the task / is not the case's supporter
    | 'not_found' // no such task or case, or its task is not readable by the caller (the same answer)
    | 'invalid_input' // e-mail, lengths, missing fields
    | 'case_exists' // an open case exists for the task; ask for another explicitly
    | 'case_not_open' // the case is closed or expired
    | 'owner_signed_out' // the case's owner has no usable TeamViewer sign-in: its session cannot be moved at TeamViewer
    | 'license_limit' // TeamViewer's licence does not allow another session
    | 'teamviewer_refused' // TeamViewer refused the request (validation, permission)
    | 'teamviewer_unavailable' // TeamViewer unreachable, server error, rate limited: try again later
    | 'not_configured' // the integration is not set up (OAuth client, endpoint)
    | 'storage_failed' // the platform could not store the result

/** What a refusing route answers: a stable code and a sentence for the supporter. */
export interface ErrorBody {
    error: { code: ErrorCode; message: string }
}

/** A service case as the control shows it. Dates are glide values (UTC); every text is '' when empty. */
export interface CaseView {
    sysId: string
    code: string
    state: 'open' | 'closed' | 'expired' | string
    online: boolean
    onlineSince: string
    endCustomerName: string
    endCustomerEmail: string
    endCustomerLink: string
    validUntil: string
    closedAt: string
    /** The caller is the case's supporter. */
    mine: boolean
    /** The display name of the case's supporter (its owner); '' when the user is gone. */
    ownerName: string
    /** The caller may ask the owner for the case (an open case of another supporter; POST /cases/{case}/ask). */
    canAsk: boolean
    /** The caller may reassign the case to another supporter (open; the owner or an app admin). */
    canReassign: boolean
    /** The caller may close the case (not closed; the owner or an app admin). */
    canClose: boolean
}

/** GET /cases/{case}/candidates: the supporters a case may be reassigned to (signed in to TeamViewer, not its owner). */
export interface ReassignCandidate {
    sysId: string
    name: string
}

/** POST /cases/{case}/ask: whose case it is (the request is in the task's work notes). */
export interface AskResult {
    ownerName: string
}

/** GET /cases/task/{task}: the task's cases (newest first) and the defaults of a new one. */
export interface TaskOverview {
    task: { sysId: string; table: string; number: string }
    defaults: { endCustomerName: string; endCustomerEmail: string; description: string }
    cases: CaseView[]
}

/** POST /cases/task/{task}: omitted name/e-mail are the task caller's; an omitted or empty description is the task's number. */
export interface NewCase {
    endCustomerName?: string
    endCustomerEmail?: string
    description?: string
    /** Create even though an open case exists for the task. */
    another?: boolean
}

/** POST /cases/{case}/start: the links the control opens. */
export interface StartResult {
    code: string
    supporterLink: string
    webclientSupporterLink: string
}

/** The workspace UI actions (GlideAjax to the script include TeamViewerWorkspaceAjax, one method each). */
export type WorkspaceAction = 'create' | 'start' | 'share' | 'close'

/** What TeamViewerWorkspaceAjax answers (as JSON text): a sentence, links to show, or the error and a sign-in link. */
export interface WorkspaceAnswer {
    ok: boolean
    message: string
    code?: ErrorCode
    /** start: the supporter's links, shown for the supporter to click (no documented workspace API opens a URL). */
    links?: { label: string; url: string }[]
    /** sign_in_required: TeamViewer's sign-in page for the caller. */
    signInUrl?: string
}

/** POST /cases/{case}/invite. */
export interface InviteResult {
    sentTo: string
}

/** GET /oauth/status: whether the caller is signed in to TeamViewer, and as whom ('' when not). */
export interface SignInStatus {
    signedIn: boolean
    accountName: string
    accountEmail: string
    tvUserId: string
}

/** POST /oauth/disconnect and /oauth/revoke/{user}: whether there was a grant, and whether TeamViewer revoked it. */
export interface DisconnectResult {
    removed: boolean
    revokedAtTeamViewer: boolean
}

/** GET /oauth/authorize: the sign-in URL for the popup. */
export interface AuthorizeResult {
    url: string
}

/** GET /setup/status: one check of the setup status page. */
export interface SetupCheck {
    id: string
    title: string
    state: 'ok' | 'problem' | 'warning'
    /** What was found, in plain words. */
    detail: string
    /** How to fix it ('' when ok). */
    fix: string
}

/** GET /setup/status: what the setup status page shows (the route answers more: setup/status.ts SetupStatus). */
export interface SetupStatusView {
    ok: boolean
    checks: SetupCheck[]
    redirectUri: string
    job: { active: boolean; interval: string; nextRun: string } | null
    poll: { lastPoll: string; interval: string } | null
    links: { title: string; href: string }[]
}

/** One task form in one view (GET /forms/status): whether the TeamViewer pieces are on it, and where to put them. */
export interface FormPlacement {
    table: string
    /** the view's name ('' = the Default view) */
    view: string
    /** the form in plain words: 'incident (Default view)' */
    form: string
    /** the TeamViewer Supporter Control (formatter) is in one of the form's sections */
    control: boolean
    /** the TeamViewer connection report is one of the form's related lists */
    report: boolean
    /** the platform's Form Layout page of this form (instance-relative URL) */
    formLayoutUrl: string
    /** the platform's Related Lists page of this form (instance-relative URL) */
    relatedListsUrl: string
    /** what to pick on those pages, in the platform's words; empty when both are on the form */
    steps: string[]
}

/** GET /forms/status?table=&view=: the given task table, or the product's task tables, in one view. */
export interface FormStatus {
    view: string
    forms: FormPlacement[]
}
