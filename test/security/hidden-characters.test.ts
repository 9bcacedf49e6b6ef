/**
 * Issue #19 item 10 — the Supporter Control refuses what the server refuses: control characters, line breaks,
 * zero-width and text-direction characters in the customer's name and e-mail (one rule, shared/contract.ts).
 */
import { formProblem } from '../../src/client/form-control/controller'
import { hasHiddenCharacters, isEmailAddress } from '../../src/server/shared/contract'

const HIDDEN = [
    '\u0000',
    '\n',
    '\r',
    '\t',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u200b',
    '\u200e',
    '\u202a',
    '\u202e',
    '\u2066',
    '\u2069',
    '\u2028',
    '\ufeff',
]

test.each(HIDDEN.map((c) => [JSON.stringify(c), c]))(
    '%s in the name or the e-mail is refused by the contract and the control',
    (_name, c) => {
        expect(hasHiddenCharacters(`Dave${c}Customer`)).toBe(true)
        expect(isEmailAddress(`dave${c}x@example.com`)).toBe(false)
        expect(formProblem({ endCustomerName: `Dave${c}Customer`, endCustomerEmail: '', description: '' })).toMatch(
            /control characters|text-direction/,
        )
        expect(formProblem({ endCustomerName: 'Dave', endCustomerEmail: `dave@exa${c}mple.com`, description: '' })).toMatch(
            /not an e-mail address/,
        )
    },
)

test('ordinary names and addresses, accents and other scripts included, pass', () => {
    for (const name of ['Dave Customer', 'Zoë Müller-Łukasiewicz', 'محمد علي', '山田 太郎'])
        expect([
            name,
            hasHiddenCharacters(name),
            formProblem({ endCustomerName: name, endCustomerEmail: 'dave@example.com', description: '' }),
        ]).toEqual([name, false, null])
    expect(isEmailAddress('dave.customer+tv@example.co.uk')).toBe(true)
})
