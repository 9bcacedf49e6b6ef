// SDK prebuild hook: `now-sdk build` runs it before compiling the Fluent records, so a plain build (also
// --frozenKeys from a clean checkout) produces the browser bundle the UI script record includes.
// src/client/form-control → build-client/form-control.js (git-ignored), an IIFE assigned to
// x_tvgh_teamviewer.SupporterControl (the scoped UI script's name), for the browsers ServiceNow supports.
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
}
