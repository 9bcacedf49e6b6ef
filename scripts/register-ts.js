// Lets node run the project's TypeScript directly (scripts, the simulator's child process):
// `node -r ./scripts/register-ts.js file.ts`. Transpiles each .ts file with esbuild to CommonJS on load.
const fs = require('node:fs')
const { transformSync } = require('esbuild')

require.extensions['.ts'] = function compileTs(module, filename) {
    const source = fs.readFileSync(filename, 'utf8')
    const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: filename })
    module._compile(code, filename)
}
