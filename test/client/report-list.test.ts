/**
 * The connection report's refresh (src/client/form-control/report-list.ts): through GlideList2 only where the
 * page has it and the form has the list (the list id: test/unit/report-list-id.test.ts).
 */
import { CONNECTION_REPORT_RELATIONSHIP, refreshConnectionReport } from '../../src/client/form-control/report-list'

test("refreshes the form's report through GlideList2.get(listId).refresh(); nothing where there is no GlideList2 or no such list", () => {
    const asked: string[] = []
    let refreshed = 0
    const lists = {
        get: (id: string) => {
            asked.push(id)
            return id.startsWith('incident.') ? { refresh: () => void (refreshed += 1) } : null
        },
    }
    expect(refreshConnectionReport(lists, 'incident')).toBe(true)
    expect([asked, refreshed]).toEqual([[`incident.REL:${CONNECTION_REPORT_RELATIONSHIP}`], 1])
    expect(refreshConnectionReport(lists, 'problem')).toBe(false)
    expect(refreshConnectionReport(undefined, 'incident')).toBe(false)
    expect(refreshed).toBe(1)
})
