/**
 * UI pages (sys_ui_page) and UI macros (renderMacro, below, for form formatters) rendered from the build with a minimal Jelly subset: an optional XML declaration,
 * the <j:jelly> root and plain HTML inside it. Anything else — <g:…>/<j:…> tags, ${…} or $[…] expressions,
 * a processing script — is refused loudly: the local runtime must never pretend to run Jelly it does not run.
 */
import { escapeHtml, inlineScript, page } from './html'

export class UnsupportedJelly extends Error {}

/** The HTML inside <j:jelly>, checked against the subset. */
export function jellyBody(source: string, origin: string): string {
    const text = source.replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    const m = /^<j:jelly\b[^>]*>([\s\S]*)<\/j:jelly>\s*$/.exec(text)
    if (!m) throw new UnsupportedJelly(`${origin}: not a <j:jelly> document (the local runtime renders only that root)`)
    const body = m[1]
    const tag = /<\/?([A-Za-z0-9_]+):([A-Za-z0-9_-]+)/.exec(body)
    if (tag)
        throw new UnsupportedJelly(
            `${origin}: Jelly element <${tag[1]}:${tag[2]}> is not supported by the local runtime (supported: plain HTML inside <j:jelly>)`,
        )
    const expr = /[$][{[]/.exec(body)
    if (expr)
        throw new UnsupportedJelly(
            `${origin}: Jelly expression "${body.slice(expr.index, expr.index + 30)}" is not supported by the local runtime`,
        )
    return body
}

export function renderUiPage(rec: Record<string, string>, token: string): string {
    return page({ ...uiPageParts(rec), token })
}

/** A UI page's title and body (its HTML, then its client script), for a page with or without the chrome. */
export function uiPageParts(rec: Record<string, string>): { title: string; body: string } {
    const origin = `UI page ${rec.endpoint}`
    if ((rec.processing_script ?? '').trim())
        throw new UnsupportedJelly(`${origin}: processing scripts are not supported by the local runtime`)
    const body = jellyBody(rec.html ?? '', origin)
    const script = (rec.client_script ?? '').trim() ? `<script>\n${inlineScript(rec.client_script, origin)}\n</script>` : ''
    return { title: rec.description || rec.name || rec.endpoint, body: `${body}\n${script}` }
}

/** A UI macro's HTML after the extended subset ran: `<script src>` tags for g:requires first, then the body. */
export interface MacroScope {
    /** Evaluates a g:evaluate expression as server JavaScript (with `current`); returns its value. */
    evaluate(expression: string): unknown
}

const XML_ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' }

function attributes(tag: string): Record<string, string> {
    const out: Record<string, string> = {}
    for (const m of tag.matchAll(/([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g))
        out[m[1]] = (m[3] ?? m[4]).replace(/&(quot|apos|lt|gt|amp);/g, (e) => XML_ENTITIES[e])
    return out
}

/** ${JS:…}: a value safe inside a JavaScript string literal (quotes, backslashes, line ends and markup escaped). */
export function escapeJs(v: unknown): string {
    return String(v ?? '').replace(/[\\'"\n\r<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const JVAR = /^jvar_[A-Za-z0-9_]+$/

/**
 * A UI macro (sys_ui_macro.xml) rendered with the extended subset forms need:
 *   <g:requires name="X.jsdbx"/>                      → <script src="/X.jsdbx"></script>
 *   <g:evaluate var="jvar_x" expression="…"/>          → scope.evaluate(expression) stored in jvar_x (in document order)
 *   ${JS:jvar_x} / ${HTML:jvar_x} / ${jvar_x}          → the value, JS-string- or HTML-escaped
 * Any other Jelly element, a g:evaluate with a body or without var/expression, an expression that is not one
 * of those three forms, and $[…] (phase two) are refused with UnsupportedJelly naming them.
 */
export function renderMacro(xml: string, origin: string, scope: MacroScope): string {
    const text = xml.replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    const m = /^<j:jelly\b[^>]*>([\s\S]*)<\/j:jelly>\s*$/.exec(text)
    if (!m) throw new UnsupportedJelly(`${origin}: not a <j:jelly> document (the local runtime renders only that root)`)
    for (const ev of m[1].matchAll(/<g:evaluate\b[^>]*[^/]>([\s\S]*?)<\/g:evaluate>/g)) {
        if (ev[1].trim())
            throw new UnsupportedJelly(
                `${origin}: <g:evaluate> with a script body is not supported by the local runtime (use expression="…")`,
            )
    }
    const vars = new Map<string, unknown>()
    let body = m[1].replace(
        /<(\/?)([A-Za-z0-9_]+):([A-Za-z0-9_-]+)\b([^>]*?)\/?>/g,
        (_whole, close: string, ns: string, name: string, rest: string) => {
            const tag = `${ns}:${name}`
            if (tag === 'g:evaluate' && close) return '' // the closing half of <g:evaluate …></g:evaluate> (the SDK writes that pair)
            if (tag === 'g:requires' && !close) {
                const src = attributes(rest).name ?? ''
                if (!/^[A-Za-z0-9_.]+\.jsdbx$/.test(src))
                    throw new UnsupportedJelly(
                        `${origin}: <g:requires name="${src}"> is not supported by the local runtime (only UI scripts: name="<script name>.jsdbx")`,
                    )
                return `<script src="/${src}"></script>`
            }
            if (tag === 'g:evaluate' && !close) {
                const a = attributes(rest)
                if (!a.var || !JVAR.test(a.var) || a.expression === undefined)
                    throw new UnsupportedJelly(
                        `${origin}: <g:evaluate> is supported by the local runtime only as <g:evaluate var="jvar_…" expression="…"/>`,
                    )
                if (a.jelly !== undefined || a.object !== undefined)
                    throw new UnsupportedJelly(`${origin}: <g:evaluate> attributes jelly/object are not supported by the local runtime`)
                vars.set(a.var, scope.evaluate(a.expression))
                return ''
            }
            throw new UnsupportedJelly(
                `${origin}: Jelly element <${tag}> is not supported by the local runtime (supported in macros: g:requires, g:evaluate, \${JS:/HTML:jvar_…})`,
            )
        },
    )
    body = body.replace(/\$\{([^}]*)\}/g, (_w, inner: string) => {
        const e = /^(?:(JS|HTML):)?(jvar_[A-Za-z0-9_]+)$/.exec(inner.trim())
        if (!e)
            throw new UnsupportedJelly(
                `${origin}: Jelly expression "\${${inner.slice(0, 30)}}" is not supported by the local runtime (supported: \${JS:jvar_x}, \${HTML:jvar_x}, \${jvar_x})`,
            )
        if (!vars.has(e[2])) throw new UnsupportedJelly(`${origin}: Jelly variable ${e[2]} is not set by a <g:evaluate> before its use`)
        return e[1] === 'JS' ? escapeJs(vars.get(e[2])) : escapeHtml(vars.get(e[2]))
    })
    const phase2 = /\$\[/.exec(body)
    if (phase2)
        throw new UnsupportedJelly(
            `${origin}: Jelly expression "${body.slice(phase2.index, phase2.index + 30)}" is not supported by the local runtime`,
        )
    return body
}
