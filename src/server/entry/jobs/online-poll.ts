/** Scheduled job "Poll TeamViewer service cases online" (src/fluent/jobs/online-poll.now.ts): see cases/poll.ts. */
import { pollOnline, type PollResult } from '../../cases/poll.ts'
import { platformPollDeps } from '../wiring/poll.ts'

export function pollOnlineJob(): PollResult {
    return pollOnline(platformPollDeps())
}
