/**
 * The app's ATF suite as built (src/fluent/tests → dist/app) and as the local runtime runs it
 * (tools/runtime/atf.ts, what `npm run atf` prints): at least 8 active tests in the suite "TeamViewer
 * Integration", every step a type the runtime runs, the literal names inside the steps those of the app, and
 * every test passing on the built app.
 */
import { builtRecords, recordsOf } from '../../tools/runtime/build-reader'
import { builtTests, formatResult, runBuiltTests } from '../../tools/runtime/atf'
import { EVENT, FORM_UI, JOB, ROLE, SCOPE, TABLE } from '../../src/server/shared/names'
import { SETTING } from '../../src/server/shared/settings'
import { SUITE_NAME } from '../../src/fluent/tests/atf-data'

test(`the build ships the suite "${SUITE_NAME}" with at least 8 active tests, each with steps`, () => {
    const suite = recordsOf('sys_atf_test_suite', { name: SUITE_NAME })
    expect(suite).toHaveLength(1)
    const inSuite = new Set(recordsOf('sys_atf_test_suite_test', { test_suite: suite[0].sys_id }).map((m) => m.test))
    const tests = builtTests(builtRecords())
    expect(tests.length).toBeGreaterThanOrEqual(8)
    for (const t of tests) {
        expect([t.name, t.active, inSuite.has(t.sysId)]).toEqual([t.name, true, true])
        expect(t.steps.length).toBeGreaterThan(0)
    }
})

test("the app's names written as literals in the steps are the app's names (names.ts, settings.ts)", () => {
    const known = new Set<string>([
        ...Object.values(TABLE),
        ...Object.values(EVENT),
        ...Object.values(ROLE),
        ...Object.values(SETTING).map((s) => s.name),
        FORM_UI.macro,
        FORM_UI.formatterElement,
        ...recordsOf('sp_widget').map((w) => w.id),
    ])
    const used = new Set<string>()
    for (const v of recordsOf('sys_variable_value').filter((r) => r.document === 'sys_atf_step'))
        for (const m of (v.value ?? '').matchAll(new RegExp(`${SCOPE}[._][a-z0-9_.]*[a-z0-9_]`, 'g'))) used.add(m[0])
    const paths = [...used].filter((u) => !known.has(u))
    // REST paths name the scope as the namespace: /api/x_tvgh_teamviewer/<service>/...
    expect(paths).toEqual([])
    expect(used.size).toBeGreaterThan(5)
    expect(
        [FORM_UI.formatter, JOB.onlinePoll, JOB.retrieval].every((n) =>
            recordsOf('sys_variable_value').some((v) => (v.value ?? '').includes(n)),
        ),
    ).toBe(true)
})

test('every built ATF test passes in the local runtime', () => {
    const results = runBuiltTests()
    const failed = results
        .filter((r) => !r.passed)
        .map((r) =>
            formatResult(r)
                .filter((l) => !l.startsWith('  passed'))
                .join('\n'),
        )
    expect(failed).toEqual([])
    expect(results.length).toBeGreaterThanOrEqual(8)
}, 300000)
