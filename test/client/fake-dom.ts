/**
 * A small fake DOM for rendering tests: elements with attributes, children, text and listeners. Setting
 * innerHTML/outerHTML throws, so a render that would parse markup fails its test.
 */
export class FakeNode {
    parentNode: FakeElement | null = null
    constructor(
        readonly ownerDocument: FakeDocument,
        public nodeText = '',
    ) {}
    get textContent(): string {
        return this.nodeText
    }
}

export class FakeElement extends FakeNode {
    readonly attributes = new Map<string, string>()
    readonly children: FakeNode[] = []
    readonly listeners = new Map<string, Array<(ev: { preventDefault(): void }) => void>>()
    value = ''
    constructor(
        doc: FakeDocument,
        readonly tagName: string,
    ) {
        super(doc)
    }
    get id(): string {
        return this.attributes.get('id') ?? ''
    }
    setAttribute(name: string, value: string): void {
        this.attributes.set(name, String(value))
    }
    getAttribute(name: string): string | null {
        return this.attributes.get(name) ?? null
    }
    override get textContent(): string {
        return this.children.map((c) => c.textContent).join('')
    }
    set textContent(text: string) {
        this.children.length = 0
        if (text) this.appendChild(new FakeNode(this.ownerDocument, text))
    }
    set innerHTML(_html: string) {
        throw new Error('innerHTML used')
    }
    set outerHTML(_html: string) {
        throw new Error('outerHTML used')
    }
    get firstChild(): FakeNode | null {
        return this.children[0] ?? null
    }
    appendChild<T extends FakeNode>(child: T): T {
        child.parentNode = this
        this.children.push(child)
        return child
    }
    removeChild(child: FakeNode): void {
        this.children.splice(this.children.indexOf(child), 1)
        child.parentNode = null
    }
    contains(node: FakeNode | null): boolean {
        for (let n = node; n; n = n.parentNode) if (n === this) return true
        return false
    }
    addEventListener(type: string, fn: (ev: { preventDefault(): void }) => void): void {
        this.listeners.set(type, [...(this.listeners.get(type) ?? []), fn])
    }
    dispatch(type: string): void {
        for (const fn of this.listeners.get(type) ?? []) fn({ preventDefault() {} })
    }
    focus(): void {
        this.ownerDocument.activeElement = this
    }
    /** every element below, depth first */
    all(): FakeElement[] {
        const out: FakeElement[] = []
        for (const c of this.children)
            if (c instanceof FakeElement) {
                out.push(c)
                out.push(...c.all())
            }
        return out
    }
}

export class FakeDocument {
    activeElement: FakeElement | null = null
    readonly body = new FakeElement(this, 'body')
    createElement(tag: string): FakeElement {
        return new FakeElement(this, tag.toLowerCase())
    }
    createTextNode(text: string): FakeNode {
        return new FakeNode(this, text)
    }
    getElementById(id: string): FakeElement | null {
        return this.body.all().find((e) => e.id === id) ?? null
    }
}
