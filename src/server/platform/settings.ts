/**
 * The Glide side of the settings (system properties x_tvgh_teamviewer.*): gs.getProperty for the typed reader
 * of shared/settings.ts, and the clear value of a secret. Secrets are password2: read from the property record
 * with getDecryptedValue(), the platform's documented way to read an encrypted field, falling back to
 * gs.getProperty where that already returns the clear value.
 */
import { gs, GlideRecord } from '@servicenow/glide'
import { readSettings, type PropertyText, type Settings } from '../shared/settings.ts'

/** A property's raw text, '' when it does not exist (the schema's default then applies). */
export const propertyText: PropertyText = (name) => gs.getProperty(name, '')

export function platformSettings(): Settings {
    return readSettings(propertyText)
}

/** The clear value of a password2 property, or '' when it is not set. Never log the result. */
export function readSecret(name: string): string {
    const gr = new GlideRecord('sys_properties')
    gr.addQuery('name', name)
    gr.setLimit(1)
    gr.query()
    if (gr.next()) {
        const element = gr.getElement('value')
        const clear = element && typeof element.getDecryptedValue === 'function' ? element.getDecryptedValue() : ''
        if (clear) return String(clear)
    }
    const v = gs.getProperty(name, '')
    return v ? String(v) : ''
}
