/**
 * UI pages (sys_ui_page) rendered from the build with a minimal Jelly subset: an optional XML declaration,
 * the <j:jelly> root and plain HTML inside it. Anything else — <g:…>/<j:…> tags, ${…} or $[…] expressions,
 * a processing script — is refused loudly: the local runtime must never pretend to run Jelly it does not run.
 */
import { inlineScript, page } from './html'

export class UnsupportedJelly extends Error {}

/** The HTML inside <j:jelly>, checked against the subset. */
export function jellyBody(source: string, origin: string): string {
    const text = source.replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    const m = /^<j:jelly\b[^>]*>([\s\S]*)<\/j:jelly>\s*$/.exec(text)
    if (!m) throw new UnsupportedJelly(`${origin}: not a <j:jelly> document (the local runtime renders only that root)`)
    const body = m[1]
    const tag = /<\/?([A-Za-z0-9_]+):([A-Za-z0-9_-]+)/.exec(body)
    if (tag) throw new UnsupportedJelly(`${origin}: Jelly element <${tag[1]}:${tag[2]}> is not supported by the local runtime (supported: plain HTML inside <j:jelly>)`)
    const expr = /[$][{[]/.exec(body)
    if (expr) throw new UnsupportedJelly(`${origin}: Jelly expression "${body.slice(expr.index, expr.index + 30)}" is not supported by the local runtime`)
    return body
}

export function renderUiPage(rec: Record<string, string>, token: string): string {
    const origin = `UI page ${rec.endpoint}`
    if ((rec.processing_script ?? '').trim()) throw new UnsupportedJelly(`${origin}: processing scripts are not supported by the local runtime`)
    const body = jellyBody(rec.html ?? '', origin)
    const script = (rec.client_script ?? '').trim() ? `<script>\n${inlineScript(rec.client_script, origin)}\n</script>` : ''
    return page({ title: rec.description || rec.name || rec.endpoint, token, body: `${body}\n${script}` })
}
