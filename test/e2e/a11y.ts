/**
 * Accessibility and elderly mode (issue 19) for every page the every-page tests show: axe-core's
 * serious and critical violations (none allowed) in normal and in elderly mode, and in elderly mode
 * body text of at least 18 px, buttons at least 44 px tall, and nothing cut off at 375 px and at
 * 320 px wide — with a screenshot of the page in elderly mode at both widths.
 */
import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** The key store/display.ts keeps the switch under, as Taro's H5 storage writes it. */
const ELDERLY_KEY = 'display:elderly'

/** WCAG 2.1 A and AA and axe's best practices; of what they find, serious and critical fail. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/**
 * The serious and critical axe-core violations on the page as it is now (pages hidden below the
 * one on screen are skipped by axe itself), one line each: rule, impact, and the elements.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source })
  return page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run
    const result = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }, TAGS)
}

/** Turns elderly mode on or off in the page's local storage, as the profile's switch leaves it; takes effect on the next load. */
export async function setElderlyMode(page: Page, on: boolean): Promise<void> {
  await page.evaluate(([key, on]) => (on ? localStorage.setItem(key, JSON.stringify({ data: true })) : localStorage.removeItem(key)), [
    ELDERLY_KEY,
    on,
  ] as const)
}

/** What a page measures in elderly mode. */
export interface Measured {
  /** Whether the page's root carries the mode's class. */
  elderly: boolean
  /** The page root's computed font size (px). */
  bodyPx: number
  /** Visible text smaller than 18 px: "text (size)". */
  smallText: string[]
  /** Visible buttons lower than 44 px: "text (height)". */
  lowButtons: string[]
  /** Text cut off: outside the screen, or clipped by its box without an ellipsis. */
  cutOff: string[]
}

/** Measures the page on screen (see Measured). */
export async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((p) => getComputedStyle(p).display !== 'none')
    const root = pages.at(-1)!.querySelector<HTMLElement>('.page')!
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect()
      const s = getComputedStyle(el)
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && Number(s.opacity) > 0
    }
    const ownText = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent!.trim())
        .join('')
    // Text in boxes to type into counts too: it is the text the user writes.
    const fields = (el: Element) => el.matches('input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea')
    const texts = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => (ownText(el) || fields(el)) && shown(el))
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize)
    // A row that scrolls sideways (tabs wider than the screen) shows the rest when swiped.
    const swipeable = (el: HTMLElement) => {
      for (let a = el.parentElement; a && a !== root; a = a.parentElement)
        if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX) && a.scrollWidth > a.clientWidth) return true
      return false
    }
    const clipped = (el: HTMLElement) => {
      const r = el.getBoundingClientRect()
      if ((r.left < -1 || r.right > window.innerWidth + 1) && !swipeable(el)) return true
      const s = getComputedStyle(el)
      const hides = s.overflowX !== 'visible' || s.overflowY !== 'visible'
      // An ellipsis or a line clamp (…) says there is more: shortened on purpose, not cut off.
      const shortened = s.textOverflow === 'ellipsis' || (s.webkitLineClamp !== 'none' && s.webkitLineClamp !== '')
      return hides && !shortened && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
    }
    return {
      elderly: root.classList.contains('page--elderly'),
      bodyPx: px(root),
      smallText: texts
        .filter((el) => px(el) < 17.95)
        .map((el) => `${ownText(el).slice(0, 20) || el.getAttribute('placeholder') || el.tagName} (${px(el)})`),
      lowButtons: [...root.querySelectorAll<HTMLElement>('.nut-button')]
        .filter(shown)
        .filter((b) => b.getBoundingClientRect().height < 43.95)
        .map((b) => `${b.innerText.trim().slice(0, 20)} (${b.getBoundingClientRect().height})`),
      cutOff: texts.filter((el) => !fields(el) && clipped(el)).map((el) => ownText(el).slice(0, 20)),
    }
  })
}

/** Sets the viewport's width (the height stays 812) and waits until the app has laid itself out again. */
export async function atWidth(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 812 })
  await page.waitForFunction((w) => window.innerWidth === w, width)
}
