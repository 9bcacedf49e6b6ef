/** Wires the retrieval logic to the platform: Glide stores, the admin-token client, the clock, the log. */
import { gs } from '@servicenow/glide'
import type { RetrievalDeps } from '../../ports/history.ts'
import { adminClient } from './clients.ts'
import { platformClock } from '../../platform/clock.ts'
import { glideHistoryStore, glideRunLog, glideStateStore } from '../../platform/history-store.ts'
import { platformSettings } from '../../platform/settings.ts'

export function platformRetrievalDeps(): RetrievalDeps {
    const settings = platformSettings()
    return {
        source: adminClient,
        store: glideHistoryStore,
        state: glideStateStore,
        runs: glideRunLog,
        clock: platformClock,
        log: { info: (m) => gs.info(m), warn: (m) => gs.warn(m) },
        settings: {
            lookbackHours: settings.lookbackHours,
            reconcileDays: settings.reconcileDays,
            backfillDays: settings.backfillDays,
            maxPagesPerRun: settings.maxPagesPerRun,
            maxRequestsPerRun: settings.maxRequestsPerRun,
            maxRunMinutes: settings.maxRunMinutes,
        },
    }
}
