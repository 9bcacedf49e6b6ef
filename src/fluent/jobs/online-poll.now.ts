import { ScheduledScript } from '@servicenow/sdk/core'
import { pollOnlineJob } from '../../server/cases/poll-job'

/**
 * "Poll TeamViewer service cases online": ONE poll for the whole instance (never one per browser).
 * Why: supporters are told when their customer comes online; the form control and the Online Service
 * Cases widget read the case table. The job wakes every 10 seconds and polls only when
 * x_tvgh_teamviewer.online_poll_interval_seconds (default 60) has passed since the last poll, so admins
 * change the interval with the property; a wake-up that is not due costs one read of the poll state.
 */
ScheduledScript({
    $id: Now.ID['job_online_poll'],
    name: 'Poll TeamViewer service cases online',
    active: true,
    frequency: 'periodically',
    executionInterval: { seconds: 10 },
    script: pollOnlineJob,
})
