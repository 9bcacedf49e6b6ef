// Builds the app once when dist/app or the prebuild's browser bundles (build-client/, read by the artifact tests) are missing, so `npx jest` (or `npm run test:fast`) alone works on a fresh
// clone. It never rebuilds an existing dist/app: after changing the app, `npm run build` (or `npm test`, which
// builds with --frozenKeys before jest). Runs once per jest run, whichever projects (lanes) are selected.
const { existsSync } = require('node:fs')
const { execFileSync } = require('node:child_process')
const path = require('node:path')

module.exports = async function globalSetup() {
    const root = path.join(__dirname, '..')
    const built = [path.join(root, 'dist', 'app', 'update'), path.join(root, 'build-client', 'form-control.js')]
    if (!built.every((p) => existsSync(p))) {
        execFileSync(process.execPath, [path.join(root, 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js'), 'build'], {
            cwd: root,
            stdio: 'inherit',
        })
    }
}
