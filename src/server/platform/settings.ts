/**
 * The Glide side of the settings (system properties x_tvgh_teamviewer.*): gs.getProperty for the typed reader
 * of shared/settings.ts, and the clear value of a secret. Secrets are password2 properties, read with
 * gs.getProperty() only: it returns a password2 property decrypted. (sys_properties.value is a plain string
 * column; GlideElement.getDecryptedValue() is documented for Password2 fields only.)
 */
import { gs } from '@servicenow/glide'
import { readSettings, type PropertyText, type Settings } from '../shared/settings.ts'

/** A property's raw text, '' when it does not exist (the schema's default then applies). */
export const propertyText: PropertyText = (name) => gs.getProperty(name, '')

export function platformSettings(): Settings {
    return readSettings(propertyText)
}

/** The clear value of a password2 property, or '' when it is not set. Never log the result. */
export function readSecret(name: string): string {
    const v = gs.getProperty(name, '')
    return v ? String(v) : ''
}
