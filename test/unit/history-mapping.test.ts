/** Pure parts of history retrieval: date conversions, record → row mapping, change detection. */
import { changedColumns, toRow } from '../../src/server/history/mapping.ts'
import { durationValue, glideMs, humanDuration, isoToGlide, toGlide, toIso, toMs } from '../../src/server/shared/time.ts'
import { makeDateTimeClasses } from '../../tools/runtime/glide/datetime'
import { parseConnectionRecord } from '../../src/server/teamviewer/parse.ts'

describe('time', () => {
    test('ISO ↔ glide, with offsets and fractions', () => {
        expect(isoToGlide('2024-04-16T20:40:38Z')).toBe('2024-04-16 20:40:38')
        expect(isoToGlide('2024-04-16T22:40:38.750+02:00')).toBe('2024-04-16 20:40:38')
        expect(isoToGlide('2024-04-16')).toBe('2024-04-16 00:00:00')
        expect(isoToGlide(null)).toBe('')
        expect(isoToGlide('yesterday')).toBe('')
        expect(toIso(toMs('2024-04-16 20:40:38'))).toBe('2024-04-16T20:40:38Z')
        expect(toGlide(0)).toBe('1970-01-01 00:00:00')
    })
    test('glide values without GlideDateTime: the same as its round trips (UTC, whole seconds)', () => {
        const { GlideDateTime } = makeDateTimeClasses(() => 0)
        for (const ms of [0, 1713300038000, 1713300038750, Date.UTC(2026, 11, 31, 23, 59, 59, 999)]) {
            const d = new GlideDateTime()
            d.setNumericValue(ms)
            expect([ms, toGlide(ms)]).toEqual([ms, d.getValue()])
            const back = new GlideDateTime()
            back.setValue(d.getValue())
            expect([d.getValue(), glideMs(d.getValue())]).toEqual([d.getValue(), back.getNumericValue()])
        }
        expect(glideMs('')).toBe(0)
    })
    test('durations', () => {
        expect(durationValue(3905)).toBe('1970-01-01 01:05:05')
        expect(durationValue(90000)).toBe('1970-01-02 01:00:00')
        expect(humanDuration(3905)).toBe('1 h 5 min')
        expect(humanDuration(42)).toBe('42 s')
    })
})

describe('mapping', () => {
    const record = parseConnectionRecord({
        id: 'r1',
        userid: 'u7',
        username: 'Ann Supporter',
        deviceid: 'd9',
        devicename: 'LAPTOP-9',
        groupid: 'g1',
        groupname: 'ServiceNow',
        start_date: '2024-04-16T20:00:00Z',
        end_date: '2024-04-16T20:30:15Z',
        fee: '0.00',
        currency: 'EUR',
        billing_state: 'Bill',
        support_session_type: 2,
        session_code: 's12-345-678',
        end_customer: { name: 'Bob', email: 'bob@example.com' },
        feedback: { session_rating: 5, user_comment: 'great' },
    })
    const cases = new Map([['s12-345-678', { sysId: 'case1', task: 'task1', supporter: 'user1', supporterTvUserId: 'u7' }]])

    test('a record with a known session code is linked to its case, task and supporter', () => {
        const row = toRow(record, { cases, users: new Map() })
        expect(row).toMatchObject({
            tv_id: 'r1',
            task: 'task1',
            service_case: 'case1',
            supporter: 'user1',
            start_date: '2024-04-16 20:00:00',
            end_date: '2024-04-16 20:30:15',
            duration: '1970-01-01 00:30:15',
            support_session_type: '2',
            end_customer_email: 'bob@example.com',
            feedback_rating: '5',
        })
    })
    test('without a code: company-wide only; supporter from the token table', () => {
        const row = toRow({ ...record, sessionCode: '' }, { cases, users: new Map([['u7', 'user9']]) })
        expect([row.task, row.service_case, row.supporter]).toEqual(['', '', 'user9'])
    })
    test('only changed columns are written; numbers compare by value; unresolved links never erase', () => {
        const row = toRow(record, { cases, users: new Map() })
        expect(changedColumns({ ...row, fee: '0' }, row)).toEqual({})
        expect(changedColumns({ ...row, end_date: '' }, row)).toEqual({ end_date: '2024-04-16 20:30:15' })
        expect(changedColumns(row, { ...row, task: '', service_case: '' })).toEqual({})
    })
})
