/**
 * The rating on the detail page of the compiled WeChat build: the resident opens a resolved
 * complaint, chooses a level, comments and submits; the built function on the emulator closes it
 * (or, when dissatisfied, reopens it). Staff steps before that are direct calls to the function.
 */
import { launchWeapp, type WeappApp } from '../helpers/weapp-harness'
import type { WeappPage } from '../helpers/weapp-dom'

const RESIDENT = 'demo-resident-01'
const AGENT = 'demo-agent'
const HANDLER = 'demo-cleaning-handler'

let app: WeappApp
beforeAll(async () => {
  app = await launchWeapp({ openid: RESIDENT })
})
afterAll(() => app?.close())

/** A complaint of the resident's, accepted, dispatched, taken and answered: waiting for the rating. */
async function resolvedComplaint(): Promise<string> {
  const filed = await app.as(RESIDENT)('complaint.submit', {
    category: 'cleaning',
    location: '5栋电梯厅',
    description: '电梯厅垃圾桶满了没人清理。',
  })
  await app.as(AGENT)('complaint.act', { id: filed.id, action: 'accept' })
  await app.as(AGENT)('complaint.act', { id: filed.id, action: 'dispatch' })
  await app.as(HANDLER)('complaint.act', { id: filed.id, action: 'take' })
  await app.as(HANDLER)('complaint.act', {
    id: filed.id,
    action: 'give_result',
    mode: 'rectification',
    summary: '已清理并增加每日两次巡查。',
  })
  return filed.id
}

/** Taps the n-th star (1–5) of the rating's NutUI Rate. */
async function chooseLevel(page: WeappPage, n: number): Promise<void> {
  const stars = page.findAll('nut-rate-item', page.get('rate-input'))
  expect(stars).toHaveLength(5)
  await page.tap(stars[n - 1])
}

async function openDetail(id: string): Promise<WeappPage> {
  const page = await app.open('pages/detail/index', { id })
  await page.waitFor(() => page.find('submit-rating'), 'the rating panel')
  return page
}

it('given a resolved complaint, choosing a level, commenting and submitting closes it with that rating', async () => {
  const id = await resolvedComplaint()
  const page = await openDetail(id)
  expect(page.text()).toContain('已清理并增加每日两次巡查。')
  expect(page.find('status-resolved')).not.toBeNull()
  expect(page.get('submit-rating').className).toContain('disabled') // no level chosen yet

  await chooseLevel(page, 4)
  await page.waitForText('满意')
  await page.type('rate-comment', '处理及时，谢谢！')
  const asked = app.wx.consentAsked.length
  await page.tap('submit-rating')
  await page.waitFor(() => page.find('status-closed'), 'the closed status')

  const [stored] = await app.docs('complaints', { _id: id })
  expect(stored).toMatchObject({
    status: 'closed',
    closure: 'satisfied',
    rating: { level: 4, comment: '处理及时，谢谢！', channel: 'self' },
  })
  expect(page.find('submit-rating')).toBeNull() // the server no longer allows rating
  // A satisfied rating closes the complaint: nothing will follow, so no consent is asked.
  expect(app.wx.consentAsked.length).toBe(asked)
  page.close()
})

it("given a dissatisfied level without a reason, it shows the server's message and the complaint stays resolved", async () => {
  const id = await resolvedComplaint()
  const page = await openDetail(id)
  await chooseLevel(page, 2)
  await page.waitForText('不满意')
  await page.tap('submit-rating')
  await page.waitForText('请说明不满意的原因，以便重新处理')
  expect((await app.docs('complaints', { _id: id }))[0].status).toBe('resolved')

  // With the reason the server reopens it (F3), and the page follows.
  await page.type('rate-comment', '垃圾桶第二天又满了。')
  await page.tap('submit-rating')
  await page.waitFor(() => page.find('status-reopened'), 'the reopened status')
  // Reopened: its progress and new result will be sent, so the tap asked for consent to them.
  const meta = await app.as(RESIDENT)('meta.get')
  expect(app.wx.consentAsked.at(-1)).toEqual(meta.subscribe.rate)
  const [stored] = await app.docs('complaints', { _id: id })
  expect(stored).toMatchObject({ status: 'reopened', rating: { level: 2, comment: '垃圾桶第二天又满了。' } })
  page.close()
})
