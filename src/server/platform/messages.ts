/** Messages shown to the user at the top of the next page (a UI action's answer). */
import { gs } from '@servicenow/glide'

export function showInfo(text: string): void {
    gs.addInfoMessage(text)
}

export function showError(text: string): void {
    gs.addErrorMessage(text)
}
