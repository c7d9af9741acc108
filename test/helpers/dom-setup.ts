/**
 * jsdom set-up for page tests. NutUI's bundle includes lottie, which draws on a canvas as soon as it
 * loads; jsdom has no canvas, so every 2D context call is answered by a no-op.
 */
const noop = () => undefined
const context2d = new Proxy({} as Record<string | symbol, unknown>, {
  get: (target, key) => (key in target ? target[key] : key === 'measureText' ? () => ({ width: 0 }) : noop),
  set: (target, key, value) => {
    target[key] = value
    return true
  },
})
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => context2d })

// The H5 build's platform: NutUI picks its web code paths from it.
process.env.TARO_ENV = 'h5'

// Lottie (inside NutUI) warns that mini-programs cannot create canvases; this is jsdom, not one.
const warn = console.warn
console.warn = (...args: unknown[]) => {
  if (!String(args[0] ?? '').includes('Lottie')) warn(...args)
}

// CI runs every project at once on two cores: give waits more room than the 1 s default.

require('@testing-library/react').configure({ asyncUtilTimeout: 5000 })
