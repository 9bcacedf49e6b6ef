import { EmailNotification, Record } from '@servicenow/sdk/core'
import { EVENT, TABLE } from '../../server/shared/names'

/*
 * Events and e-mail notifications of service cases. `${...}` substitutions name columns of
 * x_tvgh_teamviewer_service_case (checked against the built schema by test/artifact/cases.test.ts).
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
        messageHtml:
            '<p>${end_customer_name} is online in TeamViewer session ${code} for ${task} (since ${online_since}).</p><p>Open ${task} and choose <b>Start session</b> to connect.</p>',
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
        messageHtml:
            '<p>Hello ${end_customer_name},</p><p>to let our support team help you with ${task}, please open this link and follow the instructions: <a href="${end_customer_link}">${end_customer_link}</a></p><p>Your session code is ${code}.</p>',
    },
})
