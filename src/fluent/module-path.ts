import pkg from '../../package.json'
import { SCOPE } from '../server/shared/names'

/**
 * Where the build puts the server modules (sys_module paths): `<scope>/<package name>/<package version>`, then
 * the module's path in the repository, e.g. `${MODULES}/src/server/entry/script-include/teamviewer-api.ts`.
 * The one way a string script (a script include, a Record's script field, which take no module function)
 * requires a module; records that take a module function get the same path from the SDK's own glue.
 * test/artifact checks that every path required this way is a module of the build.
 */
export const MODULES = `${SCOPE}/${pkg.name}/${pkg.version}`
