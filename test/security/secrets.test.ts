/**
 * Issue #18 item 5 — secrets in system properties, as an instance has them: `sys_properties.value` is a plain
 * string column, `getDecryptedValue()` is documented for Password2 fields only, and `gs.getProperty()` returns
 * a password2 property decrypted. The runtime refuses getDecryptedValue() elsewhere; the app reads its secrets
 * with gs.getProperty() only.
 */
import { Runtime } from '../../tools/runtime/index'

let rt: Runtime
beforeAll(() => {
    rt = Runtime.load()
    rt.setProperty('x_tvgh_teamviewer.adminToken', 'admin-token-secret-value')
    rt.setProperty('x_tvgh_teamviewer.oauth.client_secret', 'client-secret-value')
})
afterAll(() => rt.close())

describe('runtime', () => {
    test('gs.getProperty returns a password2 property decrypted; the stored value is not the secret', () => {
        expect(rt.execute(`return gs.getProperty('x_tvgh_teamviewer.adminToken', '')`)).toBe('admin-token-secret-value')
        const row = rt.query('sys_properties', 'name=x_tvgh_teamviewer.adminToken')[0]
        expect([row.type, row.value.includes('admin-token-secret-value')]).toEqual(['password2', false])
    })

    test('getDecryptedValue() on a column that is not Password2 (sys_properties.value) fails loudly', () => {
        const read = `var gr = new GlideRecord('sys_properties'); gr.addQuery('name', 'x_tvgh_teamviewer.adminToken'); gr.query(); gr.next();
            return gr.getElement('value').getDecryptedValue();`
        expect(() => rt.execute(read)).toThrow(/getDecryptedValue\(\): sys_properties\.value is not a Password2 field.*gs\.getProperty\(\)/)
    })

    test('getDecryptedValue() on a Password2 field still answers the clear value', () => {
        const id = rt.createUser({ user_name: 'sup.ann', roles: ['itil'] })
        rt.insert('x_tvgh_teamviewer_token', { user: id, access_token: 'access-token-value-1' })
        expect(
            rt.execute(
                `var gr = new GlideRecord('x_tvgh_teamviewer_token'); gr.get('user', '${id}'); return gr.getElement('access_token').getDecryptedValue();`,
            ),
        ).toBe('access-token-value-1')
    })
})

describe('app', () => {
    test('readSecret() answers the clear value of each password2 property through gs.getProperty', () => {
        const settings = rt.require('src/server/platform/settings.ts') as { readSecret(n: string): string }
        expect(settings.readSecret('x_tvgh_teamviewer.adminToken')).toBe('admin-token-secret-value')
        expect(settings.readSecret('x_tvgh_teamviewer.oauth.client_secret')).toBe('client-secret-value')
        expect(settings.readSecret('x_tvgh_teamviewer.no_such_property')).toBe('')
    })

    test('no built server module reads a property record with getDecryptedValue()', () => {
        // code only: comments may name what is not done
        const code = (m: Record<string, string>) => (m.content ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
        const modules = rt.query('sys_module').filter((m) => /GlideRecord\(\s*['"]sys_properties['"]/.test(code(m)))
        for (const m of modules) expect(code(m)).not.toMatch(/getDecryptedValue/)
        expect(
            code(rt.query('sys_module').find((m) => /export function readSecret/.test(m.content ?? '')) as Record<string, string>),
        ).toMatch(/function readSecret\(name\) \{\s*const v = gs\.getProperty\(name, ''\)/)
    })
})
