/**
 * Issue #10 item 7, second line of defence — the per-page IN lookups of the BUILT history store never break on
 * a comma in a value (validation keeps commas out of ids; a row stored by an older version may hold one).
 */
import { Runtime } from '../../tools/runtime'

test('findByTvIds and casesByCodes find values holding a comma, and only those', () => {
    const rt = Runtime.load()
    try {
        rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'a,b' })
        rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'a' })
        rt.insert('x_tvgh_teamviewer_connection', { tv_id: 'c' })
        rt.insert('x_tvgh_teamviewer_service_case', { code: 's1,s2' })
        const { glideHistoryStore } = rt.require('src/server/platform/history-store.ts') as {
            glideHistoryStore: { findByTvIds(ids: string[]): Map<string, unknown>; casesByCodes(codes: string[]): Map<string, unknown> }
        }
        expect([...glideHistoryStore.findByTvIds(['a,b', 'c']).keys()].sort()).toEqual(['a,b', 'c'])
        expect([...glideHistoryStore.findByTvIds(['a,b']).keys()]).toEqual(['a,b'])
        expect([...glideHistoryStore.casesByCodes(['s1,s2']).keys()]).toEqual(['s1,s2'])
    } finally {
        rt.close()
    }
})
