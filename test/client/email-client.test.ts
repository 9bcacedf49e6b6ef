/**
 * Issue #18 item 4 — the Supporter Control opens UI16's e-mail client on the service case with the parameters
 * the platform's own "Email" form menu passes (sysparm_table, sysparm_sys_id, sysparm_target).
 */
import { openEmailClient } from '../../src/client/form-control/index'

const g = globalThis as unknown as Record<string, unknown>
afterEach(() => delete g.popupOpenEmailClient)

test('popupOpenEmailClient gets the case table as sysparm_table and sysparm_target, and the case sys_id', () => {
    const urls: string[] = []
    g.popupOpenEmailClient = (url: string) => urls.push(url)
    expect(openEmailClient('c'.repeat(32))).toBe(true)
    expect(urls).toHaveLength(1)
    const [page, query] = urls[0].split('?')
    const p = new URLSearchParams(query)
    expect(page).toBe('email_client.do')
    expect([p.get('sysparm_table'), p.get('sysparm_sys_id'), p.get('sysparm_target')]).toEqual([
        'x_tvgh_teamviewer_service_case',
        'c'.repeat(32),
        'x_tvgh_teamviewer_service_case',
    ])
})

test('without the platform function (workspace, portal) it answers false and the invite route mails instead', () => {
    expect(openEmailClient('c'.repeat(32))).toBe(false)
})
