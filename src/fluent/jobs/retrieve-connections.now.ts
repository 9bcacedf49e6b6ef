import { ScheduledScript } from '@servicenow/sdk/core'
import { retrieveConnectionsJob } from '../../server/entry/jobs/retrieval'
import { JOB } from '../../server/shared/names'

/**
 * "Retrieve TeamViewer connections": refreshes the connection history with the admin token. Every 6 hours
 * by default; an admin changes the interval on the job record. Retrieval resumes from its high-water mark,
 * so changing the interval or missing a run loses nothing.
 */
ScheduledScript({
    $id: Now.ID['job_retrieve_connections'],
    name: JOB.retrieval,
    active: true,
    frequency: 'periodically',
    executionInterval: { hours: 6 },
    script: retrieveConnectionsJob,
})
