/**
 * The local ATF runner (tools/runtime/atf.ts) can fail: a broken security rule makes the step that checks it
 * fail with its message and stops the test; a step type it does not run, a failed script assertion and a REST
 * assertion without a request fail loudly, naming what went wrong — never a silent pass.
 */
import { ToRecordStepConfigs } from '@servicenow/sdk-build-plugins'
import { builtTests, runBuiltTest, type BuiltStep, type BuiltTest } from '../../tools/runtime/atf'
import { builtRecords } from '../../tools/runtime/build-reader'
import { Runtime } from '../../tools/runtime'

const all = builtTests(builtRecords())

function named(text: string): BuiltTest {
    const t = all.find((x) => x.name.includes(text))
    if (!t) throw new Error(`no built test named like "${text}"`)
    return t
}

type Meta = { name: string; stepConfigId: string; variables: Record<string, { inputVariableId: string }> }
const configs = ToRecordStepConfigs as unknown as Record<string, Record<string, Meta>>

function step(category: string, method: string, inputs: Record<string, string>, order = 1): BuiltStep {
    const meta = configs[category][method]
    return {
        sysId: `${'0'.repeat(31)}${order}`,
        order,
        active: true,
        stepConfig: meta.stepConfigId,
        displayName: meta.name,
        description: '',
        values: new Map(Object.entries(inputs).map(([k, v]) => [meta.variables[k].inputVariableId, v])),
    }
}

function handMade(...steps: BuiltStep[]): BuiltTest {
    return { sysId: 'f'.repeat(32), name: 'hand-made', active: true, steps }
}

test('a broken rule (supporters may create service cases) fails the step that checks it, and the test stops there', () => {
    const test = named('who reads and writes service cases')
    const ok = runBuiltTest(test)
    expect(ok.passed).toBe(true)
    const broken = runBuiltTest(test, {
        prepare: (rt) => rt.addAcl({ name: 'x_tvgh_teamviewer_service_case', operation: 'create', roles: ['itil'] }),
    })
    expect(broken.passed).toBe(false)
    const failedAt = broken.steps.findIndex((s) => s.status === 'failed')
    expect(broken.steps[failedAt].name).toContain('Service cases are created by the app only')
    expect(broken.steps[failedAt].message).toMatch(
        /^the x_tvgh_teamviewer_service_case record was inserted \([0-9a-f]{32}\), expected it not to be$/,
    )
    expect(broken.steps.slice(0, failedAt).every((s) => s.status === 'passed')).toBe(true)
    expect(broken.steps.slice(failedAt + 1).every((s) => s.status === 'not run')).toBe(true)
})

test('a step type the runtime does not run fails, naming it; so does a step_config unknown to the SDK', () => {
    const form = runBuiltTest(handMade(step('form', 'openNewForm', { table: 'incident' })))
    expect(form.passed).toBe(false)
    expect(form.steps[0]).toMatchObject({
        status: 'failed',
        message: 'step type "Open a New Form" (form.openNewForm) is not supported by the local runtime',
    })

    const unknown = runBuiltTest(
        handMade({ ...step('server', 'log', { log: 'x' }), stepConfig: 'abcdef0123456789abcdef0123456789', displayName: 'Custom step' }),
    )
    expect(unknown.steps[0].status).toBe('failed')
    expect(unknown.steps[0].message).toContain('step type "Custom step" (step_config abcdef0123456789abcdef0123456789) is not in the SDK')
})

test("a failed assertEqual fails the script step with the assertion's name; a false return fails it too", () => {
    const r = runBuiltTest(
        handMade(
            step('server', 'runServerSideScript', {
                script: "(function (outputs, steps, params, stepResult, assertEqual) { assertEqual({ name: 'two', shouldbe: 2, value: 1 + 2 }); })(outputs, steps, params, stepResult, assertEqual);",
            }),
        ),
    )
    expect(r.steps[0]).toMatchObject({ status: 'failed', message: 'Assertion "two" failed: expected 2, got 3' })
    const f = runBuiltTest(
        handMade(
            step('server', 'runServerSideScript', {
                script: "(function (outputs, steps, params, stepResult, assertEqual) { stepResult.setOutputMessage('said no'); return false; })(outputs, steps, params, stepResult, assertEqual);",
            }),
        ),
    )
    expect(f.steps[0]).toMatchObject({ status: 'failed', message: 'said no' })
})

test('REST assertions must follow a request, and compare what the route answered', () => {
    const alone = runBuiltTest(handMade(step('rest', 'assertStatusCode', { statusCode: '200', operation: 'equals' })))
    expect(alone.steps[0].message).toBe(
        'Assert Status Code must immediately follow a Send REST Request step (ATF refuses other steps in between)',
    )
    const wrong = runBuiltTest(
        handMade(
            step(
                'rest',
                'sendRestRequest',
                { path: '/api/x_tvgh_teamviewer/cases/task/0000000000000000000000000000a7f0', method: 'get', auth: '' },
                1,
            ),
            step('rest', 'assertStatusCode', { statusCode: '200', operation: 'equals' }, 2),
        ),
    )
    expect(wrong.steps.map((s) => [s.status, s.message])).toEqual([
        ['passed', 'GET /api/x_tvgh_teamviewer/cases/task/0000000000000000000000000000a7f0 as nobody → 401'],
        ['failed', 'status 401, expected equals 200'],
    ])
})

test('built booleans are stored as GlideRecord stores them, so a query on them matches (the formatter ATF test found it)', () => {
    const rt = Runtime.load()
    try {
        expect(rt.query('sys_ui_formatter', 'active=true').map((f) => f.name)).toEqual(['TeamViewer Supporter Control'])
        expect(rt.query('sys_ui_macro', 'active=true^scoped_name=x_tvgh_teamviewer_supporter_control')).toHaveLength(1)
    } finally {
        rt.close()
    }
})
