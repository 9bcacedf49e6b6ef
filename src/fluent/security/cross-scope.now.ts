import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * Platform tables the application's server code touches (application access). Why: installed from the Store or an
 * application repository, an app runs with runtime access tracking Enforcing (KB0717945 — Tracking becomes
 * Enforcing on install; now.config.json ships "enforcing" so a developer instance behaves the same), and then the
 * platform refuses any operation on another scope's table that no privilege here allows. A privilege grants at
 * most what the table's own application access allows (docs c_CrossScopePrivilegeRecord). The local runtime
 * enforces both; test/artifact/cross-scope.test.ts holds this list against what the code does. Task classes of
 * other applications (security incidents sn_si_incident, HR cases) need privileges an admin grants on the
 * instance: the app names them when it meets such a task (platform/tasks.ts).
 */

// platform/tasks.ts: a task is opened on its own class (its class's ACLs and business rules apply) to read it,
// check the caller may write it, and add work notes (a completed connection, each service-case action);
// the connection read ACL does the same to apply the class's read rules. Privileges for task and the
// task tables the product supports; other task tables rely on their default application access.
CrossScopePrivilege({
    $id: Now.ID['priv_read_task'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'task',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_write_task'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'task',
    operation: 'write',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_incident'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'incident',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_write_incident'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'incident',
    operation: 'write',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_problem'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'problem',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_write_problem'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'problem',
    operation: 'write',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_change_request'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'change_request',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_write_change_request'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'change_request',
    operation: 'write',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_sc_req_item'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sc_req_item',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_write_sc_req_item'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sc_req_item',
    operation: 'write',
    status: 'allowed',
})

// platform/jobs.ts findJob(): the company-wide Refresh finds the app's retrieval job to run it now (gs.executeNow
// takes the job's record), and the setup status reads the jobs' state.
CrossScopePrivilege({
    $id: Now.ID['priv_read_sysauto_script'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sysauto_script',
    operation: 'read',
    status: 'allowed',
})

// cases/service.ts (through platform/case-store.ts): the end customer's name and e-mail come from the task's
// caller, and the supporter's own record.
CrossScopePrivilege({
    $id: Now.ID['priv_read_sys_user'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_user',
    operation: 'read',
    status: 'allowed',
})

// forms/placement.ts through platform/form-layout-store.ts ("Add TeamViewer to a form"): finds the app's formatter
// and relationship, the table/view's form, its section links and their elements, and its related lists — to show
// whether the control and the report are on the form. Read only: these tables allow other scopes nothing else.
CrossScopePrivilege({
    $id: Now.ID['priv_read_sys_ui_view'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_view',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_sys_ui_formatter'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_formatter',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_sys_relationship'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_relationship',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_sys_ui_form'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_form',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_sys_ui_element'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_element',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_sys_ui_form_section'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_form_section',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_sys_ui_related_list'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_related_list',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_read_sys_ui_related_list_entry'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_related_list_entry',
    operation: 'read',
    status: 'allowed',
})
