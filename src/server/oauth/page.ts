/** The small HTML page the OAuth callback answers in the sign-in popup. Everything shown is escaped. */
import { SIGN_IN_MESSAGE } from '../shared/contract.ts'

export function escapeHtml(s: string): string {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/**
 * Tells the opener (the task form, same origin) the outcome with postMessage — only a fixed type and a
 * boolean, never data from the request — and closes the popup when the sign-in worked.
 */
export function signInPage(ok: boolean, message: string): string {
    const title = ok ? 'Signed in to TeamViewer' : 'TeamViewer sign-in failed'
    const script = `(function(){try{if(window.opener){window.opener.postMessage({type:${JSON.stringify(SIGN_IN_MESSAGE)},ok:${ok ? 'true' : 'false'}},window.location.origin);}}catch(e){}${ok ? 'setTimeout(function(){window.close();},1500);' : ''}})();`
    return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p id="message">${escapeHtml(message)}</p><script>${script}</script></body></html>`
}
