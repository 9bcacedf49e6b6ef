/**
 * Text that came from TeamViewer (or from any server the app called) is untrusted. Before it goes into a
 * message, a run record, a log line, a work note or the UI it is:
 * - redacted: every secret the app holds for that call (the bearer token, the OAuth client secret, refresh
 *   tokens, authorization codes) is replaced by "(redacted)", also when the server echoed it URL-encoded;
 * - plain: control characters become spaces, and markup the platform renders — HTML (< > &) and the journal's
 *   [code]…[/code] escape — is neutralised with look-alike characters;
 * - bounded: cut to a maximum length with an ellipsis.
 */

export const REDACTED = '(redacted)'
/** Longest error text stored on a run record, logged or shown (the run's error column holds 4000). */
export const MAX_ERROR_TEXT = 1000
/** Longest value taken from TeamViewer into one part of a work note. */
export const MAX_NOTE_PART = 100

/** Secrets shorter than this are not redacted (they would match ordinary words); real tokens are far longer. */
const MIN_SECRET_LENGTH = 6

function replaceAll(text: string, needle: string, by: string): string {
    return text.split(needle).join(by)
}

/** Replaces every occurrence of each secret (as sent, URL-encoded, or JSON-escaped) by (redacted). */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
    let out = String(text ?? '')
    const forms: string[] = []
    for (const s of secrets) {
        if (!s || s.length < MIN_SECRET_LENGTH) continue
        forms.push(s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1))
    }
    // longest first, so a secret containing another is replaced whole
    forms.sort((a, b) => b.length - a.length)
    for (const f of forms) if (f.length >= MIN_SECRET_LENGTH) out = replaceAll(out, f, REDACTED)
    // a bearer credential of any kind (e.g. another token the server made up or echoed)
    out = out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, `$1 ${REDACTED}`)
    return out
}

/** Cuts text to `max` characters (an ellipsis marks the cut). */
export function bound(text: string, max: number): string {
    const s = String(text ?? '')
    return s.length > max ? `${s.slice(0, Math.max(0, max - 1))}…` : s
}

/**
 * Plain text: control characters become spaces, and the characters that make markup — < > & and the
 * square brackets of [code] escapes — are replaced by look-alikes that no renderer interprets.
 */
export function plain(text: string): string {
    return String(text ?? '')
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/&/g, '＆')
        .replace(/\[/g, '(')
        .replace(/\]/g, ')')
}

/** What every message built from a server's answer goes through: redacted, plain, bounded. */
export function safeText(text: string, secrets: readonly (string | null | undefined)[] = [], max = MAX_ERROR_TEXT): string {
    return bound(plain(redact(text, secrets)), max)
}
