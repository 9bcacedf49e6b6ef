/** Wires the online poll to the platform: the poll store, the company client (admin token), the clock, events, the log. */
import { queueCaseEvent } from '../../platform/case-store.ts'
import { platformClock } from '../../platform/clock.ts'
import { platformLog } from '../../platform/log.ts'
import { glidePollStore } from '../../platform/poll-store.ts'
import { platformSettings } from '../../platform/settings.ts'
import type { PollDeps } from '../../ports/poll.ts'
import { adminClient } from './clients.ts'

export function platformPollDeps(): PollDeps {
    const settings = platformSettings()
    return {
        store: glidePollStore,
        api: adminClient,
        clock: platformClock,
        intervalSeconds: settings.onlinePollIntervalSeconds,
        budget: { maxPages: settings.maxPagesPerRun, maxSeconds: settings.onlinePollIntervalSeconds },
        queueEvent: (name, caseSysId) => queueCaseEvent(name, caseSysId, '', ''),
        log: platformLog,
    }
}
