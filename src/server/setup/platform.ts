/**
 * The setup status over the platform: settings and secrets through platform/settings.ts (whether set,
 * never the value), the one TeamViewer client through platform/clients.ts, the last retrieval run and the
 * retrieval job's record.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { adminClient } from '../platform/clients.ts'
import { platformClock } from '../platform/clock.ts'
import { glidePollStore } from '../platform/poll-store.ts'
import { oauthRedirectUri, PROPERTY, readSecret, readSettings } from '../platform/settings.ts'
import { glideDurationSeconds, glideMs, toGlide } from '../shared/time.ts'
import { JOB_NAME, POLL_JOB_NAME, type JobInfo, type RunInfo, type SetupDeps } from './status.ts'

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

function lastScheduledStartMs(): number {
    const gr = new GlideRecord('x_tvgh_teamviewer_retrieval_run')
    gr.addQuery('trigger', 'scheduled')
    gr.orderByDesc('started')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? glideMs(String(gr.getValue('started') || '')) : 0
}

function openCases(): number {
    const gr = new GlideRecord('x_tvgh_teamviewer_service_case')
    gr.addQuery('state', 'open')
    gr.setLimit(1000)
    gr.query()
    return gr.getRowCount()
}

function job(name: string = JOB_NAME): JobInfo | null {
    const gr = new GlideRecord('sysauto_script')
    gr.addQuery('name', name)
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return null
    const active = String(gr.getValue('active'))
    return { name, active: active === '1' || active === 'true', intervalSeconds: Math.max(0, glideDurationSeconds(String(gr.getValue('run_period') || '')) ?? 0) }
}

export function platformSetupDeps(): SetupDeps {
    return {
        now: platformClock,
        adminTokenSet: () => readSecret(PROPERTY.adminToken) !== '',
        adminClient: () => adminClient(),
        oauthClientId: () => String(gs.getProperty(PROPERTY.oauthClientId, '') || '').trim(),
        oauthSecretSet: () => readSecret(PROPERTY.oauthClientSecret) !== '',
        redirectUri: () => oauthRedirectUri(),
        lastRun,
        lastScheduledStartMs,
        job: () => job(JOB_NAME),
        poll: () => ({ job: job(POLL_JOB_NAME), intervalSeconds: readSettings().onlinePollIntervalSeconds, lastPollMs: glidePollStore.lastPollMs(), openCases: openCases() }),
        // UTC, as stored; the page says so
        display: (ms: number) => `${toGlide(ms)} UTC`,
    }
}
