/**
 * Rendering a page in jsdom with its services faked: the session a test chooses, the router params
 * it gives, and small helpers to reach the pages' test hooks (`.submit-button`, `.action-<name>` …).
 * The test file itself must `jest.mock('@/services/me')` and `jest.mock('@/services/meta')`.
 */
import type { ReactElement } from 'react'
import { act, fireEvent, render, waitFor, type RenderResult } from '@testing-library/react'
import { getMe } from '@/services/me'
import { getMeta } from '@/services/meta'
import { loadSession } from '@/store/session'
import type { UserView } from '@/services/types'
import { META, meOf } from './dom-fixtures'
import { resetTaro, runPageHandlers, taroFake } from './dom-taro'

/** Signs `user` in (me.get and meta.get answer for them) and reloads the shared session. */
export async function signIn(user: UserView | null): Promise<void> {
  jest.mocked(getMe).mockResolvedValue(meOf(user))
  jest.mocked(getMeta).mockResolvedValue(META)
  await act(async () => {
    await loadSession(true)
  })
}

/**
 * Renders a page with fresh Taro state and the router `params` it was opened with; with
 * `keepStorage` the device's local storage is kept (the same phone opening a page again).
 */
export function renderPage(page: ReactElement, params: Record<string, string> = {}, opts: { keepStorage?: boolean } = {}): RenderResult {
  const kept = opts.keepStorage ? new Map(taroFake.storage) : undefined
  resetTaro()
  kept?.forEach((v, k) => taroFake.storage.set(k, v))
  taroFake.params = params
  return render(page)
}

/** The one element matching `selector`; fails with the page's text when it is missing. */
export function $(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector)
  if (!el) throw new Error(`no ${selector}; the page shows: ${(root as Element).textContent?.slice(0, 400)}`)
  return el
}

/** Every element matching `selector`. */
export function $$(root: ParentNode, selector: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(selector))
}

/** Whether a NutUI button is disabled: NutUI marks it with a class and ignores its taps. */
export function isDisabled(button: Element): boolean {
  return button.classList.contains('nut-button-disabled')
}

/** Taps an element (a click in H5). */
export function tap(el: Element): void {
  fireEvent.click(el)
}

/** Types `value` into the native input or textarea inside `box` (NutUI wraps them). */
export function typeInto(box: Element, value: string): void {
  const field = box.matches('input, textarea') ? box : box.querySelector('input, textarea')
  if (!field) throw new Error(`${box.className} holds no input or textarea`)
  fireEvent.change(field, { target: { value } })
}

/** Fires a page event (pull-down refresh, reach bottom, show again) and lets React settle. */
export async function firePageEvent(kind: keyof typeof taroFake.handlers): Promise<void> {
  await act(async () => {
    await runPageHandlers(kind)
  })
}

/** Waits until the page shows `text` anywhere (toasts included). */
export async function shows(text: string): Promise<void> {
  await waitFor(() => {
    if (!document.body.textContent?.includes(text))
      throw new Error(`the page does not show "${text}": ${document.body.textContent?.slice(0, 400)}`)
  })
}

export { taroFake }

/**
 * Waits for the confirmation dialog (utils/ui confirm), taps its OK or cancel button and returns
 * the text it showed; fails when none opens.
 */
export async function answerDialog(answer: 'ok' | 'cancel'): Promise<string> {
  let dialog: HTMLElement | null = null
  await waitFor(() => {
    dialog = [...document.querySelectorAll<HTMLElement>('.nut-dialog')].find((d) => d.querySelector('.nut-dialog-footer-ok')) ?? null
    expect(dialog).not.toBeNull()
  })
  const text = dialog!.textContent ?? ''
  tap($(dialog!, answer === 'ok' ? '.nut-dialog-footer-ok' : '.nut-dialog-footer-cancel'))
  return text
}
