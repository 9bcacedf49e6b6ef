/**
 * The connection report's list id (src/client/form-control/report-list.ts): the relationship's sys_id the
 * control bundles is the one the build gives the relationship (src/fluent/generated/keys.ts), and the
 * refresh goes through GlideList2 only where the page has it.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CONNECTION_REPORT_RELATIONSHIP, connectionReportListId, refreshConnectionReport } from '../../src/client/form-control/report-list'

test("the bundled relationship sys_id is the build's (keys.ts rel_connection_report)", () => {
    const keys = readFileSync(path.join(__dirname, '..', '..', 'src', 'fluent', 'generated', 'keys.ts'), 'utf8')
    const m = /rel_connection_report: \{\s*table: 'sys_relationship'\s*id: '([0-9a-f]{32})'/.exec(keys)
    expect(m?.[1]).toBe(CONNECTION_REPORT_RELATIONSHIP)
    expect(connectionReportListId('incident')).toBe(`incident.REL:${CONNECTION_REPORT_RELATIONSHIP}`)
})

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
