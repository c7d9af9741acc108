/**
 * Issue 15: privacy consent in the compiled WeChat build, in miniprogram-simulate, with WeChat's
 * privacy APIs stubbed as WeChat behaves (helpers/weapp-wx.ts): before the first privacy API the
 * app's own dialog answers onNeedPrivacyAuthorization; refusing keeps chooseMedia from ever being
 * called and says so in Chinese; agreeing through the agreePrivacyAuthorization button (its id
 * passed to resolve) lets the picker open. The dialog can be opened again from the privacy page.
 */
import { fire } from '../helpers/weapp-dom'
import { launchWeapp, type WeappApp } from '../helpers/weapp-harness'

const RESIDENT = 'demo-resident-01'

/** The node of the page's render data (Taro's tree) with this id. */
function nodeOf(data: unknown, uid: string): Record<string, unknown> | null {
  if (!data || typeof data !== 'object') return null
  if ((data as Record<string, unknown>).uid === uid) return data as Record<string, unknown>
  for (const v of Object.values(data)) {
    const hit = nodeOf(v, uid)
    if (hit) return hit
  }
  return null
}

let app: WeappApp
beforeAll(async () => {
  app = await launchWeapp({ openid: RESIDENT })
  app.wx.privacy.needed = true
})
afterAll(() => app?.close())

it('given the guide refused in our dialog, chooseMedia is never called and the resident is told why; a text complaint still goes', async () => {
  const page = await app.open('pages/submit/index')
  await page.waitForText('投诉人')
  await page.tap('photo-picker__add')
  await page.waitForText('用户隐私保护提示')
  expect(app.wx.privacy.answers).toEqual([{ event: 'exposureAuthorization' }])
  await page.tap('privacy-refuse')
  await page.waitForText('您未同意《用户隐私保护指引》')
  await page.waitFor(() => page.find('photo-picker__privacy'), 'the note where photos would be added')
  expect(app.wx.privacy.answers.at(-1)).toEqual({ event: 'disagree' })
  expect(app.wx.privacy.chooseMedia).toEqual([])
  expect(page.find('privacy-dialog')).toBeNull()

  // The app stays usable: the complaint goes without photos.
  await page.tap('chip-cleaning')
  await page.type('location-input', '3栋大堂')
  await page.type('description-input', '大堂地面很脏。')
  await page.tap('submit-button')
  await page.waitFor(() => app.wx.navigations.find((n) => n.url.startsWith('/pages/detail/index')), 'the detail page')
  expect(app.wx.privacy.chooseMedia).toEqual([])
  page.close()
})

it('given the guide agreed through the agreePrivacyAuthorization button, WeChat gets its id and chooseMedia opens', async () => {
  const page = await app.open('pages/submit/index')
  await page.waitForText('投诉人')
  await page.tap('photo-picker__add')
  await page.waitForText('用户隐私保护提示')
  const agree = page.get('privacy-agree')
  // The rendered button: WeChat's id, and open-type="agreePrivacyAuthorization" in the page's data.
  const id = (agree as any).__wxElement.id
  expect(id).toBe('agree-privacy')
  expect(Object.values(nodeOf((page.component as any).instance.data, id) ?? {})).toContain('agreePrivacyAuthorization')
  app.wx.privacy.nextMedia = [{ tempFilePath: 'wxfile://tmp/a.jpg', size: 1000, fileType: 'image' }]
  fire(agree, 'agreeprivacyauthorization')
  await page.waitFor(() => app.wx.privacy.chooseMedia.length === 1, 'the photo picker')
  expect(app.wx.privacy.answers.at(-1)).toEqual({ event: 'agree', buttonId: id })
  expect(app.wx.privacy.chooseMedia[0]).toMatchObject({ mediaType: ['image'], count: 9 })
  await page.waitFor(() => page.findAll('photo-picker__cell').length === 1, 'the chosen photo')
  page.close()
})

it('given the privacy page, it shows the guide and the consent, and opens WeChat’s own copy', async () => {
  app.wx.privacy.needed = true
  const page = await app.open('pages/privacy/index')
  await page.waitForText('您尚未同意《用户隐私保护指引》')
  for (const text of [
    '我们收集的信息',
    '姓名、房号、联系电话',
    '照片（您上传的）',
    '微信标识（OpenID）',
    '保存期限',
    '您的权利',
    '注销账号',
  ]) {
    expect(page.text()).toContain(text)
  }
  await page.tap('privacy-contract')
  expect(app.wx.privacy.contractOpened).toBe(1)
  // The dialog again, from here.
  await page.tap('privacy-reopen')
  await page.waitForText('用户隐私保护提示')
  fire(page.get('privacy-agree'), 'agreeprivacyauthorization')
  await page.waitForText('您已同意《用户隐私保护指引》')
  page.close()
})
