import { ChoiceColumn, DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { TABLE } from '../../server/shared/names'

/**
 * The resumable position of a connection-history stream. Why: retrieval continues from what was
 * already stored (never "the last interval"), so an interval change, a missed run or a failure
 * half-way loses nothing. `mark` is the start of the next window (everything before it is stored);
 * `cursor_*` hold a window that is still being paged, so the next run resumes at `cursor_offset_id`.
 */
export const x_tvgh_teamviewer_retrieval_state = Table({
    name: TABLE.retrievalState,
    label: 'TeamViewer Retrieval State',
    display: 'name',
    // the retrieval position is internal to this application
    accessibleFrom: 'package_private',
    actions: [],
    schema: {
        name: StringColumn({ label: 'Stream', maxLength: 40, mandatory: true, unique: true }),
        mark: DateTimeColumn({ label: 'High-water mark' }),
        cursor_from: DateTimeColumn({ label: 'Window in progress: from' }),
        cursor_to: DateTimeColumn({ label: 'Window in progress: to' }),
        cursor_offset_id: StringColumn({ label: 'Window in progress: next offset', maxLength: 64 }),
        // kind and reason of the window in progress, so a run resuming it says why it started there
        cursor_kind: StringColumn({ label: 'Window in progress: kind', maxLength: 20 }),
        cursor_reason: StringColumn({ label: 'Window in progress: why it starts there', maxLength: 1000 }),
        // `to` of the last completed backfill or reconciliation: the next reconciliation is due reconcile_days later
        reconciled_to: DateTimeColumn({ label: 'Last reconciliation: to' }),
        retry_after: DateTimeColumn({ label: 'Rate limited until' }),
        // set by the company-wide Refresh when it queues the job; the job's run is then recorded as a manual one
        manual_requested: DateTimeColumn({ label: 'Manual refresh requested' }),
        last_run: ReferenceColumn({ label: 'Last run', referenceTable: TABLE.retrievalRun }),
    },
    index: [{ name: 'x_tvgh_tv_rstate_name', element: 'name', unique: true }],
})

/**
 * One retrieval run of connection history, whatever triggered it. Why: admins audit what was
 * retrieved and see TeamViewer's or the configuration's error in plain words.
 */
export const x_tvgh_teamviewer_retrieval_run = Table({
    name: TABLE.retrievalRun,
    label: 'TeamViewer Retrieval Run',
    display: 'started',
    // run records are read in this application's modules (admins); other scopes have no use for them
    accessibleFrom: 'package_private',
    actions: [],
    schema: {
        trigger: ChoiceColumn({
            label: 'Trigger',
            maxLength: 20,
            mandatory: true,
            choices: {
                scheduled: { label: 'Scheduled job', sequence: 10 },
                manual: { label: 'Manual refresh', sequence: 20 },
                case_closed: { label: 'Service case closed', sequence: 30 },
                task: { label: 'Task refresh', sequence: 40 },
            },
        }),
        state: ChoiceColumn({
            label: 'State',
            maxLength: 20,
            mandatory: true,
            default: 'running',
            choices: {
                running: { label: 'Running', sequence: 10 },
                complete: { label: 'Complete', sequence: 20 },
                failed: { label: 'Failed', sequence: 30 },
                rate_limited: { label: 'Rate limited', sequence: 40 },
                // stopped at the run's budget (pages, requests or minutes); the next run continues
                partial: { label: 'Stopped at budget', sequence: 50 },
            },
        }),
        filter: StringColumn({ label: 'Filter', maxLength: 200 }),
        started: DateTimeColumn({ label: 'Started', mandatory: true }),
        finished: DateTimeColumn({ label: 'Finished' }),
        window_from: DateTimeColumn({ label: 'Window from' }),
        window_to: DateTimeColumn({ label: 'Window to' }),
        // why the window starts where it does: backfill, lookback before the mark, reconciliation, resumed window
        window_kind: ChoiceColumn({
            label: 'Window kind',
            maxLength: 20,
            choices: {
                backfill: { label: 'Backfill (first run)', sequence: 10 },
                regular: { label: 'Lookback before the mark', sequence: 20 },
                reconciliation: { label: 'Reconciliation', sequence: 30 },
            },
        }),
        window_reason: StringColumn({ label: 'Why the window starts there', maxLength: 1000 }),
        pages: IntegerColumn({ label: 'Pages', default: 0 }),
        rest_calls: IntegerColumn({ label: 'REST calls', default: 0 }),
        received: IntegerColumn({ label: 'Records received', default: 0 }),
        inserted: IntegerColumn({ label: 'Inserted', default: 0 }),
        updated: IntegerColumn({ label: 'Updated', default: 0 }),
        unchanged: IntegerColumn({ label: 'Unchanged', default: 0 }),
        // records without a usable record id or start date (the only reasons a record is not stored)
        rejected: IntegerColumn({ label: 'Rejected records', default: 0 }),
        // values stored other than as sent (left empty, cut) or outside their documented form (stored as sent);
        // each record's raw_json keeps them. Per column with a first example: "currency ×1450 e.g. 'None' (left empty)"
        odd_values: IntegerColumn({ label: 'Values not stored as sent', default: 0 }),
        odd_values_detail: StringColumn({ label: 'Values not stored as sent: per column', maxLength: 1000 }),
        error_code: StringColumn({ label: 'Error code', maxLength: 40 }),
        error: StringColumn({ label: 'Error', maxLength: 4000 }),
    },
    index: [{ name: 'x_tvgh_tv_run_started', element: 'started', unique: false }],
})
