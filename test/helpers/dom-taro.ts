/**
 * `@tarojs/taro` for page tests in jsdom: the H5 environment NutUI expects (`getEnv() === 'WEB'`),
 * the page hooks (router params the test sets; show, pull-down and reach-bottom handlers the test
 * can fire), in-memory storage, and recorded navigation and image picking.
 */
import { useEffect, useRef } from 'react'

type Handler = (...args: any[]) => unknown

const ENV_TYPE = { WEAPP: 'WEAPP', WEB: 'WEB', RN: 'RN', SWAN: 'SWAN', ALIPAY: 'ALIPAY', TT: 'TT', QQ: 'QQ', JD: 'JD' } as const

/** What a test sets up and inspects: the page's params, where it navigated, what it stored. */
export const taroFake = {
  params: {} as Record<string, string>,
  navigations: [] as { kind: string; url: string }[],
  storage: new Map<string, unknown>(),
  /** The next `chooseImage` answer; a test sets it before tapping "add photo". */
  chooseImage: jest.fn<Promise<{ tempFilePaths: string[]; tempFiles: { path: string; size: number }[] }>, [unknown]>(),
  handlers: { show: new Set<Handler>(), pullDown: new Set<Handler>(), reachBottom: new Set<Handler>() },
}

/** Clears params, navigations, storage and handlers between tests. */
export function resetTaro(): void {
  taroFake.params = {}
  taroFake.navigations.length = 0
  taroFake.storage.clear()
  taroFake.chooseImage.mockReset()
  Object.values(taroFake.handlers).forEach((s) => s.clear())
}

/** Registers `fn` in `set` while the component is mounted (the latest closure is called). */
function useRegistered(set: Set<Handler>, fn: Handler): void {
  const latest = useRef(fn)
  latest.current = fn
  useEffect(() => {
    const h: Handler = (...a) => latest.current(...a)
    set.add(h)
    return () => void set.delete(h)
  }, [set])
}

/** Runs every registered handler of a page event (as the framework would), awaiting them. */
export async function runPageHandlers(kind: keyof typeof taroFake.handlers): Promise<void> {
  await Promise.all([...taroFake.handlers[kind]].map((h) => h()))
}

export const useRouter = () => ({ params: taroFake.params, path: '' })
export const useDidShow = (fn: Handler) => {
  // Taro calls a page's show handler once when it first shows.
  useEffect(() => void fn(), [])
  useRegistered(taroFake.handlers.show, fn)
}
export const usePullDownRefresh = (fn: Handler) => useRegistered(taroFake.handlers.pullDown, fn)
export const useReachBottom = (fn: Handler) => useRegistered(taroFake.handlers.reachBottom, fn)
export const useDidHide = (_fn: Handler) => undefined
export const useLaunch = (_fn: Handler) => undefined
export const useLoad = (_fn: Handler) => undefined
export const useReady = (_fn: Handler) => undefined
export const useUnload = (_fn: Handler) => undefined
export const usePageScroll = (_fn: Handler) => undefined
export const useShareAppMessage = (_fn: Handler) => undefined

const navigate = (kind: string) => (opts: { url: string }) => {
  taroFake.navigations.push({ kind, url: opts.url })
  return Promise.resolve({ errMsg: `${kind}:ok` })
}

const systemInfo = {
  windowWidth: 375,
  windowHeight: 667,
  screenWidth: 375,
  screenHeight: 667,
  pixelRatio: 2,
  platform: 'devtools',
  statusBarHeight: 20,
  safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 },
}

/** A selector query that answers every field with an empty rect (layout does not exist in jsdom). */
function createSelectorQuery() {
  const results: unknown[] = []
  const q: any = {
    in: () => q,
    select: () => ref,
    selectAll: () => ref,
    selectViewport: () => ref,
    exec: (cb?: (r: unknown[]) => void) => setTimeout(() => cb?.(results), 0),
  }
  const ref: any = {
    boundingClientRect: (cb?: Handler) => (
      results.push({ width: 0, height: 0, left: 0, top: 0, right: 0, bottom: 0 }),
      cb && setTimeout(cb, 0),
      q
    ),
    fields: () => (results.push({}), q),
    scrollOffset: () => (results.push({ scrollTop: 0, scrollLeft: 0 }), q),
    node: () => (results.push({}), q),
  }
  return q
}

/** Taro's event center, which NutUI's Toast and Dialog listen on (`Toast.show(id)` triggers `id`). */
const listeners = new Map<string, Set<Handler>>()
const eventCenter = {
  on: (name: string, fn: Handler) => void (listeners.get(name) ?? listeners.set(name, new Set()).get(name)!).add(fn),
  off: (name: string, fn?: Handler) => void (fn ? listeners.get(name)?.delete(fn) : listeners.delete(name)),
  trigger: (name: string, ...args: unknown[]) => [...(listeners.get(name) ?? [])].forEach((fn) => fn(...args)),
  once: (name: string, fn: Handler) => {
    const once: Handler = (...a) => (eventCenter.off(name, once), fn(...a))
    eventCenter.on(name, once)
  },
}

const Taro = {
  ENV_TYPE,
  getEnv: () => ENV_TYPE.WEB,
  getStorageSync: (key: string) => (taroFake.storage.has(key) ? JSON.parse(JSON.stringify(taroFake.storage.get(key))) : ''),
  setStorageSync: (key: string, value: unknown) => void taroFake.storage.set(key, JSON.parse(JSON.stringify(value))),
  removeStorageSync: (key: string) => void taroFake.storage.delete(key),
  getStorageInfoSync: () => ({ keys: [...taroFake.storage.keys()] }),
  clearStorageSync: () => void taroFake.storage.clear(),
  navigateTo: navigate('navigateTo'),
  redirectTo: navigate('redirectTo'),
  reLaunch: navigate('reLaunch'),
  switchTab: navigate('switchTab'),
  navigateBack: navigate('navigateBack'),
  chooseImage: (opts: unknown) => taroFake.chooseImage(opts),
  previewImage: () => Promise.resolve(),
  stopPullDownRefresh: () => undefined,
  showToast: () => Promise.resolve(),
  makePhoneCall: () => Promise.resolve(),
  setClipboardData: () => Promise.resolve(),
  pageScrollTo: () => Promise.resolve(),
  nextTick: (fn: Handler) => setTimeout(fn, 0),
  getSystemInfoSync: () => systemInfo,
  getSystemInfo: () => Promise.resolve(systemInfo),
  getWindowInfo: () => systemInfo,
  getDeviceInfo: () => ({ platform: 'devtools' }),
  getAppBaseInfo: () => ({ SDKVersion: '3.0.0' }),
  SDKVersion: '3.0.0',
  createSelectorQuery,
  createIntersectionObserver: () => ({
    relativeToViewport: () => ({ observe: () => undefined }),
    observe: () => undefined,
    disconnect: () => undefined,
  }),
  getCurrentInstance: () => ({ router: { params: taroFake.params }, page: {} }),
  getCurrentPages: () => [],
  eventCenter,
  pxTransform: (n: number) => `${n / 2}px`,
  usePageScroll,
  useUnload,
}

export default Taro
// NutUI's bundle reads the APIs off the module object itself (`Taro.getEnv()`), not off `default`.
export const {
  getEnv,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  getStorageInfoSync,
  clearStorageSync,
  navigateTo,
  redirectTo,
  reLaunch,
  switchTab,
  navigateBack,
  chooseImage,
  previewImage,
  stopPullDownRefresh,
  showToast,
  makePhoneCall,
  setClipboardData,
  pageScrollTo,
  nextTick,
  getSystemInfoSync,
  getSystemInfo,
  getWindowInfo,
  getDeviceInfo,
  getAppBaseInfo,
  SDKVersion,
  getCurrentInstance,
  getCurrentPages,
  pxTransform,
  createIntersectionObserver,
} = Taro
export { ENV_TYPE, createSelectorQuery, eventCenter }
