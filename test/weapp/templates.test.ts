/**
 * Whether the nodes the residents' pages render have WXML templates in the WeChat build. A node
 * without one renders nothing on a phone, silently: WeChat's template runtime only warns.
 */
import { launchWeapp, type WeappApp } from '../helpers/weapp-harness'

const RESIDENT = 'demo-resident-01'

let app: WeappApp
beforeAll(async () => {
  app = await launchWeapp({ openid: RESIDENT })
})
afterAll(() => app?.close())

/** The tag names WeChat found no template for, from warnings like "Template `tmpl_0_i` not found". */
const missingTags = () => [...new Set(app.templateWarnings.map((w) => /Template `tmpl_\d+_([^`]+)` not found/.exec(w)?.[1] ?? w))]

// KNOWN BUG (reported to the front-end owner): NutUI's icons (@nutui/icons-react-taro) render an
// HTML `<i>`, and without @tarojs/plugin-html Taro's weapp templates have no `tmpl_*_i`: on a phone
// the loading spinner, the Input's clear button, StateView's pictures and the rating's five stars
// are invisible (the star boxes stay tappable). This test lets only that gap through, so any other
// node losing its template fails it; once the build is fixed the list is empty and it still passes.
it("given the filing form, a detail with the rating panel and the message list, no node but NutUI's <i> icons lacks a template", async () => {
  const form = await app.open('pages/submit/index')
  await form.waitForText('投诉人')
  form.close()

  const filed = await app.as(RESIDENT)('complaint.submit', {
    category: 'cleaning',
    location: '5栋电梯厅',
    description: '电梯厅垃圾桶满了没人清理。',
  })
  await app.as('demo-agent')('complaint.act', { id: filed.id, action: 'accept' })
  await app.as('demo-agent')('complaint.act', { id: filed.id, action: 'dispatch' })
  await app.as('demo-cleaning-handler')('complaint.act', { id: filed.id, action: 'take' })
  await app.as('demo-cleaning-handler')('complaint.act', {
    id: filed.id,
    action: 'give_result',
    mode: 'rectification',
    summary: '已清理。',
  })
  const detail = await app.open('pages/detail/index', { id: filed.id })
  await detail.waitFor(() => detail.find('submit-rating'), 'the rating panel')
  // The stars are there to tap, but hold nothing visible: their icon is the untemplated <i>.
  const stars = detail.findAll('nut-rate-item-icon')
  expect(stars).toHaveLength(5)
  detail.close()

  const messages = await app.open('pages/messages/index')
  await messages.waitFor(() => messages.find('message-item'), 'the messages')
  messages.close()

  expect(missingTags().filter((tag) => tag !== 'i')).toEqual([])
})
