/** Entry of the setup status page's client script (bundled by now.prebuild.mjs into build-client/setup-page.js). */
import { sendJson } from '../shared/ui-page'
import { startSetupPage } from './page'

startSetupPage(document, sendJson)

// an ES module (package.json says commonjs; without an export esbuild would wrap this file as CommonJS)
export {}
