import { Test } from '@servicenow/sdk/core'

/**
 * Nobody reads a TeamViewer token, admins included: the token fields' ACLs require the elevated role
 * x_tvgh_teamviewer.token_acl that nobody holds, with admin_overrides off and a script that refuses anyway.
 * App admins (and admin) see WHO is signed in — the grant row without its tokens (Signed-in supporters); a
 * supporter sees no grant, not even their own. Only the app's server code (plain GlideRecord) reads tokens.
 * What only an instance confirms: GlideRecordSecure hands an admin the row with the token elements NULL.
 */
export const atfTokenAccess = Test(
    {
        $id: Now.ID['atf_token_access'],
        name: 'TeamViewer: nobody reads TeamViewer tokens, admins included',
        description:
            "Creates a system administrator (role admin), a supporter (itil) and the supporter's stored TeamViewer grant with tokens (as the test runner, without ACLs); impersonates the supporter, who finds no grant through a secure query; then the admin, who finds the grant (who is signed in) but through GlideRecordSecure reads its access and refresh token as NULL (canRead() false), and can neither insert, change nor delete a grant; the step's output shows whether the admin holds the elevated token_acl role without elevating.",
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const admin = atf.server.createUser({
            $id: Now.ID['atf_token_access_admin'],
            firstName: 'ATF',
            lastName: 'Administrator',
            fieldValues: { user_name: 'atf.tv.token.admin', email: 'atf.tv.token.admin@example.com' },
            roles: ['2831a114c611228501d4ea6c309d626d'],
            impersonate: false,
        })
        const supporter = atf.server.createUser({
            $id: Now.ID['atf_token_access_supporter'],
            firstName: 'ATF',
            lastName: 'Token Supporter',
            fieldValues: { user_name: 'atf.tv.token.supporter', email: 'atf.tv.token.supporter@example.com' },
            roles: ['282bf1fac6112285017366cb5f867469'],
            impersonate: false,
        })
        const token = atf.server.recordInsert({
            $id: Now.ID['atf_token_access_grant'],
            table: 'x_tvgh_teamviewer_token',
            fieldValues: { user: supporter.user, tv_user_id: 'u9000002', account_name: `[TeamViewer ATF] grant` },
            enforceSecurity: false,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_token_access_set_tokens'],
            description: 'The grant gets its tokens as the sign-in stores them (encrypted), without ACLs.',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var grant = new GlideRecord('x_tvgh_teamviewer_token');
    grant.addQuery('tv_user_id', 'u9000002');
    grant.query();
    assertEqual({ name: 'the grant is there', shouldbe: true, value: grant.next() });
    grant.access_token.setDisplayValue('atf-access-token-value');
    grant.refresh_token.setDisplayValue('atf-refresh-token-value');
    assertEqual({ name: 'tokens stored', shouldbe: true, value: !!grant.update() });
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.impersonate({ $id: Now.ID['atf_token_access_as_supporter'], user: supporter.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_token_access_supporter_reads_none'],
            description: 'A secure query as the supporter finds no grant, not even their own.',
            table: 'x_tvgh_teamviewer_token',
            fieldValues: `sys_id=${token.record_id}`,
            enforceSecurity: true,
            assert: 'no_records_match_query',
        })
        atf.server.impersonate({ $id: Now.ID['atf_token_access_as_admin'], user: admin.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_token_access_admin_finds_grant'],
            description: 'A secure query as admin finds the grant: who is signed in (Signed-in supporters).',
            table: 'x_tvgh_teamviewer_token',
            fieldValues: `sys_id=${token.record_id}`,
            enforceSecurity: true,
            assert: 'records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_token_access_secure_script'],
            description: 'GlideRecordSecure as admin: the row without its tokens; no insert, change or delete.',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    assertEqual({ name: 'running as the admin created by the test', shouldbe: 'atf.tv.token.admin', value: String(gs.getUserName()) });
    var secure = new GlideRecordSecure('x_tvgh_teamviewer_token');
    secure.addQuery('tv_user_id', 'u9000002');
    secure.query();
    assertEqual({ name: 'GlideRecordSecure finds the grant for an admin', shouldbe: true, value: secure.next() });
    assertEqual({ name: 'the account name is readable', shouldbe: '[TeamViewer ATF] grant', value: String(secure.getValue('account_name')) });
    assertEqual({ name: 'the access token cannot be read', shouldbe: false, value: secure.access_token.canRead() });
    assertEqual({ name: 'the refresh token cannot be read', shouldbe: false, value: secure.refresh_token.canRead() });
    assertEqual({ name: 'the access token element is NULL', shouldbe: true, value: secure.getValue('access_token') === null });
    assertEqual({ name: 'the refresh token element is NULL', shouldbe: true, value: secure.getValue('refresh_token') === null });
    secure.setValue('account_name', 'changed by an admin');
    assertEqual({ name: 'GlideRecordSecure refuses a change by an admin', shouldbe: true, value: !secure.update() });
    var gone = new GlideRecordSecure('x_tvgh_teamviewer_token');
    gone.addQuery('tv_user_id', 'u9000002');
    gone.query();
    gone.next();
    assertEqual({ name: 'GlideRecordSecure refuses a delete by an admin', shouldbe: true, value: !gone.deleteRecord() });
    var insert = new GlideRecordSecure('x_tvgh_teamviewer_token');
    insert.initialize();
    insert.setValue('tv_user_id', 'u9000003');
    var inserted = insert.insert();
    assertEqual({ name: 'GlideRecordSecure refuses a token insert by an admin', shouldbe: true, value: !inserted });
    stepResult.setOutputMessage('admin holds x_tvgh_teamviewer.token_acl without elevating: ' + gs.hasRole('x_tvgh_teamviewer.token_acl') + ' (the token field ACLs refuse by script either way)');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)
