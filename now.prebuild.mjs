// SDK prebuild hook: `now-sdk build` runs it before compiling the Fluent records, so a plain build (also
// --frozenKeys from a clean checkout) produces the browser bundle the UI script record includes.
// src/client/form-control → build-client/form-control.js (git-ignored), an IIFE assigned to
// x_tvgh_teamviewer.SupporterControl (the scoped UI script's name), for the browsers ServiceNow supports.
// The UI pages' client scripts (src/client/<page>/index.ts → build-client/<page>.js) and the workspace
// actions are bundled here too.
import { mkdirSync, writeFileSync } from 'node:fs'
import { build } from 'esbuild'

export default async function prebuild({ rootDir, path, logger }) {
    const outfile = path.join(rootDir, 'build-client', 'form-control.js')
    await build({
        entryPoints: [path.join(rootDir, 'src', 'client', 'form-control', 'index.ts')],
        outfile,
        bundle: true,
        format: 'iife',
        globalName: 'x_tvgh_teamviewer.SupporterControl',
        target: 'es2017',
        platform: 'browser',
        minify: false,
        legalComments: 'none',
        charset: 'utf8',
        logLevel: 'warning',
    })
    logger.info(`Supporter Control bundled into ${outfile}`)

    // workspace UI actions: one bundle, and per action a client_script_v2 = bundle + onClick(g_form) calling it
    const ws = await build({
        entryPoints: [path.join(rootDir, 'src', 'client', 'workspace', 'actions.ts')],
        write: false,
        bundle: true,
        format: 'iife',
        globalName: 'x_tvgh_teamviewer_workspace',
        target: 'es2017',
        platform: 'browser',
        legalComments: 'none',
        charset: 'utf8',
        logLevel: 'warning',
    })
    const bundle = ws.outputFiles[0].text
    mkdirSync(path.join(rootDir, 'build-client'), { recursive: true })
    for (const [file, fn] of WORKSPACE_ACTIONS) {
        const script = `${bundle}\nfunction onClick(g_form) {\n    x_tvgh_teamviewer_workspace.${fn}(g_form);\n}\n`
        writeFileSync(path.join(rootDir, 'build-client', `workspace-${file}.js`), script)
    }
    logger.info(`Workspace actions bundled: ${WORKSPACE_ACTIONS.map(([f]) => f).join(', ')}`)

    // UI pages: a sys_ui_page.client_script is a plain page script, so an IIFE without a global name, and no
    // top-level "use strict" (the platform may put the client script in one <script> with other code)
    for (const name of UI_PAGES) {
        const page = await build({
            entryPoints: [path.join(rootDir, 'src', 'client', name, 'index.ts')],
            write: false,
            bundle: true,
            format: 'iife',
            tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
            target: 'es2017',
            platform: 'browser',
            legalComments: 'none',
            charset: 'utf8',
            logLevel: 'warning',
        })
        writeFileSync(path.join(rootDir, 'build-client', `${name}.js`), page.outputFiles[0].text)
    }
    logger.info(`UI page scripts bundled: ${UI_PAGES.join(', ')}`)
}

/** src/client/<folder> of each UI page's client script, included by its UiPage in src/fluent/ui/ */
const UI_PAGES = ['setup-page', 'add-to-form-page']

/** client_script_v2 file → the function of src/client/workspace/actions.ts it calls */
const WORKSPACE_ACTIONS = [
    ['create', 'createCase'],
    ['start', 'startSession'],
    ['share', 'shareSession'],
    ['close', 'closeCase'],
]
