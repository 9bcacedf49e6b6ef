/**
 * Issue #2 — the data and security model, asserted on the BUILT application (dist/app), record by record.
 * Each expectation names the exact value an installed instance will get.
 */
import { builtRecords, oneOf, recordsOf, type BuiltRecord } from '../../tools/runtime/build-reader'

const SCOPE = 'x_tvgh_teamviewer'
const T = {
    case: 'x_tvgh_teamviewer_service_case',
    conn: 'x_tvgh_teamviewer_connection',
    token: 'x_tvgh_teamviewer_token',
    run: 'x_tvgh_teamviewer_retrieval_run',
    state: 'x_tvgh_teamviewer_retrieval_state',
    oauthState: 'x_tvgh_teamviewer_oauth_state',
}
const APP_TABLES = Object.values(T)
const ROLE = {
    admin: 'x_tvgh_teamviewer.admin',
    history: 'x_tvgh_teamviewer.session_history_user',
    tokenAcl: 'x_tvgh_teamviewer.token_acl',
}

function column(table: string, element: string): BuiltRecord {
    return oneOf('sys_dictionary', { name: table, element })
}

/** [element, internal_type, max_length, mandatory, unique, default, reference] */
type Col = [string, string, string, 'true' | 'false', 'true' | 'false', string, string]

function expectColumns(table: string, cols: Col[]): void {
    for (const [element, type, maxLength, mandatory, unique, def, reference] of cols) {
        const c = column(table, element)
        expect({
            element,
            type: c.internal_type,
            maxLength: c.max_length,
            mandatory: c.mandatory,
            unique: c.unique,
            def: c.default_value,
            reference: c.reference,
        }).toEqual({
            element,
            type,
            maxLength,
            mandatory,
            unique,
            def,
            reference,
        })
    }
    // no column beyond the ones listed (plus the collection record, element empty)
    const built = recordsOf('sys_dictionary', { name: table })
        .map((r) => r.element)
        .filter((e) => e)
        .sort()
    expect(built).toEqual(cols.map((c) => c[0]).sort())
}

describe('application', () => {
    test('scope, name and JavaScript level', () => {
        const app = recordsOf('sys_app')
        expect(app).toHaveLength(1)
        expect([app[0].scope, app[0].name, app[0].js_level]).toEqual([SCOPE, 'TeamViewer Integration', 'es_latest'])
    })
})

describe('tables', () => {
    test('the application tables exist with labels and display columns', () => {
        const tables = recordsOf('sys_db_object')
            .map((t) => [t.name, t.label])
            .sort()
        expect(tables).toEqual([
            [T.conn, 'TeamViewer Connection'],
            [T.oauthState, 'TeamViewer Sign-in State'],
            [T.run, 'TeamViewer Retrieval Run'],
            [T.state, 'TeamViewer Retrieval State'],
            [T.case, 'TeamViewer Service Case'],
            [T.token, 'TeamViewer Sign-in'],
        ])
        expect(column(T.case, 'code').display).toBe('true')
        expect(column(T.conn, 'tv_id').display).toBe('true')
        expect(column(T.token, 'user').display).toBe('true')
    })

    test('service case columns', () => {
        expectColumns(T.case, [
            ['code', 'string', '20', 'true', 'true', '', ''],
            ['state', 'choice', '20', 'true', 'false', 'open', ''],
            ['task', 'reference', '32', 'true', 'false', '', 'task'],
            ['supporter', 'reference', '32', 'false', 'false', '', 'sys_user'],
            ['supporter_tv_user_id', 'string', '20', 'false', 'false', '', ''],
            ['group_id', 'string', '20', 'false', 'false', '', ''],
            ['group_name', 'string', '100', 'false', 'false', '', ''],
            ['end_customer_name', 'string', '100', 'false', 'false', '', ''],
            ['end_customer_email', 'email', '254', 'false', 'false', '', ''],
            ['description', 'string', '1000', 'false', 'false', '', ''],
            ['support_session_type', 'choice', '20', 'false', 'false', 'default', ''],
            ['end_customer_link', 'url', '1024', 'false', 'false', '', ''],
            ['supporter_link', 'url', '1024', 'false', 'false', '', ''],
            ['webclient_supporter_link', 'url', '1024', 'false', 'false', '', ''],
            ['online', 'boolean', '40', 'false', 'false', 'false', ''],
            ['online_since', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['tv_created_at', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['valid_until', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['closed_at', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['invitations_sent', 'integer', '40', 'false', 'false', '0', ''],
        ])
        // the online poll writes only the cases that changed, so no per-poll time is kept per case
        expect(recordsOf('sys_dictionary', { name: T.case, element: 'last_polled' })).toEqual([])
    })

    test('connection columns', () => {
        expectColumns(T.conn, [
            ['tv_id', 'string', '64', 'true', 'true', '', ''],
            ['task', 'reference', '32', 'false', 'false', '', 'task'],
            ['service_case', 'reference', '32', 'false', 'false', '', T.case],
            ['session_code', 'string', '20', 'false', 'false', '', ''],
            ['supporter_tv_user_id', 'string', '20', 'false', 'false', '', ''],
            ['supporter_name', 'string', '100', 'false', 'false', '', ''],
            ['supporter', 'reference', '32', 'false', 'false', '', 'sys_user'],
            ['device_id', 'string', '40', 'false', 'false', '', ''],
            ['device_name', 'string', '255', 'false', 'false', '', ''],
            ['group_id', 'string', '20', 'false', 'false', '', ''],
            ['group_name', 'string', '100', 'false', 'false', '', ''],
            ['start_date', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['end_date', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['duration', 'glide_duration', '20', 'false', 'false', '', ''],
            ['support_session_type', 'choice', '10', 'false', 'false', '', ''],
            ['billing_state', 'choice', '20', 'false', 'false', '', ''],
            ['fee', 'decimal', '20', 'false', 'false', '', ''],
            ['currency', 'string', '3', 'false', 'false', '', ''],
            ['notes', 'string', '4000', 'false', 'false', '', ''],
            ['contact_id', 'string', '40', 'false', 'false', '', ''],
            ['end_customer_name', 'string', '100', 'false', 'false', '', ''],
            ['end_customer_email', 'email', '254', 'false', 'false', '', ''],
            ['feedback_rating', 'integer', '40', 'false', 'false', '', ''],
            ['feedback_comment', 'string', '4000', 'false', 'false', '', ''],
            ['raw_json', 'string', '8000', 'false', 'false', '', ''],
            ['work_note_added', 'boolean', '40', 'false', 'false', 'false', ''],
            ['last_retrieved', 'glide_date_time', '40', 'false', 'false', '', ''],
        ])
    })

    test('token columns: secrets are encrypted (password2), one grant per user', () => {
        expectColumns(T.token, [
            ['user', 'reference', '32', 'true', 'true', '', 'sys_user'],
            ['access_token', 'password2', '4000', 'false', 'false', '', ''],
            ['refresh_token', 'password2', '4000', 'false', 'false', '', ''],
            ['expires_at', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['signed_in', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['tv_user_id', 'string', '20', 'false', 'false', '', ''],
            ['account_name', 'string', '100', 'false', 'false', '', ''],
            ['account_email', 'email', '254', 'false', 'false', '', ''],
            ['api_origin', 'string', '300', 'false', 'false', '', ''],
        ])
    })

    test('retrieval state and run columns (resumable, auditable history retrieval)', () => {
        expectColumns(T.state, [
            ['name', 'string', '40', 'true', 'true', '', ''],
            ['mark', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['cursor_from', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['cursor_to', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['cursor_offset_id', 'string', '64', 'false', 'false', '', ''],
            ['cursor_kind', 'string', '20', 'false', 'false', '', ''],
            ['cursor_reason', 'string', '1000', 'false', 'false', '', ''],
            ['reconciled_to', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['retry_after', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['manual_requested', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['last_run', 'reference', '32', 'false', 'false', '', T.run],
        ])
        expectColumns(T.run, [
            ['trigger', 'choice', '20', 'true', 'false', '', ''],
            ['state', 'choice', '20', 'true', 'false', 'running', ''],
            ['filter', 'string', '200', 'false', 'false', '', ''],
            ['started', 'glide_date_time', '40', 'true', 'false', '', ''],
            ['finished', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['window_from', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['window_to', 'glide_date_time', '40', 'false', 'false', '', ''],
            ['window_kind', 'choice', '20', 'false', 'false', '', ''],
            ['window_reason', 'string', '1000', 'false', 'false', '', ''],
            ['pages', 'integer', '40', 'false', 'false', '0', ''],
            ['rest_calls', 'integer', '40', 'false', 'false', '0', ''],
            ['received', 'integer', '40', 'false', 'false', '0', ''],
            ['inserted', 'integer', '40', 'false', 'false', '0', ''],
            ['updated', 'integer', '40', 'false', 'false', '0', ''],
            ['unchanged', 'integer', '40', 'false', 'false', '0', ''],
            ['rejected', 'integer', '40', 'false', 'false', '0', ''],
            ['odd_values', 'integer', '40', 'false', 'false', '0', ''],
            ['odd_values_detail', 'string', '1000', 'false', 'false', '', ''],
            ['error_code', 'string', '40', 'false', 'false', '', ''],
            ['error', 'string', '4000', 'false', 'false', '', ''],
        ])
    })

    test('choices', () => {
        const choices = (table: string, element: string) =>
            recordsOf('sys_choice', { name: table, element })
                .sort((a, b) => Number(a.sequence) - Number(b.sequence))
                .map((c) => [c.value, c.label])
        expect(choices(T.case, 'state')).toEqual([
            ['open', 'Open'],
            ['closed', 'Closed'],
            ['expired', 'Expired'],
        ])
        expect(choices(T.conn, 'support_session_type')).toEqual([
            ['1', 'Remote connection'],
            ['2', 'Remote support (active)'],
            ['3', 'Remote support (active, SDK)'],
        ])
        expect(choices(T.conn, 'billing_state')).toEqual([
            ['Bill', 'Bill'],
            ['Billed', 'Billed'],
            ['DoNotBill', 'Do not bill'],
        ])
        expect(choices(T.run, 'state')).toEqual([
            ['running', 'Running'],
            ['complete', 'Complete'],
            ['failed', 'Failed'],
            ['rate_limited', 'Rate limited'],
            ['partial', 'Stopped at budget'],
        ])
        expect(choices(T.run, 'trigger').map((c) => c[0])).toEqual(['scheduled', 'manual', 'case_closed', 'task'])
    })
})

describe('application access of the tables', () => {
    test("token, retrieval state and runs are this scope's only; cases and connections are readable by other scopes, never writable", () => {
        const access = Object.fromEntries(
            recordsOf('sys_db_object').map((t) => [
                t.name,
                [t.access, t.read_access, t.create_access, t.update_access, t.delete_access, t.ws_access].join(' '),
            ]),
        )
        expect(access).toEqual({
            [T.token]: 'package_private false false false false false',
            [T.oauthState]: 'package_private false false false false false',
            [T.state]: 'package_private false false false false false',
            [T.run]: 'package_private false false false false false',
            [T.case]: 'public true false false false false',
            [T.conn]: 'public true false false false false',
        })
    })
})

describe('roles', () => {
    test('the three roles, and only admin contains session_history_user', () => {
        expect(
            recordsOf('sys_user_role')
                .map((r) => r.name)
                .sort(),
        ).toEqual([ROLE.admin, ROLE.history, ROLE.tokenAcl].sort())
        const contains = recordsOf('sys_user_role_contains').map((c) => [c.$display.role, c.$display.contains])
        expect(contains).toEqual([[ROLE.admin, ROLE.history]])
    })

    test('no role contains token_acl; it is an elevated privilege nobody can grant or delegate', () => {
        const tokenRole = oneOf('sys_user_role', { name: ROLE.tokenAcl })
        expect(
            recordsOf('sys_user_role_contains').filter((c) => c.contains === tokenRole.sys_id || c.$display.contains === ROLE.tokenAcl),
        ).toEqual([])
        expect({ elevated: tokenRole.elevated_privilege, grantable: tokenRole.grantable, delegable: tokenRole.can_delegate }).toEqual({
            elevated: 'true',
            grantable: 'false',
            delegable: 'false',
        })
    })
})

describe('ACLs', () => {
    const acls = () => recordsOf('sys_security_acl', { type: 'record' })
    const rolesOf = (acl: BuiltRecord) =>
        recordsOf('sys_security_acl_role', { sys_security_acl: acl.sys_id })
            .map((r) => r.$display.sys_user_role)
            .sort()
    /** "table[.field] op" → list of [roles, script, admin_overrides] alternatives */
    const matrix = () => {
        const m: Record<string, [string[], string, string][]> = {}
        for (const a of acls()) {
            expect(a.type).toBe('record')
            expect(a.active).toBe('true')
            expect(a.decision_type).toBe('allow')
            const key = `${a.name} ${a.operation}`
            ;(m[key] ??= []).push([rolesOf(a), a.script, a.admin_overrides])
        }
        for (const k of Object.keys(m)) m[k].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)))
        return m
    }

    test('every operation of every app table has at least one ACL', () => {
        const m = matrix()
        for (const table of APP_TABLES)
            for (const op of ['create', 'read', 'write', 'delete']) expect(m[`${table} ${op}`]?.length ?? 0).toBeGreaterThan(0)
    })

    test('the exact ACL matrix', () => {
        const itilOwn = 'answer = current.getValue("supporter") == gs.getUserID();'
        const tokenNobody = "answer = false; // only the application's server code handles secrets"
        const taskOnOwnClass = `answer = (function (row) {
    if (!row.getUniqueValue()) return true; // a table-level question (a list, a query): each row is then checked here
    var taskId = row.getValue('task');
    if (!taskId) return false;
    var task = new GlideRecord('task');
    if (!task.get(taskId)) return false;
    var own = new GlideRecord(task.getValue('sys_class_name'));
    return own.get(taskId) && own.canRead();
})(current);`
        expect(matrix()).toEqual({
            [`${T.token} create`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.token} read`]: [
                [[ROLE.admin], '', 'true'],
                [[ROLE.tokenAcl], tokenNobody, 'false'],
            ],
            [`${T.token}.access_token read`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.token}.access_token write`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.token}.refresh_token read`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.token}.refresh_token write`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.token} write`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.token} delete`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.oauthState} create`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.oauthState} read`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.oauthState} write`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.oauthState} delete`]: [[[ROLE.tokenAcl], tokenNobody, 'false']],
            [`${T.conn} read`]: [
                [['itil'], taskOnOwnClass, 'true'],
                [[ROLE.history], '', 'true'],
            ],
            [`${T.conn} create`]: [[[ROLE.admin], '', 'true']],
            [`${T.conn} write`]: [[[ROLE.admin], '', 'true']],
            [`${T.conn} delete`]: [[[ROLE.admin], '', 'true']],
            [`${T.case} read`]: [
                [['itil'], taskOnOwnClass, 'true'],
                [[ROLE.admin], taskOnOwnClass, 'true'],
            ],
            [`${T.case} create`]: [[[ROLE.admin], "answer = false; // created by the application's server code only", 'false']],
            [`${T.case} write`]: [[[ROLE.admin], '', 'true']],
            [`${T.case}.code write`]: [[[ROLE.admin], 'answer = false; // the session code comes from TeamViewer', 'false']],
            [`${T.case}.task write`]: [[[ROLE.admin], 'answer = false; // set when the case is created', 'false']],
            [`${T.case} delete`]: [[[ROLE.admin], '', 'true']],
            [`${T.case}.supporter_link read`]: [
                [['itil'], itilOwn, 'true'],
                [[ROLE.admin], '', 'true'],
            ],
            [`${T.case}.webclient_supporter_link read`]: [
                [['itil'], itilOwn, 'true'],
                [[ROLE.admin], '', 'true'],
            ],
            [`${T.run} create`]: [[[ROLE.admin], '', 'true']],
            [`${T.run} read`]: [[[ROLE.admin], '', 'true']],
            [`${T.run} write`]: [[[ROLE.admin], '', 'true']],
            [`${T.run} delete`]: [[[ROLE.admin], '', 'true']],
            [`${T.state} create`]: [[[ROLE.admin], '', 'true']],
            [`${T.state} read`]: [[[ROLE.admin], '', 'true']],
            [`${T.state} write`]: [[[ROLE.admin], '', 'true']],
            [`${T.state} delete`]: [[[ROLE.admin], '', 'true']],
        })
    })

    test('ACL scripts are marked advanced so the platform runs them', () => {
        for (const a of acls()) expect([a.name, a.advanced]).toEqual([a.name, a.script ? 'true' : 'false'])
    })
})

describe('properties', () => {
    const prop = (name: string) => oneOf('sys_properties', { name })

    test('the admin token is encrypted, private, and admin-only', () => {
        const p = prop('x_tvgh_teamviewer.adminToken')
        expect({ type: p.type, private: p.is_private, read: p.read_roles, write: p.write_roles, value: p.value }).toEqual({
            type: 'password2',
            private: 'true',
            read: ROLE.admin,
            write: ROLE.admin,
            value: '',
        })
        expect(p.description).toMatch(/Do not delete it/)
    })

    test('every setting with its type and default, admin-only (endpoints: written by the platform admin only)', () => {
        const expected: [string, string, string, string][] = [
            ['x_tvgh_teamviewer.adminToken', 'password2', '', 'true'],
            ['x_tvgh_teamviewer.oauth.client_id', 'string', '', 'false'],
            ['x_tvgh_teamviewer.oauth.client_secret', 'password2', '', 'true'],
            ['x_tvgh_teamviewer.oauth.redirect_uri', 'string', '', 'false'],
            ['x_tvgh_teamviewer.api.base_url', 'string', 'https://webapi.teamviewer.com/api/v1', 'false'],
            ['x_tvgh_teamviewer.login.base_url', 'string', 'https://login.teamviewer.com', 'false'],
            ['x_tvgh_teamviewer.api.allow_custom_endpoint', 'boolean', 'false', 'false'],
            ['x_tvgh_teamviewer.api.timeout_seconds', 'integer', '30', 'false'],
            ['x_tvgh_teamviewer.default_group', 'string', 'ServiceNow', 'false'],
            ['x_tvgh_teamviewer.online_poll_interval_seconds', 'integer', '60', 'false'],
            ['x_tvgh_teamviewer.retrieval.lookback_hours', 'integer', '12', 'false'],
            ['x_tvgh_teamviewer.retrieval.reconcile_days', 'integer', '7', 'false'],
            ['x_tvgh_teamviewer.retrieval.backfill_days', 'integer', '30', 'false'],
            ['x_tvgh_teamviewer.retrieval.max_pages_per_run', 'integer', '2000', 'false'],
            ['x_tvgh_teamviewer.retrieval.max_requests_per_run', 'integer', '3000', 'false'],
            ['x_tvgh_teamviewer.retrieval.max_run_minutes', 'integer', '20', 'false'],
            ['x_tvgh_teamviewer.retrieval.keep_raw_json', 'boolean', 'true', 'false'],
            ['x_tvgh_teamviewer.script_api.allow_other_scopes', 'boolean', 'false', 'false'],
            ['x_tvgh_teamviewer.invitations.max_per_case', 'integer', '5', 'false'],
        ]
        const built = recordsOf('sys_properties').map((p) => [p.name, p.type, p.value, p.is_private])
        expect(built.sort()).toEqual(expected.sort())
        const endpoints = [
            'x_tvgh_teamviewer.api.base_url',
            'x_tvgh_teamviewer.login.base_url',
            'x_tvgh_teamviewer.api.allow_custom_endpoint',
        ]
        for (const p of recordsOf('sys_properties')) {
            expect([p.name, p.read_roles, p.write_roles]).toEqual([p.name, ROLE.admin, endpoints.includes(p.name) ? 'admin' : ROLE.admin])
            expect(p.description.length).toBeGreaterThan(30)
        }
    })

    test('a properties page lists every property', () => {
        const category = oneOf('sys_properties_category', { name: SCOPE })
        expect(category.title).toBe('TeamViewer Integration Properties')
        const onPage = recordsOf('sys_properties_category_m2m', { category: category.sys_id }).map((m) => m.property)
        expect(onPage.sort()).toEqual(
            recordsOf('sys_properties')
                .map((p) => p.sys_id)
                .sort(),
        )
    })
})

describe('application menu', () => {
    test('menu "TeamViewer Integration" with its modules and roles', () => {
        const menu = oneOf('sys_app_application', { title: 'TeamViewer Integration' })
        expect(menu.active).toBe('true')
        expect(menu.roles).toBe(`itil,${ROLE.history},${ROLE.admin}`)
        const modules = recordsOf('sys_app_module', { application: menu.sys_id })
            .sort((a, b) => Number(a.order) - Number(b.order))
            .map((m) => ({
                title: m.title,
                link: m.link_type,
                table: m.name ?? '',
                filter: m.filter ?? '',
                query: m.query ?? '',
                roles: m.roles,
                active: m.active,
            }))
        expect(modules).toEqual([
            { title: 'Service Cases', link: 'LIST', table: T.case, filter: '', query: '', roles: `itil,${ROLE.admin}`, active: 'true' },
            {
                title: 'Online Service Cases',
                link: 'DIRECT',
                table: '',
                filter: '',
                query: '$sp.do?id=x_tvgh_teamviewer_online_cases',
                roles: `itil,${ROLE.admin}`,
                active: 'true',
            },
            {
                title: 'Connection report',
                link: 'FILTER',
                table: T.conn,
                filter: 'ORDERBYDESCstart_date',
                query: '',
                roles: ROLE.history,
                active: 'true',
            },
            {
                title: 'Email templates',
                link: 'FILTER',
                table: 'sys_email_canned_message',
                filter: 'titleSTARTSWITHTV_^ORDERBYtitle',
                query: '',
                roles: `itil,${ROLE.admin}`,
                active: 'true',
            },
            { title: 'Administration', link: 'SEPARATOR', table: '', filter: '', query: '', roles: ROLE.admin, active: 'true' },
            {
                title: 'Setup status',
                link: 'DIRECT',
                table: '',
                filter: '',
                query: 'x_tvgh_teamviewer_setup.do',
                roles: ROLE.admin,
                active: 'true',
            },
            {
                title: 'Add TeamViewer to a form',
                link: 'DIRECT',
                table: '',
                filter: '',
                query: 'x_tvgh_teamviewer_add_to_form.do',
                roles: ROLE.admin,
                active: 'true',
            },
            {
                title: 'Properties',
                link: 'DIRECT',
                table: '',
                filter: '',
                query: 'system_properties_ui.do?sysparm_category=x_tvgh_teamviewer&sysparm_title=TeamViewer%20Integration%20Properties',
                roles: ROLE.admin,
                active: 'true',
            },
            {
                title: 'Signed-in supporters',
                link: 'FILTER',
                table: T.token,
                filter: 'ORDERBYDESCsigned_in',
                query: '',
                roles: ROLE.admin,
                active: 'true',
            },
            {
                title: 'Retrieval runs',
                link: 'FILTER',
                table: T.run,
                filter: 'ORDERBYDESCstarted',
                query: '',
                roles: ROLE.admin,
                active: 'true',
            },
        ])
    })
})

describe('scheduled job', () => {
    test('"Retrieve TeamViewer connections" runs every 6 hours through the history module', () => {
        const job = oneOf('sysauto_script', { name: 'Retrieve TeamViewer connections' })
        expect({ active: job.active, type: job.run_type, period: job.run_period }).toEqual({
            active: 'true',
            type: 'periodically',
            period: '1970-01-01 06:00:00',
        })
        expect(job.script).toMatch(/require\('x_tvgh_teamviewer\/x-tvgh-teamviewer\/[\d.]+\/src\/server\/entry\/jobs\/retrieval\.ts'\)/)
    })
})

test('every record belongs to the application scope', () => {
    // list elements ride in their list's update record (the SDK's List() writes the scope on sys_ui_list only), an
    // ATF step's input values and mappings in the step's
    const riders = ['sys_choice', 'sys_ui_list_element', 'sys_variable_value', 'sys_element_mapping']
    const scoped = builtRecords().filter((r) => !riders.includes(r.$table))
    for (const r of scoped) expect([r.$table, r.sys_id, r.$display.sys_scope]).toEqual([r.$table, r.sys_id, SCOPE])
})
