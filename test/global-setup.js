// Builds the app once when dist/app is missing, so `npx jest` alone works on a fresh clone.
// `npm test` builds with --frozenKeys before jest; this is only the fallback.
const { existsSync } = require('node:fs')
const { execFileSync } = require('node:child_process')
const path = require('node:path')

module.exports = async function globalSetup() {
    const root = path.join(__dirname, '..')
    if (!existsSync(path.join(root, 'dist', 'app', 'update'))) {
        execFileSync(process.execPath, [path.join(root, 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js'), 'build'], { cwd: root, stdio: 'inherit' })
    }
}
