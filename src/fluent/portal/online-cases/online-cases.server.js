;(function () {
    // Online Service Cases: open service cases from the platform table only (0 TeamViewer calls).
    // GlideRecordSecure: the service case ACLs decide what this user sees — a case only when its task, on its own
    // class, is readable by the user; each row is checked again (canRead) before anything of it is put in data.
    var TABLE = 'x_tvgh_teamviewer_service_case'
    var DEFAULT_FIELDS = ['task', 'end_customer_name', 'supporter', 'online', 'sys_created_on', 'valid_until']
    var LIMIT = 200

    var seconds = parseInt(options.refresh_interval, 10)
    data.refreshInterval = seconds >= 5 ? seconds : 30
    data.error = ''
    data.cases = []
    data.columns = []
    try {
        var gr = new GlideRecordSecure(TABLE)
        // who may use the list at all: the read rules of a case need its task, so the roles are asked here
        if (!gs.hasRole('itil') && !gs.hasRole('x_tvgh_teamviewer.admin')) {
            data.error = 'You do not have access to TeamViewer service cases. Ask an administrator for the itil role.'
            return
        }
        var fields = []
        String(options.fields || '')
            .split(',')
            .forEach(function (f) {
                var name = f.trim()
                if (name && gr.isValidField(name) && fields.indexOf(name) < 0) fields.push(name)
            })
        if (!fields.length) fields = DEFAULT_FIELDS
        data.columns = fields.map(function (f) {
            var label = gr.getElement(f).getLabel()
            return { name: f, label: label ? String(label) : f }
        })
        gr.addQuery('state', 'open')
        gr.orderByDesc('online')
        gr.orderByDesc('sys_created_on')
        gr.setLimit(LIMIT)
        gr.query()
        while (gr.next()) {
            if (!gr.canRead()) continue
            var online = gr.getValue('online') === '1' || gr.getValue('online') === 'true'
            var row = { sysId: gr.getUniqueValue(), code: gr.getValue('code') || '', online: online, cells: [] }
            fields.forEach(function (f) {
                var cell = { name: f, display: String(gr.getDisplayValue(f) || ''), href: '' }
                if (f === 'online') cell.display = online ? 'Online' : 'Offline'
                if (f === 'task' && gr.getValue('task')) {
                    var task = gr.getElement('task').getRefRecord()
                    var cls = task.isValidRecord() ? task.getValue('sys_class_name') || 'task' : 'task'
                    cell.href = '/' + cls + '.do?sys_id=' + encodeURIComponent(gr.getValue('task'))
                }
                row.cells.push(cell)
            })
            data.cases.push(row)
        }
    } catch (e) {
        // the detail goes to the system log only: an exception's text could carry anything
        gs.error(
            'TeamViewer integration: Online Service Cases could not read the service cases: ' + (e && e.message ? e.message : String(e)),
        )
        data.cases = []
        data.error = 'The service cases could not be read. Try again later; if it persists, ask an administrator to check the system log.'
    }
})()
