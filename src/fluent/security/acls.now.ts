import { Acl } from '@servicenow/sdk/core'
import { sessionHistoryUser, tokenAcl, tvAdmin } from './roles.now'
import { ROLE, TABLE } from '../../server/shared/names'

/*
 * Who sees what. One block per table; every table of the app has an ACL for create, read, write and
 * delete. Several ACLs on the same operation are alternatives: passing any one grants access.
 */

// --- Token table: no token through any UI, list, REST or GlideRecordSecure path — admins included. ---
// admin holds every role but elevated ones, and admin_overrides is off; the script refuses everyone else.
// Only the app's server code (GlideRecord, which ACLs do not restrict) reads and writes tokens.
const NOBODY = "answer = false; // only the application's server code handles secrets"
Acl({
    $id: Now.ID['acl_token_create'],
    type: 'record',
    table: TABLE.token,
    operation: 'create',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Tokens are written by server code only.',
})
Acl({
    $id: Now.ID['acl_token_read'],
    type: 'record',
    table: TABLE.token,
    operation: 'read',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Tokens are read by server code only.',
})
Acl({
    $id: Now.ID['acl_token_write'],
    type: 'record',
    table: TABLE.token,
    operation: 'write',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Tokens are written by server code only.',
})
Acl({
    $id: Now.ID['acl_token_delete'],
    type: 'record',
    table: TABLE.token,
    operation: 'delete',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Tokens are revoked by server code only.',
})

// App admins see WHO is signed in (TeamViewer Integration > Signed-in supporters): a grant's user, TeamViewer
// account and dates. Never its tokens: the field rules below refuse them to everyone, admins included (the
// elevated role nobody holds, admin overrides off, a script that refuses anyway). Rows are still written and
// deleted only by server code (the UI action Revoke runs the app's own code).
Acl({
    $id: Now.ID['acl_token_read_admin'],
    type: 'record',
    table: TABLE.token,
    operation: 'read',
    roles: [tvAdmin],
    description: 'App admins see who is signed in to TeamViewer (user, account, dates); the token fields stay closed.',
})
Acl({
    $id: Now.ID['acl_token_access_token_read'],
    type: 'record',
    table: TABLE.token,
    field: 'access_token',
    operation: 'read',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Access tokens are read by server code only.',
})
Acl({
    $id: Now.ID['acl_token_access_token_write'],
    type: 'record',
    table: TABLE.token,
    field: 'access_token',
    operation: 'write',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Access tokens are written by server code only.',
})
Acl({
    $id: Now.ID['acl_token_refresh_token_read'],
    type: 'record',
    table: TABLE.token,
    field: 'refresh_token',
    operation: 'read',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Refresh tokens are read by server code only.',
})
Acl({
    $id: Now.ID['acl_token_refresh_token_write'],
    type: 'record',
    table: TABLE.token,
    field: 'refresh_token',
    operation: 'write',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Refresh tokens are written by server code only.',
})

// --- Pending sign-ins (OAuth state): the same lock as tokens; only the sign-in code reads them. ---
Acl({
    $id: Now.ID['acl_oauth_state_create'],
    type: 'record',
    table: TABLE.oauthState,
    operation: 'create',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Sign-in states are written by server code only.',
})
Acl({
    $id: Now.ID['acl_oauth_state_read'],
    type: 'record',
    table: TABLE.oauthState,
    operation: 'read',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Sign-in states are read by server code only.',
})
Acl({
    $id: Now.ID['acl_oauth_state_write'],
    type: 'record',
    table: TABLE.oauthState,
    operation: 'write',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Sign-in states are written by server code only.',
})
Acl({
    $id: Now.ID['acl_oauth_state_delete'],
    type: 'record',
    table: TABLE.oauthState,
    operation: 'delete',
    roles: [tokenAcl],
    adminOverrides: false,
    script: NOBODY,
    description: 'Sign-in states are deleted by server code only.',
})

/** Passes when the caller can read the record's task, opened on its own class (incident, problem, ...) so that that class's read rules apply. */
const READ_OWN_TASK = `answer = (function (row) {
    if (!row.getUniqueValue()) return true; // a table-level question (a list, a query): each row is then checked here
    var taskId = row.getValue('task');
    if (!taskId) return false;
    var task = new GlideRecord('task');
    if (!task.get(taskId)) return false;
    var own = new GlideRecord(task.getValue('sys_class_name'));
    return own.get(taskId) && own.canRead();
})(current);`

// --- Connection history: company-wide for session-history users; per task for itil; written by admins. ---
Acl({
    $id: Now.ID['acl_conn_read_history'],
    type: 'record',
    table: TABLE.connection,
    operation: 'read',
    roles: [sessionHistoryUser],
    description: 'Session-history users read the company-wide connection report.',
})
Acl({
    $id: Now.ID['acl_conn_read_itil'],
    type: 'record',
    table: TABLE.connection,
    operation: 'read',
    roles: [ROLE.supporter],
    // the task is opened on its own class (incident, problem, ...) so that that class's read rules apply
    script: READ_OWN_TASK,
    description: "Supporters read a connection only when they can read its task (checked on the task's own class).",
})
Acl({
    $id: Now.ID['acl_conn_create'],
    type: 'record',
    table: TABLE.connection,
    operation: 'create',
    roles: [tvAdmin],
    description: 'Connections come from TeamViewer; only admins create them by hand.',
})
Acl({
    $id: Now.ID['acl_conn_write'],
    type: 'record',
    table: TABLE.connection,
    operation: 'write',
    roles: [tvAdmin],
    description: 'Connections come from TeamViewer; only admins edit them.',
})
Acl({
    $id: Now.ID['acl_conn_delete'],
    type: 'record',
    table: TABLE.connection,
    operation: 'delete',
    roles: [tvAdmin],
    description: 'Only admins delete connection history.',
})

// --- Service cases: read by those who can read their task; the app creates and changes them; admins may correct them. ---
// A case names its task's customer (name, e-mail, join link): whoever may not read the task may not read its case.
Acl({
    $id: Now.ID['acl_case_read_itil'],
    type: 'record',
    table: TABLE.serviceCase,
    operation: 'read',
    roles: [ROLE.supporter],
    script: READ_OWN_TASK,
    description: "Supporters read a service case only when they can read its task (checked on the task's own class).",
})
Acl({
    $id: Now.ID['acl_case_read_admin'],
    type: 'record',
    table: TABLE.serviceCase,
    operation: 'read',
    roles: [tvAdmin],
    script: READ_OWN_TASK,
    description: "Integration admins read a service case when they can read its task (checked on the task's own class).",
})
// A case's code decides whose TeamViewer connections are linked to a task: cases are created and their
// key fields set only by the app's server code (its REST API checks the caller), never through the table.
Acl({
    $id: Now.ID['acl_case_create_nobody'],
    type: 'record',
    table: TABLE.serviceCase,
    operation: 'create',
    roles: [tvAdmin],
    adminOverrides: false,
    script: "answer = false; // created by the application's server code only",
    description: 'Service cases are created by the app (at TeamViewer first), never by hand.',
})
Acl({
    $id: Now.ID['acl_case_write_admin'],
    type: 'record',
    table: TABLE.serviceCase,
    operation: 'write',
    roles: [tvAdmin],
    description: 'Admins may correct a case; supporters act through the TeamViewer control.',
})
Acl({
    $id: Now.ID['acl_case_code_write'],
    type: 'record',
    table: TABLE.serviceCase,
    field: 'code',
    operation: 'write',
    roles: [tvAdmin],
    adminOverrides: false,
    script: 'answer = false; // the session code comes from TeamViewer',
    description: "Nobody changes a session code: it would claim another session's connections.",
})
Acl({
    $id: Now.ID['acl_case_task_write'],
    type: 'record',
    table: TABLE.serviceCase,
    field: 'task',
    operation: 'write',
    roles: [tvAdmin],
    adminOverrides: false,
    script: 'answer = false; // set when the case is created',
    description: 'Nobody moves a case to another task: its connections would follow.',
})
Acl({
    $id: Now.ID['acl_case_delete'],
    type: 'record',
    table: TABLE.serviceCase,
    operation: 'delete',
    roles: [tvAdmin],
    description: 'Only admins delete service cases (closing is the normal end).',
})
// The supporter links embed the assigned supporter's queue token: only that supporter (or an admin) sees them.
Acl({
    $id: Now.ID['acl_case_supporter_link_read'],
    type: 'record',
    table: TABLE.serviceCase,
    field: 'supporter_link',
    operation: 'read',
    roles: [ROLE.supporter],
    script: 'answer = current.getValue("supporter") == gs.getUserID();',
    description: 'The supporter link is for the case supporter only.',
})
Acl({
    $id: Now.ID['acl_case_supporter_link_read_admin'],
    type: 'record',
    table: TABLE.serviceCase,
    field: 'supporter_link',
    operation: 'read',
    roles: [tvAdmin],
    description: 'Admins see supporter links.',
})
Acl({
    $id: Now.ID['acl_case_webclient_link_read'],
    type: 'record',
    table: TABLE.serviceCase,
    field: 'webclient_supporter_link',
    operation: 'read',
    roles: [ROLE.supporter],
    script: 'answer = current.getValue("supporter") == gs.getUserID();',
    description: 'The web client supporter link is for the case supporter only.',
})
Acl({
    $id: Now.ID['acl_case_webclient_link_read_admin'],
    type: 'record',
    table: TABLE.serviceCase,
    field: 'webclient_supporter_link',
    operation: 'read',
    roles: [tvAdmin],
    description: 'Admins see web client supporter links.',
})

// --- Retrieval runs and state: admins only (audit and troubleshooting). ---
Acl({
    $id: Now.ID['acl_run_create'],
    type: 'record',
    table: TABLE.retrievalRun,
    operation: 'create',
    roles: [tvAdmin],
    description: 'Runs are recorded by server code; admins only by hand.',
})
Acl({
    $id: Now.ID['acl_run_read'],
    type: 'record',
    table: TABLE.retrievalRun,
    operation: 'read',
    roles: [tvAdmin],
    description: 'Admins audit retrieval runs.',
})
Acl({
    $id: Now.ID['acl_run_write'],
    type: 'record',
    table: TABLE.retrievalRun,
    operation: 'write',
    roles: [tvAdmin],
    description: 'Only admins edit run records.',
})
Acl({
    $id: Now.ID['acl_run_delete'],
    type: 'record',
    table: TABLE.retrievalRun,
    operation: 'delete',
    roles: [tvAdmin],
    description: 'Only admins delete run records.',
})
Acl({
    $id: Now.ID['acl_rstate_create'],
    type: 'record',
    table: TABLE.retrievalState,
    operation: 'create',
    roles: [tvAdmin],
    description: 'The retrieval position is kept by server code.',
})
Acl({
    $id: Now.ID['acl_rstate_read'],
    type: 'record',
    table: TABLE.retrievalState,
    operation: 'read',
    roles: [tvAdmin],
    description: 'Admins see where retrieval stands.',
})
Acl({
    $id: Now.ID['acl_rstate_write'],
    type: 'record',
    table: TABLE.retrievalState,
    operation: 'write',
    roles: [tvAdmin],
    description: 'Admins may move the high-water mark back to re-retrieve history.',
})
Acl({
    $id: Now.ID['acl_rstate_delete'],
    type: 'record',
    table: TABLE.retrievalState,
    operation: 'delete',
    roles: [tvAdmin],
    description: 'Admins may reset retrieval.',
})
