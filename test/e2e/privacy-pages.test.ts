/**
 * Issue 15 in the H5 app (real chromium, 375×812): the privacy dialog standing in for WeChat's
 * before the photo picker, the privacy notice, the resident's data and data rights, and the
 * manager's access log, content checks and retention settings — each with its title and key
 * content, saved in test-results/e2e/.
 */
import { U } from '../helpers/emulator'
import { startE2E, type E2E } from './browser'
import { checkAll, expectShown, show } from './pages'

let e: E2E
let no = ''

beforeAll(async () => {
  e = await startE2E(Date.parse('2026-11-30T02:00:00Z'))
  const c = await e.call(U.wangli, 'complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏。' })
  no = c.no
  await e.call(U.agent, 'complaint.revealContact', { id: c.id })
}, 90_000)
afterAll(async () => {
  await e?.close()
})

it('before the first photo, the privacy dialog asks; refused, the resident is told and may still file in words', async () => {
  const p = await e.as(U.wangli)
  await show(e, p, { route: '/pages/submit/index', ready: '.photo-picker__add', title: '我要投诉', shows: ['投诉人', '王丽'] })
  await p.locator('.photo-picker__add').click()
  await p.locator('.privacy-dialog').waitFor({ state: 'visible' })
  await expectShown(p, 'privacy dialog', '我要投诉', ['用户隐私保护提示', '《用户隐私保护指引》', '拒绝', '同意'])
  await e.shot(p, 'privacy-dialog')
  await p.locator('.privacy-refuse').click()
  await p.locator('.photo-picker__privacy').waitFor({ state: 'visible' })
  await expectShown(p, 'after refusing', '我要投诉', ['未同意隐私保护指引，暂不能添加照片'])
  await e.shot(p, 'privacy-refused')
}, 120_000)

it("the resident's privacy pages show what is held and what they may do", async () => {
  const p = await e.as(U.wangli)
  await checkAll(e, p, [
    {
      route: '/pages/privacy/index',
      ready: '.privacy-collected',
      title: '隐私保护指引',
      shows: ['同意情况', '我们收集的信息', '姓名、房号、联系电话', '保存期限', '您的权利', '使用的系统权限', '查看我的数据'],
      name: 'page-privacy',
    },
    {
      route: '/pages/mydata/index',
      ready: '.mydata-complaints',
      title: '我的数据',
      shows: ['账户（1）', '投诉（1）', no, '大堂地面很脏。', '联系方式查看记录（1）', '林晓', '导出为表格'],
      name: 'page-my-data',
    },
    {
      route: '/pages/profile/index',
      ready: '.privacy-card',
      title: '个人资料',
      shows: ['我的数据与隐私', '查看和导出我的数据', '隐私保护指引', '撤回通知授权', '注销账号'],
      name: 'page-profile-privacy',
    },
  ])
}, 120_000)

it("the manager's access log, content checks and retention settings", async () => {
  const m = await e.as(U.manager)
  await checkAll(e, m, [
    {
      route: '/pkg-manager/accesslog/index',
      ready: '.accesslog-entry',
      title: '个人信息访问记录',
      shows: ['用途', '全部', '查看投诉人联系方式', '林晓', '客服专员', '涉及 王*', no, '导出为表格'],
      name: 'page-access-log',
    },
    {
      route: '/pkg-manager/content/index',
      ready: '.content-page .state-empty',
      title: '内容安全',
      shows: ['没有需要处理的文件'],
      name: 'page-content-checks',
    },
  ])
  await show(e, m, { route: '/pkg-manager/settings/index', ready: '.settings-save', title: '系统设置', shows: ['隐私与保存'] })
  await m.locator('.settings-nav .nut-tabs-titles-item', { hasText: '隐私与保存' }).click()
  await expectShown(m, '设置 · 隐私与保存', '系统设置', ['保存期限', '照片保存期限', '个人信息保存期限', '个人信息访问记录', '内容安全'])
  expect(await m.locator('.retention-anonymiseAfterMonths input').inputValue()).toBe('36')
  expect(await m.locator('.retention-deleteFilesAfterMonths input').inputValue()).toBe('12')
  await e.shot(m, 'page-settings-privacy', true)
}, 120_000)
