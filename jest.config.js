/**
 * Jest: TypeScript tests under test/. Type errors are caught by `npm run typecheck`, so ts-jest only transpiles.
 *
 * Two lanes (jest projects); `npx jest` runs both, each test once:
 * - fast: unit, artifact, client and simulator tests, plus the few product tests on the built app in the runtime
 *   that take seconds (security, portal, the history store): `npm run test:fast`, no lint, seconds not minutes.
 * - e2e: the runtime's own suites (test/runtime), the app against the simulator or the hostile server over HTTP
 *   (sign-in, cases, poll, status, client, history, hostile), the forms and start tests, the browser tests, and every
 *   bench:* script at a small size (test/bench: they complete and print their tables; nothing timed).
 * `npm test` (the gate: lint, typecheck, frozen-keys build, both lanes) is what CI runs.
 */
const shared = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test', '<rootDir>/src'],
    transform: {
        '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    },
}

/** The fast lane, as path regexes (one list: the e2e lane is every other test file). */
const FAST = [
    '/test/unit/.+\\.test\\.ts$',
    '/test/artifact/.+\\.test\\.ts$',
    '/test/client/[^/]+\\.test\\.ts$', // not test/client/e2e
    '/test/simulator/.+\\.test\\.ts$',
    '/test/portal/.+\\.test\\.ts$',
    '/test/security/.+\\.test\\.ts$',
    '/test/hostile/store\\.test\\.ts$',
    '/test/.+-unit\\.test\\.ts$',
]

module.exports = {
    projects: [
        { ...shared, displayName: 'fast', testRegex: FAST },
        { ...shared, displayName: 'e2e', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', ...FAST] },
    ],
    testTimeout: 60000,
    maxWorkers: 2,
    globalSetup: '<rootDir>/test/global-setup.js',
    reporters: ['default', '<rootDir>/test/summary-reporter.js'],
}
