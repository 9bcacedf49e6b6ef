/**
 * Glide adapters of the online poll: open cases (one query), per-case updates only when something changed,
 * and the time of the last poll (the `online_poll` row of x_tvgh_teamviewer_retrieval_state, column mark).
 */
import { GlideRecord } from '@servicenow/glide'
import type { PollCase, PollStore } from '../ports/poll.ts'
import { STATE_ROW, TABLE } from '../shared/names.ts'
import { glideMs, toGlide } from '../shared/time.ts'

function str(v: unknown): string {
    return v === null || v === undefined ? '' : String(v)
}

function update(c: PollCase, fields: Record<string, string | boolean>): void {
    const gr = new GlideRecord(TABLE.serviceCase)
    if (!gr.get(c.sysId)) return
    for (const [k, v] of Object.entries(fields)) gr.setValue(k, v)
    gr.update()
}

export const glidePollStore: PollStore = {
    openCases(): PollCase[] {
        const gr = new GlideRecord(TABLE.serviceCase)
        gr.addQuery('state', 'open')
        gr.query()
        const out: PollCase[] = []
        while (gr.next()) {
            out.push({
                sysId: gr.getUniqueValue(),
                code: str(gr.getValue('code')),
                online: str(gr.getValue('online')) === '1' || str(gr.getValue('online')) === 'true',
                validUntilMs: glideMs(str(gr.getValue('valid_until'))),
            })
        }
        return out
    },
    setOnline(c: PollCase, online: boolean, now: number): void {
        update(c, online ? { online: true, online_since: toGlide(now) } : { online: false, online_since: '' })
    },
    markExpired(c: PollCase, now: number): void {
        update(c, { state: 'expired', online: false, closed_at: toGlide(now) })
    },
    markClosed(c: PollCase, now: number): void {
        update(c, { state: 'closed', online: false, closed_at: toGlide(now) })
    },
    lastPollMs(): number {
        const gr = new GlideRecord(TABLE.retrievalState)
        return gr.get('name', STATE_ROW.onlinePoll) ? glideMs(str(gr.getValue('mark'))) : 0
    },
    setLastPoll(now: number): void {
        const gr = new GlideRecord(TABLE.retrievalState)
        if (!gr.get('name', STATE_ROW.onlinePoll)) {
            gr.initialize()
            gr.setValue('name', STATE_ROW.onlinePoll)
            gr.setValue('mark', toGlide(now))
            gr.insert()
            return
        }
        gr.setValue('mark', toGlide(now))
        gr.update()
    },
}
