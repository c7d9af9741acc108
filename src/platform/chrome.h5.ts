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
 * just added or changed (axe-core in the browser test finds each): a page is a scroll container of its own
 * (overflow-y: scroll), and so is a row of tabs wider than the screen, that a keyboard can only
 * scroll with a tab stop (scrollable-region-focusable);
 * WeChat's `aria-role` attribute (NutUI's Switch and others set `ariaRole`) stays `aria-role`,
 * which browsers ignore — it becomes `role` (aria-valid-attr, aria-allowed-attr); and NutUI marks a
 * disabled button by its class only — it says so with `aria-disabled` too.
 */
const MENDED = '.taro_page, .nut-tabs-titles, .nut-button, [aria-role]'

function mend(el: Element): void {
  if (el.matches('.taro_page, .nut-tabs-titles') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0')
  if (el.classList.contains('nut-button')) {
    const disabled = String(el.classList.contains('nut-button-disabled'))
    if (el.getAttribute('aria-disabled') !== disabled) el.setAttribute('aria-disabled', disabled)
  }
  const role = el.getAttribute('aria-role')
  if (role) {
    el.setAttribute('role', role)
    el.removeAttribute('aria-role')
  }
}

new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.type === 'attributes') mend(change.target as Element)
    else
      change.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return
        mend(node)
        node.querySelectorAll(MENDED).forEach(mend)
      })
  }
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-role', 'class'] })
