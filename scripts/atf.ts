/**
 * npm run atf [-- <text>]
 *
 * Runs the app's ATF tests (src/fluent/tests, suite "TeamViewer Integration") from the BUILT application in
 * the local runtime (tools/runtime/atf.ts): each test on a fresh runtime, as ATF rolls a test back. Prints ATF's
 * results: one line per test, then one per step (passed / FAILED with the message / not run after a failure).
 * With <text>, only the tests whose name contains it. Exit status 0 when every test passed, 1 otherwise
 * (2 when there is no build or no test).
 */
import { existsSync } from 'node:fs'
import { DIST_APP } from '../tools/runtime/build-reader'
import { formatResult, runBuiltTests } from '../tools/runtime/atf'

function main(): number {
    if (!existsSync(DIST_APP)) {
        console.error('No build in dist/app: run "npm run build" first.')
        return 2
    }
    const filter = process.argv.slice(2).join(' ')
    const results = runBuiltTests({ filter: filter || undefined, onTest: (r) => console.log(formatResult(r).join('\n')) })
    if (!results.length) {
        console.error(filter ? `No ATF test name contains "${filter}".` : 'The build has no ATF test.')
        return 2
    }
    const failed = results.filter((r) => !r.passed)
    const steps = results.reduce((n, r) => n + r.steps.length, 0)
    console.log(
        `\n${results.length - failed.length} of ${results.length} tests passed (${steps} steps)${failed.length ? `; failed: ${failed.map((r) => r.name).join('; ')}` : ''}`,
    )
    return failed.length ? 1 : 0
}

process.exitCode = main()
