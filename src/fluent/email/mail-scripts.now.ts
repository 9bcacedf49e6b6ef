import { Record } from '@servicenow/sdk/core'
import { MAIL_SCRIPT } from '../../server/shared/names'
import { MODULES } from '../module-path'

/*
 * The bodies of the service-case notifications (notifications.now.ts), written by mail scripts: a notification's
 * `${field}` is substituted as it is stored, so a customer name like `<img src=x onerror=…>` would become
 * markup. The mail scripts print what src/server/cases/mail.ts builds with every value escaped (through the
 * entry module src/server/entry/mail/case-mail.ts). Referenced as `${mail_script:<name>}`.
 */

Record({
    $id: Now.ID['mail_script_invitation'],
    table: 'sys_script_email',
    data: {
        name: MAIL_SCRIPT.invitation,
        new_lines_to_html: false,
        script: `(function runMailScript(current, template, email, email_action, event) {
    var mail = require('${MODULES}/src/server/entry/mail/case-mail.ts');
    template.print(mail.invitationBody(current));
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_customer_online'],
    table: 'sys_script_email',
    data: {
        name: MAIL_SCRIPT.customerOnline,
        new_lines_to_html: false,
        script: `(function runMailScript(current, template, email, email_action, event) {
    var mail = require('${MODULES}/src/server/entry/mail/case-mail.ts');
    template.print(mail.customerOnlineBody(current));
})(current, template, email, email_action, event);`,
    },
})

Record({
    $id: Now.ID['mail_script_case_requested'],
    table: 'sys_script_email',
    data: {
        name: MAIL_SCRIPT.caseRequested,
        new_lines_to_html: false,
        script: `(function runMailScript(current, template, email, email_action, event) {
    var mail = require('${MODULES}/src/server/entry/mail/case-mail.ts');
    template.print(mail.caseRequestedBody(current, event));
})(current, template, email, email_action, event);`,
    },
})
