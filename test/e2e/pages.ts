/**
 * What the every-page tests share: the demo data they show (a closed, an open, a waiting, a
 * planned and a refused complaint, two of them at one place: a recurring weak point), and the
 * check that a page shows its title and key content, no clause code, and the emulator's capsule
 * clear of the page.
 */
import type { Page } from 'playwright-core'
import { U } from '../helpers/emulator'
import { settled, type E2E } from './browser'
import { atWidth, measure, seriousViolations, setElderlyMode } from './a11y'

/** The seeded complaints' ids and numbers, by what they stand for. */
export interface Seeded {
  ids: Record<'closed' | 'open' | 'waiting' | 'plan' | 'refused', string>
  nos: Record<'closed' | 'open' | 'waiting' | 'plan', string>
}

/** Files and moves the demo complaints through the function over HTTP, as their people would. */
export async function seed(e: E2E): Promise<Seeded> {
  const c = (who: string, action: string, payload: Record<string, unknown> = {}) => e.call(who, action, payload)
  // Closed with a rating; in handling; waiting for acceptance; a plan waiting for approval; refused.
  const closed = await c(U.wangli, 'complaint.submit', {
    category: 'cleaning',
    location: '3栋2单元电梯厅',
    description: '电梯厅地面有积水和烟头。',
  })
  await c(U.agent, 'complaint.act', { id: closed.id, action: 'accept', departmentCode: 'cleaning' })
  await c(U.cleaning, 'complaint.act', { id: closed.id, action: 'take' })
  await c(U.cleaning, 'complaint.act', { id: closed.id, action: 'give_result', mode: 'rectification', summary: '已清理并加强巡查。' })
  await c(U.wangli, 'complaint.act', { id: closed.id, action: 'rate', level: 4, comment: '满意' })
  const open = await c(U.wangli, 'complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂垃圾桶满了。' })
  await c(U.agent, 'complaint.act', { id: open.id, action: 'accept', departmentCode: 'cleaning' })
  await c(U.cleaning, 'complaint.act', { id: open.id, action: 'take' })
  const waiting = await c(U.chen, 'complaint.submit', {
    category: 'other',
    location: '市政道路',
    description: '小区外面市政道路的路灯不亮。',
  })
  const plan = await c(U.zhou, 'complaint.submit', {
    category: 'cleaning',
    location: '1栋楼顶',
    description: '楼顶排水沟堆满落叶，雨天积水。',
  })
  await c(U.agent, 'complaint.act', { id: plan.id, action: 'accept', departmentCode: 'cleaning', tier: 'complex' })
  await c(U.cleaning, 'complaint.act', { id: plan.id, action: 'take' })
  await c(U.cleaning, 'complaint.act', {
    id: plan.id,
    action: 'submit_plan',
    owner: '张洁',
    steps: ['清理排水沟', '加装落叶网'],
    deadline: '2026-12-04',
  })
  // The same place and category as the waiting one: the period's recurring weak point (S2).
  const refused = await c(U.liu, 'complaint.submit', {
    category: 'other',
    location: '市政道路',
    description: '市政道路施工占道，已申请行政复议。',
  })
  await c(U.agent, 'complaint.act', {
    id: refused.id,
    action: 'refuse',
    ground: 'A4-R3',
    explanation: '此事已进入行政复议程序，请以复议结果为准。',
  })
  return {
    ids: { closed: closed.id, open: open.id, waiting: waiting.id, plan: plan.id, refused: refused.id },
    nos: { closed: closed.no, open: open.no, waiting: waiting.no, plan: plan.no },
  }
}

/** One page to check: where it is, what says it has rendered, its title and the text it must show. */
export interface Check {
  route: string
  ready: string
  title: string
  shows: string[]
  name: string
  /** What inputs must hold (selector of the input → value): a form opens with what is on file. */
  values?: Record<string, string>
  /** What of `shows` elderly mode leaves out (its simpler forms, issue 19). */
  elderlyHides?: string[]
}

/**
 * A procedure clause or ground code (A4-R3, H1, F3 …): the procedure's index, not the office's
 * language — no screen shows one.
 */
const CLAUSE_CODE = /(^|[^A-Za-z0-9])[A-Z]\d(-[A-Z0-9]+)*(?![A-Za-z0-9])/

/**
 * The navigation bar's title, the visible page's text, and whether the emulator's capsule stays
 * inside the navigation bar (it must never cover the page's content).
 */
export async function read(page: Page): Promise<{ title: string; text: string; capsuleClear: boolean }> {
  return page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((p) => getComputedStyle(p).display !== 'none')
    const bar = document.querySelector<HTMLElement>('.taro-navigation-bar-show')?.getBoundingClientRect()
    const capsule = document.querySelector<HTMLElement>('#emu-bar')?.getBoundingClientRect()
    return {
      title: document.querySelector<HTMLElement>('.taro-navigation-bar-title')?.innerText.trim() ?? '',
      text: visible.at(-1)?.innerText ?? '',
      capsuleClear: !!bar && !!capsule && capsule.top >= bar.top && capsule.bottom <= bar.bottom,
    }
  })
}

/**
 * Waits until the page shows `title` and every text of `shows` (data arrives after the frame),
 * then checks that it shows no clause code and that the emulator's capsule covers none of it;
 * fails naming what is missing and what the page shows.
 */
export async function expectShown(page: Page, where: string, title: string, shows: string[]): Promise<void> {
  const complete = ({ title, shows }: { title: string; shows: string[] }) => {
    const bar = document.querySelector<HTMLElement>('.taro-navigation-bar-title')?.innerText.trim()
    const visible = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((p) => getComputedStyle(p).display !== 'none')
    const text = visible.at(-1)?.innerText ?? ''
    return bar === title && shows.every((s) => text.includes(s)) && !!document.querySelector('#emu-bar')?.textContent
  }
  const done = await page
    .waitForFunction(complete, { title, shows }, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false)
  const seen = await read(page)
  const missing = shows.filter((s) => !seen.text.includes(s))
  if (!done)
    throw new Error(
      `${where}: title "${seen.title}" (expected "${title}"), missing ${JSON.stringify(missing)}; the page shows:\n${seen.text}`,
    )
  expect([where, seen.text.match(CLAUSE_CODE)?.[0] ?? null]).toEqual([where, null])
  expect([where, 'capsule inside the navigation bar', seen.capsuleClear]).toEqual([where, 'capsule inside the navigation bar', true])
}

/** Opens `route` in a fresh load, waits for `ready`, then for its title and key content (see expectShown). */
export async function show(e: E2E, page: Page, { route, ready, title, shows }: Omit<Check, 'name'>): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${e.base}/#${route}`)
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 20_000 })
  await expectShown(page, route, title, shows)
}

/** Shows each page in turn as the same user and screenshots it, then checks it in both modes (checkModes). */
export async function checkAll(e: E2E, page: Page, checks: Check[]): Promise<void> {
  for (const c of checks) {
    await show(e, page, c)
    for (const [input, value] of Object.entries(c.values ?? {}))
      expect([input, await page.locator(input).inputValue()]).toEqual([input, value])
    await e.shot(page, c.name, true)
    await checkModes(e, page, c, { restore: false })
  }
}

/**
 * Issue 19, on the page `c` that is on screen: no serious or critical axe-core violation; then in
 * elderly mode (switched on as the profile's switch leaves it, and off again after) the page shows
 * its title and key content but what the mode leaves out, has no serious or critical violation
 * either, and at 375 px and at 320 px wide computes body text of at least 18 px, buttons at least
 * 44 px tall and no text cut off — saved as `<name>-elderly-375` and `<name>-elderly-320`. With
 * `restore` (the default) the page is shown again in normal mode for the test to go on.
 */
export async function checkModes(e: E2E, page: Page, c: Omit<Check, 'values'>, { restore = true } = {}): Promise<void> {
  expect([c.route, 'normal mode', await seriousViolations(page)]).toEqual([c.route, 'normal mode', []])
  await setElderlyMode(page, true)
  try {
    const hides = c.elderlyHides ?? []
    await show(e, page, { ...c, shows: c.shows.filter((s) => !hides.includes(s)) })
    const { text } = await read(page)
    expect([c.route, hides.filter((s) => text.includes(s))]).toEqual([c.route, []])
    expect([c.route, 'elderly mode', await seriousViolations(page)]).toEqual([c.route, 'elderly mode', []])
    for (const width of [375, 320]) {
      await atWidth(page, width)
      await settled(page)
      const m = await measure(page)
      expect({ route: c.route, width, ...m, bodyPx: m.bodyPx >= 18 }).toEqual({
        route: c.route,
        width,
        elderly: true,
        bodyPx: true,
        smallText: [],
        lowButtons: [],
        cutOff: [],
      })
      await e.shot(page, `${c.name}-elderly-${width}`, true)
    }
  } finally {
    await atWidth(page, 375)
    await setElderlyMode(page, false)
  }
  // The test goes on with the page in normal mode, as it found it.
  if (restore) await show(e, page, c)
}
