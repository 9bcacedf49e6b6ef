/**
 * Glide adapters of the history retrieval: the connection table, the retrieval state and the run records (and
 * the last run, for the setup status). Thin: each method is one query or one write; the logic lives in
 * ../history/ over the ports of ../ports/history.ts.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import {
    STORED_COLUMNS,
    type CaseLink,
    type HistoryStore,
    type Row,
    type RunLog,
    type StateStore,
    type StoredConnection,
    type StreamState,
} from '../ports/history.ts'
import type { RunInfo } from '../ports/setup.ts'
import { STATE_ROW, TABLE } from '../shared/names.ts'
import { glideMs } from '../shared/time.ts'
import { bound, MAX_ERROR_TEXT } from '../teamviewer/redact.ts'
import { nowGlide } from './clock.ts'
import { addWorkNote } from './tasks.ts'

/** getValue as a string, '' for empty (the platform returns null for empty fields). */
function value(gr: GlideRecord, column: string): string {
    const v = gr.getValue(column)
    return v === null || v === undefined ? '' : String(v)
}

function isTrue(v: string): boolean {
    return v === 'true' || v === '1'
}

/**
 * One query: the rows whose `field` is in `values`, mapped to entries of a Map. An IN list is comma-separated,
 * so a value holding a comma (validation keeps them out; this is the second line) gets its own '=' query.
 */
function mapWhereIn<V>(table: string, field: string, values: string[], entry: (gr: GlideRecord) => [string, V]): Map<string, V> {
    const out = new Map<string, V>()
    const listed = values.filter((v) => !v.includes(','))
    const queries: [string, string][] = listed.length ? [['IN', listed.join(',')]] : []
    for (const v of values) if (v.includes(',')) queries.push(['=', v])
    for (const [operator, operand] of queries) {
        const gr = new GlideRecord(table)
        gr.addQuery(field, operator, operand)
        gr.query()
        while (gr.next()) {
            const [key, v] = entry(gr)
            out.set(key, v)
        }
    }
    return out
}

function setAll(gr: GlideRecord, row: Row): void {
    for (const [column, v] of Object.entries(row)) gr.setValue(column, v)
}

export const glideHistoryStore: HistoryStore = {
    findByTvIds(ids: string[]): Map<string, StoredConnection> {
        return mapWhereIn(TABLE.connection, 'tv_id', ids, (gr) => {
            const row: Row = {}
            for (const column of STORED_COLUMNS) row[column] = value(gr, column)
            row.work_note_added = isTrue(row.work_note_added) ? 'true' : 'false'
            return [row.tv_id, { sysId: gr.getUniqueValue(), row }]
        })
    },

    casesByCodes(codes: string[]): Map<string, CaseLink> {
        return mapWhereIn(TABLE.serviceCase, 'code', codes, (gr) => [
            value(gr, 'code').toLowerCase(),
            {
                sysId: gr.getUniqueValue(),
                task: value(gr, 'task'),
                supporter: value(gr, 'supporter'),
                supporterTvUserId: value(gr, 'supporter_tv_user_id'),
            },
        ])
    },

    usersByTvUserIds(ids: string[]): Map<string, string> {
        return mapWhereIn(TABLE.token, 'tv_user_id', ids, (gr) => [value(gr, 'tv_user_id'), value(gr, 'user')])
    },

    insert(row: Row): string {
        const gr = new GlideRecord(TABLE.connection)
        gr.initialize()
        setAll(gr, row)
        gr.setValue('last_retrieved', nowGlide())
        const sysId = gr.insert()
        if (!sysId) throw new Error(`could not store TeamViewer connection ${row.tv_id}`)
        return String(sysId)
    },

    update(sysId: string, changes: Row): void {
        const gr = new GlideRecord(TABLE.connection)
        if (!gr.get(sysId)) throw new Error(`TeamViewer connection record ${sysId} disappeared`)
        setAll(gr, changes)
        gr.setValue('last_retrieved', nowGlide())
        if (!gr.update()) throw new Error(`could not update TeamViewer connection ${value(gr, 'tv_id')}`)
    },

    earliestRunningStart(notBefore: string): string | null {
        const gr = new GlideRecord(TABLE.connection)
        gr.addNullQuery('end_date')
        gr.addQuery('start_date', '>=', notBefore)
        gr.orderBy('start_date')
        gr.setLimit(1)
        gr.query()
        return gr.next() ? value(gr, 'start_date') || null : null
    },

    addWorkNote(taskSysId: string, text: string): void {
        if (!addWorkNote(taskSysId, text)) throw new Error(`could not add a work note to task ${taskSysId}`)
    },
}

const STATE_FIELDS: Record<keyof StreamState, string> = {
    mark: 'mark',
    cursorFrom: 'cursor_from',
    cursorTo: 'cursor_to',
    cursorOffsetId: 'cursor_offset_id',
    cursorKind: 'cursor_kind',
    cursorReason: 'cursor_reason',
    reconciledTo: 'reconciled_to',
    retryAfter: 'retry_after',
    manualRequested: 'manual_requested',
}

function stateRecord(name: string): GlideRecord {
    const gr = new GlideRecord(TABLE.retrievalState)
    if (gr.get('name', name)) return gr
    gr.initialize()
    gr.setValue('name', name)
    gr.insert()
    return gr
}

export const glideStateStore: StateStore = {
    load(name: string): StreamState {
        const gr = new GlideRecord(TABLE.retrievalState)
        const found = gr.get('name', name)
        const state = {} as StreamState
        for (const [key, column] of Object.entries(STATE_FIELDS)) state[key as keyof StreamState] = found ? value(gr, column) : ''
        return state
    },
    save(name: string, patch: Partial<StreamState>): void {
        const gr = stateRecord(name)
        for (const [key, v] of Object.entries(patch)) gr.setValue(STATE_FIELDS[key as keyof StreamState], v ?? '')
        if (!gr.update()) throw new Error(`could not save the retrieval position "${name}"`)
    },
}

export const glideRunLog: RunLog = {
    start(info) {
        const gr = new GlideRecord(TABLE.retrievalRun)
        gr.initialize()
        gr.setValue('trigger', info.trigger)
        gr.setValue('state', 'running')
        gr.setValue('filter', info.filter)
        gr.setValue('started', nowGlide())
        gr.setValue('window_from', info.windowFrom)
        gr.setValue('window_to', info.windowTo)
        gr.setValue('window_kind', info.windowKind ?? '')
        gr.setValue('window_reason', (info.windowReason ?? '').slice(0, 1000))
        const sysId = gr.insert()
        if (!sysId) throw new Error('could not record the retrieval run')
        const state = stateRecord(STATE_ROW.company)
        if (info.trigger === 'scheduled' || info.trigger === 'manual') {
            state.setValue('last_run', String(sysId))
            state.update()
        }
        return String(sysId)
    },
    explainWindow(runId, reason) {
        const gr = new GlideRecord(TABLE.retrievalRun)
        if (!gr.get(runId)) return
        gr.setValue('window_reason', reason.slice(0, 1000))
        gr.update()
    },
    companyRunSince(since) {
        const gr = new GlideRecord(TABLE.retrievalRun)
        gr.addQuery('state', 'running')
        gr.addQuery('trigger', 'IN', 'scheduled,manual')
        // the lease runs from the last progress (every page updates the record), not from the start
        gr.addQuery('sys_updated_on', '>=', since)
        gr.setLimit(1)
        gr.query()
        return gr.next() ? value(gr, 'started') : null
    },
    abandonStale(before) {
        const gr = new GlideRecord(TABLE.retrievalRun)
        gr.addQuery('state', 'running')
        gr.addQuery('trigger', 'IN', 'scheduled,manual')
        gr.addQuery('sys_updated_on', '<', before)
        gr.query()
        while (gr.next()) {
            const last = value(gr, 'sys_updated_on')
            gr.setValue('state', 'failed')
            gr.setValue('error_code', 'abandoned')
            gr.setValue(
                'error',
                `Stopped without finishing (killed or cancelled): no progress since ${last} UTC. The next run continues from the stored position.`,
            )
            gr.setValue('finished', nowGlide())
            gr.update()
            gs.warn(`TeamViewer retrieval run ${gr.getUniqueValue()}: marked failed, no progress since ${last} UTC`)
        }
    },
    progress(runId, counts) {
        const gr = new GlideRecord(TABLE.retrievalRun)
        if (!gr.get(runId)) return
        setAll(gr, {
            pages: String(counts.pages),
            rest_calls: String(counts.restCalls),
            received: String(counts.received),
            inserted: String(counts.inserted),
            updated: String(counts.updated),
            unchanged: String(counts.unchanged),
            rejected: String(counts.rejected),
            odd_values: String(counts.oddValues),
        })
        gr.update()
    },
    finish(runId, outcome) {
        const gr = new GlideRecord(TABLE.retrievalRun)
        if (!gr.get(runId)) return
        const c = outcome.counts
        setAll(gr, {
            state: outcome.state,
            finished: nowGlide(),
            pages: String(c.pages),
            rest_calls: String(c.restCalls),
            received: String(c.received),
            inserted: String(c.inserted),
            updated: String(c.updated),
            unchanged: String(c.unchanged),
            rejected: String(c.rejected),
            odd_values: String(c.oddValues),
            odd_values_detail: bound(outcome.oddDetail ?? '', 1000),
            error_code: outcome.errorCode.slice(0, 40),
            error: bound(outcome.error, MAX_ERROR_TEXT),
        })
        gr.update()
        if (outcome.state === 'complete' && !outcome.error)
            gs.info(`TeamViewer retrieval run ${runId}: complete (${c.received} records, ${c.pages} pages)`)
        else gs.warn(`TeamViewer retrieval run ${runId}: ${outcome.state} — ${bound(outcome.error, MAX_ERROR_TEXT)}`)
    },
}

function count(gr: GlideRecord, field: string): number {
    const n = parseInt(String(gr.getValue(field) || '0'), 10)
    return isNaN(n) ? 0 : n
}

/** The latest retrieval run, whatever triggered it; null before the first. */
export function lastRun(): RunInfo | null {
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
        received: count(gr, 'received'),
        inserted: count(gr, 'inserted'),
        updated: count(gr, 'updated'),
        rejected: count(gr, 'rejected'),
        oddValues: count(gr, 'odd_values'),
        oddDetail: String(gr.getValue('odd_values_detail') || ''),
        error: String(gr.getValue('error') || ''),
    }
}

/** When the scheduled job's last run started (ms), 0 when it never ran. */
export function lastScheduledStartMs(): number {
    const gr = new GlideRecord(TABLE.retrievalRun)
    gr.addQuery('trigger', 'scheduled')
    gr.orderByDesc('started')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? glideMs(String(gr.getValue('started') || '')) : 0
}
