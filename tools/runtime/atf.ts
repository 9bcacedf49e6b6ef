/**
 * The app's ATF tests, run by the local runtime: reads the BUILT `sys_atf_test` / `sys_atf_step` records and
 * their `sys_variable_value` inputs (dist/app), and executes each step as the Automated Test Framework does,
 * on a fresh runtime per test (ATF rolls a test's changes back). Which step a record is, and which input a
 * variable holds, comes from the SDK's own step table (`ToRecordStepConfigs` of @servicenow/sdk-build-plugins,
 * what `now-sdk build` writes the records from), never from a list kept here.
 *
 * Step types run: server.createUser, impersonate, recordInsert, recordUpdate, recordQuery, recordValidation,
 * runServerSideScript (`outputs`, `steps(id)`, `params`, `stepResult`, `assertEqual`; a false return fails),
 * log; rest.sendRestRequest and the status, header, payload and JSON-validity assertions; email
 * validateOutboundEmail. Any other step type FAILS, naming it. A failed step ends its test; later steps are
 * reported as not run.
 *
 * The tests run as an admin ("the user who runs the suite", `atf.runner`) until a step impersonates someone.
 * Server-side script steps run in the app's scope (the test's scope); the other server steps run as the
 * platform's step code does, in the global scope, as the impersonated user. REST requests go through
 * `Runtime.rest`: `auth: ''` sends no credentials; `basic` without a profile runs as the runner (ATF uses the
 * credentials of the user who runs the test); basic auth profiles and mutual auth are not supported (they fail).
 * The base roles the tests name by sys_id (itil, admin) have these sys_ids on every instance.
 */
import { ToRecordStepConfigs } from '@servicenow/sdk-build-plugins'
import { readBuild, DIST_APP, type BuiltRecord } from './build-reader'
import { Runtime, type RestResult } from './index'

/** The user who runs the suite (ATF: the user who clicks Run). */
export const ATF_RUNNER = 'atf.runner'

/** Base-instance roles by their sys_id (identical on every ServiceNow instance). */
const BASE_ROLES: Record<string, string> = {
    '282bf1fac6112285017366cb5f867469': 'itil',
    '2831a114c611228501d4ea6c309d626d': 'admin',
}

export type StepStatus = 'passed' | 'failed' | 'not run'

export interface StepResult {
    order: number
    sysId: string
    /** The step type's name as ATF shows it ("Record Query"), with the step's description when it has one. */
    name: string
    status: StepStatus
    message: string
}

export interface TestResult {
    sysId: string
    name: string
    passed: boolean
    steps: StepResult[]
}

interface StepInfo {
    category: string
    method: string
    name: string
    /** inputVariableId → the step function's parameter name */
    variables: Map<string, string>
}

interface StepConfigVariable {
    inputVariableId: string
}

/** The SDK's step table, by step_config sys_id. */
function stepConfigs(): Map<string, StepInfo> {
    const out = new Map<string, StepInfo>()
    const table = ToRecordStepConfigs as unknown as Record<
        string,
        Record<string, { name: string; stepConfigId: string; variables: Record<string, StepConfigVariable> }>
    >
    for (const [category, methods] of Object.entries(table))
        for (const [method, meta] of Object.entries(methods)) {
            const variables = new Map<string, string>()
            for (const [param, v] of Object.entries(meta.variables)) variables.set(v.inputVariableId, param)
            out.set(meta.stepConfigId, { category, method, name: meta.name, variables })
        }
    return out
}

export interface BuiltTest {
    sysId: string
    name: string
    active: boolean
    steps: BuiltStep[]
}

export interface BuiltStep {
    sysId: string
    order: number
    active: boolean
    stepConfig: string
    displayName: string
    description: string
    /** input variable sys_id → value (pills such as {{step['<sys_id>'].record_id}} unresolved) */
    values: Map<string, string>
}

/**
 * The built tests in the order to run them: the suite's order (sys_atf_test_suite_test) when the build has a
 * suite, then any test outside it by name.
 */
export function builtTests(records: BuiltRecord[] = readBuild(DIST_APP)): BuiltTest[] {
    const values = new Map<string, Map<string, string>>()
    for (const v of records.filter((r) => r.$table === 'sys_variable_value' && r.document === 'sys_atf_step')) {
        const m = values.get(v.document_key) ?? new Map<string, string>()
        m.set(v.variable, v.value ?? '')
        values.set(v.document_key, m)
    }
    const order = new Map<string, number>()
    for (const m of records.filter((r) => r.$table === 'sys_atf_test_suite_test')) order.set(m.test, Number(m.order) || 0)
    const tests = records
        .filter((r) => r.$table === 'sys_atf_test')
        .map((t) => ({
            sysId: t.sys_id,
            name: t.name,
            active: t.active !== 'false',
            steps: records
                .filter((s) => s.$table === 'sys_atf_step' && s.test === t.sys_id)
                .map((s) => ({
                    sysId: s.sys_id,
                    order: Number(s.order) || 0,
                    active: s.active !== 'false',
                    stepConfig: s.step_config,
                    displayName: s.display_name || s.step_config,
                    description: s.description || '',
                    values: values.get(s.sys_id) ?? new Map<string, string>(),
                }))
                .sort((a, b) => a.order - b.order),
        }))
    const rank = (t: BuiltTest) => order.get(t.sysId) ?? Number.MAX_SAFE_INTEGER
    return tests.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))
}

class StepFailure extends Error {}

function fail(message: string): never {
    throw new StepFailure(message)
}

/** An encoded field-value template ("a=b^c=d^EQ") as pairs. */
function templateValues(template: string): [string, string][] {
    return template
        .split('^')
        .filter((p) => p && p !== 'EQ')
        .map((p) => {
            const eq = p.indexOf('=')
            if (eq < 0) fail(`the field values "${template}" are not field=value pairs`)
            return [p.slice(0, eq), p.slice(eq + 1)] as [string, string]
        })
}

function compare(operation: string, actual: string, expected: string): boolean {
    switch (operation) {
        case 'equals':
            return actual === expected
        case 'not_equals':
            return actual !== expected
        case 'contains':
            return actual.includes(expected)
        case 'does_not_contain':
            return !actual.includes(expected)
        case 'exists':
            return actual !== ''
        default:
            return fail(`comparison "${operation}" is not supported by the local runtime`)
    }
}

function compareNumber(operation: string, actual: number, expected: number): boolean {
    switch (operation) {
        case 'equals':
            return actual === expected
        case 'not_equals':
            return actual !== expected
        case 'less_than':
            return actual < expected
        case 'greater_than':
            return actual > expected
        case 'less_than_equals':
            return actual <= expected
        case 'greater_than_equals':
            return actual >= expected
        default:
            return fail(`comparison "${operation}" is not supported by the local runtime`)
    }
}

type Rec = {
    initialize(): void
    setValue(f: string, v: unknown): void
    insert(): string | null
    update(): string | null | boolean
    get(id: string): boolean
    addEncodedQuery(q: string): void
    addQuery(f: string, v: unknown): void
    query(): void
    next(): boolean
    getUniqueValue(): string
}
type RecCtor = new (table: string) => Rec

/** Runs one test's steps on its own runtime. */
class TestRun {
    private user = ATF_RUNNER
    private readonly outputs = new Map<string, Record<string, string>>()
    private response: RestResult | null = null
    private previousCategory = ''

    constructor(
        private readonly rt: Runtime,
        private readonly configs: Map<string, StepInfo>,
    ) {}

    /** Replaces {{step['<sys_id>'].<output>}} with an earlier step's output. */
    private resolve(value: string): string {
        return value.replace(/\{\{step\['([0-9a-f]{32})'\]\.([a-z_]+)\}\}/g, (_m, id: string, name: string) => {
            const out = this.outputs.get(id)
            if (!out || !(name in out)) fail(`the output ${name} of step ${id} is not set (that step has not run or has no such output)`)
            return out[name]
        })
    }

    private userNameOf(sysId: string): string {
        const u = this.rt.query('sys_user', `sys_id=${sysId}`)[0]
        if (!u) fail(`no user with sys_id ${sysId}`)
        return u.user_name
    }

    private record(secure: boolean): RecCtor {
        const glide = this.rt.globalGlide
        return (secure ? glide.GlideRecordSecure : glide.GlideRecord) as RecCtor
    }

    private as<T>(fn: () => T): T {
        return this.rt.runAs(this.user, fn)
    }

    run(step: BuiltStep): string {
        const info = this.configs.get(step.stepConfig)
        if (!info)
            fail(
                `step type "${step.displayName}" (step_config ${step.stepConfig}) is not in the SDK's step table: the runtime cannot run it`,
            )
        const input: Record<string, string> = {}
        for (const [variable, value] of step.values) {
            const param = info.variables.get(variable)
            if (param) input[param] = param === 'script' ? value : this.resolve(value)
        }
        const kind = `${info.category}.${info.method}`
        const isRestAssert = info.category === 'rest' && info.method !== 'sendRestRequest'
        if (isRestAssert && this.previousCategory !== 'rest')
            fail(`${info.name} must immediately follow a Send REST Request step (ATF refuses other steps in between)`)
        this.previousCategory = info.category
        const out = this.dispatch(kind, info, input, step)
        return out
    }

    private dispatch(kind: string, info: StepInfo, input: Record<string, string>, step: BuiltStep): string {
        switch (kind) {
            case 'server.createUser':
                return this.createUser(step, input)
            case 'server.impersonate': {
                this.user = this.userNameOf(input.user)
                this.outputs.set(step.sysId, { user: input.user })
                return `impersonating ${this.user}`
            }
            case 'server.recordInsert':
                return this.recordInsert(step, input)
            case 'server.recordUpdate':
                return this.recordUpdate(input)
            case 'server.recordQuery':
                return this.recordQuery(step, input)
            case 'server.recordValidation':
                return this.recordValidation(input)
            case 'server.runServerSideScript':
                return this.serverScript(step, input)
            case 'server.log':
                return input.log ?? ''
            case 'rest.sendRestRequest':
                return this.sendRest(input)
            case 'rest.assertStatusCode': {
                const res = this.lastResponse()
                const expected = Number(input.statusCode)
                if (!compareNumber(input.operation || 'equals', res.status, expected))
                    fail(`status ${res.status}, expected ${input.operation || 'equals'} ${expected}`)
                return `status ${res.status}`
            }
            case 'rest.assertResponseHeader': {
                const res = this.lastResponse()
                const actual = res.headers[String(input.headerName).toLowerCase()] ?? ''
                if (!compare(input.operation || 'exists', actual, input.headerValue ?? ''))
                    fail(`header ${input.headerName} is "${actual}", expected ${input.operation || 'exists'} "${input.headerValue ?? ''}"`)
                return `${input.headerName}: ${actual}`
            }
            case 'rest.assertResponsePayload': {
                const res = this.lastResponse()
                if (!compare(input.operation || 'contains', res.body, input.responseBody ?? ''))
                    fail(`the response body does not ${input.operation || 'contain'} "${input.responseBody}": ${res.body.slice(0, 300)}`)
                return 'payload as expected'
            }
            case 'rest.assertResponseJSONPayloadIsValid': {
                const res = this.lastResponse()
                try {
                    JSON.parse(res.body)
                } catch {
                    fail(`the response body is not valid JSON: ${res.body.slice(0, 200)}`)
                }
                return 'valid JSON'
            }
            case 'email.validateOutboundEmail':
                return this.validateEmail(input)
            default:
                return fail(`step type "${info.name}" (${kind}) is not supported by the local runtime`)
        }
    }

    private createUser(step: BuiltStep, input: Record<string, string>): string {
        const fields = Object.fromEntries(templateValues(input.fieldValues ?? ''))
        const first = input.firstName ?? ''
        const last = input.lastName ?? ''
        const userName = fields.user_name || `${first}.${last}`.toLowerCase().replace(/\s+/g, '.')
        const roles = (input.roles ?? '')
            .split(',')
            .filter(Boolean)
            .map((id) => this.rt.query('sys_user_role', `sys_id=${id}`)[0]?.name || BASE_ROLES[id] || fail(`no role with sys_id ${id}`))
        if ((input.groups ?? '').split(',').filter(Boolean).length) fail('groups on a created user are not supported by the local runtime')
        const sysId = this.rt.createUser({ user_name: userName, name: `${first} ${last}`.trim(), email: fields.email, roles })
        const rest = Object.fromEntries(
            Object.entries({ ...fields, first_name: first, last_name: last }).filter(([k]) => k !== 'user_name'),
        )
        this.rt.update('sys_user', sysId, rest)
        this.outputs.set(step.sysId, { user: sysId })
        if (input.impersonate !== 'false' && input.impersonate !== '0') this.user = userName
        return `created ${userName}${roles.length ? ` (${roles.join(', ')})` : ''}`
    }

    private recordInsert(step: BuiltStep, input: Record<string, string>): string {
        const secure = input.enforceSecurity !== 'false' && input.enforceSecurity !== '0'
        const id = this.as(() => {
            const gr = new (this.record(secure))(input.table)
            gr.initialize()
            for (const [f, v] of templateValues(input.fieldValues ?? '')) gr.setValue(f, v)
            return gr.insert()
        })
        const expectInserted = (input.assert || 'record_successfully_inserted') === 'record_successfully_inserted'
        if (expectInserted && !id) fail(`the ${input.table} record was not inserted`)
        if (!expectInserted && id) fail(`the ${input.table} record was inserted (${id}), expected it not to be`)
        this.outputs.set(step.sysId, { table: input.table, record_id: id ?? '' })
        return id ? `inserted ${input.table} ${id}` : `not inserted into ${input.table}, as expected`
    }

    private recordUpdate(input: Record<string, string>): string {
        const secure = input.enforceSecurity !== 'false' && input.enforceSecurity !== '0'
        const updated = this.as(() => {
            const gr = new (this.record(secure))(input.table)
            if (!gr.get(input.recordId)) return false
            for (const [f, v] of templateValues(input.fieldValues ?? '')) gr.setValue(f, v)
            return !!gr.update()
        })
        const expectUpdated = (input.assert || 'record_successfully_updated') === 'record_successfully_updated'
        if (expectUpdated && !updated) fail(`the ${input.table} record ${input.recordId} was not updated`)
        if (!expectUpdated && updated) fail(`the ${input.table} record ${input.recordId} was updated, expected it not to be`)
        return updated ? 'updated' : 'not updated, as expected'
    }

    private recordQuery(step: BuiltStep, input: Record<string, string>): string {
        const secure = input.enforceSecurity === 'true' || input.enforceSecurity === '1'
        const first = this.as(() => {
            const gr = new (this.record(secure))(input.table)
            gr.addEncodedQuery(input.fieldValues ?? '')
            gr.query()
            return gr.next() ? gr.getUniqueValue() : ''
        })
        const expectMatch = (input.assert || 'records_match_query') === 'records_match_query'
        if (expectMatch && !first) fail(`no ${input.table} record matches ${input.fieldValues}${secure ? ` for ${this.user}` : ''}`)
        if (!expectMatch && first)
            fail(`a ${input.table} record matches ${input.fieldValues}${secure ? ` for ${this.user}` : ''} (${first})`)
        this.outputs.set(step.sysId, { table: input.table, first_record: first })
        return first ? `found ${first}` : 'no record matches, as expected'
    }

    private recordValidation(input: Record<string, string>): string {
        const secure = input.enforceSecurity !== 'false' && input.enforceSecurity !== '0'
        const found = this.as(() => {
            const gr = new (this.record(secure))(input.table)
            gr.addQuery('sys_id', input.recordId)
            gr.addEncodedQuery(input.fieldValues ?? '')
            gr.query()
            return gr.next()
        })
        const expectValid = (input.assert || 'record_validated') === 'record_validated'
        if (expectValid && !found) fail(`the ${input.table} record ${input.recordId} does not meet ${input.fieldValues}`)
        if (!expectValid && found) fail(`the ${input.table} record ${input.recordId} meets ${input.fieldValues}, expected not to`)
        return 'record validated'
    }

    private serverScript(step: BuiltStep, input: Record<string, string>): string {
        if ((input.script ?? '').includes('jasmine.getEnv()')) fail('Jasmine suites are not supported by the local runtime')
        const outputs: Record<string, string> = {}
        let message = ''
        const stepResult = { setOutputMessage: (m: unknown) => (message = String(m)) }
        const assertEqual = (a: { name?: string; shouldbe?: unknown; value?: unknown }) => {
            // ATF compares with == (a number and its string are equal)
            if (a.shouldbe != a.value)
                throw new StepFailure(`Assertion "${a.name ?? ''}" failed: expected ${String(a.shouldbe)}, got ${String(a.value)}`)
        }
        const steps = (id: string) => ({ ...(this.outputs.get(id) ?? {}) })
        let result: unknown
        try {
            result = this.as(() =>
                // ATF takes the value of the script's main function (the IIFE of the step's template) as its verdict
                this.rt.executeInScope(/^\s*\(function/.test(input.script ?? '') ? `return ${input.script}` : (input.script ?? ''), {
                    outputs,
                    steps,
                    params: {},
                    stepResult,
                    assertEqual,
                }),
            )
        } catch (e) {
            if (e instanceof StepFailure) throw e
            fail(`the script threw: ${e instanceof Error ? e.message : String(e)}`)
        }
        this.outputs.set(step.sysId, { table: String(outputs.table ?? ''), record_id: String(outputs.record_id ?? '') })
        if (result === false) fail(message || 'the script returned false')
        return message || 'script passed'
    }

    private sendRest(input: Record<string, string>): string {
        const method = (input.method || 'get').toUpperCase()
        const query = input.queryParameters ? (JSON.parse(input.queryParameters) as Record<string, string>) : {}
        const headers = input.headers ? (JSON.parse(input.headers) as Record<string, string>) : {}
        const qs = Object.entries(query)
            .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
            .join('&')
        const url = `${input.path}${qs ? `?${qs}` : ''}`
        const auth = input.auth ?? 'basic'
        let user: string | null
        if (auth === '') user = null
        else if (auth === 'basic' && !input.basicAuthentication) user = ATF_RUNNER
        else
            return fail(
                `REST authentication "${auth}"${input.basicAuthentication ? ' with a basic auth profile' : ''} is not supported by the local runtime`,
            )
        this.response = this.rt.rest(method, url, { user, headers, body: input.body ? input.body : undefined })
        return `${method} ${url} as ${user ?? 'nobody'} → ${this.response.status}`
    }

    private lastResponse(): RestResult {
        if (!this.response) fail('no REST request was sent before this assertion')
        return this.response
    }

    private validateEmail(input: Record<string, string>): string {
        // the platform's event processor sends the notifications of queued events
        this.rt.processEvents()
        const table = input.table || 'sys_email'
        const found = this.rt.query(table, input.conditions ?? '')
        if (!found.length) fail(`no e-mail in ${table} matches ${input.conditions}`)
        return `e-mail to ${found[0].recipients}: ${found[0].subject}`
    }
}

export interface RunOptions {
    distDir?: string
    /** Runs before each test on its fresh runtime, after the runner exists (e.g. to break a rule on purpose). */
    prepare?: (rt: Runtime) => void
    /** Only the tests whose name contains this text. */
    filter?: string
    onTest?: (result: TestResult) => void
}

/** Runs one built test on a fresh runtime (the runner signed in, nothing else), step by step. */
export function runBuiltTest(test: BuiltTest, opts: RunOptions = {}, configs = stepConfigs()): TestResult {
    const rt = Runtime.load({ distDir: opts.distDir })
    try {
        rt.createUser({ user_name: ATF_RUNNER, name: 'ATF Runner', roles: ['admin'] })
        opts.prepare?.(rt)
        const run = new TestRun(rt, configs)
        const steps: StepResult[] = []
        let failed = false
        for (const step of test.steps.filter((s) => s.active)) {
            const name = step.description ? `${step.displayName}: ${step.description}` : step.displayName
            if (failed) {
                steps.push({ order: step.order, sysId: step.sysId, name, status: 'not run', message: '' })
                continue
            }
            try {
                steps.push({ order: step.order, sysId: step.sysId, name, status: 'passed', message: run.run(step) })
            } catch (e) {
                failed = true
                steps.push({
                    order: step.order,
                    sysId: step.sysId,
                    name,
                    status: 'failed',
                    message: e instanceof Error ? e.message : String(e),
                })
            }
        }
        return { sysId: test.sysId, name: test.name, passed: !failed, steps }
    } finally {
        rt.close()
    }
}

/** Runs every active built test (the suite's order first). */
export function runBuiltTests(opts: RunOptions = {}): TestResult[] {
    const configs = stepConfigs()
    const tests = builtTests(readBuild(opts.distDir ?? DIST_APP)).filter((t) => t.active && (!opts.filter || t.name.includes(opts.filter)))
    const results: TestResult[] = []
    for (const t of tests) {
        const r = runBuiltTest(t, opts, configs)
        results.push(r)
        opts.onTest?.(r)
    }
    return results
}

/** ATF's result lines: one per test, then one per step. */
export function formatResult(r: TestResult): string[] {
    const lines = [`${r.passed ? 'PASSED' : 'FAILED'}  ${r.name}`]
    for (const s of r.steps)
        lines.push(
            `  ${s.status === 'passed' ? 'passed ' : s.status === 'failed' ? 'FAILED ' : 'not run'} ${s.order}. ${s.name}${s.message ? ` — ${s.message}` : ''}`,
        )
    return lines
}
