/**
 * Renders the Supporter Control's state into its container with createElement/textContent only (never
 * innerHTML): every value from a record or from TeamViewer is shown as text. Controls are buttons and
 * labelled inputs (keyboard-usable); progress is read out through an aria-live region, errors through
 * role="alert". Focus stays on the element that had it across re-renders.
 */
import { MAX_DESCRIPTION, MAX_EMAIL, MAX_NAME } from '../../server/shared/contract'
import type { CaseForm, ControlState, Controller } from './controller'
import { safeLink } from './controller'

type Attrs = Record<string, string>

function el(doc: Document, tag: string, attrs: Attrs = {}, text?: string): HTMLElement {
    const e = doc.createElement(tag)
    for (const k of Object.keys(attrs)) e.setAttribute(k, attrs[k])
    if (text !== undefined) e.textContent = text
    return e
}

function button(doc: Document, id: string, label: string, busy: boolean, onClick: () => void, primary = false): HTMLElement {
    const b = el(doc, 'button', { type: 'button', id, class: primary ? 'btn btn-primary' : 'btn btn-default' }, label)
    if (busy) b.setAttribute('disabled', 'disabled')
    b.addEventListener('click', onClick)
    return b
}

function field(
    doc: Document,
    id: string,
    label: string,
    value: string,
    opts: { type?: string; maxLength?: number; multiline?: boolean; onInput?: (v: string) => void },
): HTMLElement {
    const row = el(doc, 'div', { class: 'form-group' })
    row.appendChild(el(doc, 'label', { for: id }, label))
    const input = el(doc, opts.multiline ? 'textarea' : 'input', { id, class: 'form-control' }) as HTMLInputElement
    if (!opts.multiline) input.setAttribute('type', opts.type || 'text')
    if (opts.maxLength) input.setAttribute('maxlength', String(opts.maxLength))
    input.value = value
    const onInput = opts.onInput
    if (onInput) input.addEventListener('input', () => onInput(input.value))
    row.appendChild(input)
    return row
}

function pair(doc: Document, dl: HTMLElement, term: string, value: string): void {
    dl.appendChild(el(doc, 'dt', {}, term))
    dl.appendChild(el(doc, 'dd', {}, value))
}

/** The create form (customer's name and e-mail, description) with its submit button. */
function caseForm(
    doc: Document,
    id: (name: string) => string,
    values: CaseForm,
    busy: boolean,
    c: Controller,
    action: { id: string; label: string; submit: () => Promise<void> },
): HTMLElement {
    const form = el(doc, 'form', { 'aria-label': 'Create service case' })
    form.addEventListener('submit', (ev) => {
        ev.preventDefault()
        void action.submit()
    })
    const edit = (f: keyof CaseForm) => (v: string) => c.editForm(f, v)
    form.appendChild(
        field(doc, id('name'), "Customer's name", values.endCustomerName, { maxLength: MAX_NAME, onInput: edit('endCustomerName') }),
    )
    form.appendChild(
        field(doc, id('email'), "Customer's e-mail", values.endCustomerEmail, {
            type: 'email',
            maxLength: MAX_EMAIL,
            onInput: edit('endCustomerEmail'),
        }),
    )
    form.appendChild(
        field(doc, id('description'), 'Description', values.description, {
            multiline: true,
            maxLength: MAX_DESCRIPTION,
            onInput: edit('description'),
        }),
    )
    const submit = el(doc, 'button', { type: 'submit', id: id(action.id), class: 'btn btn-primary' }, action.label)
    if (busy) submit.setAttribute('disabled', 'disabled')
    form.appendChild(submit)
    return form
}

/** Renders `state` into `root`; `prefix` keeps element ids unique when two controls share a page. */
export function render(doc: Document, root: HTMLElement, prefix: string, state: ControlState, c: Controller): void {
    const active = doc.activeElement && root.contains(doc.activeElement) ? doc.activeElement.id : ''
    const id = (name: string) => `${prefix}_${name}`
    while (root.firstChild) root.removeChild(root.firstChild)
    const box = el(doc, 'section', { class: 'x-tvgh-control', 'aria-labelledby': id('title') })
    box.appendChild(el(doc, 'h3', { id: id('title') }, 'TeamViewer Remote Control'))
    const busy = state.busy
    const sc = state.screen

    if (sc.kind === 'loading') box.appendChild(el(doc, 'p', {}, 'Loading…'))
    if (sc.kind === 'failed') {
        box.appendChild(el(doc, 'p', {}, 'The TeamViewer control could not be loaded.'))
        box.appendChild(button(doc, id('retry'), 'Try again', busy, () => void c.load(), true))
    }
    if (sc.kind === 'signedOut') {
        const waiting = 'Waiting for the TeamViewer sign-in to finish…'
        if (sc.form) {
            // a task without a case: the create form, created as soon as the sign-in succeeds
            box.appendChild(
                el(
                    doc,
                    'p',
                    {},
                    sc.waiting
                        ? waiting
                        : 'Sign in to TeamViewer to create a service case for this record: it is created once you have signed in.',
                ),
            )
            box.appendChild(
                caseForm(doc, id, sc.form, busy, c, {
                    id: 'signin_create',
                    label: 'Sign in and create service case',
                    submit: () => c.signInAndCreate(),
                }),
            )
            box.appendChild(button(doc, id('signin'), 'Sign in to TeamViewer', busy, () => void c.signIn()))
        } else {
            box.appendChild(el(doc, 'p', {}, sc.waiting ? waiting : 'Sign in to TeamViewer to create service cases for this record.'))
            box.appendChild(button(doc, id('signin'), 'Sign in to TeamViewer', busy, () => void c.signIn(), true))
        }
    }
    if (sc.kind === 'noCase') {
        box.appendChild(caseForm(doc, id, sc.form, busy, c, { id: 'create', label: 'Create service case', submit: () => c.create() }))
    }
    if (sc.kind === 'openCase') {
        const k = sc.case
        if (!k.mine)
            box.appendChild(
                el(
                    doc,
                    'p',
                    { id: id('owner'), class: 'x-tvgh-owner' },
                    `Service case ${k.code} belongs to ${k.ownerName || 'another supporter'}.`,
                ),
            )
        const dl = el(doc, 'dl', { class: 'x-tvgh-case' })
        pair(doc, dl, 'Session code', k.code)
        pair(doc, dl, 'Customer', [k.endCustomerName, k.endCustomerEmail].filter(Boolean).join(' · ') || '(not given)')
        pair(doc, dl, 'Customer online', k.online ? `Online${k.onlineSince ? ` since ${k.onlineSince}` : ''}` : 'Offline')
        if (k.validUntil) pair(doc, dl, 'Valid until', k.validUntil)
        box.appendChild(dl)
        const actions = el(doc, 'div', { class: 'x-tvgh-actions', role: 'group', 'aria-label': 'Service case actions' })
        if (k.mine) {
            actions.appendChild(button(doc, id('start'), 'Start session', busy, () => void c.start(), true))
            actions.appendChild(button(doc, id('share'), 'Share session code', busy, () => void c.share()))
            actions.appendChild(button(doc, id('close'), 'Close service case', busy, () => void c.close()))
            if (k.canReassign) actions.appendChild(button(doc, id('reassign'), 'Reassign…', busy, () => void c.openReassign(k.sysId)))
            if (typeof sc.emailDraft !== 'string')
                actions.appendChild(button(doc, id('change_email'), "Change customer's e-mail", busy, () => c.editCustomerEmail()))
        } else {
            if (k.canAsk) actions.appendChild(button(doc, id('ask'), 'Ask for this case', busy, () => void c.ask(k.sysId), true))
            actions.appendChild(button(doc, id('another'), 'Create another service case', busy, () => c.createAnother()))
            if (k.canReassign) actions.appendChild(button(doc, id('reassign'), 'Reassign…', busy, () => void c.openReassign(k.sysId)))
            if (k.canClose) actions.appendChild(button(doc, id('close'), 'Close service case', busy, () => void c.close(k.sysId)))
        }
        box.appendChild(actions)
        if (k.mine && typeof sc.emailDraft === 'string') {
            const form = el(doc, 'form', { 'aria-label': "Change the customer's e-mail", class: 'x-tvgh-customer' })
            form.addEventListener('submit', (ev) => {
                ev.preventDefault()
                void c.saveCustomerEmail()
            })
            form.appendChild(
                field(doc, id('new_email'), "Customer's e-mail", sc.emailDraft, {
                    type: 'email',
                    maxLength: MAX_EMAIL,
                    onInput: (v) => c.typeCustomerEmail(v),
                }),
            )
            const save = el(doc, 'button', { type: 'submit', id: id('save_email'), class: 'btn btn-primary' }, 'Save e-mail')
            if (busy) save.setAttribute('disabled', 'disabled')
            form.appendChild(save)
            form.appendChild(button(doc, id('cancel_email'), 'Cancel', busy, () => c.cancelCustomerEmail()))
            box.appendChild(form)
        }
        const link = sc.links ? safeLink(sc.links.supporterLink) : null
        const web = sc.links ? safeLink(sc.links.webclientSupporterLink) : null
        if (link || web) {
            const p = el(doc, 'p', {})
            if (link)
                p.appendChild(el(doc, 'a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, 'Open the session in TeamViewer'))
            if (link && web) p.appendChild(doc.createTextNode(' · '))
            if (web) p.appendChild(el(doc, 'a', { href: web, target: '_blank', rel: 'noopener noreferrer' }, 'Open it in the web client'))
            box.appendChild(p)
        }
        // the task's other open cases (e.g. an abandoned one beside the caller's own): whose, and what the caller may do
        const others = sc.others ?? []
        if (others.length) {
            const list = el(doc, 'ul', { class: 'x-tvgh-others', 'aria-label': 'Other open service cases of this record' })
            for (const o of others) {
                const item = el(doc, 'li', { class: 'x-tvgh-other' })
                item.appendChild(
                    el(
                        doc,
                        'span',
                        {},
                        o.mine
                            ? `Service case ${o.code} (yours)`
                            : `Service case ${o.code} belongs to ${o.ownerName || 'another supporter'}.`,
                    ),
                )
                const sub = (name: string) => id(`${name}_${o.sysId}`)
                if (o.canAsk) item.appendChild(button(doc, sub('ask'), 'Ask for this case', busy, () => void c.ask(o.sysId)))
                if (o.canReassign) item.appendChild(button(doc, sub('reassign'), 'Reassign…', busy, () => void c.openReassign(o.sysId)))
                if (o.canClose) item.appendChild(button(doc, sub('close'), 'Close', busy, () => void c.close(o.sysId)))
                list.appendChild(item)
            }
            box.appendChild(list)
        }
        const picker = sc.picker
        if (picker) {
            const form = el(doc, 'form', { 'aria-label': `Reassign service case ${picker.code}`, class: 'x-tvgh-reassign' })
            form.addEventListener('submit', (ev) => {
                ev.preventDefault()
                void c.reassign()
            })
            form.appendChild(el(doc, 'label', { for: id('reassign_to') }, `Reassign service case ${picker.code} to`))
            const select = el(doc, 'select', { id: id('reassign_to'), class: 'form-control' }) as HTMLSelectElement
            for (const cand of picker.candidates) {
                const opt = el(doc, 'option', { value: cand.sysId }, cand.name) as HTMLOptionElement
                if (cand.sysId === picker.chosen) opt.setAttribute('selected', 'selected')
                select.appendChild(opt)
            }
            select.value = picker.chosen
            select.addEventListener('change', () => c.chooseReassign(select.value))
            form.appendChild(select)
            const submit = el(doc, 'button', { type: 'submit', id: id('reassign_confirm'), class: 'btn btn-primary' }, 'Reassign')
            if (busy) submit.setAttribute('disabled', 'disabled')
            form.appendChild(submit)
            form.appendChild(button(doc, id('reassign_cancel'), 'Cancel', busy, () => c.cancelReassign()))
            box.appendChild(form)
        }
    }
    if (sc.kind === 'closedCase') {
        const k = sc.case
        const dl = el(doc, 'dl', { class: 'x-tvgh-case' })
        pair(doc, dl, 'Last service case', `${k.code} (${k.state})`)
        pair(doc, dl, 'Customer', [k.endCustomerName, k.endCustomerEmail].filter(Boolean).join(' · ') || '(not given)')
        if (k.closedAt) pair(doc, dl, 'Closed', k.closedAt)
        box.appendChild(dl)
        box.appendChild(button(doc, id('another'), 'Create another service case', busy, () => c.createAnother(), true))
    }
    if (state.account) {
        const account = el(doc, 'p', { class: 'x-tvgh-account' }, `Signed in to TeamViewer as ${state.account} `)
        if (!state.confirmDisconnect) account.appendChild(button(doc, id('disconnect'), 'Disconnect', busy, () => c.askDisconnect()))
        box.appendChild(account)
        if (state.confirmDisconnect) {
            const ask = el(doc, 'div', { class: 'x-tvgh-confirm', role: 'group', 'aria-labelledby': id('disconnect_question') })
            ask.appendChild(
                el(
                    doc,
                    'p',
                    { id: id('disconnect_question') },
                    'Disconnect your TeamViewer account from ServiceNow? TeamViewer revokes this sign-in; to create or start service cases you sign in again.',
                ),
            )
            ask.appendChild(button(doc, id('disconnect_confirm'), 'Disconnect', busy, () => void c.disconnect(), true))
            ask.appendChild(button(doc, id('disconnect_cancel'), 'Cancel', busy, () => c.cancelDisconnect()))
            box.appendChild(ask)
        }
    }
    const err = el(doc, 'p', { id: id('error'), role: 'alert', class: 'x-tvgh-error' })
    if (state.error) err.textContent = state.error
    box.appendChild(err)
    box.appendChild(el(doc, 'p', { id: id('status'), role: 'status', 'aria-live': 'polite', class: 'x-tvgh-status' }, state.status))
    root.appendChild(box)
    // the confirmation replaces the Disconnect button: focus moves to its Cancel, and back when it closes
    const moved = active === id('disconnect') && state.confirmDisconnect ? id('disconnect_cancel') : active
    const focus = moved === id('disconnect_cancel') && !state.confirmDisconnect ? id('disconnect') : moved
    if (focus) {
        const again = doc.getElementById(focus)
        if (again) again.focus()
    }
}
