import Taro from '@tarojs/taro'
import './chrome.h5.scss'

// The H5 document itself scrolls here, and Taro keeps that offset when it shows another page:
// a page opened from halfway down a long one would start scrolled, its top bars under the
// navigation bar. Each page change starts at the top.
Taro.eventCenter.on('__taroRouterChange', () => {
  window.scrollTo(0, 0)
})

/**
 * What Taro's H5 rendering leaves for assistive technology to fix up, on an element Taro or React
 * just added (axe-core in the browser test finds each): a page is a scroll container of its own
 * (overflow-y: scroll), and so is a row of tabs wider than the screen, that a keyboard can only
 * scroll with a tab stop (scrollable-region-focusable);
 * and WeChat's `aria-role` attribute (NutUI's Switch and others set `ariaRole`) stays `aria-role`,
 * which browsers ignore — it becomes `role` (aria-valid-attr, aria-allowed-attr).
 */
const SCROLLERS = '.taro_page:not([tabindex]), .nut-tabs-titles:not([tabindex])'

function mendAccessibility(el: HTMLElement): void {
  const scrollers = el.matches(SCROLLERS) ? [el, ...el.querySelectorAll(SCROLLERS)] : el.querySelectorAll(SCROLLERS)
  scrollers.forEach((s) => s.setAttribute('tabindex', '0'))
  const roled = el.hasAttribute('aria-role') ? [el, ...el.querySelectorAll('[aria-role]')] : el.querySelectorAll('[aria-role]')
  roled.forEach((r) => {
    r.setAttribute('role', r.getAttribute('aria-role')!)
    r.removeAttribute('aria-role')
  })
}

new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.type === 'attributes') mendAccessibility(change.target as HTMLElement)
    else change.addedNodes.forEach((node) => node instanceof HTMLElement && mendAccessibility(node))
  }
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-role'] })
