import { Record } from '@servicenow/sdk/core'
import { SUITE_NAME } from './atf-data'
import { atfMainStory } from './main-story.now'
import { atfOAuthCallback } from './oauth-callback.now'
import { atfFormatterMacro, atfPassword2, atfTaskWrites } from './platform-answers.now'
import { atfRestRoutes } from './rest-routes.now'
import { atfCaseAccess } from './security-cases.now'
import { atfConnectionAccess } from './security-connections.now'
import { atfRunAccess } from './security-runs.now'
import { atfTokenAccess } from './security-tokens.now'
import { atfShippedRecords } from './shipped-records.now'

/**
 * The suite an admin runs after installing the app on a sub-production instance (Automated Test Framework >
 * Suites > "TeamViewer Integration" > Run Test Suite). No TeamViewer account is needed. README, "ATF suite".
 */
export const atfSuite = Record({
    $id: Now.ID['atf_suite'],
    table: 'sys_atf_test_suite',
    data: {
        name: SUITE_NAME,
        active: true,
        description:
            "Checks the TeamViewer Integration on this instance without TeamViewer: the security rules with users the tests create, the REST routes' answers, a service case's whole server path against an in-memory TeamViewer, the shipped records, and what only an instance can answer (password2 properties, the macro's scoped name, application access on task tables).",
    },
})

Record({
    $id: Now.ID['atf_suite_1'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: atfShippedRecords, order: 100 },
})
Record({ $id: Now.ID['atf_suite_2'], table: 'sys_atf_test_suite_test', data: { test_suite: atfSuite, test: atfCaseAccess, order: 200 } })
Record({
    $id: Now.ID['atf_suite_3'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: atfConnectionAccess, order: 300 },
})
Record({ $id: Now.ID['atf_suite_4'], table: 'sys_atf_test_suite_test', data: { test_suite: atfSuite, test: atfTokenAccess, order: 400 } })
Record({ $id: Now.ID['atf_suite_5'], table: 'sys_atf_test_suite_test', data: { test_suite: atfSuite, test: atfRunAccess, order: 500 } })
Record({ $id: Now.ID['atf_suite_6'], table: 'sys_atf_test_suite_test', data: { test_suite: atfSuite, test: atfRestRoutes, order: 600 } })
Record({ $id: Now.ID['atf_suite_7'], table: 'sys_atf_test_suite_test', data: { test_suite: atfSuite, test: atfOAuthCallback, order: 700 } })
Record({ $id: Now.ID['atf_suite_8'], table: 'sys_atf_test_suite_test', data: { test_suite: atfSuite, test: atfPassword2, order: 800 } })
Record({
    $id: Now.ID['atf_suite_9'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: atfFormatterMacro, order: 900 },
})
Record({ $id: Now.ID['atf_suite_10'], table: 'sys_atf_test_suite_test', data: { test_suite: atfSuite, test: atfTaskWrites, order: 1000 } })
Record({ $id: Now.ID['atf_suite_11'], table: 'sys_atf_test_suite_test', data: { test_suite: atfSuite, test: atfMainStory, order: 1100 } })
