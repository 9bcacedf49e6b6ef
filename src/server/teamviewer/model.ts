/** Typed shapes of what the app reads from TeamViewer, after tolerant parsing (see parse.ts). */

/** One record of GET /reports/connections. Absent optional fields are '' (or null for numbers/dates). */
export interface ConnectionRecord {
    id: string
    userId: string
    userName: string
    deviceId: string
    deviceName: string
    groupId: string
    groupName: string
    /** ISO 8601 UTC, e.g. 2024-04-16T20:40:38Z */
    startDate: string
    /** null while the connection is still running. */
    endDate: string | null
    fee: string
    currency: string
    billingState: string
    notes: string
    contactId: string
    /** '1' remote connection, '2' remote support active, '3' remote support active SDK; '' if absent. */
    supportSessionType: string
    sessionCode: string
    endCustomerName: string
    endCustomerEmail: string
    feedbackRating: number | null
    feedbackComment: string
    /** The record as TeamViewer sent it (JSON text), when it was parsed from a response. */
    raw?: string
    /**
     * Values that could not be read as their documented type, by field of this interface (or `endCustomer`,
     * `feedback`), as text: an object where a string is expected (as JSON), an unreadable end date, a rating
     * that is not a number. The field then holds that text, or is empty/null.
     */
    unreadable?: Record<string, string>
}

export interface ConnectionPage {
    records: ConnectionRecord[]
    /** Present while more records follow: pass it as offsetId to get the next page. */
    nextOffset: string | null
    /** records_remaining (or reports_remaining): null when absent, NaN when present but not a number. */
    remaining: number | null
    /** Records of the page that cannot be stored (no usable id or start date): why, plain and bounded, one per record. */
    refused?: string[]
}

export interface ConnectionQuery {
    /** Inclusive, ISO 8601. */
    from?: string
    /** Exclusive, ISO 8601. */
    to?: string
    offsetId?: string
    sessionCode?: string
    hasCode?: boolean
    userId?: string
    groupId?: string
}

export type SessionState = 'open' | 'closed'

export interface Session {
    code: string
    state: SessionState
    groupId: string
    description: string
    endCustomerName: string
    endCustomerEmail: string
    assignedUserId: string
    endCustomerLink: string
    supporterLink: string
    webclientSupporterLink: string
    createdAt: string | null
    validUntil: string | null
    closedAt: string | null
    /** null when the response did not say (list items without full_list always say). */
    online: boolean | null
    supportSessionType: 'default' | 'pilot'
}

export interface SessionPage {
    sessions: Session[]
    nextOffset: string | null
}

export interface NewSession {
    groupId?: string
    groupName?: string
    description?: string
    waitingMessage?: string
    endCustomer?: { name?: string; email?: string }
    assignedUserId?: string
    validUntil?: string
    customApi?: string
    supportSessionType?: 'default' | 'pilot'
}

export interface SessionChanges {
    state?: SessionState
    description?: string
    endCustomer?: { name?: string; email?: string }
    assignedUserId?: string
    groupId?: string
    waitingMessage?: string
    customApi?: string
}

export interface Account {
    userId: string
    name: string
    email: string
    companyName: string
}

export interface Group {
    id: string
    name: string
    permissions: string
}

export interface TokenGrant {
    accessToken: string
    refreshToken: string
    /** Seconds the access token is valid (TeamViewer's expires_in). */
    expiresIn: number
}
