/**
 * Every page of the H5 app residents, customer service, handlers and supervisors use, as the role
 * that uses it, rendered from real data at 375×812: each shows its title and its key content (the
 * list rows, the complaint in hand, the fields of its form, from the data seeded in ./pages) and is
 * saved as a screenshot in test-results/e2e/; each is checked with axe-core and in elderly mode at
 * 375 and 320 px too (pages.ts, checkModes). The manager's pages: manager-pages.test.ts.
 */
import { U } from '../helpers/emulator'
import { startE2E, type E2E } from './browser'
import { checkAll, checkModes, seed, show, type Seeded } from './pages'
import { seriousViolations } from './a11y'

let e: E2E
let ids: Seeded['ids']
let nos: Seeded['nos']

beforeAll(async () => {
  e = await startE2E(Date.parse('2026-11-30T02:00:00Z'))
  ;({ ids, nos } = await seed(e))
}, 90_000)
afterAll(async () => {
  await e?.close()
})

it("the resident's pages show their title, the resident's own complaints and the fields they fill", async () => {
  const p = await e.as(U.wangli)
  await checkAll(e, p, [
    {
      route: '/pages/index/index',
      ready: '.entry-submit',
      title: '物业投诉',
      shows: ['您好，王丽', '3栋2单元1502 业主/住户', '我要投诉', '我的投诉', '1 件处理中', '最近投诉', '大堂垃圾桶满了。', nos.open],
      name: 'page-resident-home',
    },
    {
      route: '/pages/submit/index',
      ready: '.category-select',
      title: '我要投诉',
      shows: [
        '王丽 · 3栋2单元1502 · 13800001111',
        '投诉类别',
        '清洁卫生',
        '投诉地点',
        '投诉内容',
        '照片',
        '紧急投诉',
        '涉及人员',
        '提交投诉',
      ],
      elderlyHides: ['涉及人员'],
      name: 'page-submit',
    },
    {
      route: '/pages/mine/index',
      ready: '.mine-page .complaint-card',
      title: '我的投诉',
      shows: ['全部', '处理中 1', '电梯厅地面有积水和烟头。', '满意结案', '大堂垃圾桶满了。', nos.closed, nos.open],
      name: 'page-mine',
    },
    {
      route: `/pages/detail/index?id=${ids.closed}`,
      ready: '.status-tag',
      title: '投诉详情',
      shows: [
        nos.closed,
        '满意结案',
        '清洁卫生',
        '电梯厅地面有积水和烟头。',
        '3栋2单元电梯厅',
        '处理结果',
        '已清理并加强巡查。',
        '满意',
        '处理进度',
      ],
      name: 'page-detail-closed',
    },
    {
      route: '/pages/messages/index',
      ready: '.messages-page .message-item',
      title: '消息通知',
      shows: ['条未读', '全部标为已读', '您的投诉已受理', `投诉编号 ${nos.open}`, '投诉已处理完毕，请评价'],
      name: 'page-messages',
    },
    {
      route: '/pages/profile/index',
      ready: '.profile-page .name-input',
      title: '个人资料',
      shows: ['业主/住户', '物业员工', '姓名', '房号', '联系电话', '保存'],
      values: { '.name-input input': '王丽', '.phone-input input': '13800001111' },
      name: 'page-profile',
    },
  ])
}, 120_000)
it("A2 the filing form's place picker walks the estate: 3栋 → 2单元 → 电梯厅 writes the place, still editable", async () => {
  const p = await e.as(U.chen)
  await show(e, p, { route: '/pages/submit/index', ready: '.place-picker-open', title: '我要投诉', shows: ['投诉地点'] })
  await p.locator('.place-picker-open').click()
  const item = (text: string) => p.locator('.nut-cascader-item:visible', { hasText: new RegExp(`^${text}$`) }).first()
  await item('3栋').waitFor({ state: 'visible', timeout: 10_000 })
  await e.shot(p, 'page-submit-place-picker')
  expect(await seriousViolations(p)).toEqual([])
  await item('3栋').click()
  await item('2单元').click()
  await item('电梯厅').click()
  await expect(p.locator('.location-input input').inputValue()).resolves.toBe('3栋2单元电梯厅')
  await p.locator('.place-picker-open').click()
  await item('公共区域').click()
  await item('中心花园').click()
  await expect(p.locator('.location-input input').inputValue()).resolves.toBe('中心花园')
}, 60_000)
it('customer service, handler and supervisor pages show their queues, the complaint in hand and the forms they fill', async () => {
  const agent = await e.as(U.agent)
  await checkAll(e, agent, [
    {
      route: '/pages/index/index',
      ready: '.entry-queue',
      title: '物业投诉',
      shows: ['您好，林晓', '客服专员 · 客户服务中心', '工作台', '客服待办', '代为登记', '全部投诉', '消息通知'],
      name: 'page-agent-home',
    },
    {
      route: '/pkg-staff/queue/index',
      ready: '.complaint-card',
      title: '客服待办',
      shows: ['小区外面市政道路的路灯不亮。', '市政道路', '待受理', nos.waiting],
      name: 'page-queue',
    },
    {
      route: `/pages/detail/index?id=${ids.waiting}`,
      ready: '.action-accept',
      title: '投诉详情',
      shows: [nos.waiting, '待受理', '小区外面市政道路的路灯不亮。', '陈**', '139****2222', '受理', '不予受理'],
      name: 'page-agent-detail',
    },
    {
      route: `/pkg-staff/action/index?id=${ids.waiting}&action=refuse`,
      ready: '.ground-select',
      title: '不予受理',
      shows: [
        nos.waiting,
        '不予受理理由',
        '不属于物业管理处职责范围',
        '已进入诉讼、仲裁或行政复议程序',
        '向投诉人的说明',
        '投诉人将收到不予受理的理由和说明。',
      ],
      name: 'page-refuse',
    },
    {
      route: '/pkg-staff/register/index',
      ready: '.submit-button',
      title: '代为登记投诉',
      shows: ['投诉渠道', '现场', '电话', '投诉人', '投诉类别', '投诉地点', '投诉内容', '当场处理完毕', '提交登记'],
      name: 'page-register',
    },
    {
      route: `/pkg-staff/form/index?id=${ids.closed}`,
      ready: '.form-print, .registration-form',
      title: '登记表',
      shows: ['物业后勤服务投诉登记表', nos.closed, '王丽', '电梯厅地面有积水和烟头。', '已清理并加强巡查。'],
      name: 'page-registration-form',
    },
  ])
  const handler = await e.as(U.cleaning)
  await checkAll(e, handler, [
    {
      route: '/pkg-staff/tasks/index',
      ready: '.complaint-card',
      title: '我的任务',
      shows: ['大堂垃圾桶满了。', '楼顶排水沟堆满落叶，雨天积水。', '办结期限', nos.open, nos.plan],
      name: 'page-tasks',
    },
    {
      route: `/pages/detail/index?id=${ids.open}`,
      ready: '.action-give_result',
      title: '投诉详情',
      shows: [nos.open, '调查中', '大堂垃圾桶满了。', '3栋大堂', '保洁部', '张洁', '反馈处理结果'],
      name: 'page-handler-detail',
    },
    {
      route: `/pkg-staff/action/index?id=${ids.open}&action=add_note`,
      ready: '.note-input',
      title: '记录调查',
      shows: [nos.open, '记录类型', '现场勘查', '记录内容', '附件照片'],
      name: 'page-add-note',
    },
    {
      route: `/pkg-staff/action/index?id=${ids.open}&action=give_result`,
      ready: '.result-input',
      title: '反馈处理结果',
      shows: [nos.open, '处理结果', '处理方式', '立即整改', '处理后照片', '投诉人将收到处理结果通知'],
      name: 'page-give-result',
    },
  ])
  const supervisor = await e.as(U.cleaningSupervisor)
  await checkAll(e, supervisor, [
    {
      route: '/pkg-staff/approvals/index',
      ready: '.complaint-card',
      title: '待我审批',
      shows: ['楼顶排水沟堆满落叶，雨天积水。', '1栋楼顶', nos.plan],
      name: 'page-approvals',
    },
    {
      route: `/pkg-staff/action/index?id=${ids.plan}&action=approve_plan`,
      ready: '.submit-button',
      title: '批准方案',
      shows: [nos.plan, '处理方案（待审批）', '张洁', '清理排水沟', '加装落叶网', '审批意见'],
      name: 'page-approve-plan',
    },
    {
      route: '/pkg-manager/dashboard/index',
      ready: '.dashboard-figure-total',
      title: '统计分析',
      shows: ['保洁部', '投诉总数', '满意率', '按投诉类别'],
      name: 'page-supervisor-dashboard',
    },
  ])
  // A department's supervisor sees their own department's complaints only: the three for 保洁部.
  expect(await supervisor.locator('.dashboard-figure-total .figure__value').innerText()).toContain('3')
}, 180_000)
it('a new WeChat user is asked for their profile first', async () => {
  const p = await e.as('demo-new-e2e')
  await show(e, p, {
    route: '/pages/index/index',
    ready: '.entry-profile',
    title: '物业投诉',
    shows: ['您好', '欢迎使用线上投诉服务', '完善资料后即可在线投诉', '完善资料', '我是物业工作人员，使用邀请码绑定'],
  })
  await e.shot(p, 'page-new-user')
  await checkModes(e, p, {
    route: '/pages/index/index',
    ready: '.entry-profile',
    title: '物业投诉',
    shows: ['完善资料', '我是物业工作人员，使用邀请码绑定'],
    name: 'page-new-user',
  })
  await show(e, p, {
    route: '/pages/profile/index',
    ready: '.profile-page .name-input',
    title: '个人资料',
    shows: ['业主/住户', '物业员工', '姓名', '房号', '联系电话', '保存'],
  })
  expect(await p.locator('.name-input input').inputValue()).toBe('')
  await e.shot(p, 'page-new-user-profile')
})

it('given 长辈模式 switched on in the profile, every page follows, a reload keeps it, and switching it off brings the normal pages back', async () => {
  const p = await e.as(U.liu)
  // Each show() is a fresh load: the page on screen is the only one.
  const shown = () => p.evaluate(() => !!document.querySelector('.page.page--elderly'))
  await show(e, p, { route: '/pages/profile/index', ready: '.elderly-switch', title: '个人资料', shows: ['长辈模式'] })
  expect(await shown()).toBe(false)
  await p.locator('.elderly-switch').click()
  await p.waitForFunction(() => !!document.querySelector('.page.page--elderly'))
  expect(await p.locator('.elderly-switch').getAttribute('aria-checked')).toBe('true')
  await e.shot(p, 'page-profile-elderly-on')
  await show(e, p, {
    route: '/pages/submit/index',
    ready: '.category-select.chips--tiles',
    title: '我要投诉',
    shows: ['投诉类别', '投诉内容'],
  })
  expect(await shown()).toBe(true)
  expect((await p.locator('.field__label').allInnerTexts()).some((l) => l.includes('涉及人员'))).toBe(false)
  await show(e, p, { route: '/pages/profile/index', ready: '.elderly-switch', title: '个人资料', shows: ['长辈模式'] })
  await p.locator('.elderly-switch').click()
  await p.waitForFunction(() => !document.querySelector('.page.page--elderly'))
  await show(e, p, { route: '/pages/submit/index', ready: '.involved-input', title: '我要投诉', shows: ['涉及人员'] })
  expect(await shown()).toBe(false)
}, 60_000)
