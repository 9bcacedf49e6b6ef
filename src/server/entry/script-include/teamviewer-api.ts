/**
 * The module the script include TeamViewerApi requires (src/fluent/scripting/teamviewer-api.now.ts): builds
 * the script API of scripting/api.ts for the calling user, with the company client and the caller's own grant.
 */
import { withGrant } from '../../oauth/grants.ts'
import { propertyText } from '../../platform/settings.ts'
import { currentCaller } from '../../platform/user.ts'
import { createScriptApi as create, type ScriptApi, type ScriptApiOptions } from '../../scripting/api.ts'
import { readFlag, SETTING } from '../../shared/settings.ts'
import { adminClient, clientWithToken } from '../wiring/clients.ts'
import { platformOAuthDeps } from '../wiring/oauth.ts'

/** `new TeamViewerApi(options)`: callerScope is gs.getCallerScopeName() of the calling script ('' = global). */
export function createScriptApi(callerScope: string, options: ScriptApiOptions = {}): ScriptApi {
    const caller = currentCaller()
    return create(
        {
            allowOtherScopes: readFlag(propertyText, SETTING.scriptApiOtherScopes),
            caller,
            adminClient,
            withCallerClient: (fn) => withGrant(platformOAuthDeps(), caller.sysId, (token) => fn(clientWithToken(token))),
        },
        callerScope,
        options,
    )
}
