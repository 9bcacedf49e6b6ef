/**
 * The name of the suite an admin runs after install (Automated Test Framework > Suites). The tests' own step
 * values are literals (the SDK accepts only literals and step outputs inside a Test()): the base roles itil
 * (282bf1fac6112285017366cb5f867469) and admin (2831a114c611228501d4ea6c309d626d) by their sys_ids, the same on
 * every instance; names of the app's tables, properties and records as in src/server/shared/names.ts and
 * settings.ts — test/atf/suite.test.ts holds them against those.
 */
export const SUITE_NAME = 'TeamViewer Integration'
