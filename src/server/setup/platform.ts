/**
 * The setup status over the platform: settings and secrets through platform/settings.ts (whether set,
 * never the value), the one TeamViewer client through platform/clients.ts, the last retrieval run and the
 * retrieval job's record.
 */
import { GlideDateTime, GlideRecord } from '@servicenow/glide'
import { adminClient } from '../platform/clients.ts'
import { oauthRedirectUri, PROPERTY, readSecret } from '../platform/settings.ts'
import { gs } from '@servicenow/glide'
import { durationSeconds, JOB_NAME, type JobInfo, type RunInfo, type SetupDeps } from './status.ts'

function num(gr: GlideRecord, field: string): number {
    const n = parseInt(String(gr.getValue(field) || '0'), 10)
    return isNaN(n) ? 0 : n
}

function lastRun(): RunInfo | null {
    const gr = new GlideRecord('x_tvgh_teamviewer_retrieval_run')
    gr.orderByDesc('started')
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return null
    return {
        started: String(gr.getValue('started') || ''),
        finished: String(gr.getValue('finished') || ''),
        state: String(gr.getValue('state') || ''),
        trigger: String(gr.getValue('trigger') || ''),
        received: num(gr, 'received'),
        inserted: num(gr, 'inserted'),
        updated: num(gr, 'updated'),
        error: String(gr.getValue('error') || ''),
    }
}

function job(): JobInfo | null {
    const gr = new GlideRecord('sysauto_script')
    gr.addQuery('name', JOB_NAME)
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return null
    const active = String(gr.getValue('active'))
    return { name: JOB_NAME, active: active === '1' || active === 'true', intervalSeconds: durationSeconds(String(gr.getValue('run_period') || '')) }
}

export function platformSetupDeps(): SetupDeps {
    return {
        now: () => new GlideDateTime().getNumericValue(),
        adminTokenSet: () => readSecret(PROPERTY.adminToken) !== '',
        adminClient: () => adminClient(),
        oauthClientId: () => String(gs.getProperty(PROPERTY.oauthClientId, '') || '').trim(),
        oauthSecretSet: () => readSecret(PROPERTY.oauthClientSecret) !== '',
        redirectUri: () => oauthRedirectUri(),
        lastRun,
        job,
    }
}
