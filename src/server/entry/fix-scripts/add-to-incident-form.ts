/**
 * The first-install fix script "Add TeamViewer to the incident form" (src/fluent/ui/add-to-form.now.ts): the
 * incident form's Default view gets the section and the related list (forms/layout.ts). Idempotent, so an
 * upgrade re-running it changes nothing; never throws, so a missing form never fails the install.
 */
import { addToForm } from '../../forms/layout.ts'
import { glideFormLayoutStore } from '../../platform/form-layout-store.ts'
import { API_BASE } from '../../shared/contract.ts'
import { messageOf } from '../../shared/errors.ts'

/** What the fix script logs: what was added, or why nothing was and how to add it by hand. */
export function addToIncidentFormOnInstall(): string {
    try {
        return addToForm(glideFormLayoutStore, 'incident', '').message
    } catch (e) {
        return `TeamViewer was not added to the incident form: ${messageOf(e)} Use "Add TeamViewer to a form" (POST ${API_BASE}/forms/add).`
    }
}
