/**
 * The filing form of the compiled WeChat build, tapped through in miniprogram-simulate, its cloud
 * calls answered by the built `complaint` function on the in-memory emulator.
 */
import { launchWeapp, type WeappApp } from '../helpers/weapp-harness'

const RESIDENT = 'demo-resident-01' // 王丽, 1-1-101

let app: WeappApp
beforeAll(async () => {
  app = await launchWeapp({ openid: RESIDENT })
})
afterAll(() => app?.close())

it('given the app launched, it connects to the build environment and loads who the user is', async () => {
  const page = await app.open('pages/submit/index')
  await page.waitForText('投诉人')
  expect(app.wx.cloudEnv).toBe(app.emu.env.cloudEnv)
  expect(app.wx.calls.map((c) => c.data.action)).toEqual(expect.arrayContaining(['me.get', 'meta.get']))
  expect(page.get('submit-contact__value').textContent).toContain('王丽')
  page.close()
})

it('given an empty form, tapping submit shows what is missing in Chinese and stores nothing', async () => {
  const page = await app.open('pages/submit/index')
  await page.waitForText('投诉人')
  const before = app.wx.calls.length
  await page.tap('submit-button')
  await page.waitForText('请选择投诉类别')
  await page.tap('chip-security')
  await page.tap('submit-button')
  await page.waitForText('请填写投诉地点')
  expect(app.wx.calls.slice(before).map((c) => c.data.action)).toEqual([])
  expect(await app.docs('complaints')).toEqual([])
  page.close()
})

it('given a category, a place and a description, tapping submit stores the complaint and opens its detail', async () => {
  const page = await app.open('pages/submit/index')
  await page.waitForText('投诉人')
  await page.tap('chip-cleaning')
  await page.waitFor(() => page.get('chip-cleaning').className.includes('is-active'), 'the chosen chip')
  await page.type('location-input', '3栋大堂')
  await page.type('description-input', '大堂地面很脏，已经三天没人打扫了。')
  await page.waitForText('4/100') // the place counter follows the typing

  await page.tap('submit-button')
  const nav = await page.waitFor(() => app.wx.navigations.find((n) => n.url.startsWith('/pages/detail/index')), 'the detail page')

  const [stored] = await app.docs('complaints')
  expect(stored).toMatchObject({
    category: 'cleaning',
    location: '3栋大堂',
    description: '大堂地面很脏，已经三天没人打扫了。',
    channel: 'miniprogram',
    status: 'submitted',
    complainant: { openid: RESIDENT, name: '王丽' },
  })
  expect(nav).toEqual({ kind: 'redirectTo', url: `/pages/detail/index?id=${stored._id}&created=1` })
  // Consent was asked inside the tap, for the submit group, and reported before the complaint went.
  const actions = app.wx.calls.map((c) => c.data.action)
  expect(actions.indexOf('subscription.report')).toBeGreaterThan(-1)
  expect(actions.indexOf('subscription.report')).toBeLessThan(actions.indexOf('complaint.submit'))
  const meta = await app.as(RESIDENT)('meta.get')
  expect(app.wx.consentAsked.at(-1)).toEqual(meta.subscribe.submit)
  page.close()

  // The next page, as WeChat would open it from that redirect.
  const detail = await app.open('pages/detail/index', { id: stored._id, created: '1' })
  await detail.waitFor(() => detail.find('status-submitted'), 'the status tag')
  expect(detail.text()).toContain(stored.no)
  expect(detail.text()).toContain('3栋大堂')
  expect(detail.text()).toContain('投诉已提交')
  detail.close()
})

it('given a description typed past the limit, the compiled form cuts what did not fit, says so, and sends the rest', async () => {
  const page = await app.open('pages/submit/index')
  await page.waitForText('投诉人')
  await page.tap('chip-engineering')
  await page.type('location-input', '8栋电梯')
  await page.type('description-input', '长'.repeat(1999))
  await page.waitForText('1999/2000')
  await page.type('description-input', `${'长'.repeat(1999)}再多写几字`)
  await page.waitForText('投诉内容最多 2000 字')
  await page.waitForText('2000/2000')
  await page.tap('submit-button')
  await page.waitFor(() => app.wx.navigations.find((n) => n.url.startsWith('/pages/detail/index')), 'the detail page')
  // What was there stays; only the part of the new text that did not fit is cut.
  const stored = (await app.docs('complaints')).find((c: { location: string }) => c.location === '8栋电梯')
  expect(stored.description).toBe(`${'长'.repeat(1999)}再`)
  page.close()
})
