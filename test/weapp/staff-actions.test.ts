/**
 * Staff on the detail page of the compiled WeChat build: the buttons are exactly the actions the
 * built function allows this caller now, and a tap on one runs it on the function.
 */
import { launchWeapp, type WeappApp } from '../helpers/weapp-harness'
import type { WeappPage } from '../helpers/weapp-dom'
import { hasClass } from '../helpers/weapp-dom'

const RESIDENT = 'demo-resident-02'
const AGENT = 'demo-agent'
const HANDLER = 'demo-parking-handler'

let app: WeappApp
beforeAll(async () => {
  app = await launchWeapp({ openid: HANDLER })
})
afterAll(() => app?.close())

/** The actions shown as buttons, enabled and blocked, by their `.action-<name>` hook. */
function shownActions(page: WeappPage) {
  const name = (el: Element) =>
    Array.from(el.classList)
      .map((c) => c.replace(/^(?:main|comp)--/, ''))
      .find((c) => c.startsWith('action-') && c !== 'action-button')!
      .slice(7)
  const buttons = page.findAll('action-button')
  return {
    enabled: buttons
      .filter((b) => !hasClass(b, 'is-blocked'))
      .map(name)
      .sort(),
    blocked: buttons
      .filter((b) => hasClass(b, 'is-blocked'))
      .map(name)
      .sort(),
  }
}

it("given a dispatched complaint, the handler sees exactly the function's actions and taking it moves it to investigating", async () => {
  const filed = await app.as(RESIDENT)('complaint.submit', {
    category: 'parking',
    location: '地下车库B区',
    description: '我的车位被人长期占用。',
  })
  await app.as(AGENT)('complaint.act', { id: filed.id, action: 'accept' })
  await app.as(AGENT)('complaint.act', { id: filed.id, action: 'dispatch' })
  const view = await app.as(HANDLER)('complaint.get', { id: filed.id })
  expect(view.allowedActions).toContain('take')

  const page = await app.open('pages/detail/index', { id: filed.id })
  await page.waitFor(() => page.find('action-take'), 'the take button')
  expect(shownActions(page)).toEqual({
    enabled: view.allowedActions.filter((a: string) => a !== 'rate').sort(),
    blocked: view.blockedActions.map((b: { action: string }) => b.action).sort(),
  })

  await page.tap('action-take')
  await page.waitFor(() => page.find('status-investigating'), 'the investigating status')
  const [stored] = await app.docs('complaints', { _id: filed.id })
  expect(stored).toMatchObject({ status: 'investigating', assignee: { openid: HANDLER } })
  const after = await app.as(HANDLER)('complaint.get', { id: filed.id })
  await page.waitFor(() => page.find('action-give_result') || page.find('action-add_note'), 'the new actions')
  expect(shownActions(page).enabled).toEqual(after.allowedActions.filter((a: string) => a !== 'rate').sort())
  page.close()
})
