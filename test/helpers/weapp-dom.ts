/**
 * Finding and touching elements of a page rendered by miniprogram-simulate. The rendered DOM
 * prefixes each class with its component's tag (`main--submit-button`, `comp--…` for nodes Taro
 * renders inside its recursive `comp` component), so hooks are matched without the prefix.
 * Events go through exparser exactly as j-component's own `dispatchEvent` sends them, so they reach
 * the template's `bindtap="eh"` / `bindinput="eh"` and from there Taro's event handler.
 */

const exparser = require('miniprogram-exparser') as any

const PREFIXED = /^(?:main|comp)--/

/** Whether the element carries the class `name`, with or without its component prefix. */
export function hasClass(el: Element, name: string): boolean {
  return Array.from(el.classList).some((c) => c.replace(PREFIXED, '') === name)
}

/** Sends a WeChat event (tap, input, blur …) to a rendered element, as j-component does. */
export function fire(el: Element, type: string, detail: Record<string, unknown> = {}): void {
  const wxElement = (el as any).__wxElement
  if (!wxElement) throw new Error(`<${el.tagName.toLowerCase()} class="${el.className}"> is not a rendered WeChat node`)
  const original = new CustomEvent(type, { detail })
  el.dispatchEvent(original)
  exparser.Event.dispatchEvent(
    wxElement,
    exparser.Event.create(type, detail, {
      originalEvent: original,
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches: {}, changedTouches: {} },
    }),
  )
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A page of the build, rendered and attached to the document. */
export class WeappPage {
  constructor(
    /** j-component's RootComponent (its types pull in WeChat's global typings, which break Node's `require`). */
    readonly component: unknown,
    readonly host: HTMLElement,
    readonly close: () => void,
  ) {}

  /** Every element with the hook class `name`, in document order. */
  findAll(name: string, within: Element = this.host): Element[] {
    return Array.from(within.querySelectorAll('*')).filter((el) => hasClass(el, name))
  }

  /** The first element with the hook class `name`, or null. */
  find(name: string, within?: Element): Element | null {
    return this.findAll(name, within)[0] ?? null
  }

  /** The element with the hook class `name`; fails when there is none. */
  get(name: string, within?: Element): Element {
    const el = this.find(name, within)
    if (!el) throw new Error(`no element .${name} on the page; it shows: ${this.text().slice(0, 400)}`)
    return el
  }

  /** The page's visible text. */
  text(): string {
    return this.host.textContent ?? ''
  }

  /** Taps an element (or the first with the hook class), then lets the handlers run. */
  async tap(target: string | Element): Promise<void> {
    fire(typeof target === 'string' ? this.get(target) : target, 'tap', { x: 0, y: 0 })
    await sleep(0)
  }

  /**
   * Types into the native `<input>` / `<textarea>` inside the element with the hook class (NutUI
   * wraps them), as WeChat reports typing: an `input` event whose detail carries the whole value.
   */
  async type(name: string, value: string): Promise<void> {
    const box = this.get(name)
    const field = ['WX-INPUT', 'WX-TEXTAREA'].includes(box.tagName) ? box : box.querySelector('wx-input, wx-textarea')
    if (!field) throw new Error(`.${name} holds no input or textarea`)
    fire(field, 'input', { value, cursor: value.length, keyCode: 0 })
    await sleep(0)
  }

  /** Waits until `probe` returns something truthy (re-checking after each render), and returns it. */
  async waitFor<T>(probe: () => T | null | undefined | false, what = 'the condition', timeoutMs = 10_000): Promise<T> {
    const until = Date.now() + timeoutMs
    for (;;) {
      const v = probe()
      if (v) return v
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}; the page shows: ${this.text().slice(0, 600)}`)
      await sleep(10)
    }
  }

  /** Waits until the page shows `text`. */
  waitForText(text: string, timeoutMs?: number): Promise<true> {
    return this.waitFor(() => this.text().includes(text), `"${text}"`, timeoutMs)
  }
}
