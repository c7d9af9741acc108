/**
 * PostCSS plugin for the mini-program build: drops NutUI's right-to-left rules (selectors under
 * `.nut-rtl` or `[dir=rtl]`). The app is written left to right only — nothing sets NutUI's
 * ConfigProvider direction to 'rtl' — so those rules never apply and only weigh on the packages.
 */
const RTL = /\.nut-rtl\b|\[dir=['"]?rtl['"]?\]/

module.exports = () => ({
  postcssPlugin: 'no-rtl',
  Rule(rule) {
    const kept = rule.selectors.filter((s) => !RTL.test(s))
    if (kept.length === 0) rule.remove()
    else if (kept.length < rule.selectors.length) rule.selectors = kept
  },
})
module.exports.postcss = true
