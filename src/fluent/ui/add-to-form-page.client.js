/* "Add TeamViewer to a form" (x_tvgh_teamviewer_add_to_form.do): posts {table, view} to
   /api/x_tvgh_teamviewer/forms/add or /forms/remove with the session's X-UserToken and shows the answer's
   message as text (textContent only). The route checks the caller is an admin of the integration and refuses
   tables that do not extend task with a message in plain words. */
(function () {
    var BASE = '/api/x_tvgh_teamviewer/forms/';

    function byId(id) {
        return document.getElementById(id);
    }

    function setBusy(busy) {
        byId('tv-forms-add').disabled = busy;
        byId('tv-forms-undo').disabled = busy;
    }

    function show(result, error, table) {
        byId('tv-forms-result').textContent = result || '';
        byId('tv-forms-error').textContent = error || '';
        var open = byId('tv-forms-open');
        open.textContent = '';
        if (result && table) {
            var a = document.createElement('a');
            a.setAttribute('href', encodeURIComponent(table) + '_list.do');
            a.textContent = 'Open a ' + table + ' record to see the form';
            open.appendChild(a);
        }
    }

    function send(what) {
        var table = byId('tv-forms-table').value.trim();
        var view = byId('tv-forms-view').value.trim();
        setBusy(true);
        show('', '', '');
        var xhr = new XMLHttpRequest();
        xhr.open('POST', BASE + what);
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.setRequestHeader('Content-Type', 'application/json');
        if (window.g_ck) xhr.setRequestHeader('X-UserToken', window.g_ck);
        xhr.onload = function () {
            setBusy(false);
            var body = null;
            try {
                body = JSON.parse(xhr.responseText);
            } catch (_e) {
                body = null;
            }
            var result = body && body.result;
            if (xhr.status === 200 && result && result.message) show(result.message, '', result.table);
            else show('', (result && result.error && result.error.message) || (body && body.error && body.error.message) || 'The form could not be changed (HTTP ' + xhr.status + ').', '');
        };
        xhr.onerror = function () {
            setBusy(false);
            show('', 'The form could not be changed: the instance did not answer.', '');
        };
        xhr.send(JSON.stringify({ table: table, view: view }));
    }

    byId('tv-forms-form').addEventListener('submit', function (ev) {
        ev.preventDefault();
        send('add');
    });
    byId('tv-forms-undo').addEventListener('click', function () {
        send('remove');
    });
})();
