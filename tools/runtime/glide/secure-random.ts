/** GlideSecureRandomUtil (scoped API): cryptographically strong random values, from Node's crypto. */
import { randomBytes, randomInt } from 'node:crypto'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export const GlideSecureRandomUtil = {
    /** `length` characters from [A-Za-z0-9]. */
    getSecureRandomString(length: number): string {
        const bytes = randomBytes(Math.max(0, length))
        let out = ''
        for (const b of bytes) out += ALPHABET[b % ALPHABET.length]
        return out
    },
    getSecureRandomInt(): number {
        return randomInt(-2147483648, 2147483647)
    },
    getSecureRandomIntBound(bound: number): number {
        return randomInt(0, bound)
    },
}
