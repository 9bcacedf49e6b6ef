/**
 * UI16's client API for lists on the local runtime's form pages, as much of it as the app uses:
 * `GlideList2.get(listId)` (null when the page has no such list) and its `refresh()`, which re-reads the list
 * from the server and replaces it in place (the platform re-renders a related list the same way, without
 * reloading the form). A related list's id is `<form table>.<related list>` (`incident.REL:<sys_id>` for a
 * relationship); the form page marks each related list with it (`data-list-id`, forms.ts).
 *   GET /local/related_list?sysparm_table=&sys_id=&sysparm_view=&sysparm_list_id=&sysparm_goto=
 *       the related list's section HTML as the session's user (X-UserToken = g_ck, as the platform's list
 *       requests carry it), escaped as on the form; 404 when the record is not readable or the list is not
 *       on its form.
 */
import type { Handler, WebRequest } from './http'

export const RELATED_LIST_PATH = '/local/related_list'

/** The page script defining window.GlideList2 (plain ES5: it runs as a page script, like the platform's). */
export const GLIDE_LIST_SCRIPT = `<script>
(function () {
    'use strict';
    function find(id) {
        var all = document.querySelectorAll('section.tv-related[data-list-id]');
        for (var i = 0; i < all.length; i++) if (all[i].getAttribute('data-list-id') === id) return all[i];
        return null;
    }
    function List(id) { this.id = id; }
    List.prototype.getListID = function () { return this.id; };
    List.prototype.refresh = function () {
        var id = this.id;
        var form = document.querySelector('main.tv-form');
        if (!form) return;
        var q = new URLSearchParams({
            sysparm_table: form.getAttribute('data-table') || '',
            sys_id: form.getAttribute('data-sys-id') || '',
            sysparm_view: new URLSearchParams(window.location.search).get('sysparm_view') || '',
            sysparm_list_id: id,
            sysparm_goto: window.location.pathname + window.location.search
        });
        window.fetch('${RELATED_LIST_PATH}?' + q.toString(), { credentials: 'same-origin', headers: { 'X-UserToken': window.g_ck || '' } })
            .then(function (r) { return r.ok ? r.text() : null; })
            .then(function (html) {
                var old = find(id);
                if (html === null || !old) return;
                var t = document.createElement('template');
                t.innerHTML = html.trim();
                var fresh = t.content.firstElementChild;
                if (fresh) old.replaceWith(fresh);
            })
            .catch(function () { /* the list stays as it was, as on the platform when a refresh fails */ });
    };
    window.GlideList2 = {
        get: function (idOrElement) {
            var id = idOrElement;
            if (idOrElement && typeof idOrElement === 'object' && idOrElement.closest) {
                var section = idOrElement.closest('section.tv-related[data-list-id]');
                id = section ? section.getAttribute('data-list-id') : null;
            }
            return typeof id === 'string' && find(id) ? new List(id) : null;
        }
    };
})();
</script>`

/** What a refresh asks for (the form's record and view, the list, where the list's actions go back to). */
export interface RelatedListRequest {
    table: string
    sysId: string
    view: string
    listId: string
    back: string
}

/** Registers GET RELATED_LIST_PATH; `section` renders the list for the user (null: no such list on a readable record). */
export function registerGlideList(
    route: (method: string, pattern: RegExp, handler: Handler) => void,
    send: (r: WebRequest, status: number, type: string, body: string) => void,
    section: (user: string, token: string, q: RelatedListRequest) => string | null,
): void {
    route('GET', /^\/local\/related_list$/, (r) => {
        if (!r.session || r.req.headers['x-usertoken'] !== r.session.token) return void send(r, 401, 'text/plain', 'User Not Authenticated')
        const p = r.url.searchParams
        const table = p.get('sysparm_table') ?? ''
        const sysId = p.get('sys_id') ?? ''
        const goto = p.get('sysparm_goto') ?? ''
        const back = goto.startsWith('/') && !goto.startsWith('//') ? goto : `/${table}.do?sys_id=${sysId}`
        const html = section(r.session.user, r.session.token, {
            table,
            sysId,
            view: p.get('sysparm_view') ?? '',
            listId: p.get('sysparm_list_id') ?? '',
            back,
        })
        if (html === null) return void send(r, 404, 'text/plain', 'Related list not found')
        send(r, 200, 'text/html', html)
    })
}
