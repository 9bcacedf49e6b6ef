// Lint: typescript-eslint everywhere; the ServiceNow SDK plugin (APIs the Rhino engine lacks) on server code.
import tseslint from 'typescript-eslint'
import { fixupPluginRules } from '@eslint/compat'
import sdkPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'

const sdk = fixupPluginRules(sdkPlugin)
const sdkRecommended = (sdkPlugin.configs && sdkPlugin.configs.recommended && sdkPlugin.configs.recommended.rules) || {}

export default tseslint.config(
    { ignores: ['dist/**', 'target/**', 'node_modules/**', 'src/fluent/generated/**', 'coverage/**', '.local/**', 'build-client/**'] },
    ...tseslint.configs.recommended,
    {
        files: ['src/server/**/*.ts'],
        plugins: { '@servicenow/sdk-app-plugin': sdk },
        rules: { ...sdkRecommended },
    },
    {
        rules: {
            '@typescript-eslint/no-unused-vars': [
                'error',
                { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
            ],
        },
    },
    {
        // browser code (bundled by now.prebuild.mjs): the DOM and the UI16 globals it touches
        files: ['src/client/**/*.ts'],
        languageOptions: {
            globals: { window: 'readonly', document: 'readonly', console: 'readonly', g_ck: 'readonly', popupOpenEmailClient: 'readonly' },
        },
    },
    {
        // the SDK prebuild hook (ES module run by now-sdk build)
        files: ['now.prebuild.mjs'],
        languageOptions: { sourceType: 'module' },
    },
    {
        // plain CommonJS tooling files (jest setup, the TS require hook, the HTTP worker thread)
        files: ['**/*.js'],
        languageOptions: {
            sourceType: 'commonjs',
            globals: {
                require: 'readonly',
                module: 'writable',
                __dirname: 'readonly',
                process: 'readonly',
                Buffer: 'readonly',
                URL: 'readonly',
            },
        },
        rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
)
