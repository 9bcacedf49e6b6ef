import { BusinessRule } from '@servicenow/sdk/core'
import { retrieveClosedCaseConnections } from '../../server/entry/rules/case-closed'
import { TABLE } from '../../server/shared/names'

/**
 * When a service case is closed, its connections are retrieved right away (filtered by its session code),
 * so the task's connection report is complete without waiting for the scheduled job. Async: the supporter
 * closing the case never waits for TeamViewer.
 */
BusinessRule({
    $id: Now.ID['br_case_closed_retrieve'],
    name: 'Retrieve connections of a closed service case',
    table: TABLE.serviceCase,
    when: 'async',
    action: ['update'],
    filterCondition: 'stateCHANGESTOclosed^EQ',
    order: 100,
    active: true,
    script: retrieveClosedCaseConnections,
})
