import { Test } from '@servicenow/sdk/core'

/**
 * The main story's server paths in the instance's own JavaScript engine, with TeamViewer replaced inside the
 * test: the script include TeamViewerAtfHarness builds the app's TeamViewer client over an in-memory TeamViewer
 * (src/server/entry/atf/), then the app's own code creates a case for an incident, e-mails the invitation,
 * starts, closes it and retrieves its connections. Later steps check the records, work notes, event and e-mail.
 */
export const atfMainStory = Test(
    {
        $id: Now.ID['atf_main_story'],
        name: 'TeamViewer: a service case from create to connection history',
        description: `As a supporter (itil) on an incident whose caller has an e-mail address, runs the app's service-case code with an in-memory TeamViewer: create (defaults from the caller), invite, start, close, retrieve connections; asserts the case, the calls TeamViewer received, the connection linked to the incident, the work notes on the incident, the x_tvgh_teamviewer.send_invitation event and the invitation e-mail to the customer.`,
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const supporter = atf.server.createUser({
            $id: Now.ID['atf_story_supporter'],
            firstName: 'ATF',
            lastName: 'Story Supporter',
            fieldValues: { user_name: 'atf.tv.story.supporter', email: 'atf.tv.story.supporter@example.com' },
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: false,
        })
        const customer = atf.server.createUser({
            $id: Now.ID['atf_story_customer'],
            firstName: 'ATF',
            lastName: 'Story Customer',
            fieldValues: { user_name: 'atf.tv.story.customer', email: 'atf.tv.story.customer@example.com' },
            roles: [],
            impersonate: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf_story_incident'],
            table: 'incident',
            fieldValues: { short_description: `[TeamViewer ATF] printer offline`, caller_id: customer.user },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf_story_as_supporter'], user: supporter.user })
        const story = atf.server.runServerSideScript({
            $id: Now.ID['atf_story_script'],
            description: "The app's create, invite, start, close and retrieval against an in-memory TeamViewer.",
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var customer = new GlideRecord('sys_user');
    customer.addQuery('user_name', 'atf.tv.story.customer');
    customer.query();
    assertEqual({ name: 'the customer exists', shouldbe: true, value: customer.next() });
    var incident = new GlideRecord('incident');
    incident.addQuery('caller_id', customer.getUniqueValue());
    incident.query();
    assertEqual({ name: 'the incident exists', shouldbe: true, value: incident.next() });
    var taskId = incident.getUniqueValue();

    var tv = new TeamViewerAtfHarness();
    var created = tv.createCase(taskId, {});
    assertEqual({ name: 'a new case is open', shouldbe: 'open', value: created.state });
    assertEqual({ name: "the end customer's e-mail defaults to the caller's", shouldbe: 'atf.tv.story.customer@example.com', value: created.endCustomerEmail });
    assertEqual({ name: 'the case is mine', shouldbe: true, value: created.mine });
    assertEqual({ name: 'the customer link comes from TeamViewer', shouldbe: 'https://get.teamviewer.com/' + created.code, value: created.endCustomerLink });

    var invited = tv.sendInvitation(created.sysId);
    assertEqual({ name: 'the invitation goes to the caller', shouldbe: 'atf.tv.story.customer@example.com', value: invited.sentTo });

    var started = tv.startCase(created.sysId);
    assertEqual({ name: 'start answers the case code', shouldbe: created.code, value: started.code });
    assertEqual({ name: 'start answers the supporter link', shouldbe: true, value: started.supporterLink.indexOf(created.code) > 0 });

    var closed = tv.closeCase(created.sysId);
    assertEqual({ name: 'the case is closed', shouldbe: 'closed', value: closed.state });

    var run = tv.retrieveConnections(created.sysId);
    assertEqual({ name: 'the retrieval completes', shouldbe: 'complete', value: run.state });
    assertEqual({ name: 'one connection is stored', shouldbe: 1, value: run.counts.inserted });

    assertEqual({
        name: 'what TeamViewer received',
        shouldbe: 'POST /sessions,PUT /sessions/' + created.code + ',GET /reports/connections',
        value: tv.received().join(',')
    });

    var stored = new GlideRecord('x_tvgh_teamviewer_service_case');
    assertEqual({ name: 'the case record exists', shouldbe: true, value: stored.get(created.sysId) });
    assertEqual({ name: 'the case record is closed', shouldbe: 'closed', value: String(stored.getValue('state')) });
    assertEqual({ name: 'the case belongs to the incident', shouldbe: taskId, value: String(stored.getValue('task')) });
    assertEqual({ name: 'the case remembers the TeamViewer user', shouldbe: tv.tvUserId(), value: String(stored.getValue('supporter_tv_user_id')) });

    var connection = new GlideRecord('x_tvgh_teamviewer_connection');
    connection.addQuery('session_code', created.code);
    connection.query();
    assertEqual({ name: 'the connection is stored', shouldbe: true, value: connection.next() });
    assertEqual({ name: 'the connection is linked to the incident', shouldbe: taskId, value: String(connection.getValue('task')) });
    assertEqual({ name: 'the connection is linked to the case', shouldbe: created.sysId, value: String(connection.getValue('service_case')) });

    outputs.table = 'x_tvgh_teamviewer_service_case';
    outputs.record_id = created.sysId;
    stepResult.setOutputMessage('Service case ' + created.code + ' created, invited, started, closed; ' + run.summary);
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf_story_case_record'],
            table: 'x_tvgh_teamviewer_service_case',
            recordId: story.record_id,
            fieldValues: `state=closed^supporter=${supporter.user}^task=${incident.record_id}^end_customer_email=atf.tv.story.customer@example.com^closed_atISNOTEMPTY`,
            enforceSecurity: false,
            assert: 'record_validated',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_story_note_created'],
            table: 'sys_journal_field',
            fieldValues: `element_id=${incident.record_id}^element=work_notes^valueLIKEcreated for ATF Story Customer`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_story_note_invited'],
            table: 'sys_journal_field',
            fieldValues: `element_id=${incident.record_id}^element=work_notes^valueLIKEsent to atf.tv.story.customer@example.com`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_story_note_started'],
            table: 'sys_journal_field',
            fieldValues: `element_id=${incident.record_id}^element=work_notes^valueLIKEstarted by the supporter`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_story_note_closed'],
            table: 'sys_journal_field',
            fieldValues: `element_id=${incident.record_id}^element=work_notes^valueLIKEclosed.`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_story_note_connection'],
            table: 'sys_journal_field',
            fieldValues: `element_id=${incident.record_id}^element=work_notes^valueLIKETeamViewer connection completed`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.server.recordQuery({
            $id: Now.ID['atf_story_event'],
            table: 'sysevent',
            fieldValues: `name=x_tvgh_teamviewer.send_invitation^instance=${story.record_id}^parm1=atf.tv.story.customer@example.com`,
            enforceSecurity: false,
            assert: 'records_match_query',
        })
        atf.email.validateOutboundEmail({
            $id: Now.ID['atf_story_email'],
            description: "The invitation notification e-mails the customer (the platform's event processor sends it).",
            table: 'sys_email',
            conditions: `recipientsLIKEatf.tv.story.customer@example.com^subjectLIKETeamViewer session`,
        })
    },
)
