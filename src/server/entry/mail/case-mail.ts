/**
 * The modules the mail scripts of src/fluent/email/mail-scripts.now.ts require: the body of each service-case
 * e-mail from `current` (the case the event was queued on), built by cases/mail.ts with every value escaped.
 */
import { caseRequestedHtml, customerOnlineHtml, invitationHtml, type CaseMailView } from '../../cases/mail.ts'

/** The part of the mail script's `current` (a GlideRecord of the case) read here. */
interface CaseRecord {
    getValue(field: string): string | null
    getDisplayValue(field?: string): string
}

function viewOf(current: CaseRecord): CaseMailView {
    const text = (v: unknown) => (v === null || v === undefined ? '' : String(v))
    return {
        code: text(current.getValue('code')),
        taskNumber: text(current.getDisplayValue('task')),
        endCustomerName: text(current.getValue('end_customer_name')),
        endCustomerLink: text(current.getValue('end_customer_link')),
        onlineSince: text(current.getDisplayValue('online_since')),
    }
}

export function invitationBody(current: CaseRecord): string {
    return invitationHtml(viewOf(current))
}

export function customerOnlineBody(current: CaseRecord): string {
    return customerOnlineHtml(viewOf(current))
}

/** The mail script's `event`: parm1 is the asker's name (cases/ownership.ts askForCase). */
export function caseRequestedBody(current: CaseRecord, event: { parm1?: unknown } | null): string {
    const parm1 = event && event.parm1 !== undefined && event.parm1 !== null ? String(event.parm1) : ''
    return caseRequestedHtml(viewOf(current), parm1)
}
