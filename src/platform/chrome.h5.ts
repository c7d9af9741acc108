import Taro from '@tarojs/taro'
import './chrome.h5.scss'

// The H5 document itself scrolls here, and Taro keeps that offset when it shows another page:
// a page opened from halfway down a long one would start scrolled, its top bars under the
// navigation bar. Each page change starts at the top.
Taro.eventCenter.on('__taroRouterChange', () => {
  window.scrollTo(0, 0)
})

/**
 * What Taro's H5 rendering leaves for assistive technology to fix up, on each element Taro or React
 * adds or changes (axe-core in the browser test finds each):
 * - a page is a scroll container of its own (overflow-y: scroll), and so are a row of tabs wider
 *   than the screen and a column of the place picker: a keyboard scrolls one only with a tab stop
 *   (scrollable-region-focusable);
 * - WeChat's `aria-role` attribute (NutUI's Switch and others set `ariaRole`) stays `aria-role`,
 *   which browsers ignore: it becomes `role` (aria-valid-attr, aria-allowed-attr);
 * - NutUI marks a disabled button by its class only: it says so with `aria-disabled` too.
 */
const SCROLLERS = '.taro_page, .nut-tabs-titles, .nut-cascader-pane'
const MENDED = `${SCROLLERS}, .nut-button, [aria-role]`

function mend(el: Element): void {
  if (el.matches(SCROLLERS) && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0')
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
