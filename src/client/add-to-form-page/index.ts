/** Entry of the "Add TeamViewer to a form" page's client script (bundled by now.prebuild.mjs into build-client/add-to-form-page.js). */
import { sendJson } from '../shared/ui-page'
import { startAddToFormPage } from './page'

startAddToFormPage(document, sendJson)

// an ES module (package.json says commonjs; without an export esbuild would wrap this file as CommonJS)
export {}
