import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    acl_case_code_write: {
                        table: 'sys_security_acl'
                        id: 'd81eb79b8fce47708302f79c4120b7be'
                    }
                    acl_case_create_admin: {
                        table: 'sys_security_acl'
                        id: 'b130b1fdbe2a43b1bcacbf52708d62fd'
                        deleted: true
                    }
                    acl_case_create_itil: {
                        table: 'sys_security_acl'
                        id: 'bbe4369f1d2842daa3bf9db69becbf49'
                        deleted: true
                    }
                    acl_case_create_nobody: {
                        table: 'sys_security_acl'
                        id: '1bea13a458b74ff6801b370b815993f8'
                    }
                    acl_case_delete: {
                        table: 'sys_security_acl'
                        id: '7148b36ccbac45b6aad742f13a2faa39'
                    }
                    acl_case_read_admin: {
                        table: 'sys_security_acl'
                        id: '924fd652fa4d41c4a23daceb31852251'
                    }
                    acl_case_read_itil: {
                        table: 'sys_security_acl'
                        id: 'e376fee8ce7a42d88a4ff18376900d21'
                    }
                    acl_case_supporter_link_read: {
                        table: 'sys_security_acl'
                        id: 'fbfa9f97f1674c0391fc73b50f424e01'
                    }
                    acl_case_supporter_link_read_admin: {
                        table: 'sys_security_acl'
                        id: '70aabf79180f4bd6b33245d5764e3c4e'
                    }
                    acl_case_task_write: {
                        table: 'sys_security_acl'
                        id: 'b93cf0bf46d84155a74b02aa2215ac3e'
                    }
                    acl_case_webclient_link_read: {
                        table: 'sys_security_acl'
                        id: '2e081734b37b4c3ebabe09819d16f7c5'
                    }
                    acl_case_webclient_link_read_admin: {
                        table: 'sys_security_acl'
                        id: '0dcc5ad0ba5247aca760f59ee6a2876d'
                    }
                    acl_case_write_admin: {
                        table: 'sys_security_acl'
                        id: '880e4d98926944639c8a173f8ad77a3b'
                    }
                    acl_case_write_own: {
                        table: 'sys_security_acl'
                        id: '59d7c1960b0d475d8a1e6df40eb34d68'
                        deleted: true
                    }
                    acl_conn_create: {
                        table: 'sys_security_acl'
                        id: 'f62042882a5442e0a6ba2ea0434edae1'
                    }
                    acl_conn_delete: {
                        table: 'sys_security_acl'
                        id: 'ad905f5828704bd19a7f3d44d18c2e43'
                    }
                    acl_conn_read_history: {
                        table: 'sys_security_acl'
                        id: 'ebca4313c5f549cba91c806930982cbe'
                    }
                    acl_conn_read_itil: {
                        table: 'sys_security_acl'
                        id: '4c508d218cd347e5ba355386c107ecac'
                    }
                    acl_conn_write: {
                        table: 'sys_security_acl'
                        id: '15340bef18d5493eb23812c0db95ba62'
                    }
                    acl_oauth_state_create: {
                        table: 'sys_security_acl'
                        id: 'f945fc0ff6424d1e835c4c2d4cba660e'
                    }
                    acl_oauth_state_delete: {
                        table: 'sys_security_acl'
                        id: 'b5319b9b45404de3bab6ee5f517d34e7'
                    }
                    acl_oauth_state_read: {
                        table: 'sys_security_acl'
                        id: 'd053c186f9ad4e9091c3f16123e04247'
                    }
                    acl_oauth_state_write: {
                        table: 'sys_security_acl'
                        id: '7ad83c13cf35453780a1c7220243ef05'
                    }
                    acl_rstate_create: {
                        table: 'sys_security_acl'
                        id: '273012dceb444b9f8624228bffe65c4a'
                    }
                    acl_rstate_delete: {
                        table: 'sys_security_acl'
                        id: '38546489ab774f438d31d2381e6a75df'
                    }
                    acl_rstate_read: {
                        table: 'sys_security_acl'
                        id: 'd7075548971041e1a8ec4507cd92fc42'
                    }
                    acl_rstate_write: {
                        table: 'sys_security_acl'
                        id: 'ea05eb5375294ab7872ec6c22ca247b8'
                    }
                    acl_run_create: {
                        table: 'sys_security_acl'
                        id: '1e5c90da7874433e8c5857526933d1a6'
                    }
                    acl_run_delete: {
                        table: 'sys_security_acl'
                        id: '70f34c8ccd4f48d9905c608fb4ff282a'
                    }
                    acl_run_read: {
                        table: 'sys_security_acl'
                        id: '5421da12140446dea62b38a65a655f1f'
                    }
                    acl_run_write: {
                        table: 'sys_security_acl'
                        id: 'bbb64cade4ce4f26a2fc3ed116a7b301'
                    }
                    acl_token_create: {
                        table: 'sys_security_acl'
                        id: 'a9048022ad894c85b40d9c6dded35252'
                    }
                    acl_token_delete: {
                        table: 'sys_security_acl'
                        id: 'c1848210b67a419f8f5c11f8529ed56f'
                    }
                    acl_token_read: {
                        table: 'sys_security_acl'
                        id: '5a334e81f5434bbe8a517ae231ea293b'
                    }
                    acl_token_write: {
                        table: 'sys_security_acl'
                        id: '83105cd87f294b4c919456689ca3183b'
                    }
                    acl_workspace_ajax_execute: {
                        table: 'sys_security_acl'
                        id: '33de348dcfcf43b9b742f399cd379512'
                    }
                    api_cases: {
                        table: 'sys_ws_definition'
                        id: '9f6f7ab0f5654860870efea899f570d5'
                    }
                    api_cases_close: {
                        table: 'sys_ws_operation'
                        id: 'a2cad9a1d7b940a296197ba6683ec965'
                    }
                    api_cases_customer: {
                        table: 'sys_ws_operation'
                        id: 'ad0ba6f800c24256adfc4ce2b60e77ea'
                    }
                    api_cases_invite: {
                        table: 'sys_ws_operation'
                        id: 'e02f026ace1b46bbb88aec1e67ab6bef'
                    }
                    api_cases_start: {
                        table: 'sys_ws_operation'
                        id: '491d545dee884f6a8bb260c7c2003a0c'
                    }
                    api_cases_task_get: {
                        table: 'sys_ws_operation'
                        id: '8c34c9f1a226474db929acbf82ef8189'
                    }
                    api_cases_task_post: {
                        table: 'sys_ws_operation'
                        id: 'cd21d07e6d20491cba282df1826b7340'
                    }
                    api_forms: {
                        table: 'sys_ws_definition'
                        id: '59d9ee983be547dfa1bca7e46aade973'
                    }
                    api_forms_add: {
                        table: 'sys_ws_operation'
                        id: '373ad27aa1fc4928b2aa834b04ebbc8e'
                    }
                    api_forms_remove: {
                        table: 'sys_ws_operation'
                        id: '9a7255f9b6404ff48bb8cd2381f44d25'
                    }
                    api_oauth: {
                        table: 'sys_ws_definition'
                        id: 'ae6318bc4c50422aa4fe939d4759a599'
                    }
                    api_oauth_authorize: {
                        table: 'sys_ws_operation'
                        id: '45b97e35442e40f0aaa09c7a4836bca2'
                    }
                    api_oauth_callback: {
                        table: 'sys_ws_operation'
                        id: 'f0566e9d4f084ae9843be5ade8caa885'
                    }
                    api_oauth_disconnect: {
                        table: 'sys_ws_operation'
                        id: '19eb5299dcf94f7ea684e96df5257db7'
                    }
                    api_oauth_revoke: {
                        table: 'sys_ws_operation'
                        id: 'f0879812b65e4c64b18c5d1af6b5a47e'
                    }
                    api_oauth_status: {
                        table: 'sys_ws_operation'
                        id: '1e31e1419c284566b35a8d6c085631e2'
                    }
                    api_setup: {
                        table: 'sys_ws_definition'
                        id: '998594950cc04b1f9ecff297754204d2'
                    }
                    api_setup_status: {
                        table: 'sys_ws_operation'
                        id: 'fd7cc5b60df843db88952093ccb2c099'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'd2134814790d4ce98627e28f9b6c18e8'
                    }
                    br_case_closed_retrieve: {
                        table: 'sys_script'
                        id: '192908939cc5463bbcbd340790b53e7b'
                    }
                    email_client_template_share: {
                        table: 'sys_email_client_template'
                        id: '504e7d00c97c4c139f3c665944924062'
                    }
                    event_customer_online: {
                        table: 'sysevent_register'
                        id: 'b87f4a0868bd44a28a7d46a69b83ad63'
                    }
                    event_send_invitation: {
                        table: 'sysevent_register'
                        id: '7fddf1ee524642afa1e21c791b7cdcf9'
                    }
                    fix_add_to_incident_form: {
                        table: 'sys_script_fix'
                        id: '7675b775aa5341579f224e1847c4b1fd'
                    }
                    job_online_poll: {
                        table: 'sysauto_script'
                        id: '3212b7450a514c59817c2a97910ae379'
                    }
                    job_retrieve_connections: {
                        table: 'sysauto_script'
                        id: '4bc8b12092264b9c9150cabfb097410d'
                    }
                    mail_script_customer_online: {
                        table: 'sys_script_email'
                        id: '6be923d54c824d31ac060607e1a9fc3a'
                    }
                    mail_script_invitation: {
                        table: 'sys_script_email'
                        id: 'a5e760488ca6492b951788fbac111923'
                    }
                    menu: {
                        table: 'sys_app_application'
                        id: '70fca320b85c45629f16b863dd6168fa'
                    }
                    module_add_to_form: {
                        table: 'sys_app_module'
                        id: '8e1e0006721d4aa89e020f4dd2f86101'
                    }
                    module_admin_separator: {
                        table: 'sys_app_module'
                        id: '2d00efaff7f14497a77a6db795c40c96'
                    }
                    module_connection_report: {
                        table: 'sys_app_module'
                        id: '514a02e37e50479ca0d38dcc9a5beeb3'
                    }
                    module_email_templates: {
                        table: 'sys_app_module'
                        id: '015b21b8b62c4c30a4a6f04deb4f4195'
                    }
                    module_online_cases: {
                        table: 'sys_app_module'
                        id: '159e65c9153b4f3f95e06c12bca86ba6'
                    }
                    module_properties: {
                        table: 'sys_app_module'
                        id: 'd2d0a92e4e0742ffbfa47d05701a4c32'
                    }
                    module_retrieval_runs: {
                        table: 'sys_app_module'
                        id: '41fe48a2a8ab49638e95f26babf68aa9'
                    }
                    module_service_cases: {
                        table: 'sys_app_module'
                        id: '9db2acee0d2546f4a27f62cbc45aacca'
                    }
                    module_setup_status: {
                        table: 'sys_app_module'
                        id: 'a25fad1d47c84bb4bf2202bdec1ea763'
                    }
                    notif_customer_online: {
                        table: 'sysevent_email_action'
                        id: 'd598d9e167b34084b52a0374f2656815'
                    }
                    notif_send_invitation: {
                        table: 'sysevent_email_action'
                        id: '99c262d79ed3467ba5871b41bbfa05c3'
                    }
                    online_cases_column: {
                        table: 'sp_column'
                        id: '801efc61059e4f4a908a23bbb4b750ae'
                    }
                    online_cases_container: {
                        table: 'sp_container'
                        id: '755a2f99be4748ec882fb1fde7a35041'
                    }
                    online_cases_instance: {
                        table: 'sp_instance'
                        id: '0a559cddb88f4ab29bffbf07feee607a'
                    }
                    online_cases_row: {
                        table: 'sp_row'
                        id: '7e8fc38ebbce485b9113fdfc835745f6'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '2d5a0db49afa420cb9d2b84edc28dd10'
                    }
                    priv_create_sys_ui_element: {
                        table: 'sys_scope_privilege'
                        id: 'deb942c846e74559831959b7f6973d64'
                    }
                    priv_create_sys_ui_form_section: {
                        table: 'sys_scope_privilege'
                        id: 'e9adce94ce3c494e9507a5246c526b16'
                    }
                    priv_create_sys_ui_related_list: {
                        table: 'sys_scope_privilege'
                        id: '029b1a378b6c4f2eb12f1da9721891b3'
                    }
                    priv_create_sys_ui_related_list_entry: {
                        table: 'sys_scope_privilege'
                        id: '6925ef69b895480da85ca3cf0488007f'
                    }
                    priv_create_sys_ui_section: {
                        table: 'sys_scope_privilege'
                        id: '08fa34cb84c3488e888efff69a999e10'
                    }
                    priv_delete_sys_ui_element: {
                        table: 'sys_scope_privilege'
                        id: '3136b18864e0421a858ac136c4ce1dcd'
                    }
                    priv_delete_sys_ui_form_section: {
                        table: 'sys_scope_privilege'
                        id: '7f40772e8d034d16b99142228003f776'
                    }
                    priv_delete_sys_ui_related_list: {
                        table: 'sys_scope_privilege'
                        id: 'e86dbf0265744119a900c1dbd89c4e19'
                    }
                    priv_delete_sys_ui_related_list_entry: {
                        table: 'sys_scope_privilege'
                        id: 'b0b34b7e4b4e49ca9017cd4550eb0e7a'
                    }
                    priv_delete_sys_ui_section: {
                        table: 'sys_scope_privilege'
                        id: '165732731df54a37bfeab0855277566b'
                    }
                    priv_read_change_request: {
                        table: 'sys_scope_privilege'
                        id: '9b693c69ea394677ad86da9fc574675f'
                    }
                    priv_read_incident: {
                        table: 'sys_scope_privilege'
                        id: 'e1bd27abba2843d5bdcae2d5f5a5ad1f'
                    }
                    priv_read_problem: {
                        table: 'sys_scope_privilege'
                        id: '8c39782bf3fe4b5cb04c5d8a8df6171b'
                    }
                    priv_read_sc_req_item: {
                        table: 'sys_scope_privilege'
                        id: '256b957e3c0145029e9dafdee98e7498'
                    }
                    priv_read_sys_properties: {
                        table: 'sys_scope_privilege'
                        id: '1db28866e24a49b19a9b2a3fd7116b5b'
                    }
                    priv_read_sys_relationship: {
                        table: 'sys_scope_privilege'
                        id: '502febed681948e1b5261b5d58978d20'
                    }
                    priv_read_sys_ui_element: {
                        table: 'sys_scope_privilege'
                        id: 'bf3d85b32c3c49f3a2896fcd43135728'
                    }
                    priv_read_sys_ui_form: {
                        table: 'sys_scope_privilege'
                        id: '8dc8ce44d8b644d78f834b1b0c4234a8'
                    }
                    priv_read_sys_ui_form_section: {
                        table: 'sys_scope_privilege'
                        id: '7ad1d98691a140c2a92e1b8bd94e50a4'
                    }
                    priv_read_sys_ui_formatter: {
                        table: 'sys_scope_privilege'
                        id: '1d82a229ebf34748b3d6634602c24957'
                    }
                    priv_read_sys_ui_related_list: {
                        table: 'sys_scope_privilege'
                        id: 'e54c247734474a8ab8ff8fb751ce01f8'
                    }
                    priv_read_sys_ui_related_list_entry: {
                        table: 'sys_scope_privilege'
                        id: '7d59a7b38137446397761805471ad37e'
                    }
                    priv_read_sys_ui_section: {
                        table: 'sys_scope_privilege'
                        id: '1ac414a5d2ac41019b559aa69541a7da'
                    }
                    priv_read_sys_ui_view: {
                        table: 'sys_scope_privilege'
                        id: '870614909a164d84b8f4cd7f1d2a538e'
                    }
                    priv_read_sys_user: {
                        table: 'sys_scope_privilege'
                        id: 'a208ff0ac87d455282a42e8533608b8d'
                    }
                    priv_read_sysauto_script: {
                        table: 'sys_scope_privilege'
                        id: '20e656a05f1340029f7fbfe091bde7e1'
                    }
                    priv_read_task: {
                        table: 'sys_scope_privilege'
                        id: '7ea27125f761414eaf881be00e20f516'
                    }
                    priv_write_change_request: {
                        table: 'sys_scope_privilege'
                        id: 'ec59200c04a04e0493122bdba2299878'
                    }
                    priv_write_incident: {
                        table: 'sys_scope_privilege'
                        id: 'fc977136c6164d5c9d4b97d4defd81e4'
                    }
                    priv_write_problem: {
                        table: 'sys_scope_privilege'
                        id: '3c9361edeab44b54ad793fd36c1dfe93'
                    }
                    priv_write_sc_req_item: {
                        table: 'sys_scope_privilege'
                        id: '21caf293723343988cb5822f4981ff25'
                    }
                    priv_write_task: {
                        table: 'sys_scope_privilege'
                        id: 'd652ca2d38494deea458e23b320f7c81'
                    }
                    prop_admin_token: {
                        table: 'sys_properties'
                        id: '849c4934579046f5965a561049b57e22'
                    }
                    prop_allow_custom_endpoint: {
                        table: 'sys_properties'
                        id: 'd6973d100445482ea365d113a2fce99b'
                    }
                    prop_api_base_url: {
                        table: 'sys_properties'
                        id: '62007cf88f894ef7b6e8444672dac5ee'
                    }
                    prop_api_timeout: {
                        table: 'sys_properties'
                        id: '1dd767508c0e4a49b46abc03ed14da14'
                    }
                    prop_category: {
                        table: 'sys_properties_category'
                        id: '4811e3dc0aa34dcb9f4f005f71a24071'
                    }
                    prop_default_group: {
                        table: 'sys_properties'
                        id: '22bff1c1e27d4566b28e45fb5b95431b'
                    }
                    prop_login_base_url: {
                        table: 'sys_properties'
                        id: '29a2a5e1d0c54d7c809e1986d3c8fb51'
                    }
                    prop_max_invitations_per_case: {
                        table: 'sys_properties'
                        id: 'fa0aa1f25ed94635bc735c5e9179e12d'
                    }
                    prop_oauth_client_id: {
                        table: 'sys_properties'
                        id: '7a728e83628240dca822d5db954d9c45'
                    }
                    prop_oauth_client_secret: {
                        table: 'sys_properties'
                        id: 'f5612105a5674f318ebc9082bba2e7bb'
                    }
                    prop_oauth_redirect_uri: {
                        table: 'sys_properties'
                        id: 'b75330a243e74b7c9ed912a0f57506cf'
                    }
                    prop_online_poll_interval: {
                        table: 'sys_properties'
                        id: 'c6e751c6cc3b41d2a529c07f10c58cd8'
                    }
                    prop_page_adminToken: {
                        table: 'sys_properties_category_m2m'
                        id: '5b68119fc0b54bf7bb95541dee3b8163'
                    }
                    prop_page_allowCustomEndpoint: {
                        table: 'sys_properties_category_m2m'
                        id: '44abc402d0cc4c1b9012f056a413be83'
                    }
                    prop_page_apiBaseUrl: {
                        table: 'sys_properties_category_m2m'
                        id: 'd2fdc2a3268c41b783bc494ecdfc20fd'
                    }
                    prop_page_apiTimeout: {
                        table: 'sys_properties_category_m2m'
                        id: '2e7c80f80c6b4c36a5531f1552cdedee'
                    }
                    prop_page_defaultGroup: {
                        table: 'sys_properties_category_m2m'
                        id: '84f39471d08c433d88217b403de204ac'
                    }
                    prop_page_loginBaseUrl: {
                        table: 'sys_properties_category_m2m'
                        id: 'b723601f1cbe43c6b3b0ec1afc159917'
                    }
                    prop_page_maxInvitationsPerCase: {
                        table: 'sys_properties_category_m2m'
                        id: '44e2d6979dcd41289e51a5574e6213ef'
                    }
                    prop_page_oauthClientId: {
                        table: 'sys_properties_category_m2m'
                        id: '62b2f51d3ebd491e87f645c442805a1c'
                    }
                    prop_page_oauthClientSecret: {
                        table: 'sys_properties_category_m2m'
                        id: '05dbd295e07246ddb55434ba73c125e3'
                    }
                    prop_page_oauthRedirectUri: {
                        table: 'sys_properties_category_m2m'
                        id: '9aa0427f8586434cbe5ec8fba918a68a'
                    }
                    prop_page_onlinePollInterval: {
                        table: 'sys_properties_category_m2m'
                        id: '77afbfabe3214c929f55175425a85704'
                    }
                    prop_page_retrievalBackfill: {
                        table: 'sys_properties_category_m2m'
                        id: '96bb3af6b53b4ad58f0ad26a2bb5eb18'
                    }
                    prop_page_retrievalLookback: {
                        table: 'sys_properties_category_m2m'
                        id: '830183ecccad4e0c8b73390387c75f29'
                    }
                    prop_page_retrievalMaxMinutes: {
                        table: 'sys_properties_category_m2m'
                        id: '7314a0cfdb18454393787b03cfd43b66'
                    }
                    prop_page_retrievalMaxPages: {
                        table: 'sys_properties_category_m2m'
                        id: '2f011c6f6c0a47e38c1ce8ef32dd352e'
                    }
                    prop_page_retrievalMaxRequests: {
                        table: 'sys_properties_category_m2m'
                        id: 'e328ee3a69c4477393a971ec707b5132'
                    }
                    prop_page_retrievalOverlap: {
                        table: 'sys_properties_category_m2m'
                        id: 'f52cc610a14943cbabc4a33b640d5393'
                        deleted: true
                    }
                    prop_page_retrievalReconcile: {
                        table: 'sys_properties_category_m2m'
                        id: 'c2b479ec03d54b3a878ba4ede698273c'
                    }
                    prop_page_scriptApiOtherScopes: {
                        table: 'sys_properties_category_m2m'
                        id: '0e08adf5d1e44d8290e049df9a4425a1'
                    }
                    prop_retrieval_backfill: {
                        table: 'sys_properties'
                        id: '0fd434253db045f8ac352d28912e7a7a'
                    }
                    prop_retrieval_lookback: {
                        table: 'sys_properties'
                        id: '6d893c8f3c4748daa04347195086c587'
                    }
                    prop_retrieval_max_minutes: {
                        table: 'sys_properties'
                        id: 'ecbb4476fa5548a7a589c14691ea1bd0'
                    }
                    prop_retrieval_max_pages: {
                        table: 'sys_properties'
                        id: 'ee754161a45d4a90867815140874e8fd'
                    }
                    prop_retrieval_max_requests: {
                        table: 'sys_properties'
                        id: '8974c94e8f5d45e696953fa7f34abceb'
                    }
                    prop_retrieval_overlap: {
                        table: 'sys_properties'
                        id: '871d2a9d4c35411ebdbfbe428d0f17eb'
                        deleted: true
                    }
                    prop_retrieval_reconcile: {
                        table: 'sys_properties'
                        id: '0150e7201dea4c87b6465bf5b7c76337'
                    }
                    prop_script_api_other_scopes: {
                        table: 'sys_properties'
                        id: 'a8d82fc30b45430eb60df466ac2e4e6f'
                    }
                    quick_message_advance: {
                        table: 'sys_email_canned_message'
                        id: '6a32233644554502b27a0ceac842c97d'
                    }
                    quick_message_simple: {
                        table: 'sys_email_canned_message'
                        id: '6d857cbe9039433f880de5247c7a38d2'
                    }
                    rel_connection_report: {
                        table: 'sys_relationship'
                        id: '289f00c7c0954a3a81a3910cba932de8'
                    }
                    si_teamviewer_api: {
                        table: 'sys_script_include'
                        id: 'b4a72d67780b49f0b6473ea9b6aa862b'
                    }
                    si_workspace_ajax: {
                        table: 'sys_script_include'
                        id: '0e58683092ed4028ab8765e210284db9'
                    }
                    src_server_cases_errors_ts: {
                        table: 'sys_module'
                        id: '667aa418129b41b49d56bbc73765c98b'
                        deleted: true
                    }
                    src_server_cases_mail_ts: {
                        table: 'sys_module'
                        id: '7beaa79eb85d48eea7ef5fe697867cca'
                    }
                    src_server_cases_poll_ts: {
                        table: 'sys_module'
                        id: '67cca321a65a44c1aff053347176074e'
                    }
                    'src_server_cases_poll-job_ts': {
                        table: 'sys_module'
                        id: 'e80b3a38d15c44e69ea04edd3fb93a39'
                        deleted: true
                    }
                    src_server_cases_routes_ts: {
                        table: 'sys_module'
                        id: '897db8d7608742f98e0c1408fb1022f7'
                        deleted: true
                    }
                    src_server_cases_service_ts: {
                        table: 'sys_module'
                        id: 'b8deebfccef747bbafd727431a560365'
                    }
                    'src_server_entry_actions_refresh-connections_ts': {
                        table: 'sys_module'
                        id: 'cd82626ee147485daf24fa55f1148572'
                    }
                    'src_server_entry_fix-scripts_add-to-incident-form_ts': {
                        table: 'sys_module'
                        id: '357e682899d34dd3ad488966b4054b73'
                    }
                    'src_server_entry_jobs_online-poll_ts': {
                        table: 'sys_module'
                        id: '1aeae8a55efd461ebdb7e05f55cce92e'
                    }
                    src_server_entry_jobs_retrieval_ts: {
                        table: 'sys_module'
                        id: '8eb382ef06874231b3cc1cb60e2afe56'
                    }
                    'src_server_entry_mail_case-mail_ts': {
                        table: 'sys_module'
                        id: 'af10b194c09b445fa0bf3efdcd696898'
                    }
                    src_server_entry_routes_cases_ts: {
                        table: 'sys_module'
                        id: 'e12c46497a1e4946b2cf96127bcd207a'
                    }
                    src_server_entry_routes_forms_ts: {
                        table: 'sys_module'
                        id: '5eef40bac69c4adb9f38bc84331ab9cf'
                    }
                    src_server_entry_routes_oauth_ts: {
                        table: 'sys_module'
                        id: '9880beee42214a38937ee0cfb31c5027'
                    }
                    src_server_entry_routes_setup_ts: {
                        table: 'sys_module'
                        id: '728739662adf44248168d7cfce69704e'
                    }
                    'src_server_entry_rules_case-closed_ts': {
                        table: 'sys_module'
                        id: 'a63205ba9fe54cea898d4ca0628fabb9'
                    }
                    'src_server_entry_script-include_teamviewer-api_ts': {
                        table: 'sys_module'
                        id: '4b15676888164f09b26bbf223c5837ca'
                    }
                    'src_server_entry_script-include_workspace-ajax_ts': {
                        table: 'sys_module'
                        id: 'a802a111bc8740348c73b2b634a20a2f'
                    }
                    src_server_entry_wiring_cases_ts: {
                        table: 'sys_module'
                        id: '1adc0729cf0f4a8985a90b74138078b2'
                    }
                    src_server_entry_wiring_clients_ts: {
                        table: 'sys_module'
                        id: '626e081f2afe46c392bb403db2b38b22'
                    }
                    src_server_entry_wiring_history_ts: {
                        table: 'sys_module'
                        id: '0ce1c6571c6145829a6ad4325024f463'
                    }
                    src_server_entry_wiring_oauth_ts: {
                        table: 'sys_module'
                        id: 'a12668b7ad874b6d83192d14aa63f099'
                    }
                    src_server_entry_wiring_poll_ts: {
                        table: 'sys_module'
                        id: 'd84faad65a45415186d0e7f3d45d831b'
                    }
                    src_server_entry_wiring_rest_ts: {
                        table: 'sys_module'
                        id: '183385afdb39472185cffd02d3b57bc9'
                    }
                    src_server_entry_wiring_setup_ts: {
                        table: 'sys_module'
                        id: '51a8ef20dbf7453eb1995047a3229153'
                    }
                    src_server_forms_layout_ts: {
                        table: 'sys_module'
                        id: '84b6ab0fdd1947baa946b6c6a282f709'
                    }
                    src_server_forms_routes_ts: {
                        table: 'sys_module'
                        id: '0de68b18b23e49f383862c2c40b1ce95'
                        deleted: true
                    }
                    src_server_history_job_ts: {
                        table: 'sys_module'
                        id: 'cf482f655ffc4ebea0d0b75bae65f0d5'
                        deleted: true
                    }
                    src_server_history_mapping_ts: {
                        table: 'sys_module'
                        id: '7dc4b1733fe04bafb262a4c8967bd78c'
                    }
                    src_server_history_retrieval_ts: {
                        table: 'sys_module'
                        id: '5ad109634933453fb93ae0e8c80a3c04'
                    }
                    src_server_history_run_ts: {
                        table: 'sys_module'
                        id: '59d5deb7a91a407ca37a675ca24cd4dd'
                    }
                    src_server_history_time_ts: {
                        table: 'sys_module'
                        id: 'bbb398145a034cfbb743d3c02e5e05f3'
                        deleted: true
                    }
                    src_server_history_window_ts: {
                        table: 'sys_module'
                        id: 'a418ee8edf8a4d7aad6105082361a870'
                    }
                    src_server_oauth_grants_ts: {
                        table: 'sys_module'
                        id: 'aa7c77ea1d0c4589ba6720fb7fd85b57'
                    }
                    src_server_oauth_page_ts: {
                        table: 'sys_module'
                        id: 'fd79665ca56d43d791421c4a06984a0d'
                    }
                    src_server_oauth_routes_ts: {
                        table: 'sys_module'
                        id: 'f5d2497d962f4640bc9553794db7617a'
                        deleted: true
                    }
                    src_server_placeholder_ts: {
                        table: 'sys_module'
                        id: '64986f1deb074b4ca5aa1783743f7515'
                        deleted: true
                    }
                    'src_server_platform_case-store_ts': {
                        table: 'sys_module'
                        id: '9ddb4eb0e20047aba26222446d3d8556'
                    }
                    'src_server_platform_cases-deps_ts': {
                        table: 'sys_module'
                        id: '9e60a690c77846e19d8d613973d59393'
                        deleted: true
                    }
                    src_server_platform_clients_ts: {
                        table: 'sys_module'
                        id: '413350a3791e42adb2f2a6eaf7edb529'
                        deleted: true
                    }
                    src_server_platform_clock_ts: {
                        table: 'sys_module'
                        id: 'da7eaf713517437cb8927696a289fb01'
                    }
                    'src_server_platform_form-layout-store_ts': {
                        table: 'sys_module'
                        id: 'd0afcbb71d2a46918e493d929774b240'
                    }
                    'src_server_platform_history-deps_ts': {
                        table: 'sys_module'
                        id: '8b91995383994a7286886f8d2b86e3e1'
                        deleted: true
                    }
                    'src_server_platform_history-store_ts': {
                        table: 'sys_module'
                        id: 'f61b6816f3084919ae47ea16409cefd2'
                    }
                    src_server_platform_jobs_ts: {
                        table: 'sys_module'
                        id: '0ea4e4c70e3d4dacad47df3fc8d92b83'
                    }
                    src_server_platform_log_ts: {
                        table: 'sys_module'
                        id: '4efa1715fd3e4fd4b4d45492099b8df1'
                    }
                    src_server_platform_messages_ts: {
                        table: 'sys_module'
                        id: 'cf44fec0a8524c7393dad02d573e3705'
                    }
                    'src_server_platform_oauth-deps_ts': {
                        table: 'sys_module'
                        id: '20a73175eeeb4e5f8b0161a1d84875c2'
                        deleted: true
                    }
                    'src_server_platform_oauth-store_ts': {
                        table: 'sys_module'
                        id: 'c8ca624042014f048db22c335bbf6d55'
                    }
                    'src_server_platform_poll-store_ts': {
                        table: 'sys_module'
                        id: 'c8e7a252ed664ebb98756d90710732de'
                    }
                    src_server_platform_random_ts: {
                        table: 'sys_module'
                        id: 'c7bcd736d00b4f2c8fa1a2a73bb3df40'
                    }
                    'src_server_platform_rest-io_ts': {
                        table: 'sys_module'
                        id: '5a787c4fa9704c199a0b0e072fd461a5'
                        deleted: true
                    }
                    'src_server_platform_rest-transport_ts': {
                        table: 'sys_module'
                        id: 'ace4b641bba24da7a5d81cd2eee0702b'
                    }
                    src_server_platform_settings_ts: {
                        table: 'sys_module'
                        id: '003bd8751fa140ac84d4115ffe82ada0'
                    }
                    src_server_platform_tasks_ts: {
                        table: 'sys_module'
                        id: 'bd7cddc0c95b47de9085bad6e4e37e29'
                    }
                    src_server_platform_user_ts: {
                        table: 'sys_module'
                        id: '55f8a969b47b4417afe740b026339038'
                    }
                    src_server_ports_cases_ts: {
                        table: 'sys_module'
                        id: '04770caf5d564eeaa171d961a25fe1f4'
                    }
                    src_server_ports_forms_ts: {
                        table: 'sys_module'
                        id: 'f2403787cdde498bbc1d28c5d7cc3bf1'
                    }
                    src_server_ports_history_ts: {
                        table: 'sys_module'
                        id: '95c34aa8996e4c6ba621dae6fd17c8f6'
                    }
                    src_server_ports_jobs_ts: {
                        table: 'sys_module'
                        id: 'c0f767ea1d7f443c9add7661bc1cf800'
                    }
                    src_server_ports_log_ts: {
                        table: 'sys_module'
                        id: '97e424c794df439a9706fa85a963b547'
                    }
                    src_server_ports_oauth_ts: {
                        table: 'sys_module'
                        id: '8f1425f108bb4cfb9d9aa561e0e8cc08'
                    }
                    src_server_ports_poll_ts: {
                        table: 'sys_module'
                        id: 'c8ec15d0109b43648bee7d26da58818a'
                    }
                    src_server_ports_scripting_ts: {
                        table: 'sys_module'
                        id: '9e6c690a07994b6687464d4dbc90fb1c'
                    }
                    src_server_ports_setup_ts: {
                        table: 'sys_module'
                        id: '37594575d81949ce93bb550186b26b60'
                    }
                    src_server_scripting_api_ts: {
                        table: 'sys_module'
                        id: '6e2d841635964b6181b625ff9b70652f'
                    }
                    src_server_setup_platform_ts: {
                        table: 'sys_module'
                        id: '023c78757fc741c89045fcb15eae5812'
                        deleted: true
                    }
                    src_server_setup_routes_ts: {
                        table: 'sys_module'
                        id: '11fe4df4442c4b1f964799038d5c28d6'
                        deleted: true
                    }
                    src_server_setup_status_ts: {
                        table: 'sys_module'
                        id: '0e2bc579a3014a85b51f814561f98ab7'
                    }
                    src_server_shared_clock_ts: {
                        table: 'sys_module'
                        id: '2a80f59f28b448f9b2aafb37e150b74c'
                    }
                    src_server_shared_contract_ts: {
                        table: 'sys_module'
                        id: 'a0309cc734ac4ed9b2ed403a81bffd13'
                    }
                    src_server_shared_errors_ts: {
                        table: 'sys_module'
                        id: '12b37824e3e14f1fb26a508ac09f6259'
                    }
                    src_server_shared_names_ts: {
                        table: 'sys_module'
                        id: '65facc587dc04ad882abd763cd803a96'
                    }
                    src_server_shared_settings_ts: {
                        table: 'sys_module'
                        id: '04d662ab096a46f1b8c828572d9b16ce'
                    }
                    src_server_shared_time_ts: {
                        table: 'sys_module'
                        id: '3dcef94e42d84a90a3c8977291c53e06'
                    }
                    'src_server_teamviewer_app-error_ts': {
                        table: 'sys_module'
                        id: 'fe717c73e3724e838b1f6694e86864fe'
                    }
                    src_server_teamviewer_client_ts: {
                        table: 'sys_module'
                        id: 'a71d1a9464e14b239e03506ae247a987'
                    }
                    src_server_teamviewer_dates_ts: {
                        table: 'sys_module'
                        id: '996f92f84b1c4efa8482914c4cd17895'
                        deleted: true
                    }
                    src_server_teamviewer_endpoint_ts: {
                        table: 'sys_module'
                        id: '8e841e2e71f04864932981ea0282f3b9'
                    }
                    src_server_teamviewer_errors_ts: {
                        table: 'sys_module'
                        id: '038d09abc54c4daea9fb3be9abb616f7'
                    }
                    src_server_teamviewer_model_ts: {
                        table: 'sys_module'
                        id: 'c747dc1d876d4296a6e73f50f5acd440'
                    }
                    src_server_teamviewer_parse_ts: {
                        table: 'sys_module'
                        id: '655bbed089be48ce8c4cbe320bb2fdb0'
                    }
                    src_server_teamviewer_redact_ts: {
                        table: 'sys_module'
                        id: '08c8c929e10d42e19be8082a71d5a159'
                    }
                    src_server_teamviewer_transport_ts: {
                        table: 'sys_module'
                        id: 'ab81986409294fa7bd1667feda32a51d'
                    }
                    ui_action_refresh_connections: {
                        table: 'sys_ui_action'
                        id: '2e708e2a16074d6f83a3fd124fcf722a'
                    }
                    ui_formatter_supporter_control: {
                        table: 'sys_ui_formatter'
                        id: '2b7007e25b5345009399678b25836124'
                    }
                    ui_macro_supporter_control: {
                        table: 'sys_ui_macro'
                        id: 'fc5ac64ba7844bfa84e257dfdaf67c5a'
                    }
                    ui_script_supporter_control: {
                        table: 'sys_ui_script'
                        id: 'bc2c59b7e50a4943b190b9b5704c6772'
                    }
                    widget_online_cases: {
                        table: 'sp_widget'
                        id: 'ebcd0a6a6f0b4a8eb318a3bd81a73f27'
                    }
                    ws_action_close_case: {
                        table: 'sys_ui_action'
                        id: '6c682e22ad604caca6892feec50a4d2e'
                    }
                    ws_action_create_case: {
                        table: 'sys_ui_action'
                        id: '277c296b7b384adf8f63546d79a1b12a'
                    }
                    ws_action_share_session: {
                        table: 'sys_ui_action'
                        id: '0b05ba5206f24ac286597b8a77f947c9'
                    }
                    ws_action_start_session: {
                        table: 'sys_ui_action'
                        id: 'f522fccf25b84f07b79a313e0acb1850'
                    }
                }
                composite: [
                    {
                        table: 'sys_index'
                        id: '000ac9bd90f04e9bad3e3f803b7d84ee'
                        key: {
                            logical_table_name: 'x_tvgh_teamviewer_connection'
                            col_name_string: 'start_date'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '00ab8974dcc94c8ca32189a672ac0c0f'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_from'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '01edc69991e04aeab03200c304945fde'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'support_session_type'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0320944572fb4e6680ccdc9d38502cfd'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '03309f1cd5b24f8bb46be41392c82f09'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'feedback_comment'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '03760b3359f14463a8a536d7fbcb5629'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0453055d4f8a457889f389b4695c968c'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '07874afdc10e4f4394ca57767a70d93e'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                            element: 'expires_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '078e1d0faa0046c1b317c617f7ff6fbe'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'reconciled_to'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '085dbad048ef4214bc4191234d06b6cb'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0a258f52b9694503a7ff16d7a3d2526c'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_reason'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c191273fd51446f954eef84ac174704'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'supporter_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c711d2ebbb141e5b0ab5df0358b306e'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'fee'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0c9effc51a4946368641ca578d3220f7'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0e84c06f7a6c4e15b427b8e24010f82f'
                        deleted: true
                        key: {
                            sys_security_acl: 'bbe4369f1d2842daa3bf9db69becbf49'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f1261be8ee34722bff586ec61006178'
                        key: {
                            sys_security_acl: '83105cd87f294b4c919456689ca3183b'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0f41132b07a44a1291b2a902835e0564'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'group_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f9dd2f0e1224797a190e4b859234965'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'tv_user_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0f9df409708742a1aae76d1780fed483'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'closed_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1005600e5cc2493cac90ec4dd1e9d4b3'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'group_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '116392696ca0423a99e70df3d2b4a1c3'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'code'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '11f9f32c9fd04d988f769a0b1079528c'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'webclient_supporter_link'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '128ab95e7cf442c4aa6f93a70ecf11fb'
                        key: {
                            sys_ui_action: 'f522fccf25b84f07b79a313e0acb1850'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1373ed58dab44d84adf3396ffdecdac4'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'group_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '14014e20bd35400387124870396978e3'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_kind'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '14577077ffe346bab739a2e93ec4c04d'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'duration'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '145fd5924f804c39bb69503cf55d7a5b'
                        key: {
                            logical_table_name: 'x_tvgh_teamviewer_service_case'
                            col_name_string: 'state,online'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '14a1cd60dd794ed986d88591a1181240'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'support_session_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '14bea5703cfa42bdb141fa5f0593bec8'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'access_token'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '15bc185822234764b5478bbf39f37c60'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1635a3a964fc42e5a114b5f16231c7eb'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'supporter_tv_user_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '17140315c68745dc82d50a670c75908e'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'rejected'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '186b892fd61f4740bbfe4c49cd5c8747'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'state'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1a08ed99015841cdafb62916d5536b67'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'contact_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1a8e4c243a504cac94f8e9df37873aea'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'pages'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1bc757a661a1434194a1a6531f856a2a'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'end_customer_email'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1ce6d9211571476aa2a7d81be5e1ea7f'
                        key: {
                            sys_security_acl: '7148b36ccbac45b6aad742f13a2faa39'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1d394afff6c34ff2b1576be5c42f275e'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1db7431f71d34c14bbbe7d6720dd3954'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1dc0f3be4aaf4ddcaf966617366a3a1b'
                        deleted: true
                        key: {
                            list_id: {
                                id: 'c81bf3e6a529452fad859c9942ee41ce'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'd9a8948844c44f3dbe37a2083dba28be'
                                        key: {
                                            name: 'Default view'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'end_date'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1dfea4ed209d4a449d72f3ef9eae8ccd'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_from'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e9d0dd0451146a79603269109e07efe'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'device_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1e9f370c43994663b3d613460a5e46e8'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'last_retrieved'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '20c0a7d10e91413e95c6bd99569b321d'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '212ff56012f0496ab05bf727f463bc58'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'received'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '22c1319411cc4dd9b978a6658dd55f2c'
                        key: {
                            sys_security_acl: '15340bef18d5493eb23812c0db95ba62'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '22c2a0a2832d4446ad2aef7f9f32ddcd'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_kind'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '23379110e71d40cea1145db63151a227'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '23faacabdebb4683a03c0dae2bba7019'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '25d18e0b25fa47e4bc9228f936f33fea'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '27578201aff243f2b63a8098598106f6'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'account_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '29266aae95284a70b8c5fcad834f36af'
                        key: {
                            sys_security_acl: 'b5319b9b45404de3bab6ee5f517d34e7'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '29d0475474044722826fe8803499a596'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a56fe4b96994f24b51e102a1edd218a'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2b5791a4d8f84db9bdfb6bc540e9fbb4'
                        deleted: true
                        key: {
                            list_id: {
                                id: 'c81bf3e6a529452fad859c9942ee41ce'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'd9a8948844c44f3dbe37a2083dba28be'
                                        key: {
                                            name: 'Default view'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'device_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2c588fcb74ed44fc9f591419a796b2a7'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'refresh_token'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2e29db5c911d4705b29eb54a90fe2314'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'online'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2e8d8c4c327d430a85b3121476dea2e0'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'end_customer_link'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2ee1cd7621994b2c8035730dc8c3be0a'
                        key: {
                            list_id: {
                                id: 'f2d48388d9fe46578cbac0a16c54c143'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'device_name'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2f4631b48f4f49bba43e0527b8fb3341'
                        deleted: true
                        key: {
                            list_id: {
                                id: 'c81bf3e6a529452fad859c9942ee41ce'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'd9a8948844c44f3dbe37a2083dba28be'
                                        key: {
                                            name: 'Default view'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'duration'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '30aab38bf21a4cb3b3d49f6ec0760a8e'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'supporter'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '30d7e9049beb4a52b219df9f07a03009'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '310a503ec5974ae89d895577d261f82e'
                        key: {
                            logical_table_name: 'x_tvgh_teamviewer_service_case'
                            col_name_string: 'code'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '33cca14df1134aa79b857dfe1edf4d53'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'state'
                            value: 'expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '351fc9d55bd54b909e09080f805fe7f4'
                        key: {
                            sys_security_acl: '33de348dcfcf43b9b742f399cd379512'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '36c4547641a1472a8f5748370ce51ea5'
                        key: {
                            sys_security_acl: '5a334e81f5434bbe8a517ae231ea293b'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '370cd4924f154350bf22dc74c0dff2b8'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'updated'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3710df389c8c4c3e8b620dac2ca739f9'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'rejected'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '37abe09750c54315939896f4fb77ff66'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'state'
                            value: 'rate_limited'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '37b6039845c44095958e200d2146217c'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '38bf354e417a4748afbf7f686a8cff40'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'trigger'
                            value: 'manual'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3ba94e62e9ce44439c25dfa3a53e5aae'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'rest_calls'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3bc0695fcca542089cba4779cae8a1b2'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'service_case'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3bf1929d1c9f4ea79dd8ea6fbb3b44d3'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'tv_user_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3f1b9b702f6b41b58cb1e1dd77a55e0a'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'last_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3f7a9db2d3ab4647b821834b46b5493a'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'webclient_supporter_link'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '41c1583b965d4dd39b81bdca51b616c0'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_to'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '42ead6d8889f4ad4bf13781b04cc8183'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '42f4f676a628490dbd68915d05427ad7'
                        deleted: true
                        key: {
                            sys_security_acl: '59d7c1960b0d475d8a1e6df40eb34d68'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4384232f2fe04d22a8127fab00a53617'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'billing_state'
                            value: 'Bill'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '44764d45c4984660a1e5d92c6a676786'
                        key: {
                            logical_table_name: 'x_tvgh_teamviewer_connection'
                            col_name_string: 'session_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '45035f1d37b34694bf04fcab9eed2614'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'feedback_comment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '480a67e6f4d04fac9d74ee72d7ed517b'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'support_session_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '486d1089fd2640068dcc73a663871c25'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'end_customer_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '49a09ae2330a4182a015c4cb8e433687'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '49c9ee2128eb4f81b1a5530ad418b560'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'unchanged'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4a20c114448a477993953caee0bf9460'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'inserted'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '4a72981881f64dc8bd0369c7d956d82e'
                        key: {
                            logical_table_name: 'x_tvgh_teamviewer_token'
                            col_name_string: 'user'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4ad6d9f1d6e14004aefdf484f5ac8045'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'reconciled_to'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4bc83d1dbaee4e659e351df344f2ef10'
                        key: {
                            sys_security_acl: 'ea05eb5375294ab7872ec6c22ca247b8'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4ce97ec188fa4bcfaa3e1357a39953bf'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '4e750514d5c3417eb48d002c9eb1fd3e'
                        key: {
                            logical_table_name: 'x_tvgh_teamviewer_oauth_state'
                            col_name_string: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '4ecaf73ba7194f1dbc5e3965068c285a'
                        key: {
                            sys_ui_action: '2e708e2a16074d6f83a3fd124fcf722a'
                            sys_user_role: {
                                id: '5c2d0219bad14d7cbdf70e2e1adaa57c'
                                key: {
                                    name: 'x_tvgh_teamviewer.session_history_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4f8a6b494b3d47db8927541d3fabdde8'
                        deleted: true
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'last_polled'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '4faa6c344a5a4c4eab4eeddfddb30d6a'
                        key: {
                            sys_ui_action: '2e708e2a16074d6f83a3fd124fcf722a'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4fde43a101294bff82023a101ebf4534'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'inserted'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '5131e416ba0b41bdb0032815dbd725da'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '52b2dfc061404326b9f0e354c205385d'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'mark'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '52eca0674cdb46f08ef64bb950c8cd23'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '543649e93a11448dac58f4c5b4df64f4'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'expires_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '54a7ef4af78f4f65b09a663cc37bddea'
                        key: {
                            logical_table_name: 'x_tvgh_teamviewer_connection'
                            col_name_string: 'tv_id'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '55be530eb11d445994c95855ce1be3c2'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55d14720ed574fd3a0c64f1ae228618c'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'tv_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5649a19757f1493889009c6cacbf93c7'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'account_email'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '569064d0c6c04ba3aeb3f4c84c6a9ded'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'notes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '584620793116400bb28c8b414a76a88e'
                        deleted: true
                        key: {
                            list_id: {
                                id: 'c81bf3e6a529452fad859c9942ee41ce'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'd9a8948844c44f3dbe37a2083dba28be'
                                        key: {
                                            name: 'Default view'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'start_date'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '585964c1e3fd40c78c3e6942919a21a3'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'support_session_type'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59599c7626e341618f497917ce34f809'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'retry_after'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5bec7833aabd4a168065c835887a3a59'
                        key: {
                            sys_security_acl: 'a9048022ad894c85b40d9c6dded35252'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '5c2d0219bad14d7cbdf70e2e1adaa57c'
                        key: {
                            name: 'x_tvgh_teamviewer.session_history_user'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d77dc6d95b74613ab82b501e363e1fd'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'end_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5dce0b228d4443bbb1d9ca127f17b48f'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'duration'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5df040a31d5f4064adf8b8c0680ade34'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e50eb5ee1c54426867a78d8930bac61'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'group_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5fb5142d50fe4a9fb2d516bf6dd08d91'
                        deleted: true
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'last_polled'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '601bd944e8d845d1876cfb05e308b239'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'feedback_rating'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '61beb30dfd6048f092ac2650a9d600fd'
                        key: {
                            sys_security_acl: '70f34c8ccd4f48d9905c608fb4ff282a'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '62f4b817354048b49426dfe27beb93d7'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'currency'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '63d60fb3a13c44a0bbc6780419dfa78c'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'supporter_tv_user_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '640903bd76284555a5b1c83a56c9d995'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'filter'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '6463d6158a014a0ca829715b92959faf'
                        key: {
                            logical_table_name: 'x_tvgh_teamviewer_retrieval_run'
                            col_name_string: 'started'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '646d2212f6574cef8c9ac05077ac4ebd'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'tv_created_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67392905c1ea494b86dc81ec4dfdf11b'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '69b52a0f94bb45828a8d2b9e2c344d06'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'trigger'
                            value: 'task'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6befd4b422054db3abb8e2f12e34defe'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'trigger'
                            value: 'case_closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6d2c79c61dd94ee2b879e49e1d14a7cd'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6e2e7e5a9f90486799fd79d42557dc16'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'unchanged'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6f4482c84d4f4af887850b04254d4cbc'
                        key: {
                            sys_security_acl: '924fd652fa4d41c4a23daceb31852251'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70d8652b882842ee9d54bbdcd2a802c9'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'end_customer_email'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70ecbade7fe048cd9c5aff05fc286f90'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '729a08dc204f4b7d835f5d2afa36cac5'
                        key: {
                            sys_security_acl: 'fbfa9f97f1674c0391fc73b50f424e01'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '739c951b8025434687c30b38c525eeb2'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'online'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '75d21915bb864894838af542cbce91d6'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'support_session_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '760591cb731b4876ae678b49e6c549d7'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'group_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '760ee096c19b4da08f4d54686daec227'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'closed_at'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '761c19091bc5499e8a98cc6398985ba7'
                        key: {
                            endpoint: 'x_tvgh_teamviewer_add_to_form.do'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '76a1ac3067fd4b2789b1d6c0bdc8f0cc'
                        key: {
                            sys_security_acl: 'ad905f5828704bd19a7f3d44d18c2e43'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '76e4e90ffb9647e89b0308d549ffb4bd'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'filter'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '76edaea8942842a49defecc7151f2c86'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'billing_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '77f305b0a3144747b44a20a1cb73ecbe'
                        key: {
                            sys_security_acl: '38546489ab774f438d31d2381e6a75df'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '79598f4f6a744b2da79210aab1cfd927'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '79bc7a9ad3d247039fec070a4b0a2d40'
                        key: {
                            logical_table_name: 'x_tvgh_teamviewer_retrieval_state'
                            col_name_string: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ae0ffbaf2be40c8af4382243725bfab'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_offset_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7b875e4889b5413c898cf12b2911172f'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_to'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '7bd565ba8cdf467ab0152dedd3e6eace'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7c693c64560a49d29c7477884d7a2f6d'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7d940297631a4a38bd9dd049a6eb178d'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_offset_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7e433c89d50e4a4a90a82dbf4636ada8'
                        key: {
                            sys_security_acl: 'd81eb79b8fce47708302f79c4120b7be'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7e8bd69a71bf42fda9184d797fafcef8'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'supporter'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ebf81534c75471d89995aab3dc5d86d'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'supporter'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7f3c0977d0de41e8b6f888ac6ab28f17'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'end_customer_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '806220ec207a40e580706223ca151685'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'start_date'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '80cf592e91034de2a985cabaee5e73ca'
                        key: {
                            sys_security_acl: 'd7075548971041e1a8ec4507cd92fc42'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '81b3d9e3c5ca4aae837c534bf60a37b3'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '821b0628a4b94359a9454ee66f298db2'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'session_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '829340d676ba4698897c71d41e71ac01'
                        key: {
                            name: 'x_tvgh_teamviewer.admin'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '82e3e13ab42d4c43a1a87271ef01cf37'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'retry_after'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8389192e7ef34b8b9c7ba378ba38ba86'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'access_token'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '84d041afe40d4fe29dae56dc9e712134'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'device_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '84e9fcb5484942319f59553bf0e62381'
                        key: {
                            sys_security_acl: 'c1848210b67a419f8f5c11f8529ed56f'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '85290ac955e84d25b3f948d57754bdd2'
                        key: {
                            list_id: {
                                id: 'f2d48388d9fe46578cbac0a16c54c143'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'duration'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8536b4562fb14af090ad4bc636d6cdc4'
                        key: {
                            list_id: {
                                id: 'f2d48388d9fe46578cbac0a16c54c143'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'task'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '86ba0ad4a93f4882a2a220ef219ba850'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'finished'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '88a72ffd41904030b1dc3e724a0f1696'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'updated'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8a24dc841a18489e90cfff45bb05b598'
                        key: {
                            sys_security_acl: '70aabf79180f4bd6b33245d5764e3c4e'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8a5774826d6f4dc39d826e9c692b8110'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'task'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8aa9e8491d04472aa55e56f176cafa17'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_to'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8ab82215333c4e3393840bd2e888a57d'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'valid_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8b2b5f1a6bcc46d1905d1aa61ead71e8'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'support_session_type'
                            value: 'pilot'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c8cd7cc2b6c4f03836ed718a9f23f44'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8cd425e50fc14053bf2c7d53e505e23a'
                        key: {
                            sys_security_acl: '1bea13a458b74ff6801b370b815993f8'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d2b5741ef58497fbf3738d0f5841a3c'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'task'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8d728437551747a2aac489410170a989'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8e15986165d440c18d8e5aeeec23c705'
                        key: {
                            sys_security_acl: 'b93cf0bf46d84155a74b02aa2215ac3e'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '8e58add533b64181ab4f3a4dc8003660'
                        key: {
                            name: 'x_tvgh_teamviewer.token_acl'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '90174d8083ab406783213a54bd008979'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_kind'
                            value: 'regular'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9077992b37b34e86bdca0f3fc11299b9'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '919fb8f333ca409c9b6ea91b0eecaeee'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9215e4f9446c40f296bcd1fa8c19fd2e'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'supporter_link'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '934665967a084527920f936175fb3082'
                        key: {
                            sys_security_acl: '0dcc5ad0ba5247aca760f59ee6a2876d'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '943eff8020c746b7aeb9692c10f291bd'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'trigger'
                            value: 'scheduled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '947e2dc26fb14a07b3dc40604472aabe'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'state'
                            value: 'open'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sp_page'
                        id: '950943c88cf7411db8516af7d8476610'
                        key: {
                            id: 'x_tvgh_teamviewer_online_cases'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9582769adc7a434799a196840375c27f'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'billing_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '968c665fe116434cb7865cf550e569d7'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'end_customer_name'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '97234bfa5d034b06a9ff78a17b090747'
                        key: {
                            sys_security_acl: '273012dceb444b9f8624228bffe65c4a'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '98e5fbd0bf164a66b6eb5bad371e8fac'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'support_session_type'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '9c09f1ec2fa141a8a23d8825601de22c'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9c0a199a3960485d9014c6792a7738a8'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'supporter_tv_user_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c7c181c3eee4c8abe57af64d4c8209e'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'valid_until'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9d516f23d9b44b2a9b248732d26175db'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'service_case'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9dd6dc35d1644dccb9a3b0dcf03dfbc6'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_kind'
                            value: 'backfill'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9e56d29d485f46eaac80cbe3cc767210'
                        deleted: true
                        key: {
                            list_id: {
                                id: 'c81bf3e6a529452fad859c9942ee41ce'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'd9a8948844c44f3dbe37a2083dba28be'
                                        key: {
                                            name: 'Default view'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'task'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9ea0cde0be194b9f98aa11976167759b'
                        key: {
                            sys_security_acl: 'ebca4313c5f549cba91c806930982cbe'
                            sys_user_role: {
                                id: '5c2d0219bad14d7cbdf70e2e1adaa57c'
                                key: {
                                    name: 'x_tvgh_teamviewer.session_history_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9f5a2fffaec24b2d8a71edcbec50f2f1'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'work_note_added'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9f843a1dbdb743ec8eabb7e7fccd3b2d'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_from'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9fc417102cf9456d909761181a961d90'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9ff60084bfb84b5a96bf9941ad3cff31'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'notes'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'a046d9978e71455da7767c15dffd9dde'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a04c28d2093d47f4bdf2961f1f6ffbe3'
                        deleted: true
                        key: {
                            sys_security_acl: 'b130b1fdbe2a43b1bcacbf52708d62fd'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'a195a7719fb64d5190890d67c0b7eeb9'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'a1a8b9ee7df04d91b168684e0e10e695'
                        key: {
                            role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                            contains: {
                                id: '5c2d0219bad14d7cbdf70e2e1adaa57c'
                                key: {
                                    name: 'x_tvgh_teamviewer.session_history_user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a1b2c464b4a746bda5e2d2dd71f4621d'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a218cbb29a0943deaa0e07defaaa6d22'
                        key: {
                            sys_security_acl: '1e5c90da7874433e8c5857526933d1a6'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2bd676cc86e412f9ca20a52454b305b'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a3219e7f83744021a1fe625127500dba'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'start_date'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a437c22804b14b3da4ad643c58b853b7'
                        deleted: true
                        key: {
                            list_id: {
                                id: 'c81bf3e6a529452fad859c9942ee41ce'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'd9a8948844c44f3dbe37a2083dba28be'
                                        key: {
                                            name: 'Default view'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'session_code'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a4432a7a9fe0451d96f76b4fe528b796'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'support_session_type'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a53b87135b324a6594f3c7df852355a4'
                        key: {
                            sys_security_acl: 'd053c186f9ad4e9091c3f16123e04247'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a57d41f02b8246d999982346fc5e0c39'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'supporter_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a5a14299bedc428a99ca5ce3cd23efb8'
                        deleted: true
                        key: {
                            list_id: {
                                id: 'c81bf3e6a529452fad859c9942ee41ce'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'd9a8948844c44f3dbe37a2083dba28be'
                                        key: {
                                            name: 'Default view'
                                        }
                                    }
                                    sys_domain: 'NULL'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'supporter_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5b16fe996724997bfbf13583b48bd7b'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a6f86ac8219b4d5cb38eae27f0b5c358'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'end_date'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a74eab168589444793153ed66028a31d'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'device_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a76bed7ba7994266b2f25376b35033c5'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'support_session_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a7def727d15c43ba90853712ec950ed2'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'account_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a7fa72e953a44afba9fa211e5a2f6cc9'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'invitations_sent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a84c2d1a027f46d3b0d58d517ad0fd5d'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a90f1fb7eabb444ba0b24a4c91b971dc'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'currency'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aa088694dc1241d8b30185b06f2bea47'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'trigger'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aabdcd1d46b142979095b348ffce9fbb'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'refresh_token'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'abb1fb785d0d46459a875bb610aca721'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'task'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'abc77174a81a41e4b844ed6d85cd79e5'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'invitations_sent'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ae69990d479a44d586bcc510ec6fa8ae'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'group_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aea9483ec5eb4896b4eef5c7cbf0d239'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aeef415a02814ad7a1a78a339c9ef49f'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'tv_created_at'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'af30b6a4b22647b68d40908e9db127a7'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_kind'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b1e031a3bd904e2d963c350fe9ecdfda'
                        key: {
                            sys_security_acl: '7ad83c13cf35453780a1c7220243ef05'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b22cd93d9fef43bf928eb0e36acaeb89'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b324bda83d9440c89466a2f0a7f6ba52'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'state'
                            value: 'running'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'b381b6163126493fbd4ff00ed41e5d25'
                        key: {
                            endpoint: 'x_tvgh_teamviewer_setup.do'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b3a0f939e6c6435984308cba0bd55ec0'
                        key: {
                            list_id: {
                                id: 'f2d48388d9fe46578cbac0a16c54c143'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'session_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b3fdaefb8bb148acb5553e5bbe38d86a'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'online_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b58c22f8c60c49fd874b8a7025576028'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'pages'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b5ab857573e8470290ae7b5c9718ca23'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'rest_calls'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b8bfd360255d4455ab011c64bac5296f'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'expires_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b963b8c5eff4431ba7ca689f2fe1a8d5'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'group_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bc244f8159904356ab5f489b66eb065f'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'end_customer_link'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bc2fc1e93d044a9d9e1c3b35921d2983'
                        key: {
                            sys_security_acl: '880e4d98926944639c8a173f8ad77a3b'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bc9007d84b9142f39ece0852dcfcce43'
                        key: {
                            sys_security_acl: '5421da12140446dea62b38a65a655f1f'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c0692252247845b9a169acfc9453a946'
                        key: {
                            list_id: {
                                id: 'f2d48388d9fe46578cbac0a16c54c143'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'end_date'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c08334e216d64af89556cf9c2de437e9'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'supporter'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c26644b27d12456894379ece4cc3bbad'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'device_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c332f9fea4c042938e2fd457189f42a7'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'mark'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c67767f595b04318b595e5d3d873fe6f'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'tv_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c75cc9516fdb48c287d4bb2b78023e31'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'support_session_type'
                            value: 'default'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'c81bf3e6a529452fad859c9942ee41ce'
                        deleted: true
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            view: {
                                id: 'd9a8948844c44f3dbe37a2083dba28be'
                                key: {
                                    name: 'Default view'
                                }
                            }
                            sys_domain: 'NULL'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c88cecb8dffb4a4089bdb97e17a0a426'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'end_customer_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c98201c28ba54a7c856699ace3a59c7f'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'received'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c9960475533e438ba406f1828110ed90'
                        key: {
                            list_id: {
                                id: 'f2d48388d9fe46578cbac0a16c54c143'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'supporter_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c9b92ddea54a411ab978f3da06bd6616'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'work_note_added'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cafc40dd7f63471db40d639189db3bfe'
                        key: {
                            sys_security_acl: 'f945fc0ff6424d1e835c4c2d4cba660e'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cdceee524bb144a3a2443743645c9edb'
                        key: {
                            sys_security_acl: 'bbb64cade4ce4f26a2fc3ed116a7b301'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cee821ad68ca435d849a091013f3b72a'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'contact_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cfd0b32761b746b48eb0a587fbb2dd99'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'last_run'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd0bd2acdd135489fb9e6a09d417cdc87'
                        key: {
                            list_id: {
                                id: 'f2d48388d9fe46578cbac0a16c54c143'
                                key: {
                                    name: 'x_tvgh_teamviewer_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'start_date'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd1419069ac0045b2aa3a5759ad4dbbd0'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd39227416c7048629b032c928e9e8c38'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'feedback_rating'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd3ec2c7341ce464a9b44bec2e41dca91'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'trigger'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd428debc22d340ef95342a7b44b1cd8e'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'session_code'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd492ace8ed5a4dcbba55027e2aedb7c8'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'finished'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd4c3e89af2cc41498d455e0e577f520f'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd5440370fc4849cabb45fa396a6584b8'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd6bfaf14f208402ea74d3348fe15dd42'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'supporter_tv_user_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd767965718c047aaa3a34cb5c7bd9c85'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'billing_state'
                            value: 'DoNotBill'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd79606be719041b18522b82d1fc2c7a6'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_kind'
                            value: 'reconciliation'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'db2d99f94da649ddb2da8521ee95f45d'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'support_session_type'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'db7fe972524c4a55ba6badaeb49a52ba'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dc298b1da2444196864db9b131e02972'
                        key: {
                            sys_security_acl: '2e081734b37b4c3ebabe09819d16f7c5'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ddfebe6b22d94c4495a9cfb5022e8dfa'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'manual_requested'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'dece33e07a09445c97afba9e89598cbf'
                        key: {
                            sys_ui_action: '6c682e22ad604caca6892feec50a4d2e'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'df68d21fca834d1bbcf2f22057dc44d9'
                        key: {
                            sys_security_acl: 'e376fee8ce7a42d88a4ff18376900d21'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e0941736465c40c3aa58b33c8ccf36ff'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'supporter_link'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e2cb080aa6344266891efede864750d5'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'billing_state'
                            value: 'Billed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3a9ec64417a44e6aa1b50bff41bd902'
                        key: {
                            name: 'x_tvgh_teamviewer_oauth_state'
                            element: 'expires_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e5827d660acb44dfb31b1a9d684ff354'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'user'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e5c26ffbfa8b48f6aaba589a73673d24'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e69cf409e8b248b3ad983648d97e2a76'
                        key: {
                            sys_security_acl: '4c508d218cd347e5ba355386c107ecac'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e80e784f812642b3b6a82eff5a0d690f'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'online_since'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e8addfa4a22e4b8b8ffb325847b94f06'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'manual_requested'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e98a1210b2884c57840a692a5c727468'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'started'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e9cbe1aae03a4d868708aab9a38c64eb'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'end_customer_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'ea296c7fc183441492a070c02ba58bae'
                        key: {
                            sys_ui_action: '0b05ba5206f24ac286597b8a77f947c9'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'edd141b7cbf84c67a9e1a4b8a6626d90'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'task'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'eeeed674900f4a60bc49eed449f1dc50'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'trigger'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'efca5cc845624523a8ac97522a7784c3'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'state'
                            value: 'partial'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f03174b7b01f4442994a346fe981e818'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'window_to'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f0c57ed354c74e1b8ce4fdb6a6a2303b'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'account_email'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f1ff40de0ece49a9879aab071ae8d59f'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'group_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f256d3eab0c74f968413347653d3cc20'
                        key: {
                            sys_security_acl: 'f62042882a5442e0a6ba2ea0434edae1'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f28e12f252534ba588e967a42f3dc0ba'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'state'
                            value: 'complete'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'f2d48388d9fe46578cbac0a16c54c143'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f50be8c021fe43dc85805323afedef1a'
                        key: {
                            name: 'x_tvgh_teamviewer_service_case'
                            element: 'end_customer_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f66c82d3e23c49fa8069ec06377abb3d'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'fee'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f94adf04e21f4bfe825c1fdb85ff35c0'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'started'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fb0a01b9a95d4746b8a87941bf531010'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_state'
                            element: 'cursor_from'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'fbd35da891f74f4bbd16998c04a57df4'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fe78772677c942eba8584e37124be34c'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'last_retrieved'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'ff17fbd465574aab93c9ae384e02065f'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'billing_state'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'ff8100223152459ba7d7afd54a0127e5'
                        key: {
                            sys_ui_action: '277c296b7b384adf8f63546d79a1b12a'
                            sys_user_role: {
                                id: 'bf7c9cf5f6fa4d5db58e6c610f9cd5d3'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                ]
            }
        }
    }
}
