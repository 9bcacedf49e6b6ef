import { Test } from '@servicenow/sdk/core'

/**
 * The token table is closed to every person, admins included: its ACLs require the elevated role
 * x_tvgh_teamviewer.token_acl that nobody holds, with admin_overrides off and a script that refuses anyway.
 * Only the app's server code (plain GlideRecord) reads tokens.
 */
export const atfTokenAccess = Test(
    {
        $id: Now.ID['atf_token_access'],
        name: 'TeamViewer: nobody reads TeamViewer tokens, admins included',
        description:
            "Creates a system administrator (role admin) and a stored TeamViewer grant (as the test runner, without ACLs), impersonates the admin, and asserts that a secure query finds no token, that GlideRecordSecure neither reads it nor lets the admin insert one, and shows in the step's output whether the admin holds the elevated token_acl role without elevating.",
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
        const token = atf.server.recordInsert({
            $id: Now.ID['atf_token_access_grant'],
            table: 'x_tvgh_teamviewer_token',
            fieldValues: { user: admin.user, tv_user_id: 'u9000002', account_name: `[TeamViewer ATF] grant` },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf_token_access_as_admin'], user: admin.user })
        atf.server.recordQuery({
            $id: Now.ID['atf_token_access_admin_reads_none'],
            description: 'A secure query as admin finds no token.',
            table: 'x_tvgh_teamviewer_token',
            fieldValues: `sys_id=${token.record_id}`,
            enforceSecurity: true,
            assert: 'no_records_match_query',
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf_token_access_secure_script'],
            description: 'GlideRecordSecure as admin: no row, no insert.',
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    assertEqual({ name: 'running as the admin created by the test', shouldbe: 'atf.tv.token.admin', value: String(gs.getUserName()) });
    var secure = new GlideRecordSecure('x_tvgh_teamviewer_token');
    secure.addQuery('tv_user_id', 'u9000002');
    secure.query();
    assertEqual({ name: 'GlideRecordSecure returns no token to an admin', shouldbe: false, value: secure.hasNext() });
    var insert = new GlideRecordSecure('x_tvgh_teamviewer_token');
    insert.initialize();
    insert.setValue('tv_user_id', 'u9000003');
    var inserted = insert.insert();
    assertEqual({ name: 'GlideRecordSecure refuses a token insert by an admin', shouldbe: true, value: !inserted });
    stepResult.setOutputMessage('admin holds x_tvgh_teamviewer.token_acl without elevating: ' + gs.hasRole('x_tvgh_teamviewer.token_acl') + ' (the token ACLs refuse by script either way)');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)
