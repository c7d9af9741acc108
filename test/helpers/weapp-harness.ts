/**
 * Runs the Taro-compiled WeChat build (`.test-build/weapp`, what WeChat DevTools would upload) in
 * miniprogram-simulate: WeChat's own WXML compiler (wcc) renders the build's templates, exparser
 * runs its components, and taps and input travel the build's event handlers into the React code.
 *
 * miniprogram-simulate loads custom components, not pages or apps, so the harness stands in for the
 * rest of WeChat's page layer: `App`/`getApp`, `Page` (a page is registered as a component whose
 * page lifecycles the harness calls, as WeChat does on navigation) and `getCurrentPages`.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createEmulator, type Emulator } from '../../emulator'
import { installWx, type WxState } from './weapp-wx'
import { WeappPage } from './weapp-dom'

/** Where scripts/test.mjs builds the mini-program for these tests. */
export const WEAPP_DIST = resolve(__dirname, '../../.test-build/weapp')

export interface WeappApp {
  emu: Emulator
  wx: WxState
  /** Opens a page of the build as WeChat would on navigation: load, show, ready. */
  open(route: string, query?: Record<string, string>): Promise<WeappPage>
  /** Warnings of WeChat's template runtime (e.g. "Template `tmpl_0_i` not found"): nodes that did not render. */
  templateWarnings: string[]
  /** Acts as another WeChat user from the next cloud call on. */
  actAs(openid: string): void
  /** Calls the complaint function directly as `openid` (set-up by other people); returns `data` or throws. */
  as(openid: string): (action: string, payload?: Record<string, unknown>) => Promise<any>
  /** What the database holds (not what a caller may see). */
  docs(collection: string, where?: Record<string, unknown>): Promise<any[]>
  close(): void
}

/** The part of miniprogram-simulate used here (its own types declare WeChat's globals, which clash with Node's). */
interface Simulate {
  load(componentPath: string, options: { rootPath: string }): string
  render(id: string): { instance: unknown; attach(parent: Element): void; detach(): void }
}

type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> }

/** `Page(options)` as a component: every function becomes a method, so `eh` handles template events. */
function pageAsComponent(options: PageOptions): Record<string, unknown> {
  const methods: Record<string, unknown> = {}
  const rest: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(options)) (typeof v === 'function' ? methods : rest)[k] = v
  return { ...rest, data: options.data ?? {}, methods }
}

/**
 * Keeps the template runtime's warnings (they mean a node rendered nothing) and drops the noise of
 * miniprogram-simulate's style compiler. @returns the warnings list and a restore function.
 */
function captureConsole(): { templateWarnings: string[]; restore: () => void } {
  const templateWarnings: string[] = []
  const { warn, log } = console
  console.warn = (...args: unknown[]) => {
    const first = String(args[0] ?? '')
    if (first.startsWith('WXMLRT_')) templateWarnings.push(first)
    else if (!first.includes('postcss.plugin was deprecated')) warn(...args)
  }
  console.log = (...args: unknown[]) => {
    if (!String(args[0] ?? '').startsWith('Less has finished')) log(...args)
  }
  return {
    templateWarnings,
    restore: () => {
      console.warn = warn
      console.log = log
    },
  }
}

/**
 * Starts an in-memory emulator running the built cloud functions and loads the build's app.js
 * (which requires its runtime, vendors, common and taro chunks) as WeChat does at launch.
 * One app per test file: the build's webpack runtime registers each module once per file.
 */
export async function launchWeapp(opts: { openid: string; dist?: string }): Promise<WeappApp> {
  const dist = opts.dist ?? WEAPP_DIST
  if (!existsSync(join(dist, 'app.js'))) {
    throw new Error(
      `${dist}/app.js is missing: build it with OUTPUT_ROOT=.test-build/weapp APP_ENV=local NODE_ENV=production npx taro build --type weapp (npm test does)`,
    )
  }
  const emu = await createEmulator({ dataDir: null, functions: ['complaint', 'report', 'export'] })
  const consoleCapture = captureConsole()
  // miniprogram-simulate defines the global Component and an inert `wx` when it loads.

  const simulate = require('miniprogram-simulate') as Simulate
  const wx = installWx(emu, opts.openid)
  const g = globalThis as any
  let app: any
  const pages: any[] = []
  g.App = (config: unknown) => {
    app = config
  }
  g.getApp = () => app
  g.getCurrentPages = () => pages.slice()
  g.Page = (options: PageOptions) => g.Component(pageAsComponent(options))
  // WeChat's global query selects in the current page; miniprogram-simulate's mock returns
  // nothing from select(), which NutUI's Rate (and anything measuring itself) would crash on.
  g.wx.createSelectorQuery = () => pages[pages.length - 1].createSelectorQuery()

  require(join(dist, 'app.js'))
  if (!app) throw new Error('the build did not call App()')
  app.onLaunch({ path: 'pages/index/index', query: {}, scene: 1001 })
  app.onShow({ path: 'pages/index/index', query: {}, scene: 1001 })

  const loaded = new Map<string, string>()
  async function open(route: string, query: Record<string, string> = {}): Promise<WeappPage> {
    let id = loaded.get(route)
    if (!id) {
      // A page's chunk runs once per file (webpack caches its module), so its component is reused.
      id = simulate.load(join(dist, route), { rootPath: dist })
      loaded.set(route, id)
    }
    const comp = simulate.render(id)
    const host = document.createElement('div')
    document.body.appendChild(host)
    comp.attach(host)
    const page = comp.instance as any
    page.route = route
    page.__route__ = route
    page.options = query
    pages.push(page)
    page.onLoad(query)
    page.onShow()
    page.onReady()
    const close = () => {
      page.onUnload()
      pages.splice(pages.indexOf(page), 1)
      comp.detach()
      host.remove()
    }
    return new WeappPage(comp, host, close)
  }

  return {
    emu,
    wx,
    templateWarnings: consoleCapture.templateWarnings,
    open,
    actAs(openid) {
      wx.openid = openid
    },
    as:
      (openid) =>
      async (action, payload = {}) => {
        const r = await emu.call('complaint', { action, payload }, openid)
        if (!r?.ok) throw new Error(`${action} as ${openid} failed: ${JSON.stringify(r?.error ?? r)}`)
        return r.data
      },
    async docs(collection, where = {}) {
      const cloud = require('wx-server-sdk')
      return (await cloud.database().collection(collection).where(where).limit(1000).get()).data
    },
    close() {
      pages.slice().forEach((p) => p.onUnload?.())
      emu.close()
      consoleCapture.restore()
    },
  }
}
