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
                    acl_token_access_token_read: {
                        table: 'sys_security_acl'
                        id: '3aed9f12a18a4b8b983faf7a63c6a3cc'
                    }
                    acl_token_access_token_write: {
                        table: 'sys_security_acl'
                        id: 'c0808e733d814a8a93d8f18a314e2d1a'
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
                    acl_token_read_admin: {
                        table: 'sys_security_acl'
                        id: '708ff0d108bc4d8593473f639546f9a2'
                    }
                    acl_token_refresh_token_read: {
                        table: 'sys_security_acl'
                        id: '2cff4a2085fb497d81b61efc1106812b'
                    }
                    acl_token_refresh_token_write: {
                        table: 'sys_security_acl'
                        id: '3c68fd149c7e4965b8bb4fabe4f27385'
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
                    api_cases_ask: {
                        table: 'sys_ws_operation'
                        id: '90c45a0da7f74635970668e7f9168a50'
                    }
                    api_cases_candidates: {
                        table: 'sys_ws_operation'
                        id: '9ed86dc518e6448d9474361757991689'
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
                    api_cases_reassign: {
                        table: 'sys_ws_operation'
                        id: 'cae17d6a75034ae68eeaf6ebcb631d2b'
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
                        deleted: true
                    }
                    api_forms_remove: {
                        table: 'sys_ws_operation'
                        id: '9a7255f9b6404ff48bb8cd2381f44d25'
                        deleted: true
                    }
                    api_forms_status: {
                        table: 'sys_ws_operation'
                        id: '17c4d52921264a8cb8a29dd92c3990d4'
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
                    atf_case_access: {
                        table: 'sys_atf_test'
                        id: '0ac626637d9a4324a9ae8b1384609561'
                    }
                    atf_case_access_admin: {
                        table: 'sys_atf_step'
                        id: '640f94f2992a4a43a780e5218e66bccd'
                    }
                    atf_case_access_admin_corrects: {
                        table: 'sys_atf_step'
                        id: 'f5aa49afe8d8463e822537037a8ebdc5'
                    }
                    atf_case_access_admin_not_code: {
                        table: 'sys_atf_step'
                        id: '48c197528391412a97679cdda6008ea2'
                    }
                    atf_case_access_admin_reads: {
                        table: 'sys_atf_step'
                        id: '9dafac85a3a746108eacb69c0345ffeb'
                    }
                    atf_case_access_as_admin: {
                        table: 'sys_atf_step'
                        id: '1e529be388bc42ceb9a2cdeffa981d9a'
                    }
                    atf_case_access_as_plain: {
                        table: 'sys_atf_step'
                        id: '5400d83da60a4d8d943098f19c466841'
                    }
                    atf_case_access_as_supporter: {
                        table: 'sys_atf_step'
                        id: '30d7d0e02f2f42b9bbc085f9389fb812'
                    }
                    atf_case_access_case: {
                        table: 'sys_atf_step'
                        id: 'fb48393a0e144d10bfd1ffbec9454852'
                    }
                    atf_case_access_code_kept: {
                        table: 'sys_atf_step'
                        id: 'c900258490964743a22ba9c546e0228c'
                    }
                    atf_case_access_plain: {
                        table: 'sys_atf_step'
                        id: '49bb1b1ab4924ca784971aa0d41cfffe'
                    }
                    atf_case_access_plain_reads_none: {
                        table: 'sys_atf_step'
                        id: '51abcd7c89484f53abbda0ff581cb689'
                    }
                    atf_case_access_supporter: {
                        table: 'sys_atf_step'
                        id: '08dcd9a75d37485aa8d0f5ee1b60522a'
                    }
                    atf_case_access_supporter_cannot_insert: {
                        table: 'sys_atf_step'
                        id: 'b6ca689528f448c4a949ac629437da93'
                    }
                    atf_case_access_supporter_cannot_update: {
                        table: 'sys_atf_step'
                        id: '45f4aa51b0f144fbbd934049082f5b23'
                    }
                    atf_case_access_supporter_reads: {
                        table: 'sys_atf_step'
                        id: '28330693957e4ca894ed07df3eabd966'
                    }
                    atf_case_access_task: {
                        table: 'sys_atf_step'
                        id: '9ad72f8ffb274bc6911b3ea9ed00fd9b'
                    }
                    atf_conn_access_as_caller: {
                        table: 'sys_atf_step'
                        id: '6ce4e69c059b4265af269cd1cc30e697'
                    }
                    atf_conn_access_as_history: {
                        table: 'sys_atf_step'
                        id: '75c298df485e4b5cbacfb41c6c65b915'
                    }
                    atf_conn_access_as_supporter: {
                        table: 'sys_atf_step'
                        id: '290e5928608141f69ea9ef077cb4035b'
                    }
                    atf_conn_access_caller: {
                        table: 'sys_atf_step'
                        id: '5667be4a32df49f0b655ef048a96625f'
                    }
                    atf_conn_access_caller_reads_none: {
                        table: 'sys_atf_step'
                        id: '485fa8a123d34b6d85125a78ce8c1ff0'
                    }
                    atf_conn_access_connection: {
                        table: 'sys_atf_step'
                        id: 'd233e842f4404d74917dba26e4b5c5e0'
                    }
                    atf_conn_access_history: {
                        table: 'sys_atf_step'
                        id: 'e0db8bd38b97470cb3fd01fc2e818335'
                    }
                    atf_conn_access_history_reads: {
                        table: 'sys_atf_step'
                        id: '01dcd14320534d409d7b8fff84d2dfb8'
                    }
                    atf_conn_access_supporter: {
                        table: 'sys_atf_step'
                        id: '9361a532c2ea478ab1758f41d866af43'
                    }
                    atf_conn_access_supporter_reads: {
                        table: 'sys_atf_step'
                        id: '007b6010a34144248cb9156082bc2659'
                    }
                    atf_conn_access_task: {
                        table: 'sys_atf_step'
                        id: '172cf9e8d90b48ad8c8696ac9d003158'
                    }
                    atf_conn_access_task_vs_class: {
                        table: 'sys_atf_step'
                        id: '8239b8ec8ba54ce2b413426e405c6480'
                    }
                    atf_connection_access: {
                        table: 'sys_atf_test'
                        id: '811d9214024f492e9c7da8f3b735b8b1'
                    }
                    atf_formatter_macro: {
                        table: 'sys_atf_test'
                        id: '481e4ccd3f9248ac85bd3dcab726f002'
                    }
                    atf_formatter_macro_formatter: {
                        table: 'sys_atf_step'
                        id: '17ae5ba44dab46d2bc637073fbca457e'
                    }
                    atf_formatter_macro_macro: {
                        table: 'sys_atf_step'
                        id: '40c3385ddd5341e9a66a41b64599badd'
                    }
                    atf_formatter_macro_scoped_name: {
                        table: 'sys_atf_step'
                        id: '4728d3129b3143d3adf4b7e0f743f4b9'
                    }
                    atf_main_story: {
                        table: 'sys_atf_test'
                        id: '37a14e60c85145168e2e23dd6c858d11'
                    }
                    atf_oauth_callback: {
                        table: 'sys_atf_test'
                        id: '56f588a816034863aabe2c27f6f07e2f'
                    }
                    atf_oauth_callback_400: {
                        table: 'sys_atf_step'
                        id: 'e71ef83d67f24e0a90eecf549b3aad02'
                    }
                    atf_oauth_callback_html: {
                        table: 'sys_atf_step'
                        id: 'e3610c5fbbae4b27b3005152b10cd415'
                    }
                    atf_oauth_callback_no_store: {
                        table: 'sys_atf_step'
                        id: 'b24d1ad2ec12402a8bad6f99386c1a8d'
                    }
                    atf_oauth_callback_not_401: {
                        table: 'sys_atf_step'
                        id: 'cd35a551131c48e99a775c25339f6baf'
                    }
                    atf_oauth_callback_page: {
                        table: 'sys_atf_step'
                        id: '0a8ac9d7e72a48d39e29466827f54a48'
                    }
                    atf_oauth_callback_request: {
                        table: 'sys_atf_step'
                        id: '7a7191b8c84740868367cfdfe8062f4e'
                    }
                    atf_password2_property: {
                        table: 'sys_atf_test'
                        id: '2ad37e58e75e49e48e4986c820efba2e'
                    }
                    atf_password2_property_script: {
                        table: 'sys_atf_step'
                        id: 'a65b9e3b37974d8f8ff0518367cccd2d'
                    }
                    atf_rest_case: {
                        table: 'sys_atf_step'
                        id: 'dd57a38bcfd347b2ac71b84c811ed395'
                    }
                    atf_rest_missing_task: {
                        table: 'sys_atf_step'
                        id: '03a9ea7314464d528288c998db543891'
                    }
                    atf_rest_missing_task_404: {
                        table: 'sys_atf_step'
                        id: '3ba604531bed4b50ade1c599e9c8cdfa'
                    }
                    atf_rest_missing_task_code: {
                        table: 'sys_atf_step'
                        id: 'ab451b3091034881af45d9bcbc154ef5'
                    }
                    atf_rest_missing_task_json: {
                        table: 'sys_atf_step'
                        id: '002473df3d4d492195dca03f9c275ec3'
                    }
                    atf_rest_missing_task_valid_json: {
                        table: 'sys_atf_step'
                        id: '062b34c4e9ac417790acce52e3fa4695'
                    }
                    atf_rest_other_supporter: {
                        table: 'sys_atf_step'
                        id: 'ee1eb6013181420cbdc2dda275421ebf'
                    }
                    atf_rest_other_supporter_403: {
                        table: 'sys_atf_step'
                        id: '0dde6c94cd874e318d0376edfc8283de'
                    }
                    atf_rest_other_supporter_code: {
                        table: 'sys_atf_step'
                        id: '93754f60ffbc494cbf529b79f28f7bb3'
                    }
                    atf_rest_other_supporter_message: {
                        table: 'sys_atf_step'
                        id: 'f2db4063e50447db9cb2c1bad288c832'
                    }
                    atf_rest_routes: {
                        table: 'sys_atf_test'
                        id: '569116a395f04d868114be1ffbdc0f07'
                    }
                    atf_rest_supporter: {
                        table: 'sys_atf_step'
                        id: 'c43714bbe7564762a9add0253db1a7c1'
                    }
                    atf_rest_task: {
                        table: 'sys_atf_step'
                        id: 'c274c3aa018f4f07be583b9fa8ff0eeb'
                    }
                    atf_rest_unauthenticated: {
                        table: 'sys_atf_step'
                        id: '686e2b9d59d5461ea80d7e4c53962d78'
                    }
                    atf_rest_unauthenticated_401: {
                        table: 'sys_atf_step'
                        id: 'b6fa4dfeea604a648d343f09a567fe8a'
                    }
                    atf_run_access: {
                        table: 'sys_atf_test'
                        id: 'ef8c1544ccaf4e4492ee8d09a2b28ca4'
                    }
                    atf_run_access_admin: {
                        table: 'sys_atf_step'
                        id: '20726347b79e48dab3198adfa9da72c5'
                    }
                    atf_run_access_admin_reads: {
                        table: 'sys_atf_step'
                        id: '35bf28ab3f374e728a49ce271f8c979b'
                    }
                    atf_run_access_as_admin: {
                        table: 'sys_atf_step'
                        id: '4ce4f73493a04957aec45d84ef717eea'
                    }
                    atf_run_access_as_history: {
                        table: 'sys_atf_step'
                        id: '7e705834fd634dae9ab1bebc16520061'
                    }
                    atf_run_access_as_supporter: {
                        table: 'sys_atf_step'
                        id: '53184251e1d14332b32362c939cefe7d'
                    }
                    atf_run_access_history: {
                        table: 'sys_atf_step'
                        id: '6785340011434c3f8ff39e2a81cb02f8'
                    }
                    atf_run_access_history_none: {
                        table: 'sys_atf_step'
                        id: '15c3e71156444021855d03369afd70cb'
                    }
                    atf_run_access_run: {
                        table: 'sys_atf_step'
                        id: '8c40e7448d1d4943b140baffba82c8b1'
                    }
                    atf_run_access_supporter: {
                        table: 'sys_atf_step'
                        id: '5ba8cd758e844249ab65960ade733c5f'
                    }
                    atf_run_access_supporter_none: {
                        table: 'sys_atf_step'
                        id: 'f6cab27402ac44e6b5b915095734c755'
                    }
                    atf_shipped_email_template: {
                        table: 'sys_atf_step'
                        id: '75d6a9b640cd461fb2d16b2ca1406d25'
                    }
                    atf_shipped_poll_job: {
                        table: 'sys_atf_step'
                        id: '82eda7fbf3284c859531773df2234212'
                    }
                    atf_shipped_quick_message_advance: {
                        table: 'sys_atf_step'
                        id: '6831e775fa46468d9e4d58de612cfda2'
                    }
                    atf_shipped_quick_message_simple: {
                        table: 'sys_atf_step'
                        id: '0426a58651c4429fbc720b56e9dad021'
                    }
                    atf_shipped_records: {
                        table: 'sys_atf_test'
                        id: '27ac7dd8f4d44e529a05ab9e1e29a3f3'
                    }
                    atf_shipped_retrieval_job: {
                        table: 'sys_atf_step'
                        id: '7bf3eb04babd471b94d876b7cc9d4743'
                    }
                    atf_shipped_widget_options: {
                        table: 'sys_atf_step'
                        id: 'd02bb048267e4ec9a2774da8cec8735f'
                    }
                    atf_story_as_supporter: {
                        table: 'sys_atf_step'
                        id: '120a94bffdde4cd2b73e8da89451b89e'
                    }
                    atf_story_case_record: {
                        table: 'sys_atf_step'
                        id: '23d2e961f1e24f10af41b1373e6eea3e'
                    }
                    atf_story_customer: {
                        table: 'sys_atf_step'
                        id: '1b4c06d78a9a4152bd9ed0013f1db8df'
                    }
                    atf_story_email: {
                        table: 'sys_atf_step'
                        id: '7c932ed570214ae9859d4ebbac1aed9e'
                    }
                    atf_story_event: {
                        table: 'sys_atf_step'
                        id: '23df19eda76f4e2797d7d5b24e35adc1'
                    }
                    atf_story_incident: {
                        table: 'sys_atf_step'
                        id: '342635852a2147e8a7e7f493b2980a65'
                    }
                    atf_story_note_closed: {
                        table: 'sys_atf_step'
                        id: '9fa419abd88f42fdb8b5c51549d7def5'
                    }
                    atf_story_note_connection: {
                        table: 'sys_atf_step'
                        id: '0236434ef1ab4ff6bd3d741003463e4f'
                    }
                    atf_story_note_created: {
                        table: 'sys_atf_step'
                        id: 'ff26ed7b019d4ad1bb48ba5a927a2caa'
                    }
                    atf_story_note_invited: {
                        table: 'sys_atf_step'
                        id: 'da83b44569e24d5dae43470da537a96d'
                    }
                    atf_story_note_started: {
                        table: 'sys_atf_step'
                        id: '7ec85c6bce0142d283546da30d591a2f'
                    }
                    atf_story_script: {
                        table: 'sys_atf_step'
                        id: 'e2ea90f6c7634b72b14bf5b063b1c5cd'
                    }
                    atf_story_supporter: {
                        table: 'sys_atf_step'
                        id: 'f89da09e64f74df7818dbb6e3e54169a'
                    }
                    atf_suite: {
                        table: 'sys_atf_test_suite'
                        id: '8af2e2d457f9445f915c244a45edef80'
                    }
                    atf_suite_1: {
                        table: 'sys_atf_test_suite_test'
                        id: 'fc043eb2251c4706856bc3e5f2fb9dbe'
                    }
                    atf_suite_10: {
                        table: 'sys_atf_test_suite_test'
                        id: 'af0c2506d49842fda59d1f8ff1d212be'
                    }
                    atf_suite_11: {
                        table: 'sys_atf_test_suite_test'
                        id: '444b977fa8a54134bd76e270ae0ae818'
                    }
                    atf_suite_2: {
                        table: 'sys_atf_test_suite_test'
                        id: '5977c86793c44879acea8cb273893a95'
                    }
                    atf_suite_3: {
                        table: 'sys_atf_test_suite_test'
                        id: '1de7269258c54e7384c96a65eb72a4db'
                    }
                    atf_suite_4: {
                        table: 'sys_atf_test_suite_test'
                        id: 'f66f9956525f479b99437b4181a2224d'
                    }
                    atf_suite_5: {
                        table: 'sys_atf_test_suite_test'
                        id: 'fdf1b211fc2e4c02aa5b48a3d20c1368'
                    }
                    atf_suite_6: {
                        table: 'sys_atf_test_suite_test'
                        id: '88dd03e0858b406c8e20872faabfec42'
                    }
                    atf_suite_7: {
                        table: 'sys_atf_test_suite_test'
                        id: 'eb125d4b65364af9a06a35d4f0c3e6af'
                    }
                    atf_suite_8: {
                        table: 'sys_atf_test_suite_test'
                        id: '134e8941a5a14785b54184d79721b749'
                    }
                    atf_suite_9: {
                        table: 'sys_atf_test_suite_test'
                        id: '238f5dc282d04d2990e931d7c8c6a447'
                    }
                    atf_task_writes: {
                        table: 'sys_atf_test'
                        id: '92bc3f3d9e714a9e80f589c635280b15'
                    }
                    atf_task_writes_as_supporter: {
                        table: 'sys_atf_step'
                        id: 'f3cd486cf35f4fedaf61e4d4a97378f3'
                    }
                    atf_task_writes_change: {
                        table: 'sys_atf_step'
                        id: 'b767256c9076492c8d4f0972daa7c3b5'
                    }
                    atf_task_writes_incident: {
                        table: 'sys_atf_step'
                        id: 'bab4872d929c4fe69e8737cde45e57fc'
                    }
                    atf_task_writes_note_stored: {
                        table: 'sys_atf_step'
                        id: 'b0cd571d7ee24e65b0f5585c1ca59891'
                    }
                    atf_task_writes_problem: {
                        table: 'sys_atf_step'
                        id: '21fd09277f0f40cdb430a87b5222408e'
                    }
                    atf_task_writes_script: {
                        table: 'sys_atf_step'
                        id: '0f40bede03ba4e17ba62f06f0c31a520'
                    }
                    atf_task_writes_supporter: {
                        table: 'sys_atf_step'
                        id: 'b188e3c4147440389c2a16c47d015740'
                    }
                    atf_token_access: {
                        table: 'sys_atf_test'
                        id: 'f098520f94d443b5a5026f6b5fb381a8'
                    }
                    atf_token_access_admin: {
                        table: 'sys_atf_step'
                        id: '503d65687eb745538690c7fbd45aac84'
                    }
                    atf_token_access_admin_finds_grant: {
                        table: 'sys_atf_step'
                        id: 'a51527567ab34365bdf3b9f82bc2b0d2'
                    }
                    atf_token_access_admin_reads_none: {
                        table: 'sys_atf_step'
                        id: '0f55e03d648b4fe7811a4363f2358497'
                        deleted: true
                    }
                    atf_token_access_as_admin: {
                        table: 'sys_atf_step'
                        id: '740586ba332a4fc088e3f3b46290612e'
                    }
                    atf_token_access_as_supporter: {
                        table: 'sys_atf_step'
                        id: 'f34e70e01e7048069c45a48f2644c3ea'
                    }
                    atf_token_access_grant: {
                        table: 'sys_atf_step'
                        id: '4867af0e4e8742f18eeb91d14dcb9a06'
                    }
                    atf_token_access_secure_script: {
                        table: 'sys_atf_step'
                        id: '615cde88a76a40ae848eb2be66390c88'
                    }
                    atf_token_access_set_tokens: {
                        table: 'sys_atf_step'
                        id: 'b2b8e3be8cb440ebb22a16092ce6db87'
                    }
                    atf_token_access_supporter: {
                        table: 'sys_atf_step'
                        id: '206626b77a934bce8c9331ebe1e34b23'
                    }
                    atf_token_access_supporter_reads_none: {
                        table: 'sys_atf_step'
                        id: '1ba10acf3d1f4343864bc0eca8d53ae7'
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
                    event_case_requested: {
                        table: 'sysevent_register'
                        id: '4a38d4153f4e41e199f1ae0637d1dff0'
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
                        deleted: true
                    }
                    job_online_poll: {
                        table: 'sysauto_script'
                        id: '3212b7450a514c59817c2a97910ae379'
                    }
                    job_retrieve_connections: {
                        table: 'sysauto_script'
                        id: '4bc8b12092264b9c9150cabfb097410d'
                    }
                    mail_script_case_requested: {
                        table: 'sys_script_email'
                        id: '3817ac05f15546bda50157bc90dcf574'
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
                    module_signed_in_supporters: {
                        table: 'sys_app_module'
                        id: '27fbcbbf77f140509102582b5c77e173'
                    }
                    notif_case_requested: {
                        table: 'sysevent_email_action'
                        id: 'c791fc4f460941ddb38ccf5f179fac95'
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
                        deleted: true
                    }
                    priv_create_sys_ui_form_section: {
                        table: 'sys_scope_privilege'
                        id: 'e9adce94ce3c494e9507a5246c526b16'
                        deleted: true
                    }
                    priv_create_sys_ui_related_list: {
                        table: 'sys_scope_privilege'
                        id: '029b1a378b6c4f2eb12f1da9721891b3'
                        deleted: true
                    }
                    priv_create_sys_ui_related_list_entry: {
                        table: 'sys_scope_privilege'
                        id: '6925ef69b895480da85ca3cf0488007f'
                        deleted: true
                    }
                    priv_create_sys_ui_section: {
                        table: 'sys_scope_privilege'
                        id: '08fa34cb84c3488e888efff69a999e10'
                        deleted: true
                    }
                    priv_delete_sys_ui_element: {
                        table: 'sys_scope_privilege'
                        id: '3136b18864e0421a858ac136c4ce1dcd'
                        deleted: true
                    }
                    priv_delete_sys_ui_form_section: {
                        table: 'sys_scope_privilege'
                        id: '7f40772e8d034d16b99142228003f776'
                        deleted: true
                    }
                    priv_delete_sys_ui_related_list: {
                        table: 'sys_scope_privilege'
                        id: 'e86dbf0265744119a900c1dbd89c4e19'
                        deleted: true
                    }
                    priv_delete_sys_ui_related_list_entry: {
                        table: 'sys_scope_privilege'
                        id: 'b0b34b7e4b4e49ca9017cd4550eb0e7a'
                        deleted: true
                    }
                    priv_delete_sys_ui_section: {
                        table: 'sys_scope_privilege'
                        id: '165732731df54a37bfeab0855277566b'
                        deleted: true
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
                        deleted: true
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
                        deleted: true
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
                    prop_page_retrievalKeepRawJson: {
                        table: 'sys_properties_category_m2m'
                        id: 'd876c6eab6874172b9050d6446ca1cc3'
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
                    prop_retrieval_keep_raw_json: {
                        table: 'sys_properties'
                        id: '876e20949b124508ab8a813680f83557'
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
                    si_atf_harness: {
                        table: 'sys_script_include'
                        id: '96e6749d27134dd9b1be5b1067add471'
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
                    src_server_cases_links_ts: {
                        table: 'sys_module'
                        id: 'bfd5533c187946538dcc35ebe2dffc18'
                    }
                    src_server_cases_mail_ts: {
                        table: 'sys_module'
                        id: '7beaa79eb85d48eea7ef5fe697867cca'
                    }
                    src_server_cases_ownership_ts: {
                        table: 'sys_module'
                        id: '7241c02abcf74d27bc112c2177d8ff0c'
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
                    'src_server_entry_actions_revoke-grant_ts': {
                        table: 'sys_module'
                        id: '434ed12b627d4b169e345e34651309ee'
                    }
                    src_server_entry_atf_harness_ts: {
                        table: 'sys_module'
                        id: '9d0bb117a96749ffb495ebcbb66eed9b'
                    }
                    'src_server_entry_atf_in-memory-teamviewer_ts': {
                        table: 'sys_module'
                        id: '24b26590095e4cebb5623ca24a4d00a5'
                    }
                    'src_server_entry_fix-scripts_add-to-incident-form_ts': {
                        table: 'sys_module'
                        id: '357e682899d34dd3ad488966b4054b73'
                        deleted: true
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
                        deleted: true
                    }
                    src_server_forms_placement_ts: {
                        table: 'sys_module'
                        id: '2473daa7feac42229d90414cbbce069d'
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
                    src_server_platform_people_ts: {
                        table: 'sys_module'
                        id: '21366b9e1c6243ee9b39155a8773314a'
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
                    src_server_teamviewer_paging_ts: {
                        table: 'sys_module'
                        id: '22ef1d6d7611452d8b0b5bdbd2f6f1d0'
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
                    ui_action_revoke_grant: {
                        table: 'sys_ui_action'
                        id: '9bc465e32a25412f9a54472c37ce1f46'
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
                        table: 'sys_variable_value'
                        id: '002547b805924fefb5896badd6b374db'
                        key: {
                            document_key: '7a7191b8c84740868367cfdfe8062f4e'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0070e88b2df44cf99a5745ef6b91d3e0'
                        key: {
                            document_key: '007b6010a34144248cb9156082bc2659'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '00afce820e85413987c6e287ca315b8e'
                        key: {
                            document_key: '0f40bede03ba4e17ba62f06f0c31a520'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '016639db83024da08f09a5cf2de86846'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '686e2b9d59d5461ea80d7e4c53962d78'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01964dfeb3d241cc8292845d5edde4e7'
                        key: {
                            document_key: '640f94f2992a4a43a780e5218e66bccd'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01ce0ddee81c4ae5b4d3042bca4548f7'
                        key: {
                            document_key: '5667be4a32df49f0b655ef048a96625f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: '02f2c5c15310467aa41170727a73c71a'
                        key: {
                            document_key: '7bf3eb04babd471b94d876b7cc9d4743'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0317413f038b40a0b52dda2a87f635a4'
                        key: {
                            document_key: 'ee1eb6013181420cbdc2dda275421ebf'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_variable_value'
                        id: '0330071ceba947c0afe847e78ab79713'
                        key: {
                            document_key: 'e71ef83d67f24e0a90eecf549b3aad02'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_variable_value'
                        id: '040cd43c3cc047ac9338f732427725d6'
                        key: {
                            document_key: '28330693957e4ca894ed07df3eabd966'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '046c9747d83842549fff3c30a04f2041'
                        key: {
                            document_key: '686e2b9d59d5461ea80d7e4c53962d78'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '04e4ca1a3af448998f20ab7b33980fde'
                        key: {
                            sys_security_acl: '3c68fd149c7e4965b8bb4fabe4f27385'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04ec2c8895c046b48d9cb7b553e5f6b1'
                        key: {
                            document_key: 'cd35a551131c48e99a775c25339f6baf'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '05c898eee9934457b4e831e6125f249d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'b0cd571d7ee24e65b0f5585c1ca59891'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '05cfabac1e964d5c861de09be771b7d6'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '23d2e961f1e24f10af41b1373e6eea3e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0603b615bebd4848bfb387a29e61af0c'
                        key: {
                            document_key: '002473df3d4d492195dca03f9c275ec3'
                            variable: 'cd4744919f132200ef4afa7dc67fcf6e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '062defd165844267bb35aa318edf2be9'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '30d7d0e02f2f42b9bbc085f9389fb812'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '064fb68eb62d484899cfae02633a1f7d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '75d6a9b640cd461fb2d16b2ca1406d25'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '07157cf992ec4bc2a0aee6dd1cbdc31f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '6831e775fa46468d9e4d58de612cfda2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '072d12c6c4474107bac56681b3296d65'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e2ea90f6c7634b72b14bf5b063b1c5cd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '075313773e6e4a21955987a830d3c9b7'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '7e705834fd634dae9ab1bebc16520061'
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
                        table: 'sys_variable_value'
                        id: '07e71a0ef39a4a33bd640e2149c1c800'
                        key: {
                            document_key: 'f89da09e64f74df7818dbb6e3e54169a'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07ea682566434f2494b992776114a0ad'
                        key: {
                            document_key: '03a9ea7314464d528288c998db543891'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '081242d9a3ce454783ff2f88f040539a'
                        key: {
                            document_key: 'b767256c9076492c8d4f0972daa7c3b5'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_element_mapping'
                        id: '08970fe7ef9e46cc86752c1bf20a954f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'd233e842f4404d74917dba26e4b5c5e0'
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
                        table: 'sys_variable_value'
                        id: '0ac3d85b58c743289208f169051a1ea3'
                        key: {
                            document_key: 'f3cd486cf35f4fedaf61e4d4a97378f3'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b6d856fa7ac40d28ff02686fdd6df40'
                        key: {
                            document_key: 'c274c3aa018f4f07be583b9fa8ff0eeb'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: '0c6fcc7d3fb24b24a90d024b17a4e172'
                        key: {
                            document_key: 'd02bb048267e4ec9a2774da8cec8735f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: '0c895f877b8345aeacdaa5134d8d61e6'
                        key: {
                            document_key: '342635852a2147e8a7e7f493b2980a65'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_element_mapping'
                        id: '0cc7d57095ae459aad835a10f6f4c2a0'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'c900258490964743a22ba9c546e0228c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0ce8703103754b3c977e6afe694322e4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '45f4aa51b0f144fbbd934049082f5b23'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d11098b59f74823a4be032ca10ba906'
                        key: {
                            document_key: 'c43714bbe7564762a9add0253db1a7c1'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: '0f87f05c3579421092af8ca916ffb8a1'
                        key: {
                            document_key: '20726347b79e48dab3198adfa9da72c5'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: '10742d5ed9f84f989b0f1958552c2ec9'
                        key: {
                            document_key: '172cf9e8d90b48ad8c8696ac9d003158'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1152af3a608c443c9b6a828462870e0a'
                        key: {
                            document_key: '4867af0e4e8742f18eeb91d14dcb9a06'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_dictionary'
                        id: '1222d2c6b5e347e0ad7f33a5aa59f6ab'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'odd_values_detail'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1235e0485c714ab9bbb12c81072b2bf3'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '75c298df485e4b5cbacfb41c6c65b915'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1269540958d64e8ca7f10bfa3eae1e1d'
                        key: {
                            document_key: '007b6010a34144248cb9156082bc2659'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: '1318e68132064fa393ab5cf23ab16050'
                        key: {
                            document_key: '4728d3129b3143d3adf4b7e0f743f4b9'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13553b15200c499ca19c91627c6baf14'
                        key: {
                            document_key: 'c274c3aa018f4f07be583b9fa8ff0eeb'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_element_mapping'
                        id: '13eae7fccab342eb8dd92a5c629b1e21'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '9ad72f8ffb274bc6911b3ea9ed00fd9b'
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
                        table: 'sys_variable_value'
                        id: '1561649e7a6c4854860fa00026928aff'
                        key: {
                            document_key: 'e3610c5fbbae4b27b3005152b10cd415'
                            variable: '416784919f132200ef4afa7dc67fcff4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15b0b20596f64d8e9972a4068a20f015'
                        key: {
                            document_key: '120a94bffdde4cd2b73e8da89451b89e'
                            variable: '586e2c4253e0220002c6435723dc3415'
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
                        table: 'sys_variable_value'
                        id: '15f95646969144009f57e98c49d8350b'
                        key: {
                            document_key: 'ee1eb6013181420cbdc2dda275421ebf'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        table: 'sys_variable_value'
                        id: '17590620c6f84de18eac51b0a2a3d89b'
                        deleted: true
                        key: {
                            document_key: '0f55e03d648b4fe7811a4363f2358497'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '1887b79c9926438e82e5121bcb3503fb'
                        key: {
                            document_key: '002473df3d4d492195dca03f9c275ec3'
                            variable: '416784919f132200ef4afa7dc67fcff4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '18b6ab6aedb447fe87f24565f307233c'
                        key: {
                            sys_security_acl: '708ff0d108bc4d8593473f639546f9a2'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1988b63c40eb4c6e8826d64ea466c514'
                        key: {
                            document_key: '9dafac85a3a746108eacb69c0345ffeb'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '1a09c1cff831443e8c43ae472b623ab9'
                        key: {
                            document_key: '23df19eda76f4e2797d7d5b24e35adc1'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a7637ed9c674b23b356c72dfdf1c97d'
                        key: {
                            document_key: '640f94f2992a4a43a780e5218e66bccd'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: '1ae6367f7c4b411dbfcef653eb5814c3'
                        key: {
                            document_key: '485fa8a123d34b6d85125a78ce8c1ff0'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b1d810b87a84c1d888cddc85731417d'
                        key: {
                            document_key: '35bf28ab3f374e728a49ce271f8c979b'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '1c2f068455f445408aaa764883a2158e'
                        key: {
                            document_key: '9361a532c2ea478ab1758f41d866af43'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1c377d5ec73a4d8793e94124f1415523'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'api_origin'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cbde6166f9a49968279bde48c98e79c'
                        key: {
                            document_key: 'b2b8e3be8cb440ebb22a16092ce6db87'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1ce00c78ecc446be856c088bc91a59d4'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '6ce4e69c059b4265af269cd1cc30e697'
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
                        table: 'sys_variable_value'
                        id: '1e1622e231e44c4ca6670d022409e563'
                        key: {
                            document_key: 'a51527567ab34365bdf3b9f82bc2b0d2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e910dc4aafc403486dd7ad592558ae5'
                        key: {
                            document_key: 'e0db8bd38b97470cb3fd01fc2e818335'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: '1f11ba05eb2d4c8b82c0fd1f8633bfc1'
                        key: {
                            document_key: '08dcd9a75d37485aa8d0f5ee1b60522a'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f3192dee62f42629f522b3e95899060'
                        key: {
                            document_key: '03a9ea7314464d528288c998db543891'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1f762aa06a2a41dd9522010494f56572'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '9dafac85a3a746108eacb69c0345ffeb'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1f92a5d435c54bfd95da520afc7c9ba2'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '48c197528391412a97679cdda6008ea2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1fb1936756cd4d24959ddd8bad0d351b'
                        key: {
                            document_key: '172cf9e8d90b48ad8c8696ac9d003158'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1fe8cad6e0b442cdad672810b2d87d51'
                        key: {
                            document_key: '0236434ef1ab4ff6bd3d741003463e4f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '20cd6e3b630443888325f7ba610fd3f4'
                        key: {
                            document_key: '686e2b9d59d5461ea80d7e4c53962d78'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '212fb435a1f24249bf706b3ea1431773'
                        key: {
                            document_key: '30d7d0e02f2f42b9bbc085f9389fb812'
                            variable: '586e2c4253e0220002c6435723dc3415'
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
                        table: 'sys_variable_value'
                        id: '221f303acf474ff5a956a38962d63933'
                        key: {
                            document_key: 'b767256c9076492c8d4f0972daa7c3b5'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22235fda10554e41ba68816556933e33'
                        key: {
                            document_key: '503d65687eb745538690c7fbd45aac84'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: '22cf1221498c49b189baa787d94df8b0'
                        key: {
                            document_key: '7ec85c6bce0142d283546da30d591a2f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: '2337a123bf6f44e1a623f17d179f0843'
                        key: {
                            document_key: '6831e775fa46468d9e4d58de612cfda2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '236f04fb39524fe4b1b272866b6629bc'
                        key: {
                            list_id: {
                                id: '272d819b8953494ca10547204735d814'
                                key: {
                                    name: 'x_tvgh_teamviewer_token'
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
                            element: 'account_email'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23bb5a037e374f2286a956c0047375a2'
                        key: {
                            document_key: '7a7191b8c84740868367cfdfe8062f4e'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '23ce2465b87743e1ad4941cfd157416d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '15c3e71156444021855d03369afd70cb'
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
                        table: 'sys_element_mapping'
                        id: '24ba985be15f4a3798eaa002822386e7'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '0426a58651c4429fbc720b56e9dad021'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '255f5b8fe43e48b68516f155f8e86942'
                        key: {
                            document_key: '08dcd9a75d37485aa8d0f5ee1b60522a'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_ui_list'
                        id: '272d819b8953494ca10547204735d814'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
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
                        table: 'sys_documentation'
                        id: '27578201aff243f2b63a8098598106f6'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'account_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28f5d542f4ef45c8b28362a82005eb5a'
                        key: {
                            document_key: 'f89da09e64f74df7818dbb6e3e54169a'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_variable_value'
                        id: '29f5214424b64d3399b6f5452bbc929d'
                        key: {
                            document_key: 'b767256c9076492c8d4f0972daa7c3b5'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a225197e90b4925bb81118241ddd479'
                        key: {
                            document_key: '01dcd14320534d409d7b8fff84d2dfb8'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a462678edb445188f17d64b666bcacb'
                        key: {
                            document_key: 'b188e3c4147440389c2a16c47d015740'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_element_mapping'
                        id: '2b6f0f55c6f04d5cb5b895e353683efb'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '485fa8a123d34b6d85125a78ce8c1ff0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2bc6ecb689514a8dbffae944a23795cc'
                        key: {
                            document_key: 'd02bb048267e4ec9a2774da8cec8735f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2bcac9fe29e646f89e7fa152af4db0cc'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '0f40bede03ba4e17ba62f06f0c31a520'
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
                        table: 'sys_variable_value'
                        id: '2d583337c8954c308dfeecee0921ba68'
                        key: {
                            document_key: '9ad72f8ffb274bc6911b3ea9ed00fd9b'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_variable_value'
                        id: '2e897041ccf740ca9c16fa2bd22cab5a'
                        key: {
                            document_key: '9361a532c2ea478ab1758f41d866af43'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: '2ebea76e7b5e454f8dafd5b15069ecb6'
                        key: {
                            document_key: '686e2b9d59d5461ea80d7e4c53962d78'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        table: 'sys_variable_value'
                        id: '2ef5c70161814285ac8a5ff5465d7c31'
                        key: {
                            document_key: 'b24d1ad2ec12402a8bad6f99386c1a8d'
                            variable: '416784919f132200ef4afa7dc67fcff4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f0fce01b5ca400cb839edc8e3efc470'
                        key: {
                            document_key: '03a9ea7314464d528288c998db543891'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f1bd3ece1614f2eab34c8cc45857f1d'
                        key: {
                            document_key: '9dafac85a3a746108eacb69c0345ffeb'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2f33ae75b4df4e359c4cfe96720b7d29'
                        key: {
                            document_key: '08dcd9a75d37485aa8d0f5ee1b60522a'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_variable_value'
                        id: '2fefa4e333bd4ea480fc72d63c288c61'
                        key: {
                            document_key: 'c900258490964743a22ba9c546e0228c'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '300119c28f5b496f84eaaa4e936d8fd8'
                        key: {
                            document_key: 'b188e3c4147440389c2a16c47d015740'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '300f12e01e8d47678f4aa784ab1c2255'
                        key: {
                            document_key: '5ba8cd758e844249ab65960ade733c5f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30246455f3f84873be1ff4ea66f13bec'
                        key: {
                            document_key: '20726347b79e48dab3198adfa9da72c5'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: '30aaedb00a664f98b640ac1f7fdd22bf'
                        key: {
                            document_key: '82eda7fbf3284c859531773df2234212'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30bd586bcafb4fb7b9454254f0931d7c'
                        key: {
                            document_key: '40c3385ddd5341e9a66a41b64599badd'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30c48256e89b4c2599ab1c9e3dc001a4'
                        key: {
                            document_key: '4867af0e4e8742f18eeb91d14dcb9a06'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: '314e0c3c42ea4884bd09fe1aef56df39'
                        key: {
                            document_key: 'ee1eb6013181420cbdc2dda275421ebf'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '31d3c1cde82d467e9b811339d2a62ae3'
                        key: {
                            document_key: '49bb1b1ab4924ca784971aa0d41cfffe'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32860224b2d941efafbf713f0015a93d'
                        key: {
                            document_key: '20726347b79e48dab3198adfa9da72c5'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '330e90418ac64eb589600f96e7c70dd4'
                        key: {
                            document_key: 'fb48393a0e144d10bfd1ffbec9454852'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3339e67aca3e4c0290e3418c05fa31ff'
                        key: {
                            document_key: '51abcd7c89484f53abbda0ff581cb689'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '338769d6d5eb4824925dc9b65e51051b'
                        key: {
                            document_key: 'f5aa49afe8d8463e822537037a8ebdc5'
                            variable: '334b7bb7675003007ba405225685ef72'
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
                        table: 'sys_variable_value'
                        id: '33eecbae36d748f597e73e8212a78a88'
                        key: {
                            document_key: '51abcd7c89484f53abbda0ff581cb689'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '34c1959054fa44b5aa221d3deeb65140'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'da83b44569e24d5dae43470da537a96d'
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
                        table: 'sys_variable_value'
                        id: '35cf788deb904683af81fc7cc4fff0f4'
                        key: {
                            document_key: '9361a532c2ea478ab1758f41d866af43'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '36486e83b88b4c5c947ba2e9f8787b3f'
                        key: {
                            document_key: '6831e775fa46468d9e4d58de612cfda2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '368e00bfcaa242ba87a420f988577c86'
                        key: {
                            document_key: 'c274c3aa018f4f07be583b9fa8ff0eeb'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: '371f9e53f3c6408ba6864ac7aa66fd27'
                        key: {
                            document_key: '206626b77a934bce8c9331ebe1e34b23'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '37570c95c518401abeeaea4f3cd48af0'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b2b8e3be8cb440ebb22a16092ce6db87'
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
                        table: 'sys_element_mapping'
                        id: '38014cb509fd41ed824937cf0fe66643'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '28330693957e4ca894ed07df3eabd966'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3825fb0518b74b1ab4c76fa07f33f19a'
                        key: {
                            document_key: '82eda7fbf3284c859531773df2234212'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '389814cb09f54219ab6779c9d12e7917'
                        key: {
                            document_key: '82eda7fbf3284c859531773df2234212'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '38e317e745cd4b75bf21a9a9cac0b4da'
                        key: {
                            document_key: 'd02bb048267e4ec9a2774da8cec8735f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38ff327e22ce477fa47636b8f4f342e1'
                        key: {
                            document_key: '35bf28ab3f374e728a49ce271f8c979b'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3948e965f3a045be8d05c60da53829d1'
                        key: {
                            document_key: 'a51527567ab34365bdf3b9f82bc2b0d2'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39c12dc6322a4cf78df439cbf7c91468'
                        key: {
                            document_key: '4728d3129b3143d3adf4b7e0f743f4b9'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3aaa6ad47cf3491885630e4fc1f402f4'
                        key: {
                            document_key: '28330693957e4ca894ed07df3eabd966'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '3bb3ed52695e49b082bf96f9470d8dc5'
                        key: {
                            document_key: '23d2e961f1e24f10af41b1373e6eea3e'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_variable_value'
                        id: '3c8524bcd8e64b2a86bd3e42a909df9e'
                        key: {
                            document_key: '6785340011434c3f8ff39e2a81cb02f8'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c89526886464035840c1a6a9cb89c0a'
                        key: {
                            document_key: 'c43714bbe7564762a9add0253db1a7c1'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c9b5aa402d842e3ab2eb6de7b2d3947'
                        key: {
                            document_key: 'f2db4063e50447db9cb2c1bad288c832'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ec4e127bdd6453abbcadffee7ef045a'
                        key: {
                            document_key: '15c3e71156444021855d03369afd70cb'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: '3f4b81d58d7e43b690187a18738b3894'
                        key: {
                            document_key: 'ff26ed7b019d4ad1bb48ba5a927a2caa'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '4011846780244f56896b93c79ffb0f07'
                        key: {
                            document_key: '1b4c06d78a9a4152bd9ed0013f1db8df'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '402056dc82e54bb29e59f02b924eef62'
                        key: {
                            document_key: '03a9ea7314464d528288c998db543891'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40c1a2a9bf274285b5ede25af4fc6153'
                        key: {
                            document_key: '9361a532c2ea478ab1758f41d866af43'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40df67b4853a47c3a3918b86c83a18b6'
                        key: {
                            document_key: '9dafac85a3a746108eacb69c0345ffeb'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '414893368fd449d0be2c7f7c960dc9c4'
                        key: {
                            document_key: '15c3e71156444021855d03369afd70cb'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4169736fc7a84f0d997d99a8ccd8b16b'
                        key: {
                            document_key: '40c3385ddd5341e9a66a41b64599badd'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: '41e74896fefe4ca5b06674f0a078669a'
                        key: {
                            document_key: '0426a58651c4429fbc720b56e9dad021'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4223687d821a433b8f5dc3ff7ce6bb7f'
                        key: {
                            document_key: 'b0cd571d7ee24e65b0f5585c1ca59891'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '43ec6575bbef421d806518ad8cbdf192'
                        key: {
                            document_key: 'e0db8bd38b97470cb3fd01fc2e818335'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_variable_value'
                        id: '44770c01da58409fbc1afc76881182c7'
                        key: {
                            document_key: '172cf9e8d90b48ad8c8696ac9d003158'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: '45e4f0a899734bfd94cc977c8aaefb51'
                        key: {
                            document_key: 'f5aa49afe8d8463e822537037a8ebdc5'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '472e8ca2ae9c4cca981935705ff41374'
                        key: {
                            document_key: '7a7191b8c84740868367cfdfe8062f4e'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '47d3677c3e8f4ba7ad8f89c89c341a96'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '7bf3eb04babd471b94d876b7cc9d4743'
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
                        table: 'sys_variable_value'
                        id: '488537f2ecb84d5e83775caa80866a7e'
                        key: {
                            document_key: 'fb48393a0e144d10bfd1ffbec9454852'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '498844e2807040dbb89747c27dc19d49'
                        deleted: true
                        key: {
                            document_key: '0f55e03d648b4fe7811a4363f2358497'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '4a46d66ad6ee4890be47e2e2fec96c7c'
                        key: {
                            document_key: 'bab4872d929c4fe69e8737cde45e57fc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_variable_value'
                        id: '4aae53266dbb45e1a43821633a994c6c'
                        key: {
                            document_key: 'e0db8bd38b97470cb3fd01fc2e818335'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ac7819f029b4f1db204ea377ba9fb39'
                        key: {
                            document_key: '0dde6c94cd874e318d0376edfc8283de'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        table: 'sys_variable_value'
                        id: '4ada71d10d324a25ad6a5019b6d8040d'
                        key: {
                            document_key: '7c932ed570214ae9859d4ebbac1aed9e'
                            variable: '80625552c3833300eaac11fe81d3aedc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b0ae81cc2964925bc5f5c2077dc1aa6'
                        key: {
                            document_key: '7a7191b8c84740868367cfdfe8062f4e'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4b10086da3444a45ba71360cc779b13a'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'f34e70e01e7048069c45a48f2644c3ea'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b11b4b408ea445cb101ae77a591b68e'
                        key: {
                            document_key: '342635852a2147e8a7e7f493b2980a65'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b8fe446e17540f5992b1c0d18d01367'
                        key: {
                            document_key: '9fa419abd88f42fdb8b5c51549d7def5'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '4bf099b08767414e8e9e02a1054bf04f'
                        key: {
                            document_key: '45f4aa51b0f144fbbd934049082f5b23'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c2eeee098e744b6b1ac9525249e0ee4'
                        key: {
                            document_key: 'b6ca689528f448c4a949ac629437da93'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: '4d3da14748fb4db588876c553ccaf1bc'
                        key: {
                            document_key: '3ba604531bed4b50ade1c599e9c8cdfa'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e429382825f47589838eb0a792ddfb2'
                        key: {
                            document_key: 'ab451b3091034881af45d9bcbc154ef5'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
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
                        table: 'sys_variable_value'
                        id: '4e8ff9828632426495d16b5d1828a3a5'
                        key: {
                            document_key: '8c40e7448d1d4943b140baffba82c8b1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4eb6eb0f19124b5db61c82a060a9e0dd'
                        key: {
                            document_key: '7ec85c6bce0142d283546da30d591a2f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '4f1a61a2dc294ebd8d11ebef639d7db4'
                        key: {
                            document_key: '48c197528391412a97679cdda6008ea2'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4f4faf0d4ffe4e19930c8b8ab48e824c'
                        key: {
                            document_key: '01dcd14320534d409d7b8fff84d2dfb8'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '4fc8b5db089a43be9a1b11cf4d3c1981'
                        key: {
                            document_key: '1ba10acf3d1f4343864bc0eca8d53ae7'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '505510c1b9914f9a8009036f5fbd51ed'
                        key: {
                            document_key: '1b4c06d78a9a4152bd9ed0013f1db8df'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: '518e9c55023e46daa04b6e6114dbf3b4'
                        key: {
                            document_key: '51abcd7c89484f53abbda0ff581cb689'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5252720066e8481db188f9bad1ec5e06'
                        key: {
                            document_key: '615cde88a76a40ae848eb2be66390c88'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5260d140b26f4ee2adae0e651286736a'
                        key: {
                            document_key: '615cde88a76a40ae848eb2be66390c88'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '527593e5fca340e880d6156cc9345cef'
                        key: {
                            document_key: '8239b8ec8ba54ce2b413426e405c6480'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '527930a70b9d40229e50c40ed27a6293'
                        key: {
                            document_key: '01dcd14320534d409d7b8fff84d2dfb8'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '52e2946cbaa0420f807aa910b3f5385a'
                        key: {
                            document_key: '740586ba332a4fc088e3f3b46290612e'
                            variable: '586e2c4253e0220002c6435723dc3415'
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
                        table: 'sys_element_mapping'
                        id: '52fccf83000444baa3655a780854a627'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '1e529be388bc42ceb9a2cdeffa981d9a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5301705c86264280b7d34934d8e2383e'
                        key: {
                            document_key: '23d2e961f1e24f10af41b1373e6eea3e'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '531058101e0947e686d41757a7862347'
                        key: {
                            document_key: '1ba10acf3d1f4343864bc0eca8d53ae7'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '540c803c0d0e46bfb0c874aa2ad431aa'
                        key: {
                            document_key: 'd02bb048267e4ec9a2774da8cec8735f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '551d81ab5caf480b829e7c2dcebb98fe'
                        key: {
                            document_key: 'f34e70e01e7048069c45a48f2644c3ea'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5554520e0bf042c8bb76d4a02775f927'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '5400d83da60a4d8d943098f19c466841'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '558e013e129a488e915792f9bd46f416'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '01dcd14320534d409d7b8fff84d2dfb8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '55b1ddc6ff2042a492bbfe3d4463d4a9'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'raw_json'
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
                        table: 'sys_variable_value'
                        id: '56109c6914a741f1829690906d1d47cb'
                        key: {
                            document_key: '7c932ed570214ae9859d4ebbac1aed9e'
                            variable: '7d821952c3833300eaac11fe81d3ae2e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '561a64e75ee940baadaa6f638e9bd899'
                        key: {
                            document_key: '7a7191b8c84740868367cfdfe8062f4e'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        table: 'sys_variable_value'
                        id: '5708ff64f4d14c8fbfd04e729915334a'
                        key: {
                            document_key: 'b6ca689528f448c4a949ac629437da93'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5773940c52ed481d91895f487ce58f35'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '0236434ef1ab4ff6bd3d741003463e4f'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57d6267f7371449784b13a11fcfee156'
                        key: {
                            document_key: '0236434ef1ab4ff6bd3d741003463e4f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '585277b852bf441382ce55c5c448a142'
                        key: {
                            document_key: '640f94f2992a4a43a780e5218e66bccd'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: '5897553deecc40179e5839ab0329e27b'
                        key: {
                            document_key: '3ba604531bed4b50ade1c599e9c8cdfa'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_variable_value'
                        id: '59c5bd802b8c4de5893764a28079f930'
                        key: {
                            document_key: '503d65687eb745538690c7fbd45aac84'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5b87303697834218b8df41ec51217587'
                        deleted: true
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '0f55e03d648b4fe7811a4363f2358497'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b9ab2f8a92445bbab68f241659a2ce2'
                        key: {
                            document_key: '20726347b79e48dab3198adfa9da72c5'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5be4df5e58ff4bf7a27f2919e576d95a'
                        key: {
                            document_key: '503d65687eb745538690c7fbd45aac84'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_element_mapping'
                        id: '5e08966ce2cc45b7a70a8ef5df56f8d1'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '007b6010a34144248cb9156082bc2659'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e178b2b62584e4eb87dfc6469418299'
                        key: {
                            document_key: 'fb48393a0e144d10bfd1ffbec9454852'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_element_mapping'
                        id: '5e645fbbab354257bd86c96f50256ca6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '4728d3129b3143d3adf4b7e0f743f4b9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f59dd56bd7e4f87b56e3f506bea425d'
                        key: {
                            document_key: 'dd57a38bcfd347b2ac71b84c811ed395'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: '6014af1b5c9b4d35905ea13d43ebbd0a'
                        key: {
                            document_key: '01dcd14320534d409d7b8fff84d2dfb8'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_ui_action_role'
                        id: '606029d3b0eb49219056a4c4b19290f8'
                        key: {
                            sys_ui_action: '9bc465e32a25412f9a54472c37ce1f46'
                            sys_user_role: {
                                id: '829340d676ba4698897c71d41e71ac01'
                                key: {
                                    name: 'x_tvgh_teamviewer.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61309af38e26477d86359c6a60aedd5b'
                        key: {
                            document_key: 'ee1eb6013181420cbdc2dda275421ebf'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        table: 'sys_variable_value'
                        id: '61e1612e1c114aedb76fa25c235638f8'
                        key: {
                            document_key: '0426a58651c4429fbc720b56e9dad021'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61e27d16d300408d8181c780d6343737'
                        key: {
                            document_key: 'd233e842f4404d74917dba26e4b5c5e0'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '61e6a7fe54814fccad33709c82161771'
                        key: {
                            sys_security_acl: '2cff4a2085fb497d81b61efc1106812b'
                            sys_user_role: {
                                id: '8e58add533b64181ab4f3a4dc8003660'
                                key: {
                                    name: 'x_tvgh_teamviewer.token_acl'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61f4ed65dc7e4c6dbfede688bc891457'
                        key: {
                            document_key: '03a9ea7314464d528288c998db543891'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        table: 'sys_variable_value'
                        id: '635604e4205a42f291a778e3ebda35fd'
                        key: {
                            document_key: 'ff26ed7b019d4ad1bb48ba5a927a2caa'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '636ba0bdf7b94613a1fa6ff4799e62ac'
                        key: {
                            document_key: '6785340011434c3f8ff39e2a81cb02f8'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6370fecf782d4476ab71b5a0698b9862'
                        key: {
                            document_key: 'ab451b3091034881af45d9bcbc154ef5'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '637d5a80b37c46db9dad66f21e5f8347'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '17ae5ba44dab46d2bc637073fbca457e'
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
                        table: 'sys_variable_value'
                        id: '646ada1126aa4a69a03f8d44ccc377b8'
                        key: {
                            document_key: '1b4c06d78a9a4152bd9ed0013f1db8df'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: '64f09081ecfc41b2a29fab9039464de2'
                        key: {
                            document_key: 'ee1eb6013181420cbdc2dda275421ebf'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '650888b01c1b4819a837705b626f669e'
                        key: {
                            document_key: '007b6010a34144248cb9156082bc2659'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6526387d2ba74a30bdb08c175364e0f0'
                        key: {
                            document_key: '0236434ef1ab4ff6bd3d741003463e4f'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '65831dcb5d7240f6b9d64707531bc432'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '82eda7fbf3284c859531773df2234212'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6624cec8102841ffaedacab721c5f83f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'bab4872d929c4fe69e8737cde45e57fc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6717f8c6784145f6820d98571437c4e8'
                        key: {
                            document_key: 'f89da09e64f74df7818dbb6e3e54169a'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_element_mapping'
                        id: '6799cfbc7d4b4057be5857ba1d527e85'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '290e5928608141f69ea9ef077cb4035b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67cc4bfb9b314936a7a641a0e37274df'
                        key: {
                            document_key: 'd233e842f4404d74917dba26e4b5c5e0'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '682be70de715401abe0908a18dd4f397'
                        key: {
                            document_key: '23df19eda76f4e2797d7d5b24e35adc1'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68551d355bfc470e93666a7d3972cefc'
                        key: {
                            document_key: '7bf3eb04babd471b94d876b7cc9d4743'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6879ac166e644505bc55e51a6f3f0751'
                        key: {
                            document_key: '8239b8ec8ba54ce2b413426e405c6480'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68be5d2fd30d468e9c02788520ac3915'
                        key: {
                            document_key: '485fa8a123d34b6d85125a78ce8c1ff0'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68df7f8d18ce4d11ad20ea96218df2ef'
                        key: {
                            document_key: '08dcd9a75d37485aa8d0f5ee1b60522a'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69b2e2666f6b4fadb6f835a7b993ba1c'
                        key: {
                            document_key: '0dde6c94cd874e318d0376edfc8283de'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_element_mapping'
                        id: '69ee268f107447cbb0ebdd460568912e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'fb48393a0e144d10bfd1ffbec9454852'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a9152faad7a4bbd994320b89f1fe6f6'
                        key: {
                            document_key: '15c3e71156444021855d03369afd70cb'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6b468ab3622e423d89c9082236cae3ec'
                        key: {
                            document_key: '51abcd7c89484f53abbda0ff581cb689'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '6ccf6bca42594df2af0ae5e6c61dbbef'
                        key: {
                            document_key: '23df19eda76f4e2797d7d5b24e35adc1'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '6d586378fbe2443798cb294ce31a4bc0'
                        key: {
                            document_key: '5ba8cd758e844249ab65960ade733c5f'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d679e9eae1546f0bcead6a99302b55d'
                        key: {
                            document_key: '45f4aa51b0f144fbbd934049082f5b23'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6da1cc3d86c6468ab46e3559439a81a6'
                        key: {
                            document_key: 'f5aa49afe8d8463e822537037a8ebdc5'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6de535a24e7e4889baf1cbf3cba2e1ac'
                        key: {
                            document_key: '6ce4e69c059b4265af269cd1cc30e697'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6df2285615e1407c9a00f873f9b86d3c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '9fa419abd88f42fdb8b5c51549d7def5'
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
                        table: 'sys_variable_value'
                        id: '6f4341a147874f46ad367c0495d18208'
                        key: {
                            document_key: 'c43714bbe7564762a9add0253db1a7c1'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_variable_value'
                        id: '6f65885ca8a14a63ba54c61b027d5d31'
                        key: {
                            document_key: 'e2ea90f6c7634b72b14bf5b063b1c5cd'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6fcbd75cd42549e3974d4dc4a9fd367a'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'odd_values_detail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6fcce65678734f40866f6640ae04d150'
                        key: {
                            document_key: '5ba8cd758e844249ab65960ade733c5f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6feff623ec274d35ae900f2308ef59ea'
                        key: {
                            document_key: '35bf28ab3f374e728a49ce271f8c979b'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '702d15305a1d4f8a902aca1d5fcb52d5'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '4ce4f73493a04957aec45d84ef717eea'
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
                        table: 'sys_variable_value'
                        id: '735369beae884ef2bbe8f7f6af8206fd'
                        key: {
                            document_key: '1b4c06d78a9a4152bd9ed0013f1db8df'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: '73c96ffaa07e42c4af4f72c72c787566'
                        key: {
                            document_key: '9fa419abd88f42fdb8b5c51549d7def5'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74a342b2dd044af1bc508789d1c0713f'
                        key: {
                            document_key: '03a9ea7314464d528288c998db543891'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '74d4bf2118b14a858363c5aa0d45af77'
                        key: {
                            document_key: '9fa419abd88f42fdb8b5c51549d7def5'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75142e1ba1734cf48b736604457f4c31'
                        key: {
                            document_key: '5667be4a32df49f0b655ef048a96625f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75195021dccc4c8a8254e1dd4f0ca141'
                        key: {
                            document_key: '40c3385ddd5341e9a66a41b64599badd'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '772a812cc83f4a1999b83c499f49a1c7'
                        key: {
                            document_key: 'e0db8bd38b97470cb3fd01fc2e818335'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_variable_value'
                        id: '789578735880454e86c62eaf0517c990'
                        key: {
                            document_key: 'f6cab27402ac44e6b5b915095734c755'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '78e63da5384c427699386b0ad1139223'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '615cde88a76a40ae848eb2be66390c88'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7944231479ac4a2895fb1c5afd2b87a6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '23d2e961f1e24f10af41b1373e6eea3e'
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
                        table: 'sys_variable_value'
                        id: '79ed1e6e8bc44fa089346b98b6559159'
                        key: {
                            document_key: 'b6ca689528f448c4a949ac629437da93'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7a4ee00d2a65447eaea07e383de1c93b'
                        key: {
                            list_id: {
                                id: '272d819b8953494ca10547204735d814'
                                key: {
                                    name: 'x_tvgh_teamviewer_token'
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
                            element: 'expires_at'
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
                        table: 'sys_variable_value'
                        id: '7c42eefc1e2944b1b5b12a5dce25ebe9'
                        key: {
                            document_key: '0a8ac9d7e72a48d39e29466827f54a48'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
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
                        table: 'sys_variable_value'
                        id: '7ca6db62c50447bb878e76d5ca193427'
                        key: {
                            document_key: '9ad72f8ffb274bc6911b3ea9ed00fd9b'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ca86ca8974d471797a088bb2ff78138'
                        key: {
                            document_key: 'b24d1ad2ec12402a8bad6f99386c1a8d'
                            variable: 'cd4744919f132200ef4afa7dc67fcf6e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7cfd3563d21b424f9010e87e7769b176'
                        key: {
                            document_key: 'b188e3c4147440389c2a16c47d015740'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7d015b6e09e94dc68ca4b1ab12f9d8ff'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '1ba10acf3d1f4343864bc0eca8d53ae7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d2edcddba2d4ccc8e6c2f2643d69838'
                        key: {
                            document_key: '75d6a9b640cd461fb2d16b2ca1406d25'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_dictionary'
                        id: '7effd3773e934dddb6d99d23e23512c4'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'odd_values'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f2d10d80d264ea6b92579abf77dc0f3'
                        key: {
                            document_key: '08dcd9a75d37485aa8d0f5ee1b60522a'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_element_mapping'
                        id: '80e1d7ceff2647bfabeceedf233e3a8b'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '03a9ea7314464d528288c998db543891'
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
                        table: 'sys_variable_value'
                        id: '81fe78758be84ca49f017fd2887066c7'
                        key: {
                            document_key: '53184251e1d14332b32362c939cefe7d'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8217cdee4bb140eebeb7d428524f0f81'
                        key: {
                            document_key: 'dd57a38bcfd347b2ac71b84c811ed395'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: '826023947a79484cbd53b3c73761bc75'
                        key: {
                            document_key: '48c197528391412a97679cdda6008ea2'
                            variable: 'bc4c43935320220002c6435723dc34a2'
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
                        table: 'sys_variable_value'
                        id: '8353ef05117f43379cc672f265dd5d97'
                        key: {
                            document_key: '503d65687eb745538690c7fbd45aac84'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_variable_value'
                        id: '840000191e8c49f697bc2b25315627b4'
                        key: {
                            document_key: '5667be4a32df49f0b655ef048a96625f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '847c1c2a8fa34bfab433522d3b9e83b1'
                        key: {
                            document_key: '75d6a9b640cd461fb2d16b2ca1406d25'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '849a559a0c584786a7001b243d786503'
                        key: {
                            document_key: '08dcd9a75d37485aa8d0f5ee1b60522a'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84bb5f48a6d945b5879e11d9603110e7'
                        key: {
                            document_key: 'b0cd571d7ee24e65b0f5585c1ca59891'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '8521b12f1f4746269302fabb7b576af9'
                        key: {
                            document_key: '503d65687eb745538690c7fbd45aac84'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_variable_value'
                        id: '857f5d36125e4f9d965178ddffe7d3b3'
                        key: {
                            document_key: 'da83b44569e24d5dae43470da537a96d'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85cf095a27d841bbb89b49229af0faf2'
                        key: {
                            document_key: '21fd09277f0f40cdb430a87b5222408e'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86449adfdf9c4459a4f1e0ad9e713785'
                        key: {
                            document_key: 'f6cab27402ac44e6b5b915095734c755'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '865cd1d4ca4b449693db619d7ca7e161'
                        key: {
                            document_key: '7a7191b8c84740868367cfdfe8062f4e'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8694cc5110464350a64a151a3384d1a2'
                        key: {
                            document_key: 'f89da09e64f74df7818dbb6e3e54169a'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: '88092321eb9e4434a4d64233f95ce4ae'
                        key: {
                            document_key: '49bb1b1ab4924ca784971aa0d41cfffe'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '880b3cf72011420d9507f18ae07caa0a'
                        key: {
                            document_key: 'da83b44569e24d5dae43470da537a96d'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '885e0534c7b34f189719692b2db3ff46'
                        key: {
                            document_key: 'c900258490964743a22ba9c546e0228c'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        table: 'sys_variable_value'
                        id: '88b318d557ef4023be95a56f82766b5c'
                        key: {
                            document_key: '21fd09277f0f40cdb430a87b5222408e'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8922f9c453a140c48f6993b14d5e4e09'
                        key: {
                            document_key: 'b6ca689528f448c4a949ac629437da93'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '89369c54a62446549dd05aec0a5558a8'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '23df19eda76f4e2797d7d5b24e35adc1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '893e4520462f4a699143091dfae15c7a'
                        key: {
                            document_key: '686e2b9d59d5461ea80d7e4c53962d78'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89ae7a4147f848149a6bf7a58facfd59'
                        key: {
                            document_key: '75c298df485e4b5cbacfb41c6c65b915'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89bcbdddd39046ebae003f904c9cf22b'
                        key: {
                            document_key: 'f5aa49afe8d8463e822537037a8ebdc5'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a11cfe7ee9447b7a134f83cbc3e218e'
                        key: {
                            document_key: '6785340011434c3f8ff39e2a81cb02f8'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: '8af359ba85b247abb57044d8425641b0'
                        key: {
                            document_key: '5667be4a32df49f0b655ef048a96625f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_variable_value'
                        id: '8ba9c00096cc43bdb2ee10b539d64b88'
                        key: {
                            document_key: '5ba8cd758e844249ab65960ade733c5f'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8c2eed1b52414d68a4fca762b3ac15a6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b6ca689528f448c4a949ac629437da93'
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
                        table: 'sys_element_mapping'
                        id: '8d5b3e30777648489f700f01ad6d272f'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '7a7191b8c84740868367cfdfe8062f4e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8d6a9d425d1443728ee6b28ae316a143'
                        key: {
                            document_key: '5667be4a32df49f0b655ef048a96625f'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_variable_value'
                        id: '8f7b9c06eb1a4ce9b51743ed11f9b6d0'
                        key: {
                            document_key: '93754f60ffbc494cbf529b79f28f7bb3'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
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
                        table: 'sys_variable_value'
                        id: '90509b15b9714e0194dea7bc42bd4e41'
                        key: {
                            document_key: '503d65687eb745538690c7fbd45aac84'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: '90e8339790b04f219887f3742d01a05d'
                        key: {
                            document_key: '7e705834fd634dae9ab1bebc16520061'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '912cea50bcf3465ca2aa35cc97cd95ad'
                        key: {
                            document_key: 'b0cd571d7ee24e65b0f5585c1ca59891'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9199ad47071544079f93a033afecfecb'
                        key: {
                            document_key: 'da83b44569e24d5dae43470da537a96d'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '925ec3056f6f462689e6166b33e3999a'
                        key: {
                            document_key: 'dd57a38bcfd347b2ac71b84c811ed395'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '929087fe41b74c99bb8f1e6151711c70'
                        key: {
                            document_key: 'f89da09e64f74df7818dbb6e3e54169a'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '92bf1b8651d5497ca296c3841682d9d0'
                        key: {
                            document_key: '20726347b79e48dab3198adfa9da72c5'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '931c0a054d694f66b58e993146d80b05'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '172cf9e8d90b48ad8c8696ac9d003158'
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
                        table: 'sys_variable_value'
                        id: '938dc22e3efc42639b68f53859b2613c'
                        key: {
                            document_key: '35bf28ab3f374e728a49ce271f8c979b'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '939c3d5b90b448e89b4f8fd0ffca3d48'
                        key: {
                            document_key: '49bb1b1ab4924ca784971aa0d41cfffe'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '93c605ed7a354820bc7d309cd34f2682'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'api_origin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93df0d1c32d64bbaacaa189744917dfb'
                        key: {
                            document_key: '7ec85c6bce0142d283546da30d591a2f'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '947a4c629d594a66ae71a200e9c67d4c'
                        key: {
                            document_key: 'b6fa4dfeea604a648d343f09a567fe8a'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_variable_value'
                        id: '948983b7dda14a13aac174f604ac9610'
                        key: {
                            document_key: '45f4aa51b0f144fbbd934049082f5b23'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '94a0c781558a4579aad9691f98e11a85'
                        key: {
                            document_key: 'e71ef83d67f24e0a90eecf549b3aad02'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        table: 'sys_variable_value'
                        id: '95ed22c61173463a82b7f34cb38d626f'
                        key: {
                            document_key: '9361a532c2ea478ab1758f41d866af43'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '965deef160e34ea7bb4a2c5479233b44'
                        key: {
                            document_key: '7ec85c6bce0142d283546da30d591a2f'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '96920db175fd467cbe026b20e10b8cd1'
                        key: {
                            document_key: 'f89da09e64f74df7818dbb6e3e54169a'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: '976737c6735d4d5b99692651cd5c54e4'
                        key: {
                            document_key: 'bab4872d929c4fe69e8737cde45e57fc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '97af4ba80fff4d10b9d7aa90965c16f5'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'c274c3aa018f4f07be583b9fa8ff0eeb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97b985e140c84191bd21384fe0f37e6c'
                        key: {
                            document_key: '7a7191b8c84740868367cfdfe8062f4e'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97e6ebf0e4e947d995bab79d0b3f149a'
                        key: {
                            document_key: '485fa8a123d34b6d85125a78ce8c1ff0'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: '99bbb89207784bde902e24ca50bb3b36'
                        key: {
                            document_key: 'f6cab27402ac44e6b5b915095734c755'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '99bc7a2508324e7483e5f8e790e0c79c'
                        key: {
                            document_key: '9ad72f8ffb274bc6911b3ea9ed00fd9b'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a5f61518f0d435ab0adcd651045a47e'
                        key: {
                            document_key: '0a8ac9d7e72a48d39e29466827f54a48'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9a864b0735d24bf4acff2b5b6926eab4'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'signed_in'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b024c1d480948f7ba31e95a67a3244a'
                        key: {
                            document_key: '6785340011434c3f8ff39e2a81cb02f8'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b3e943f7ac1461fa903896b62da0d0f'
                        key: {
                            document_key: '9dafac85a3a746108eacb69c0345ffeb'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b8a6227e9f7403983adef95eff350c8'
                        key: {
                            document_key: 'f6cab27402ac44e6b5b915095734c755'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9bdfe57fd6ee4cea90c3f2371830448c'
                        key: {
                            document_key: 'c43714bbe7564762a9add0253db1a7c1'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_variable_value'
                        id: '9c396d7af4fb460e8900e6600115a4d5'
                        key: {
                            document_key: '640f94f2992a4a43a780e5218e66bccd'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c5391d7451b4993b160a6a0dd027da2'
                        key: {
                            document_key: '23d2e961f1e24f10af41b1373e6eea3e'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        table: 'sys_variable_value'
                        id: '9ca6edaadd784e3c8cf27e19c231be61'
                        key: {
                            document_key: 'ff26ed7b019d4ad1bb48ba5a927a2caa'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9ce10068823d4a69ae511d288f88ee0a'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'b767256c9076492c8d4f0972daa7c3b5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d42fcd3d45f43c4b0ddd11d861ef204'
                        key: {
                            document_key: '03a9ea7314464d528288c998db543891'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_variable_value'
                        id: '9e7b0a34d144407b8c4687da38b48252'
                        key: {
                            document_key: '17ae5ba44dab46d2bc637073fbca457e'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: '9fd35d3898df4514b4ce229ede454913'
                        key: {
                            document_key: 'b6fa4dfeea604a648d343f09a567fe8a'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        table: 'sys_variable_value'
                        id: 'a05db0f27b674875987fed9722299de5'
                        key: {
                            document_key: 'da83b44569e24d5dae43470da537a96d'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a0ad35e7a4764ecfa5a8caecd6c2e49f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8239b8ec8ba54ce2b413426e405c6480'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a14c35685c6348e8817f8bf09dda5b5c'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '53184251e1d14332b32362c939cefe7d'
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
                        table: 'sys_variable_value'
                        id: 'a1ca5779ecbd4db281c9aace896fb8d9'
                        key: {
                            document_key: 'c900258490964743a22ba9c546e0228c'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1cbf41fb0764f9ea0a1eb3ba4e92ba3'
                        key: {
                            document_key: '5ba8cd758e844249ab65960ade733c5f'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a1f723a19c0b48c1afdf022644aab11e'
                        key: {
                            document_key: 'a51527567ab34365bdf3b9f82bc2b0d2'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: 'a28a1e135b7b4f1cb152972d09517e62'
                        key: {
                            document_key: '6785340011434c3f8ff39e2a81cb02f8'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2a45bff22c44a3399a8def64e06c7aa'
                        key: {
                            document_key: '7bf3eb04babd471b94d876b7cc9d4743'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: 'a3438551d16340389a23dcc0d7faab63'
                        key: {
                            document_key: '7a7191b8c84740868367cfdfe8062f4e'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a350bf6bd11d4b17ac5874b43d157829'
                        key: {
                            document_key: '686e2b9d59d5461ea80d7e4c53962d78'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3f7d2c4764342e0877ea33cffcccdd6'
                        key: {
                            document_key: '206626b77a934bce8c9331ebe1e34b23'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: 'a4495fc83ae74f7ba180e78e95d30f3c'
                        key: {
                            document_key: 'c43714bbe7564762a9add0253db1a7c1'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a5397d66284245afbe4f671c951c7f1b'
                        key: {
                            sys_security_acl: '3aed9f12a18a4b8b983faf7a63c6a3cc'
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
                        table: 'sys_variable_value'
                        id: 'a59e99d9fc3f4d9d93c23f2dfc100b77'
                        key: {
                            document_key: '28330693957e4ca894ed07df3eabd966'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: 'a6bdb714b12b477ab93b6c01fc186cf7'
                        key: {
                            document_key: '08dcd9a75d37485aa8d0f5ee1b60522a'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_variable_value'
                        id: 'a72a11cf52e84361870f29c12dcbb445'
                        key: {
                            document_key: '686e2b9d59d5461ea80d7e4c53962d78'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        table: 'sys_variable_value'
                        id: 'a772f454cda2476bba22a3f4dd960a45'
                        key: {
                            document_key: '17ae5ba44dab46d2bc637073fbca457e'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: 'a9257c1f7c8049b480c0168a1162f229'
                        key: {
                            document_key: '23d2e961f1e24f10af41b1373e6eea3e'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a957282491b54c59bc5e5d029f9d90ec'
                        key: {
                            document_key: '48c197528391412a97679cdda6008ea2'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        table: 'sys_variable_value'
                        id: 'aa15fbaaae2b406fb7940f3528478b34'
                        key: {
                            document_key: 'c43714bbe7564762a9add0253db1a7c1'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_element_mapping'
                        id: 'ab469fd501b94e56aa6ce2bf9fba7927'
                        key: {
                            field: 'conditions'
                            table: 'var__m_atf_input_variable_32911152c3833300eaac11fe81d3ae82'
                            id: '7c932ed570214ae9859d4ebbac1aed9e'
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
                        table: 'sys_variable_value'
                        id: 'ac8f9bc848a146a79cf40bdc3da3c8fc'
                        key: {
                            document_key: '45f4aa51b0f144fbbd934049082f5b23'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        table: 'sys_variable_value'
                        id: 'aea3dab695ac4ab092e59a435def2939'
                        key: {
                            document_key: '9ad72f8ffb274bc6911b3ea9ed00fd9b'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_element_mapping'
                        id: 'b116d8bcacb14ec7a0d4d42f2fc1937d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'f5aa49afe8d8463e822537037a8ebdc5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b12747d04f2b4a46aeb410fca2bab728'
                        key: {
                            list_id: {
                                id: '272d819b8953494ca10547204735d814'
                                key: {
                                    name: 'x_tvgh_teamviewer_token'
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
                            element: 'signed_in'
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
                        table: 'sys_variable_value'
                        id: 'b358c7fbf54848eba8078a338c820ae0'
                        key: {
                            document_key: '342635852a2147e8a7e7f493b2980a65'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: 'b3ba2e68a7ee482b9bc26422f6edf9c3'
                        key: {
                            document_key: 'cd35a551131c48e99a775c25339f6baf'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b3bace78f6b84ff88fa753447857e9f5'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'a65b9e3b37974d8f8ff0518367cccd2d'
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
                        table: 'sys_variable_value'
                        id: 'b428493abfc64dafb3e39aea49306c92'
                        key: {
                            document_key: '0426a58651c4429fbc720b56e9dad021'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b4709a8a674b44a782eeaedcf6602bd7'
                        key: {
                            document_key: '1b4c06d78a9a4152bd9ed0013f1db8df'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b57456e96d484894a3da6b876085d4c8'
                        key: {
                            document_key: '75d6a9b640cd461fb2d16b2ca1406d25'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        table: 'sys_variable_value'
                        id: 'b5cf1fae6145460caf27bb440bb50076'
                        key: {
                            document_key: '8c40e7448d1d4943b140baffba82c8b1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5f27110f794490b961a0c6305d86105'
                        key: {
                            document_key: '686e2b9d59d5461ea80d7e4c53962d78'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b5fab17f071146bc8e446ea760868c06'
                        key: {
                            document_key: 'b188e3c4147440389c2a16c47d015740'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b60f53c84ce140b2badd36e22c111b6d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '342635852a2147e8a7e7f493b2980a65'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b650e69866c54e9985a32434b4a7c9dd'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '120a94bffdde4cd2b73e8da89451b89e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7464619ea1d47fa83cc4172389be2ae'
                        key: {
                            document_key: 'e0db8bd38b97470cb3fd01fc2e818335'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7a92242a0654ae4a66327d8bea947c1'
                        key: {
                            document_key: '15c3e71156444021855d03369afd70cb'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b84a293aadad4e9ca4b66de322b2e2bc'
                        key: {
                            document_key: '8c40e7448d1d4943b140baffba82c8b1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8680759bd51471b8582561c62896293'
                        key: {
                            document_key: 'a65b9e3b37974d8f8ff0518367cccd2d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b89fdcfa6583414a98fd1c3f8305a10a'
                        key: {
                            document_key: 'ff26ed7b019d4ad1bb48ba5a927a2caa'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8b4fcce4d6f4b0f8070c6aee6395678'
                        key: {
                            document_key: 'b2b8e3be8cb440ebb22a16092ce6db87'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: 'b8eca4c43d9e425ca13a1d744f10332f'
                        key: {
                            name: 'x_tvgh_teamviewer_retrieval_run'
                            element: 'odd_values'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: 'ba7755e1f2694ea6b2d1eabe229ee079'
                        key: {
                            document_key: '23df19eda76f4e2797d7d5b24e35adc1'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bb8178e467c9436bb9ebceb25bf6c554'
                        key: {
                            document_key: '17ae5ba44dab46d2bc637073fbca457e'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bb9da74a482c4310a1c50cbb415c71af'
                        key: {
                            document_key: 'b188e3c4147440389c2a16c47d015740'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bc00f88211634f96b54f119883225212'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '35bf28ab3f374e728a49ce271f8c979b'
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
                        table: 'sys_variable_value'
                        id: 'bdc35ca019f144c690cdaa58fbcfbbf2'
                        key: {
                            document_key: '002473df3d4d492195dca03f9c275ec3'
                            variable: '19280c919f132200ef4afa7dc67fcf16'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bdc39a362d33480eb4b39c6662d495be'
                        key: {
                            document_key: '7bf3eb04babd471b94d876b7cc9d4743'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be7e7e1eaf294b3fb3346b3af5785082'
                        key: {
                            document_key: '686e2b9d59d5461ea80d7e4c53962d78'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'befceb3f06d5481a9f0c5cc9ce3e4f12'
                        key: {
                            document_key: '9361a532c2ea478ab1758f41d866af43'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf66def7fba84e8eb51ea556d1fdee44'
                        key: {
                            document_key: '206626b77a934bce8c9331ebe1e34b23'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: 'c197fc3b1e9740eb83310e6c079cf2d3'
                        key: {
                            document_key: '206626b77a934bce8c9331ebe1e34b23'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: 'c3d7f91c6ac64a4ca1b37c56acd74cb3'
                        key: {
                            document_key: '49bb1b1ab4924ca784971aa0d41cfffe'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c5564e8649c94ad28e79b33058dac1d9'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'a51527567ab34365bdf3b9f82bc2b0d2'
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
                        table: 'sys_element_mapping'
                        id: 'c6f852dc99e24391a83f04b7699513d9'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'ff26ed7b019d4ad1bb48ba5a927a2caa'
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
                        table: 'sys_variable_value'
                        id: 'c791d7959c094caa8d6d555527b196d7'
                        key: {
                            document_key: 'c274c3aa018f4f07be583b9fa8ff0eeb'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7e1cd2d451b4de8a43de0ca090e48e3'
                        key: {
                            document_key: '6831e775fa46468d9e4d58de612cfda2'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: 'c8c4453cc53a4eabad7ab53d11dbb381'
                        key: {
                            name: 'x_tvgh_teamviewer_token'
                            element: 'signed_in'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c927f59d52e247bd98ef3416dd6d8c0f'
                        key: {
                            document_key: 'b188e3c4147440389c2a16c47d015740'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: 'c989a96442c34971954e2777d9195678'
                        key: {
                            document_key: '28330693957e4ca894ed07df3eabd966'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: 'c9d8602617af404eb40f2d07b4e1013e'
                        key: {
                            document_key: '342635852a2147e8a7e7f493b2980a65'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ca288e19fc8b4fbdbdac5d3381e84bb4'
                        key: {
                            list_id: {
                                id: '272d819b8953494ca10547204735d814'
                                key: {
                                    name: 'x_tvgh_teamviewer_token'
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
                            element: 'user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ca2c138563954c4a8496f97f5b10cd20'
                        key: {
                            document_key: '93754f60ffbc494cbf529b79f28f7bb3'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ca2d315619b4487ab0534f3e7d0a3f35'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: 'f3cd486cf35f4fedaf61e4d4a97378f3'
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
                        table: 'sys_variable_value'
                        id: 'cb2ffb69893c4d05aa78594288bd91ee'
                        key: {
                            document_key: '40c3385ddd5341e9a66a41b64599badd'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb9c1ee61b064a039e746882680ab629'
                        key: {
                            document_key: '49bb1b1ab4924ca784971aa0d41cfffe'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb9d082975d849ec8f3c5bc814f0c3e3'
                        key: {
                            document_key: '03a9ea7314464d528288c998db543891'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cbccf9b9cfcb44058628a18a82dce7b1'
                        key: {
                            document_key: '640f94f2992a4a43a780e5218e66bccd'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'cc81522ed7fa449885beea513b01ce9f'
                        key: {
                            list_id: {
                                id: '272d819b8953494ca10547204735d814'
                                key: {
                                    name: 'x_tvgh_teamviewer_token'
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
                            element: 'account_name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cca709eb3eef4ff1a3e376c474599205'
                        key: {
                            document_key: '206626b77a934bce8c9331ebe1e34b23'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccef6b2775d64919bac17a7cfad64779'
                        key: {
                            document_key: '21fd09277f0f40cdb430a87b5222408e'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_variable_value'
                        id: 'ce152f2a2d8b444fae0dacff53a91d1e'
                        key: {
                            document_key: '20726347b79e48dab3198adfa9da72c5'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce3c9ddca9584f64b6e3d58d07cd3979'
                        key: {
                            document_key: '1b4c06d78a9a4152bd9ed0013f1db8df'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_element_mapping'
                        id: 'cefb094078a74481a7bd08b181b2d57c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '40c3385ddd5341e9a66a41b64599badd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf50615129b84f779e393e6525817c35'
                        key: {
                            document_key: '0f40bede03ba4e17ba62f06f0c31a520'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: 'd11a0c146ca94180980d7e1e659f19cd'
                        key: {
                            document_key: '4728d3129b3143d3adf4b7e0f743f4b9'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: 'd163795a695b49e1b1448abba91cef48'
                        key: {
                            document_key: '4867af0e4e8742f18eeb91d14dcb9a06'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd18d43ef99aa4ea59b8b1512d41478b3'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '21fd09277f0f40cdb430a87b5222408e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd205a4039433448cb663576546eeb0b8'
                        key: {
                            document_key: '007b6010a34144248cb9156082bc2659'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2e52c84f3824043b95be5d7fc3c85c6'
                        key: {
                            document_key: '0426a58651c4429fbc720b56e9dad021'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: 'd404bd931b5240e2a73af0c60e40d16f'
                        key: {
                            document_key: 'f2db4063e50447db9cb2c1bad288c832'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
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
                        table: 'sys_variable_value'
                        id: 'd431b164ba854918b6c8378576bb257e'
                        deleted: true
                        key: {
                            document_key: '0f55e03d648b4fe7811a4363f2358497'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: 'd4d175794d264b6aa67c59cce0b0b8c6'
                        key: {
                            document_key: 'c43714bbe7564762a9add0253db1a7c1'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_variable_value'
                        id: 'd58ab88b5d004cb4bd3f4cd1784b5b53'
                        key: {
                            document_key: 'f89da09e64f74df7818dbb6e3e54169a'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5a72d59ce184295abc32b6c2e95e9f2'
                        key: {
                            document_key: 'c900258490964743a22ba9c546e0228c'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd5a81da5a3cd4a32a8c7c74cb5bac079'
                        key: {
                            document_key: '1e529be388bc42ceb9a2cdeffa981d9a'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd66acc91c88f4b3a99390dd94c7fa78c'
                        key: {
                            document_key: '20726347b79e48dab3198adfa9da72c5'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: 'd864e769fb6a4741a55cffbd2351ea77'
                        key: {
                            document_key: '49bb1b1ab4924ca784971aa0d41cfffe'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd940e470cfe24d7b8334b038cc287a0c'
                        key: {
                            document_key: 'e3610c5fbbae4b27b3005152b10cd415'
                            variable: '19280c919f132200ef4afa7dc67fcf16'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9657afdbcf34da8a7c104822a790bc4'
                        key: {
                            document_key: '4ce4f73493a04957aec45d84ef717eea'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9bcf075047e4193bbc2aad6e398a8dd'
                        key: {
                            document_key: 'a65b9e3b37974d8f8ff0518367cccd2d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dadd5dd23e674ae3b5cd8fb182de9547'
                        key: {
                            document_key: '4728d3129b3143d3adf4b7e0f743f4b9'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: 'dbad12bfebb54ee4a02ba6584dee2ccd'
                        key: {
                            document_key: 'e3610c5fbbae4b27b3005152b10cd415'
                            variable: 'cd4744919f132200ef4afa7dc67fcf6e'
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
                        table: 'sys_variable_value'
                        id: 'dc982c0cf949492f9901b699f9bdf55c'
                        key: {
                            document_key: '75d6a9b640cd461fb2d16b2ca1406d25'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ddd2d928f37c48c784ac314f6cc61a50'
                        key: {
                            document_key: 'bab4872d929c4fe69e8737cde45e57fc'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_variable_value'
                        id: 'de11f22625494c6cbc546de4995ca9a2'
                        key: {
                            document_key: '49bb1b1ab4924ca784971aa0d41cfffe'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'deadf1c6970f4d018eb9edc4065ac405'
                        key: {
                            document_key: 'bab4872d929c4fe69e8737cde45e57fc'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: 'df777242043a4e4086f58629086c25fd'
                        key: {
                            document_key: '9361a532c2ea478ab1758f41d866af43'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dfd18fbffcca4d7d9873cbc4a0fdd023'
                        key: {
                            document_key: 'dd57a38bcfd347b2ac71b84c811ed395'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dfec95fcc7b445f999349190b8b95a05'
                        key: {
                            document_key: '172cf9e8d90b48ad8c8696ac9d003158'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e00f7ed1b57a4abca95a96a64f8101b2'
                        key: {
                            document_key: 'b0cd571d7ee24e65b0f5585c1ca59891'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: 'e1b74a0b4b0743fbbcffc765b16d1b9c'
                        key: {
                            document_key: 'e0db8bd38b97470cb3fd01fc2e818335'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e232af07aff14d089497856622c8c1d9'
                        key: {
                            document_key: '5ba8cd758e844249ab65960ade733c5f'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: 'e3230feae20d4f74beb063589c9c60ee'
                        key: {
                            document_key: '48c197528391412a97679cdda6008ea2'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e35a873b53a3401d8838f062810b2774'
                        key: {
                            document_key: '1ba10acf3d1f4343864bc0eca8d53ae7'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3847ca710614216bdc94b377836d268'
                        key: {
                            document_key: '6785340011434c3f8ff39e2a81cb02f8'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_variable_value'
                        id: 'e3eabc2f014e4040a76a69d2e596b1c9'
                        key: {
                            document_key: 'ee1eb6013181420cbdc2dda275421ebf'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e3f402d68a1a4f86b9de22c14dd5689e'
                        key: {
                            document_key: '290e5928608141f69ea9ef077cb4035b'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4183023dba442e88affb4e8aa4288dd'
                        key: {
                            document_key: '23d2e961f1e24f10af41b1373e6eea3e'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4cb589deb08459ca2ade3f1fab638c8'
                        key: {
                            document_key: '206626b77a934bce8c9331ebe1e34b23'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e526bd3801c245eea4323465e5a1463a'
                        key: {
                            document_key: '82eda7fbf3284c859531773df2234212'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e53d7c81157847ce91a187a8f0c84b07'
                        key: {
                            document_key: '21fd09277f0f40cdb430a87b5222408e'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e573458554e14965b0ee86e0c1bd1392'
                        key: {
                            document_key: 'b767256c9076492c8d4f0972daa7c3b5'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_variable_value'
                        id: 'e5fd684bd77d449586efb02e8f745c2c'
                        key: {
                            document_key: 'b24d1ad2ec12402a8bad6f99386c1a8d'
                            variable: '19280c919f132200ef4afa7dc67fcf16'
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
                        table: 'sys_variable_value'
                        id: 'e6f66429b6c247fd9b6e103ac0f204e1'
                        key: {
                            document_key: '1b4c06d78a9a4152bd9ed0013f1db8df'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7a402a7ebc84220a3673df0659bcc90'
                        key: {
                            document_key: '8c40e7448d1d4943b140baffba82c8b1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e80503f797e547f6aa48d536c6926cdb'
                        key: {
                            document_key: 'e2ea90f6c7634b72b14bf5b063b1c5cd'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_security_acl_role'
                        id: 'e87511bb99b444f292c96c43dcc7e5a8'
                        key: {
                            sys_security_acl: 'c0808e733d814a8a93d8f18a314e2d1a'
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
                        table: 'sys_variable_value'
                        id: 'ea7458bc62844be19dde547b9f4018ed'
                        key: {
                            document_key: 'e0db8bd38b97470cb3fd01fc2e818335'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb178cb91cfd4f46bf7e2bbdb9f6791f'
                        key: {
                            document_key: 'd233e842f4404d74917dba26e4b5c5e0'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb473d03c679473c908362b389d1e636'
                        key: {
                            document_key: '640f94f2992a4a43a780e5218e66bccd'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eba4bcff9c0242dba4520fac38951125'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: 'f6cab27402ac44e6b5b915095734c755'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ed6dcc96ea564e5bac5b032cf769eb52'
                        key: {
                            document_key: '9fa419abd88f42fdb8b5c51549d7def5'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_element_mapping'
                        id: 'eeedfd6538924b7abe04cfa18f34c79b'
                        key: {
                            field: 'user'
                            table: 'var__m_atf_input_variable_071ee5b253331200040729cac2dc348d'
                            id: '740586ba332a4fc088e3f3b46290612e'
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
                        table: 'sys_element_mapping'
                        id: 'efccee8727f543e78813149f7cb61b3b'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '7ec85c6bce0142d283546da30d591a2f'
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
                        table: 'sys_variable_value'
                        id: 'f07b6adcc6bb426799d2f571719cc213'
                        key: {
                            document_key: '485fa8a123d34b6d85125a78ce8c1ff0'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: 'f1319ff3dfde400283e7f345a5a29b0f'
                        key: {
                            document_key: '0236434ef1ab4ff6bd3d741003463e4f'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f13a240d5d0a438aab1501b20cda7856'
                        key: {
                            document_key: 'c900258490964743a22ba9c546e0228c'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f182bfc43e24408394c985402c1164c4'
                        key: {
                            document_key: 'd233e842f4404d74917dba26e4b5c5e0'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f1b8bcbb75ec4be8b7f6bc24ff09fc53'
                        key: {
                            name: 'x_tvgh_teamviewer_connection'
                            element: 'raw_json'
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
                        table: 'sys_variable_value'
                        id: 'f242d15be3db4bba91da35fecdf0826c'
                        key: {
                            document_key: '503d65687eb745538690c7fbd45aac84'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f24b349ae3e246068d43057bbc81fe80'
                        deleted: true
                        key: {
                            document_key: '0f55e03d648b4fe7811a4363f2358497'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: 'f2647c8bfce3494889d36adc6c8efe89'
                        key: {
                            document_key: '1ba10acf3d1f4343864bc0eca8d53ae7'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: 'f35a2f85d20648a0a9b62b012ed26df2'
                        key: {
                            document_key: '6785340011434c3f8ff39e2a81cb02f8'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f4cd81eb6df647af9eef984f75331975'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '4867af0e4e8742f18eeb91d14dcb9a06'
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
                        table: 'sys_variable_value'
                        id: 'f51389c6670d47b4b0f685b2a609ab23'
                        key: {
                            document_key: '48c197528391412a97679cdda6008ea2'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f58a9cfa6019479ba0bcfc7487a1a00b'
                        key: {
                            document_key: '5667be4a32df49f0b655ef048a96625f'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5a6df8cc2e845d68a0b954b54102c5c'
                        key: {
                            document_key: 'ee1eb6013181420cbdc2dda275421ebf'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f623a23999ec4dc3be836bca2fc2ed9f'
                        key: {
                            document_key: 'fb48393a0e144d10bfd1ffbec9454852'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f65f681adef34e66a1b3406ba68215f4'
                        key: {
                            document_key: 'a51527567ab34365bdf3b9f82bc2b0d2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: 'f75dd578813a415698160930664b2eab'
                        key: {
                            document_key: '206626b77a934bce8c9331ebe1e34b23'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f7b4c2ac54a248f0a67f08ac07228675'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_2d82e3c7531400109e02ddeeff7b12a7'
                            id: '51abcd7c89484f53abbda0ff581cb689'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f81fddb5e50d41ccbe8a5b646355d6b5'
                        key: {
                            document_key: '5400d83da60a4d8d943098f19c466841'
                            variable: '586e2c4253e0220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f85f58887df14c5abd5014f4f68cd700'
                        key: {
                            document_key: 'f5aa49afe8d8463e822537037a8ebdc5'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8a261e7a09e45ab94fd2d765b6497a5'
                        key: {
                            document_key: '640f94f2992a4a43a780e5218e66bccd'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f8a6cc5297d74915adaf7bcfc73ab887'
                        key: {
                            document_key: '5667be4a32df49f0b655ef048a96625f'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: 'f97b5953a6a14f09b3a24a25af1e117e'
                        key: {
                            document_key: 'ee1eb6013181420cbdc2dda275421ebf'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f9d5c3d70a5a4e8a999da481ac2c7d68'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'dd57a38bcfd347b2ac71b84c811ed395'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fadac0fc3dce481aa807d159cf1e8eb2'
                        key: {
                            document_key: 'b188e3c4147440389c2a16c47d015740'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb026dc5ac4046aa8ada109e0db22805'
                        key: {
                            document_key: '45f4aa51b0f144fbbd934049082f5b23'
                            variable: '53fb0f535320220002c6435723dc34ec'
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
                        table: 'sys_variable_value'
                        id: 'fc5f81d84d70485f9adc3d12353a1530'
                        key: {
                            document_key: '6831e775fa46468d9e4d58de612cfda2'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc5fe292460449ddae61e0c15ab2f86e'
                        key: {
                            document_key: '5ba8cd758e844249ab65960ade733c5f'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fe0efc57ab614614b4a0ba19094c8aa6'
                        key: {
                            field: 'end_point'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'ee1eb6013181420cbdc2dda275421ebf'
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
                        table: 'sys_variable_value'
                        id: 'fec05ad1fd914cada51f9bfd6db254c4'
                        key: {
                            document_key: '4867af0e4e8742f18eeb91d14dcb9a06'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                    {
                        table: 'sys_variable_value'
                        id: 'ff9f81013cfe431eb63da5976e0e74ce'
                        key: {
                            document_key: '17ae5ba44dab46d2bc637073fbca457e'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                ]
            }
        }
    }
}
