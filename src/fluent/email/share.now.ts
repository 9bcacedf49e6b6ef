import { Record } from '@servicenow/sdk/core'
import { EMAIL_CLIENT_TEMPLATE, MAIL_SCRIPT, TABLE } from '../../server/shared/names'

/*
 * "Share session code" through the platform's e-mail client on a service case (feature 9 of the guide).
 * Column names of sys_email_client_template / sys_email_canned_message are not checked by the SDK; they
 * follow ServiceNow's documentation ("Create an email client template", "Define a quick message") and are
 * asserted by test/artifact/cases.test.ts, as is every ${...} against the built schema. They substitute no
 * free text (customer or supporter name, task description): whether the e-mail client escapes substituted
 * values is not documented, so only the task number, the session code, its validity and the TeamViewer link
 * (validated when stored) go in, and the template's body is the invitation's mail script, which escapes what it
 * prints (test/email/escaping.test.ts).
 */

/**
 * Fills "To" with the case's customer address and the subject when a supporter opens the e-mail client. "To" is
 * the column `recipients` (Cc `copied`, Bcc `blind_copied`); an instance drops columns it does not have, and
 * the runtime refuses them (tools/runtime/shipped-columns.ts). No `execution_order`: no public source shows
 * that column, and KB0694768: the e-mail client uses only the first template created for a table anyway.
 */
Record({
    $id: Now.ID['email_client_template_share'],
    table: 'sys_email_client_template',
    data: {
        name: EMAIL_CLIENT_TEMPLATE,
        table: TABLE.serviceCase,
        recipients: '${end_customer_email}',
        subject: 'Remote support for ${task.number}: TeamViewer session ${code}',
        content_type: 'text/html',
        // the invitation the notification sends too, written by its mail script with every value escaped (customer
        // name, link, code): the window opens ready to send; a Quick Message replaces or extends it
        body_html: `\${mail_script:${MAIL_SCRIPT.invitation}}`,
    },
})

/** Quick Message: the short invitation. */
Record({
    $id: Now.ID['quick_message_simple'],
    table: 'sys_email_canned_message',
    data: {
        title: 'TV_ShareSessionSimple',
        active: true,
        table: TABLE.serviceCase,
        body: '<p>Hello,</p><p>to let our support team help you with ${task.number}, please open this link and follow the instructions: <a href="${end_customer_link}">${end_customer_link}</a></p><p>Your session code is ${code}.</p>',
    },
})

/** Quick Message: the detailed invitation (what happens, what to expect). */
Record({
    $id: Now.ID['quick_message_advance'],
    table: 'sys_email_canned_message',
    data: {
        title: 'TV_ShareSessionAdvance',
        active: true,
        table: TABLE.serviceCase,
        body: '<p>Hello,</p><p>you asked us for help with ${task.number}. We would like to connect to your computer with TeamViewer to look at it together.</p><ol><li>Open <a href="${end_customer_link}">${end_customer_link}</a>.</li><li>Download and start the small TeamViewer program it offers (no installation and no account needed).</li><li>Enter your name if asked and wait: your supporter is told when you are online and connects to you. You see everything they do and can end the session at any time.</li></ol><p>Your session code is ${code}; it is valid until ${valid_until}.</p>',
    },
})
