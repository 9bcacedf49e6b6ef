/** Fakes for the UI pages' unit tests: the page's elements in a fake DOM, and a SendJson the test answers. */
import type { Answer, SendJson } from '../../src/client/shared/ui-page'
import { FakeDocument, type FakeElement } from './fake-dom'

/** A fake DOM holding elements with these ids (tag per id), each with a style object as the page sets it. */
export function pageWith(tags: Record<string, string>): { doc: FakeDocument; byId(id: string): FakeElement; document: Document } {
    const doc = new FakeDocument()
    for (const [id, tag] of Object.entries(tags)) {
        const e = doc.body.appendChild(doc.createElement(tag))
        e.setAttribute('id', id)
        Object.assign(e, { style: { display: 'none' } })
    }
    return { doc, byId: (id) => doc.getElementById(id) as FakeElement, document: doc as unknown as Document }
}

export interface Call {
    method: string
    url: string
    data: unknown
    answer(status: number, body: unknown): void
    noAnswer(): void
}

/** A SendJson that records each call; the test answers it (a body string is passed as the raw text). */
export function fakeSend(): { send: SendJson; calls: Call[] } {
    const calls: Call[] = []
    const send: SendJson = <T>(method: string, url: string, data: unknown, onAnswer: (a: Answer<T>) => void, onNoAnswer: () => void) => {
        calls.push({
            method,
            url,
            data,
            answer: (status, body) => onAnswer({ status, body: body as Answer<T>['body'] }),
            noAnswer: onNoAnswer,
        })
    }
    return { send, calls }
}

/** Every element below `root` as tag.class: text (attributes named in `attrs`), for comparing a rendering in one go. */
export function outline(root: FakeElement, attrs: string[] = []): string[] {
    return root.all().map((e) => {
        const cls = (e as unknown as { className?: string }).className
        const shown = attrs.filter((a) => e.getAttribute(a) !== null).map((a) => ` ${a}=${e.getAttribute(a)}`)
        return `${e.tagName}${cls ? '.' + cls.split(' ').join('.') : ''}${shown.join('')}: ${e.textContent}`
    })
}
