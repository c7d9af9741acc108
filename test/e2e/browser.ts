/**
 * Real-browser harness for the H5 app: the emulator started as `npm start` starts it (its own
 * process, data in memory, clock started at a fixed instant), and Debian's chromium driven by
 * playwright-core, one browser context per identity. The test sees the product only as users
 * and WeChat would: pages, the function over HTTP, and the emulator's notification record.
 * Screenshots at 375×812 (and 320 wide for elderly mode) go to test-results/e2e/.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { chromium, request, type Browser, type BrowserContext, type Page } from 'playwright-core'

const ROOT = join(__dirname, '..', '..')
export const SHOTS = join(ROOT, 'test-results', 'e2e')
const H5 = process.env.E2E_H5_DIR ?? join(ROOT, 'dist-h5')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export interface E2E {
  base: string
  /** A phone-sized page logged in as `openid` (a fresh context: its own cookies). */
  as(openid: string): Promise<Page>
  /** Calls the complaint function over HTTP as `openid`; returns `data` or throws. */
  call(openid: string, action: string, payload?: Record<string, unknown>, fn?: string): Promise<any>
  /** The subscription messages WeChat would have delivered to `openid`. */
  notifications(openid: string): Promise<{ title: string; data: Record<string, { value: string }> }[]>
  /** What WeCom application messages, SMS and group robots would have received (issue 14). */
  alerts(): Promise<{
    wecomApp: { touser: string; content: string; at: number }[]
    sms: { phone: string; params: string[]; at: number }[]
    robots: { key: string; content: string; at: number }[]
  }>
  /** Moves the emulator's clock forward and runs every timer trigger once; returns the new time. */
  advanceClock(minutes: number): Promise<number>
  /** Saves a screenshot as NN-name.png; the whole page when `full`. */
  shot(page: Page, name: string, full?: boolean): Promise<void>
  close(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })
}

async function waitForServer(base: string, proc: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (proc.exitCode !== null) throw new Error(`emulator exited: ${log()}`)
    try {
      const r = await fetch(`${base}/__emu/whoami`)
      if (r.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`emulator did not start: ${log()}`)
}

/** Starts the emulator with its clock at `now` (ms UTC) and chromium with the same clock. */
export async function startE2E(now: number): Promise<E2E> {
  if (!existsSync(join(H5, 'index.html'))) throw new Error(`no H5 build in ${H5}: run npm run build:h5`)
  if (!existsSync(CHROMIUM)) throw new Error(`no chromium at ${CHROMIUM}: apt-get install -y chromium (npm test does it)`)
  mkdirSync(SHOTS, { recursive: true })
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let output = ''
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'emulator/server.ts'),
      '--port',
      String(port),
      '--data',
      'memory',
      '--clock',
      new Date(now).toISOString(),
      '--h5',
      H5,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
    },
  )
  server.stdout!.on('data', (d) => (output += d))
  server.stderr!.on('data', (d) => (output += d))
  await waitForServer(base, server, () => output)
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Issue 19: a built-in fake microphone (a tone), allowed without a prompt, so voice notes can be recorded.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  })
  const contexts: BrowserContext[] = []
  const api = new Map<string, Awaited<ReturnType<typeof request.newContext>>>()
  const apiAs = async (openid: string) => {
    if (!api.has(openid)) {
      const rc = await request.newContext({ baseURL: base })
      await rc.post('/__emu/login', { form: { openid }, maxRedirects: 0 })
      api.set(openid, rc)
    }
    return api.get(openid)!
  }
  let n = 0
  return {
    base,
    async as(openid) {
      const ctx = await browser.newContext({
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      })
      contexts.push(ctx)
      // The app's clock starts where the emulator's did, then runs (animations need time to pass).
      await ctx.clock.install({ time: now })
      await ctx.clock.resume()
      const login = await ctx.request.post(`${base}/__emu/login`, { form: { openid }, maxRedirects: 0 })
      if (login.status() !== 302) throw new Error(`dev login as ${openid} failed: ${login.status()}`)
      const page = await ctx.newPage()
      page.on('pageerror', (err) => console.warn(`[${openid}] page error: ${err.message}`))
      return page
    },
    async call(openid, action, payload = {}, fn = 'complaint') {
      const r = await (await apiAs(openid)).post(`/functions/${fn}`, { data: { action, payload } })
      const body = await r.json()
      if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body.error)}`)
      return body.data
    },
    async notifications(openid) {
      return (await (await apiAs(openid)).get('/__emu/notifications.json')).json()
    },
    async alerts() {
      return (await (await apiAs('demo-manager')).get('/__emu/alerts.json')).json()
    },
    async advanceClock(minutes) {
      const r = await (await apiAs('demo-manager')).post('/__emu/clock', { data: { minutes } })
      if (!r.ok()) throw new Error(`advancing the clock failed: ${r.status()} ${await r.text()}`)
      return (await r.json()).now
    },
    async shot(page, name, full = false) {
      n += 1
      await settled(page)
      const path = join(SHOTS, `${String(n).padStart(2, '0')}-${name}.png`)
      if (!full) return void (await page.screenshot({ path }))
      // H5 pages scroll inside their own container: grow the viewport to the page's bottom (below the
      // navigation bar) instead.
      const height = await page.evaluate(() =>
        Math.ceil(
          Math.max(
            812,
            ...[...document.querySelectorAll<HTMLElement>('.taro_page')]
              .filter((p) => getComputedStyle(p).display !== 'none')
              .map((p) => p.getBoundingClientRect().top + p.scrollHeight),
          ),
        ),
      )
      const target = Math.min(height, 4000)
      // At the width the page is shown at (375, or 320 for the narrow-phone shots).
      const width = page.viewportSize()?.width ?? 375
      await page.setViewportSize({ width, height: target })
      await page.waitForFunction((h) => window.innerHeight === h, target)
      await settled(page)
      await page.screenshot({ path })
      await page.setViewportSize({ width, height: 812 })
      await page.waitForFunction(() => window.innerHeight === 812)
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined)
      for (const c of api.values()) await c.dispose().catch(() => undefined)
      await browser.close()
      server.kill('SIGTERM')
    },
  }
}

/** Opens a route of the H5 app (hash router) and waits for `ready` to show. */
export async function open(page: Page, base: string, route: string, ready: string): Promise<void> {
  await page.goto(`${base}/#${route}`)
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 15_000 })
}

/**
 * Waits until nothing on the page is still moving — no finite CSS animation or transition running
 * (page slide-ins, dialogs, pickers; endless spinners are not waited for), web fonts loaded and
 * every image decoded — then one more frame, so a screenshot or a read sees the page at rest.
 */
export async function settled(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const moving = document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity)
      const images = [...document.images].filter((i) => i.getBoundingClientRect().height > 0)
      return document.fonts.status === 'loaded' && !moving.length && images.every((i) => i.complete)
    },
    undefined,
    { timeout, polling: 'raf' },
  )
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))))
}

/**
 * Allows notifications in the consent dialog the H5 app shows in place of WeChat's panel (the app
 * asks inside the tap, so the dialog must appear), and waits until it has closed.
 */
export async function allowNotifications(page: Page): Promise<void> {
  const ok = page.locator('.nut-dialog-footer-ok:visible', { hasText: '允许' }).last()
  await ok.waitFor({ state: 'visible', timeout: 10_000 })
  await ok.click()
  await ok.waitFor({ state: 'hidden', timeout: 10_000 })
}

/** The row a column of the H5 picker shows (0-based), read from its scroll position. */
async function pickerRow(page: Page, column: number): Promise<number> {
  const transform = await page
    .locator('taro-picker-group .weui-picker__content')
    .nth(column)
    .evaluate((el) => (el as HTMLElement).style.transform)
  const y = Number(/translate3d\([^,]+,\s*(-?[\d.]+)px/.exec(transform)?.[1] ?? 102)
  return Math.round((102 - y) / 34)
}

/**
 * Turns a column of the H5 date picker to the row reading `label` (e.g. '12月', '7日'), dragging
 * a few rows at a time and checking where it landed, as a person would.
 */
export async function turnPicker(page: Page, column: number, label: string): Promise<void> {
  const group = page.locator('taro-picker-group').nth(column)
  const box = (await group.boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  for (let i = 0; i < 20; i++) {
    const items = await group.locator('.weui-picker__item').allInnerTexts()
    const target = items.findIndex((t) => t.trim() === label)
    if (target < 0) throw new Error(`picker column ${column} has no "${label}" (${items.slice(0, 5).join(' ')} …)`)
    const left = target - (await pickerRow(page, column))
    if (left === 0) return
    const step = Math.max(-4, Math.min(4, left))
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x, y - step * 34, { steps: 12 })
    await page.mouse.up()
    // The column snaps to a row (a 0.3 s transition) and the day column follows a new month: wait for both.
    await settled(page)
  }
  throw new Error(`picker column ${column} did not reach "${label}"`)
}

/** Retries `read` until it returns `expected` (deep-equal via JSON) or `timeout` ms pass; returns the last value. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout
  let last = await read()
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250))
    last = await read()
  }
  return last
}

/** A tiny valid PNG, for the photo upload. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
