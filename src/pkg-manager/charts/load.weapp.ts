import type { VChart } from './vchart'

/**
 * WeChat's own `require` of this file (webpack writes `__non_webpack_require__` as a plain
 * `require`), whose `async` form loads a module of another subpackage (分包异步化, base library 2.11.2+).
 */
declare const __non_webpack_require__: { async<T>(path: string): Promise<T> }

type Half<T> = (...args: unknown[]) => T

let loading: Promise<typeof VChart> | undefined

/**
 * WeChat: the two halves of VChart from their subpackages (scripts/build-charts.mjs), given Taro's
 * `window`, `document` and the like, as webpack gives them to the rest of the mini-program's code.
 */
export function loadVChart(): Promise<typeof VChart> {
  loading ??= (async () => {
    // Literal paths, relative to the file this is bundled into (pkg-manager/dashboard/index.js), so
    // WeChat's tools see the dependency; test/weapp/charts.test.ts checks that they resolve.
    const core = await __non_webpack_require__.async<Half<object>>('../../pkg-chart-core/index.js')
    const lib = await __non_webpack_require__.async<Half<{ VChart: typeof VChart }>>('../../pkg-chart-lib/index.js')
    const taro = {
      window,
      document,
      navigator,
      requestAnimationFrame,
      cancelAnimationFrame,
      Element,
      SVGElement,
      MutationObserver,
      history,
      location,
      URLSearchParams,
      URL,
    }
    return lib(taro, core(taro)).VChart
  })()
  // A failed download is tried again the next time a chart is drawn.
  loading.catch(() => (loading = undefined))
  return loading
}
