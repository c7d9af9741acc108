/**
 * The complainant's own part in the compiled WeChat build (C1, C2, C3, C4): on the detail page the
 * resident adds information and urges, on the conversation page writes to the handler (asked for
 * the reply notice first, inside the tap), and withdraws; the built function on the emulator
 * records each. Staff steps are direct calls to the function.
 */
import { launchWeapp, type WeappApp } from '../helpers/weapp-harness'
import type { WeappPage } from '../helpers/weapp-dom'

const RESIDENT = 'demo-resident-01'
const AGENT = 'demo-agent'
const HANDLER = 'demo-engineering-handler'

let app: WeappApp
beforeAll(async () => {
  app = await launchWeapp({ openid: RESIDENT })
})
afterAll(() => app?.close())

/** A lift complaint of the resident's, graded an emergency (its deadline is near: urging is open) and taken. */
async function takenEmergency(): Promise<string> {
  const filed = await app.as(RESIDENT)('complaint.submit', { category: 'engineering', location: '3栋2单元', description: '电梯按钮失灵。' })
  await app.as(AGENT)('complaint.act', { id: filed.id, action: 'accept', departmentCode: 'engineering', tier: 'emergency' })
  await app.as(HANDLER)('complaint.act', { id: filed.id, action: 'take' })
  return filed.id
}

/** Taps the OK button of the confirmation dialog the page opened. */
async function confirmDialog(page: WeappPage): Promise<void> {
  await page.waitFor(() => page.find('nut-dialog-footer-ok'), 'the confirmation dialog')
  await page.tap('nut-dialog-footer-ok')
}

it('C1 C2 C3: on the detail page the resident adds information, urges and withdraws', async () => {
  const id = await takenEmergency()
  const page = await app.open('pages/detail/index', { id })
  await page.waitFor(() => page.find('action-add_info'), 'the 补充信息 button')

  await page.tap('action-add_info')
  await page.waitFor(() => page.find('add-info-text'), 'the addition panel')
  await page.type('add-info-text', '今天电梯又停在半层。')
  await page.tap('add-info-send')
  await page.waitFor(() => page.find('section-additions'), 'the additions')
  expect((await app.docs('complaints', { _id: id }))[0].additions).toEqual([expect.objectContaining({ text: '今天电梯又停在半层。' })])

  await page.tap('action-urge')
  await confirmDialog(page)
  await page.waitForText('已通知承办人')
  expect((await app.docs('complaints', { _id: id }))[0].urges).toHaveLength(1)

  await page.tap('action-withdraw')
  await page.waitFor(() => page.find('withdraw-reason'), 'the withdrawal panel')
  await page.tap(page.get('chip-resolved_self'))
  await page.tap('withdraw-send')
  await confirmDialog(page)
  await page.waitFor(() => page.find('status-withdrawn'), 'the withdrawn status')
  expect((await app.docs('complaints', { _id: id }))[0]).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'resolved_self' } })
  page.close()
})

it('C4: on the conversation page the resident writes to the handler, asked first for the reply notice', async () => {
  const id = await takenEmergency()
  await app.as(HANDLER)('conversation.send', { id, text: '师傅十分钟内到。' })
  const page = await app.open('pages/conversation/index', { id })
  await page.waitForText('师傅十分钟内到。')
  await page.type('conversation-text', '好的，我在楼下等。')
  await page.tap('conversation-send')
  await page.waitForText('好的，我在楼下等。')
  const meta = await app.as(RESIDENT)('meta.get')
  expect(app.wx.consentAsked.at(-1)).toEqual(meta.subscribe.reply)
  const stored = await app.docs('conversation', { complaintId: id })
  expect(stored.map((m: any) => [m.side, m.text])).toEqual([
    ['staff', '师傅十分钟内到。'],
    ['complainant', '好的，我在楼下等。'],
  ])
  page.close()
})
