import { Test } from '@servicenow/sdk/core'

/*
 * Questions no public source settles (tools/runtime/README.md, "Only an instance can confirm"), answered by
 * the instance the suite runs on. Each test names the question in its description.
 */

/** Does gs.getProperty return a password2 property decrypted, while the stored value is not the clear text? */
export const atfPassword2 = Test(
    {
        $id: Now.ID['atf_password2_property'],
        name: 'TeamViewer: a password2 property reads back decrypted',
        description:
            'Sets the OAuth client secret (a password2 property) with gs.setProperty as the test runner (an admin) and asserts that gs.getProperty returns the clear value while sys_properties.value does not hold it in clear text. ATF rolls the property back after the test.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf_password2_property_script'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var name = 'x_tvgh_teamviewer.oauth.client_secret';
    var secret = 'atf-' + gs.generateGUID();
    gs.setProperty(name, secret);
    assertEqual({ name: 'gs.getProperty returns the password2 value decrypted', shouldbe: secret, value: String(gs.getProperty(name, '')) });
    var gr = new GlideRecord('sys_properties');
    gr.addQuery('name', name);
    gr.query();
    assertEqual({ name: 'the property record exists', shouldbe: true, value: gr.next() });
    assertEqual({ name: 'the stored value is not the clear text', shouldbe: true, value: String(gr.getValue('value')) !== secret });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)

/** The formatter names the macro as `<macro name>.xml`: is the macro's scoped_name its name (not prefixed twice)? */
export const atfFormatterMacro = Test(
    {
        $id: Now.ID['atf_formatter_macro'],
        name: "TeamViewer: the Supporter Control's formatter finds its macro",
        description: `Queries the installed UI macro x_tvgh_teamviewer_supporter_control and the formatter "TeamViewer Supporter Control": the formatter on task names x_tvgh_teamviewer_supporter_control.xml, and the macro's read-only scoped_name equals its name (the scope prefix is not added a second time), so the platform resolves the formatter to the macro.`,
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.recordQuery({
            $id: Now.ID['atf_formatter_macro_formatter'],
            table: 'sys_ui_formatter',
            fieldValues: `name=TeamViewer Supporter Control^formatter=x_tvgh_teamviewer_supporter_control.xml^table=task^active=true`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_formatter_macro_macro'],
            table: 'sys_ui_macro',
            fieldValues: `name=x_tvgh_teamviewer_supporter_control^active=true`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_formatter_macro_scoped_name'],
            description: 'The name the platform resolves a scoped macro by.',
            table: 'sys_ui_macro',
            fieldValues: `scoped_name=x_tvgh_teamviewer_supporter_control^active=true`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
    },
)

/** The app's own writes on task tables, from its scope, on every task class it ships privileges for. */
export const atfTaskWrites = Test(
    {
        $id: Now.ID['atf_task_writes'],
        name: "TeamViewer: the app's writes on task tables pass application access",
        description:
            "Creates an incident, a problem and a change request, then, as a supporter (itil) in the app's scope, opens each as task and on its own class and adds a work note the way the app does: each read and update must pass the tables' cross-scope policy (a refusal answers no record or no update), and the work note must be stored.",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const supporter = atf.server.createUser({
            $id: Now.ID['atf_task_writes_supporter'],
            firstName: 'ATF',
            lastName: 'Supporter',
            fieldValues: { user_name: 'atf.tv.tasks.supporter', email: 'atf.tv.tasks.supporter@example.com' },
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf_task_writes_incident'],
            table: 'incident',
            fieldValues: { short_description: `[TeamViewer ATF] task writes` },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_task_writes_problem'],
            table: 'problem',
            fieldValues: { short_description: `[TeamViewer ATF] task writes` },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf_task_writes_change'],
            table: 'change_request',
            fieldValues: { short_description: `[TeamViewer ATF] task writes` },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf_task_writes_as_supporter'], user: supporter.user })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_task_writes_script'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var classes = ['incident', 'problem', 'change_request'];
    var done = [];
    for (var i = 0; i < classes.length; i++) {
        var cls = classes[i];
        var own = new GlideRecord(cls);
        own.addQuery('short_description', '[TeamViewer ATF] task writes');
        own.query();
        assertEqual({ name: cls + ' read from the app scope', shouldbe: true, value: own.next() });
        var id = own.getUniqueValue();
        var asTask = new GlideRecord('task');
        assertEqual({ name: cls + ' read as task from the app scope', shouldbe: true, value: asTask.get(id) });
        assertEqual({ name: cls + ' class of the task', shouldbe: cls, value: String(asTask.getValue('sys_class_name')) });
        assertEqual({ name: 'the supporter may write the ' + cls, shouldbe: true, value: own.canWrite() });
        own.setValue('work_notes', 'ATF work note on ' + cls);
        assertEqual({ name: cls + ' updated from the app scope', shouldbe: id, value: String(own.update()) });
        done.push(cls);
    }
    stepResult.setOutputMessage('read and updated from the app scope: ' + done.join(', '));
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_task_writes_note_stored'],
            description: 'The work note written from the app scope is stored.',
            table: 'sys_journal_field',
            fieldValues: `element_id=${incident.record_id}^element=work_notes^valueLIKEATF work note on incident`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
    },
)
