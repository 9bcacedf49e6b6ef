import { CrossScopePrivilege } from '@servicenow/sdk/core'

/*
 * Platform tables the application's server code touches (application access). Why: an instance that
 * enforces application access (hardened, or a table with caller access "restricted") refuses a scoped
 * app's operation on another scope's table unless a privilege grants it. The local runtime refuses every
 * such operation without one; test/artifact/cross-scope.test.ts holds this list against what the code does.
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

// forms/layout.ts through platform/form-layout-store.ts ("Add TeamViewer to a form", its undo and the
// first-install fix script): finds the app's formatter and relationship, the form and related list of a
// table/view, and adds (or removes) exactly its own section, formatter element, form link and list entry.
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
    $id: Now.ID['priv_read_sys_ui_section'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_section',
    operation: 'read',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_create_sys_ui_section'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_section',
    operation: 'create',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_delete_sys_ui_section'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_section',
    operation: 'delete',
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
    $id: Now.ID['priv_create_sys_ui_element'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_element',
    operation: 'create',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_delete_sys_ui_element'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_element',
    operation: 'delete',
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
    $id: Now.ID['priv_create_sys_ui_form_section'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_form_section',
    operation: 'create',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_delete_sys_ui_form_section'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_form_section',
    operation: 'delete',
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
    $id: Now.ID['priv_create_sys_ui_related_list'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_related_list',
    operation: 'create',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_delete_sys_ui_related_list'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_related_list',
    operation: 'delete',
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
CrossScopePrivilege({
    $id: Now.ID['priv_create_sys_ui_related_list_entry'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_related_list_entry',
    operation: 'create',
    status: 'allowed',
})
CrossScopePrivilege({
    $id: Now.ID['priv_delete_sys_ui_related_list_entry'],
    targetScope: 'global',
    targetType: 'sys_db_object',
    targetName: 'sys_ui_related_list_entry',
    operation: 'delete',
    status: 'allowed',
})
