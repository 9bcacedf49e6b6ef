/** Wires the retrieval logic to the platform: Glide stores, the admin-token client, the clock, the log. */
import { platformClock } from '../../platform/clock.ts'
import { glideHistoryStore, glideRunLog, glideStateStore } from '../../platform/history-store.ts'
import { platformLog } from '../../platform/log.ts'
import { platformSettings } from '../../platform/settings.ts'
import type { RetrievalDeps } from '../../ports/history.ts'
import { adminClient } from './clients.ts'

export function platformRetrievalDeps(): RetrievalDeps {
    const settings = platformSettings()
    return {
        source: adminClient,
        store: glideHistoryStore,
        state: glideStateStore,
        runs: glideRunLog,
        clock: platformClock,
        log: platformLog,
        settings: {
            lookbackHours: settings.lookbackHours,
            reconcileDays: settings.reconcileDays,
            backfillDays: settings.backfillDays,
            maxPagesPerRun: settings.maxPagesPerRun,
            maxRequestsPerRun: settings.maxRequestsPerRun,
            maxRunMinutes: settings.maxRunMinutes,
            keepRawJson: settings.keepRawJson,
        },
    }
}
