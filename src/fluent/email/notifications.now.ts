import { EmailNotification, Record } from '@servicenow/sdk/core'
import { EVENT, MAIL_SCRIPT, TABLE } from '../../server/shared/names'

/*
 * Events and e-mail notifications of service cases. Subjects (plain text) substitute columns of
 * x_tvgh_teamviewer_service_case (checked against the built schema by test/artifact/cases.test.ts); bodies are
 * HTML, written by mail scripts that escape every value (mail-scripts.now.ts).
 */

/** Fired by the online poll (cases/poll.ts) when a case's customer comes online (false → true), once. */
Record({
    $id: Now.ID['event_customer_online'],
    table: 'sysevent_register',
    data: {
        event_name: EVENT.customerOnline,
        table: TABLE.serviceCase,
        fired_by: 'TeamViewer online poll',
        description: 'The end customer of an open TeamViewer service case came online.',
    },
})

/** Fired by "send invitation" (cases/service.ts); parm1 is the end customer's e-mail address. */
Record({
    $id: Now.ID['event_send_invitation'],
    table: 'sysevent_register',
    data: {
        event_name: EVENT.sendInvitation,
        table: TABLE.serviceCase,
        fired_by: 'TeamViewer service cases REST API',
        description: 'Send the TeamViewer session invitation to the end customer (parm1: e-mail address).',
    },
})

/** Fired by "ask for this case" (cases/ownership.ts); parm1 is the asker's name. */
Record({
    $id: Now.ID['event_case_requested'],
    table: 'sysevent_register',
    data: {
        event_name: EVENT.caseRequested,
        table: TABLE.serviceCase,
        fired_by: 'TeamViewer service cases REST API',
        description: "Another supporter of the task asks the service case's supporter for it (parm1: the asker's name).",
    },
})

/** Tells the supporter their customer is waiting. Why: feature 10 (notification when the customer is online). */
EmailNotification({
    $id: Now.ID['notif_customer_online'],
    table: TABLE.serviceCase,
    name: 'TeamViewer customer online',
    description: 'E-mails the supporter of a service case when its end customer comes online.',
    active: true,
    triggerConditions: { generationType: 'event', eventName: EVENT.customerOnline },
    recipientDetails: { recipientFields: ['supporter'], sendToCreator: false },
    emailContent: {
        subject: 'Customer online: TeamViewer session ${code} (${task})',
        // the body: src/server/cases/mail.ts customerOnlineHtml, every value escaped (mail-scripts.now.ts)
        messageHtml: `\${mail_script:${MAIL_SCRIPT.customerOnline}}`,
    },
})

/** The invitation, for places without the e-mail client (workspace, portal). Same wording as TV_ShareSessionSimple. */
EmailNotification({
    $id: Now.ID['notif_send_invitation'],
    table: TABLE.serviceCase,
    name: 'TeamViewer session invitation',
    description: 'E-mails the TeamViewer session link to the end customer (event parm1).',
    active: true,
    triggerConditions: { generationType: 'event', eventName: EVENT.sendInvitation },
    recipientDetails: { eventParm1WithRecipient: true, sendToCreator: false },
    emailContent: {
        subject: 'Remote support for ${task}: TeamViewer session ${code}',
        // the body: src/server/cases/mail.ts invitationHtml, every value escaped (mail-scripts.now.ts)
        messageHtml: `\${mail_script:${MAIL_SCRIPT.invitation}}`,
    },
})

/** Tells a case's owner that another supporter of the task asks for it (issue #22 item 4: abandoned cases). */
EmailNotification({
    $id: Now.ID['notif_case_requested'],
    table: TABLE.serviceCase,
    name: 'TeamViewer service case asked for',
    description: "E-mails the supporter of a service case when another supporter of the task asks for it (event parm1: the asker's name).",
    active: true,
    triggerConditions: { generationType: 'event', eventName: EVENT.caseRequested },
    recipientDetails: { recipientFields: ['supporter'], sendToCreator: false },
    emailContent: {
        subject: 'Asked for: TeamViewer service case ${code} (${task})',
        // the body: src/server/cases/mail.ts caseRequestedHtml, every value escaped (mail-scripts.now.ts)
        messageHtml: `\${mail_script:${MAIL_SCRIPT.caseRequested}}`,
    },
})
