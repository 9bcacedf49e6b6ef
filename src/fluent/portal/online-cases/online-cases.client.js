api.controller = function ($scope, $interval) {
    /* Online Service Cases: re-reads the platform table every refresh_interval seconds while open. */
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the Service Portal idiom (controllerAs c)
    var c = this
    c.loading = false
    c.failed = ''

    c.refresh = function () {
        if (c.loading) return
        c.loading = true
        return c.server.update().then(
            function () {
                c.loading = false
                c.failed = ''
                c.lastRefresh = new Date()
            },
            function () {
                c.loading = false
                c.failed = 'The list could not be refreshed. It will be tried again.'
            },
        )
    }

    var seconds = parseInt(c.data.refreshInterval, 10)
    var timer = $interval(c.refresh, (seconds >= 5 ? seconds : 30) * 1000)
    $scope.$on('$destroy', function () {
        $interval.cancel(timer)
    })
}
