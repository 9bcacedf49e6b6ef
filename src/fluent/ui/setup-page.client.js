/* Setup status page (x_tvgh_teamviewer_setup.do): reads GET /api/x_tvgh_teamviewer/setup/status with the
   session's X-UserToken and shows each check as text (textContent only: nothing is parsed as HTML). */
(function () {
    var STATUS_URL = '/api/x_tvgh_teamviewer/setup/status';
    var LABEL = { ok: 'OK', problem: 'Problem', warning: 'Check' };

    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) e.className = cls;
        if (text !== undefined && text !== null) e.textContent = String(text);
        return e;
    }

    function show(status) {
        var root = document.getElementById('tv-setup-result');
        root.textContent = '';
        root.appendChild(el('p', status.ok ? 'tv-summary alert alert-success' : 'tv-summary alert alert-danger', status.ok ? 'Everything is set up.' : 'Some settings need attention; each problem says how to fix it.'));
        var list = el('ul', 'tv-checks list-unstyled');
        (status.checks || []).forEach(function (c) {
            var item = el('li', 'tv-check tv-' + c.state);
            item.setAttribute('data-check', c.id);
            var head = el('strong', '', c.title + ': ' + (LABEL[c.state] || c.state));
            item.appendChild(head);
            item.appendChild(el('div', 'tv-detail', c.detail));
            if (c.fix) item.appendChild(el('div', 'tv-fix', 'How to fix: ' + c.fix));
            list.appendChild(item);
        });
        root.appendChild(list);
        var redirect = el('div', 'tv-redirect');
        redirect.appendChild(el('label', '', 'Redirect URI to register in TeamViewer: '));
        var input = el('input', 'form-control');
        input.id = 'tv-redirect-uri';
        input.readOnly = true;
        input.value = status.redirectUri || '';
        input.setAttribute('aria-label', 'Redirect URI to register in TeamViewer');
        redirect.appendChild(input);
        root.appendChild(redirect);
        if (status.job) root.appendChild(el('p', 'tv-job', 'Retrieval job: ' + (status.job.active ? 'active' : 'inactive') + ', every ' + status.job.interval + (status.job.nextRun ? '; next run about ' + status.job.nextRun : '') + '.'));
        if (status.poll) root.appendChild(el('p', 'tv-poll', 'Online poll: every ' + status.poll.interval + '; ' + (status.poll.lastPoll ? 'last poll ' + status.poll.lastPoll : 'no poll yet') + '.'));
        var links = el('ul', 'tv-links');
        (status.links || []).forEach(function (l) {
            var li = el('li');
            var a = el('a', '', l.title);
            a.setAttribute('href', l.href);
            li.appendChild(a);
            links.appendChild(li);
        });
        root.appendChild(links);
    }

    function fail(message) {
        var root = document.getElementById('tv-setup-result');
        root.textContent = '';
        root.appendChild(el('p', 'tv-error alert alert-danger', message));
    }

    function load() {
        var loading = document.getElementById('tv-setup-loading');
        loading.style.display = '';
        var xhr = new XMLHttpRequest();
        xhr.open('GET', STATUS_URL);
        xhr.setRequestHeader('Accept', 'application/json');
        if (window.g_ck) xhr.setRequestHeader('X-UserToken', window.g_ck);
        xhr.onload = function () {
            loading.style.display = 'none';
            var body = null;
            try {
                body = JSON.parse(xhr.responseText);
            } catch (_e) {
                body = null;
            }
            var result = body && body.result;
            if (xhr.status === 200 && result && result.checks) show(result);
            else fail((result && result.error && result.error.message) || 'The setup status could not be read (HTTP ' + xhr.status + ').');
        };
        xhr.onerror = function () {
            loading.style.display = 'none';
            fail('The setup status could not be read: the instance did not answer.');
        };
        xhr.send();
    }

    document.getElementById('tv-setup-recheck').addEventListener('click', load);
    load();
})();
