/**
 * Every page of the H5 app, as the role that uses it, rendered from real data at 375×812: each
 * page must show its title and its key content (the figures, list rows, form fields or empty-state
 * text it exists for, from the data seeded below), and is saved as a screenshot in
 * test-results/e2e/ — including the manager's dashboard with its charts and a drill-down from a
 * figure to the complaints behind it (S1, G3-P6).
 */
import { U } from '../helpers/emulator'
import { startE2E, type E2E } from './browser'
import type { Page } from 'playwright-core'

const NOW = Date.parse('2026-11-30T02:00:00Z')
let e: E2E
const ids: Record<string, string> = {}
const nos: Record<string, string> = {}

beforeAll(async () => {
  e = await startE2E(NOW)
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
  Object.assign(ids, { closed: closed.id, open: open.id, waiting: waiting.id, plan: plan.id, refused: refused.id })
  Object.assign(nos, { closed: closed.no, open: open.no, waiting: waiting.no, plan: plan.no })
}, 90_000)
afterAll(async () => {
  await e?.close()
})

/** One page to check: where it is, what says it has rendered, its title and the text it must show. */
interface Check {
  route: string
  ready: string
  title: string
  shows: string[]
  name: string
  /** What inputs must hold (selector of the input → value): a form opens with what is on file. */
  values?: Record<string, string>
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
async function read(page: Page): Promise<{ title: string; text: string; capsuleClear: boolean }> {
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
async function expectShown(page: Page, where: string, title: string, shows: string[]): Promise<void> {
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
async function show(page: Page, { route, ready, title, shows }: Omit<Check, 'name'>): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${e.base}/#${route}`)
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 20_000 })
  await expectShown(page, route, title, shows)
}

/** Shows each page in turn as the same user and screenshots it. */
async function checkAll(page: Page, checks: Check[]): Promise<void> {
  for (const c of checks) {
    await show(page, c)
    for (const [input, value] of Object.entries(c.values ?? {}))
      expect([input, await page.locator(input).inputValue()]).toEqual([input, value])
    await e.shot(page, c.name, true)
  }
}

it("the resident's pages show their title, the resident's own complaints and the fields they fill", async () => {
  const p = await e.as(U.wangli)
  await checkAll(p, [
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
  await show(p, { route: '/pages/submit/index', ready: '.place-picker-open', title: '我要投诉', shows: ['投诉地点'] })
  await p.locator('.place-picker-open').click()
  const item = (text: string) => p.locator('.nut-cascader-item:visible', { hasText: new RegExp(`^${text}$`) }).first()
  await item('3栋').waitFor({ state: 'visible', timeout: 10_000 })
  await e.shot(p, 'page-submit-place-picker')
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
  await checkAll(agent, [
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
  await checkAll(handler, [
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
  await checkAll(supervisor, [
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

it("G3-P6 S1 the manager's dashboard renders its figures and charts, and a figure drills down to its complaints", async () => {
  const m = await e.as(U.manager)
  await show(m, {
    route: '/pages/index/index',
    ready: '.workbench__tile',
    title: '物业投诉',
    shows: [
      '您好，周经理',
      '升级投诉',
      '全部投诉',
      '统计与管理',
      '统计分析',
      '薄弱环节',
      '改进措施',
      '系统设置',
      '员工与邀请',
      '发送失败通知',
    ],
  })
  await e.shot(m, 'page-manager-home', true)
  await show(m, {
    route: '/pkg-manager/dashboard/index',
    ready: '.dashboard-figure-total',
    title: '统计分析',
    shows: [
      '2026年11月',
      '投诉总数',
      '派单及时率',
      '满意率',
      '满意度分布',
      '按投诉类别',
      '不予受理理由',
      '已进入诉讼、仲裁或行政复议程序',
    ],
  })
  await m.locator('.chart canvas').first().waitFor({ state: 'attached', timeout: 20_000 })
  expect(await m.locator('.dashboard-figure-total .figure__value').innerText()).toContain('5')
  expect(await m.locator('.chart').count()).toBeGreaterThanOrEqual(3)
  await e.shot(m, 'page-dashboard', true)
  await m.locator('.dashboard-figure-total').click()
  await m.locator('.drill-row').first().waitFor({ timeout: 20_000 })
  expect(await m.locator('.drill-row').count()).toBe(5)
  expect((await read(m)).text).toContain('本期全部投诉')
  expect((await read(m)).text).toContain('共 5 件')
  await e.shot(m, 'page-drill-down', true)
  await checkAll(m, [
    {
      route: '/pkg-manager/all/index',
      ready: '.complaint-card',
      title: '全部投诉',
      shows: [
        '状态：全部',
        '类别：全部',
        '共 5 件',
        '市政道路施工占道，已申请行政复议。',
        '不予受理',
        '小区外面市政道路的路灯不亮。',
        '投诉人 陈**',
      ],
      name: 'page-all',
    },
    {
      route: '/pkg-manager/weakpoints/index',
      ready: '.weak-page .weak-card',
      title: '薄弱环节',
      shows: ['重复发生的问题', '市政道路', '其他后勤保障服务', '本期投诉 2', '制定措施', '部门', '承办人', '查看全部改进措施'],
      name: 'page-weak-points',
    },
    {
      route: '/pkg-manager/actions/index',
      ready: '.actions-page .state-empty',
      title: '改进措施',
      shows: ['未开始', '进行中', '已完成', '还没有改进措施：可在“薄弱环节”中针对问题制定', '查看薄弱环节'],
      name: 'page-actions',
    },
    {
      route: '/pkg-manager/staff/index',
      ready: '.staff-page',
      title: '员工管理',
      shows: ['邀请员工', '邀请记录', '员工名单', '角色', '客服专员', '所属部门', '保洁部', '员工姓名', '手机号', '生成邀请码'],
      name: 'page-staff',
    },
    {
      route: '/pkg-manager/deadletters/index',
      ready: '.deadletters-page .state-empty',
      title: '发送失败',
      shows: ['没有发送失败的通知'],
      name: 'page-dead-letters',
    },
  ])
}, 180_000)

it('the manager finds each setting under its section, and the estate opens as a summary, not 20 rows of inputs', async () => {
  const m = await e.as(U.manager)
  await show(m, {
    route: '/pkg-manager/settings/index',
    ready: '.settings-save',
    title: '系统设置',
    shows: [
      '小区与地点',
      '部门与派单',
      '时限与日历',
      '通知',
      '员工',
      '管理处名称',
      '小区楼栋与公共区域',
      '20 栋',
      '3 单元',
      '1 栋',
      '中心花园',
      '保存设置',
    ],
  })
  expect(await m.locator('.settings-office-name input').inputValue()).toBe('阳光花园物业管理处')
  expect(await m.locator('.estate-building__name:visible').count()).toBe(0)
  await e.shot(m, 'page-settings-estate', true)
  for (const [tab, shows, name] of [
    ['部门与派单', ['派单规则', '投诉类别 → 承办部门', '清洁卫生', '保洁部', '保存设置'], 'page-settings-routing'],
    ['时限与日历', ['处理时限', '派单时限', '工作日历', '可计算期限至', '管理处停业日', '保存设置'], 'page-settings-deadlines'],
    ['通知', ['企业微信群提醒', '管理处（经理）', '发送失败的微信通知', '保存设置'], 'page-settings-notifications'],
    ['员工', ['员工与邀请', '邀请员工、查看员工名单'], 'page-settings-staff'],
  ] as const) {
    await m.locator('.settings-nav .nut-tabs-titles-item', { hasText: tab }).click()
    await expectShown(m, `设置 · ${tab}`, '系统设置', [...shows])
    await e.shot(m, name, true)
  }
  // Staff are managed on their own page: nothing to save here.
  expect(await m.locator('.settings-save:visible').count()).toBe(0)
  await m.locator('.settings-staff .settings-link').click()
  await expectShown(m, 'staff from settings', '员工管理', ['邀请员工', '员工名单'])
}, 120_000)

it('a new WeChat user is asked for their profile first', async () => {
  const p = await e.as('demo-new-e2e')
  await show(p, {
    route: '/pages/index/index',
    ready: '.entry-profile',
    title: '物业投诉',
    shows: ['您好', '欢迎使用线上投诉服务', '完善资料后即可在线投诉', '完善资料', '我是物业工作人员，使用邀请码绑定'],
  })
  await e.shot(p, 'page-new-user')
  await show(p, {
    route: '/pages/profile/index',
    ready: '.profile-page .name-input',
    title: '个人资料',
    shows: ['业主/住户', '物业员工', '姓名', '房号', '联系电话', '保存'],
  })
  expect(await p.locator('.name-input input').inputValue()).toBe('')
  await e.shot(p, 'page-new-user-profile')
})
