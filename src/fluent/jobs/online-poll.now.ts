import { ScheduledScript } from '@servicenow/sdk/core'
import { pollOnlineJob } from '../../server/entry/jobs/online-poll'
import { JOB } from '../../server/shared/names'

/**
 * "Poll TeamViewer service cases online": ONE poll for the whole instance (never one per browser).
 * Why: supporters are told when their customer comes online; the form control and the Online Service
 * Cases widget read the case table. The job wakes every minute and polls when
 * x_tvgh_teamviewer.online_poll_interval_seconds (default 60) has passed since the last poll, so admins
 * lengthen the interval with the property; for polling more often than once a minute, lower the job's
 * Repeat interval too. A wake-up that is not due costs one read of the poll state.
 */
ScheduledScript({
    $id: Now.ID['job_online_poll'],
    name: JOB.onlinePoll,
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    script: pollOnlineJob,
})
