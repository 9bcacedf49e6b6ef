/**
 * The app's scheduled jobs (sysauto_script), found by name: their state for the setup status, and the scoped
 * `gs.executeNow` (the platform's way to run a job of the same application at once) for the company-wide
 * Refresh. Reading sysauto_script is granted by a cross-scope privilege (security/cross-scope.now.ts).
 */
import { gs, GlideRecord } from '@servicenow/glide'
import type { FindJob } from '../ports/jobs.ts'
import { glideDurationSeconds } from '../shared/time.ts'

export const findJob: FindJob = (name) => {
    const gr = new GlideRecord('sysauto_script')
    gr.addQuery('name', name)
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return null
    const active = String(gr.getValue('active'))
    return {
        name,
        active: active === '1' || active === 'true',
        intervalSeconds: Math.max(0, glideDurationSeconds(String(gr.getValue('run_period') || '')) ?? 0),
        executeNow: () => String(gs.executeNow(gr) ?? ''),
    }
}
