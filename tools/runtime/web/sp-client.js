/*
 * The local Service Portal client: one AngularJS 1.x module that runs each widget of the page with its own
 * client controller (api.controller, injected by parameter name as the portal does) and template, with
 * `c.data`, `c.options`, `c.widget` and `c.server.update()` / `c.server.get()` posting to the widget's
 * server script as the signed-in user (X-UserToken). Test infrastructure: served by tools/runtime/web.
 */
;(function () {
    'use strict'
    var blobs = JSON.parse(document.getElementById('sp-widgets').textContent)
    var byInstance = {}
    blobs.forEach(function (b) {
        byInstance[b.instanceId] = b
    })

    function controllerOf(b) {
        var api = {}
        // the widget's client script assigns api.controller (the portal evaluates it the same way)
        new Function('api', b.clientScript)(api)
        if (typeof api.controller !== 'function') throw new Error('widget ' + b.widgetId + ': the client script sets no api.controller')
        return api.controller
    }

    angular.module('spLocal', []).directive('spWidget', [
        '$compile',
        '$http',
        '$injector',
        function ($compile, $http, $injector) {
            return {
                restrict: 'A',
                scope: true,
                link: function (scope, element, attrs) {
                    var b = byInstance[attrs.spWidget]
                    var c = { data: b.data, options: b.options, widget: { id: b.widgetId, sys_id: b.instanceId, options: b.options } }
                    function post(input) {
                        return $http
                            .post(
                                '/api/now/sp/widget/' + encodeURIComponent(b.instanceId),
                                { input: input },
                                { headers: { 'X-UserToken': window.g_ck } },
                            )
                            .then(function (r) {
                                return r.data.result
                            })
                    }
                    c.server = {
                        update: function () {
                            return post(angular.copy(c.data)).then(function (result) {
                                c.data = result.data
                                return result
                            })
                        },
                        get: function (input) {
                            return post(input || {}).then(function (result) {
                                return { data: result.data }
                            })
                        },
                    }
                    scope[b.controllerAs] = c
                    $injector.invoke(controllerOf(b), c, { $scope: scope })
                    element.html(b.template)
                    $compile(element.contents())(scope)
                },
            }
        },
    ])
})()
