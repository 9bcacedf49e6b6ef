/**
 * The setup status over the platform: settings and secrets through platform/settings.ts (whether set,
 * never the value), the one TeamViewer client through platform/clients.ts, the last retrieval run and the
 * retrieval job's record.
 */
import { GlideRecord } from '@servicenow/glide'
import { adminClient } from './clients.ts'
import { platformClock } from '../../platform/clock.ts'
import { glidePollStore } from '../../platform/poll-store.ts'
import { platformSettings, propertyText, readSecret } from '../../platform/settings.ts'
import { readRedirectUri, readText, SETTING } from '../../shared/settings.ts'
import { glideDurationSeconds, glideMs, toGlide } from '../../shared/time.ts'
import type { JobInfo, RunInfo, SetupDeps } from '../../ports/setup.ts'
import { JOB, TABLE } from '../../shared/names.ts'

function num(gr: GlideRecord, field: string): number {
    const n = parseInt(String(gr.getValue(field) || '0'), 10)
    return isNaN(n) ? 0 : n
}

function lastRun(): RunInfo | null {
    const gr = new GlideRecord(TABLE.retrievalRun)
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
    const gr = new GlideRecord(TABLE.retrievalRun)
    gr.addQuery('trigger', 'scheduled')
    gr.orderByDesc('started')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? glideMs(String(gr.getValue('started') || '')) : 0
}

function openCases(): number {
    const gr = new GlideRecord(TABLE.serviceCase)
    gr.addQuery('state', 'open')
    gr.setLimit(1000)
    gr.query()
    return gr.getRowCount()
}

function job(name: string): JobInfo | null {
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
        adminTokenSet: () => readSecret(SETTING.adminToken.name) !== '',
        adminClient: () => adminClient(),
        oauthClientId: () => readText(propertyText, SETTING.oauthClientId),
        oauthSecretSet: () => readSecret(SETTING.oauthClientSecret.name) !== '',
        redirectUri: () => readRedirectUri(propertyText),
        lastRun,
        lastScheduledStartMs,
        job: () => job(JOB.retrieval),
        poll: () => ({ job: job(JOB.onlinePoll), intervalSeconds: platformSettings().onlinePollIntervalSeconds, lastPollMs: glidePollStore.lastPollMs(), openCases: openCases() }),
        // UTC, as stored; the page says so
        display: (ms: number) => `${toGlide(ms)} UTC`,
    }
}
