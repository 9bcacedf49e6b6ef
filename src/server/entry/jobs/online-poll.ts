/** Scheduled job "Poll TeamViewer service cases online": see poll.ts. */
import { platformPollDeps } from '../../platform/poll-store.ts'
import { pollOnline, type PollResult } from '../../cases/poll.ts'

export function pollOnlineJob(): PollResult {
    return pollOnline(platformPollDeps())
}
