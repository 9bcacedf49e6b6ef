/**
 * The setup status over the platform: settings and secrets through platform/settings.ts (whether set, never
 * the value), the one TeamViewer client (./clients.ts), the last retrieval run, the scheduled jobs and the
 * online poll's state.
 */
import { countOpenCases } from '../../platform/case-store.ts'
import { platformClock } from '../../platform/clock.ts'
import { lastRun, lastScheduledStartMs } from '../../platform/history-store.ts'
import { findJob } from '../../platform/jobs.ts'
import { glidePollStore } from '../../platform/poll-store.ts'
import { platformSettings, propertyText, readSecret } from '../../platform/settings.ts'
import type { JobInfo } from '../../ports/jobs.ts'
import type { SetupDeps } from '../../ports/setup.ts'
import { JOB } from '../../shared/names.ts'
import { readRedirectUri, readText, SETTING } from '../../shared/settings.ts'
import { toGlide } from '../../shared/time.ts'
import { adminClient } from './clients.ts'

function job(name: string): JobInfo | null {
    const found = findJob(name)
    return found ? { name: found.name, active: found.active, intervalSeconds: found.intervalSeconds } : null
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
        poll: () => ({
            job: job(JOB.onlinePoll),
            intervalSeconds: platformSettings().onlinePollIntervalSeconds,
            lastPollMs: glidePollStore.lastPollMs(),
            openCases: countOpenCases(),
        }),
        // UTC, as stored; the page says so
        display: (ms: number) => `${toGlide(ms)} UTC`,
    }
}
