/** Unguessable strings from the platform's secure random source. */
import { GlideSecureRandomUtil } from '@servicenow/glide'

/** 40 random characters (well over 128 bits): an OAuth `state`. */
export function secureRandom(): string {
    return GlideSecureRandomUtil.getSecureRandomString(40)
}
