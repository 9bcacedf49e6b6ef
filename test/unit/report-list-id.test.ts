/**
 * The Supporter Control's list id of the connection report (src/client/form-control/report-list.ts): the
 * relationship's sys_id it bundles is the one the build gives the relationship (src/fluent/generated/keys.ts,
 * frozen keys), so GlideList2.get finds `<table>.REL:<sys_id>` on an instance.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CONNECTION_REPORT_RELATIONSHIP, connectionReportListId } from '../../src/client/form-control/report-list'

test("the bundled relationship sys_id is the build's (keys.ts rel_connection_report)", () => {
    const keys = readFileSync(path.join(__dirname, '..', '..', 'src', 'fluent', 'generated', 'keys.ts'), 'utf8')
    const m = /rel_connection_report: \{\s*table: 'sys_relationship'\s*id: '([0-9a-f]{32})'/.exec(keys)
    expect(m?.[1]).toBe(CONNECTION_REPORT_RELATIONSHIP)
    expect(connectionReportListId('incident')).toBe(`incident.REL:${CONNECTION_REPORT_RELATIONSHIP}`)
})
