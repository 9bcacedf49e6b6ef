/**
 * Where the local web server may send a browser back to after a sign-in (`/login?next=`) or a UI action
 * (`sysparm_goto`): a path on this server only. Browsers read "\" as "/" and drop tabs and line breaks, so
 * "/\evil.example" or "/\t/evil.example" would leave the site like "//evil.example" does: a path that starts
 * with "/", holds no backslash, no control character or whitespace, and whose second character is not "/",
 * and that resolves to this very origin.
 */
export function localPath(next: string | null | undefined, fallback: string): string {
    const p = String(next ?? '')
    if (!p.startsWith('/') || p.startsWith('//') || /[\\\s\u0000-\u001f\u007f]/.test(p)) return fallback
    try {
        const base = 'http://127.0.0.1'
        return new URL(p, base).origin === base ? p : fallback
    } catch (_e) {
        return fallback
    }
}
