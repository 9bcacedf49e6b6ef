/** Small HTML helpers of the local web server. */
export function escapeHtml(v: unknown): string {
    return String(v ?? '').replace(
        /[&<>"']/g,
        (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
    )
}

/** JSON to embed in a <script> element: "<" escaped so no "</script>" or "<!--" can end it. */
export function scriptJson(v: unknown): string {
    return JSON.stringify(v)
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029')
}

/** A script's text for an inline <script>: refused when it would end the element early. */
export function inlineScript(code: string, origin: string): string {
    if (/<\/script/i.test(code) || /<!--/.test(code))
        throw new Error(`${origin}: the script contains "</script" or "<!--" and cannot be inlined`)
    return code
}

export function page(o: { title: string; head?: string; body: string; token?: string }): string {
    return [
        '<!DOCTYPE html>',
        '<html lang="en"><head><meta charset="utf-8">',
        `<title>${escapeHtml(o.title)}</title>`,
        `<link rel="stylesheet" href="/local/base.css">`,
        o.token ? `<script>window.g_ck = ${scriptJson(o.token)};</script>` : '',
        o.head ?? '',
        '</head><body>',
        o.body,
        '</body></html>',
    ].join('\n')
}
