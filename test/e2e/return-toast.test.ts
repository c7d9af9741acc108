/**
 * An action form confirms on the page it returns to (H2 here: an investigation note): the form's
 * page leaves at once, and the complaint's page shows "已记录调查" with the new record — a toast
 * on the leaving page would go with it, unseen.
 */
import { U } from '../helpers/emulator'
import { allowNotifications, open, startE2E, type E2E } from './browser'

let e: E2E
beforeAll(async () => {
  e = await startE2E(Date.parse('2026-11-30T02:00:00Z'))
}, 90_000)
afterAll(async () => {
  await e?.close()
})

it("H2 a note sent from its form is confirmed on the complaint's page, which already shows it", async () => {
  const c = await e.call(U.wangli, 'complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂垃圾桶满了。' })
  await e.call(U.agent, 'complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  await e.call(U.cleaning, 'complaint.act', { id: c.id, action: 'take' })
  const p = await e.as(U.cleaning)
  await open(p, e.base, `/pages/detail/index?id=${c.id}`, '.action-add_note')
  await p.locator('.action-add_note').click()
  await p.locator('.note-input textarea').waitFor()
  await p.fill('.note-input textarea', '现场查看，垃圾桶已满。')
  await p.locator('.submit-button').click()
  await allowNotifications(p)
  await p.waitForURL(/pages\/detail\/index/)
  const toast = p.locator('.nut-toast', { hasText: '已记录调查' })
  await toast.waitFor({ state: 'visible', timeout: 5000 })
  await expect(p.locator('.taro_page:visible').last().innerText()).resolves.toContain('现场查看，垃圾桶已满。')
  await e.shot(p, 'return-toast')
}, 60_000)
