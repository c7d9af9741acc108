/**
 * The manager's pages in the H5 app, rendered from real data at 375×812: the workbench, the
 * dashboard with its figures and charts and a drill-down from a figure to the complaints behind it
 * (S1, G3-P6), all complaints, weak points, actions, staff, failed notifications, and the settings
 * section by section — each showing its title and key content, saved in test-results/e2e/.
 */
import { U } from '../helpers/emulator'
import { startE2E, type E2E } from './browser'
import { checkAll, checkModes, expectShown, read, seed, show } from './pages'

let e: E2E

beforeAll(async () => {
  e = await startE2E(Date.parse('2026-11-30T02:00:00Z'))
  await seed(e)
}, 90_000)
afterAll(async () => {
  await e?.close()
})

it("G3-P6 S1 the manager's dashboard renders its figures and charts, and a figure drills down to its complaints", async () => {
  const m = await e.as(U.manager)
  await show(e, m, {
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
  await show(e, m, {
    route: '/pkg-manager/dashboard/index',
    ready: '.dashboard-figure-total',
    title: '统计分析',
    shows: ['2026年11月', '投诉总数', '派单及时率', '满意率', '满意度分布', '按投诉类别', '不予受理理由', '已进入诉讼、仲裁或行政复议程序'],
  })
  await m.locator('.chart canvas').first().waitFor({ state: 'attached', timeout: 20_000 })
  expect(await m.locator('.dashboard-figure-total .figure__value').innerText()).toContain('5')
  expect(await m.locator('.chart').count()).toBeGreaterThanOrEqual(3)
  await e.shot(m, 'page-dashboard', true)
  await checkModes(e, m, {
    route: '/pkg-manager/dashboard/index',
    ready: '.dashboard-figure-total',
    title: '统计分析',
    shows: ['投诉总数', '满意率'],
    name: 'page-dashboard',
  })
  await m.locator('.dashboard-figure-total').click()
  await m.locator('.drill-row').first().waitFor({ timeout: 20_000 })
  expect(await m.locator('.drill-row').count()).toBe(5)
  expect((await read(m)).text).toContain('本期全部投诉')
  expect((await read(m)).text).toContain('共 5 件')
  await e.shot(m, 'page-drill-down', true)
  await checkAll(e, m, [
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
    {
      route: '/pkg-manager/roster/index',
      ready: '.roster-page .shift-form',
      title: '值班表',
      shows: ['尚未排班', '添加班次', '值班人员', '星期', '适用日期', '时段', '调班', '保存值班表'],
      name: 'page-roster',
    },
    {
      route: '/pkg-manager/rules/index',
      ready: '.rules-page .rules-builtin',
      title: '紧急情况识别规则',
      shows: ['内置规则', '电梯困人', '燃气泄漏', '追加触发词', '管理处新增规则', '添加规则', '保存规则'],
      name: 'page-rules',
    },
  ])
}, 180_000)
it('the manager finds each setting under its section, and the estate opens as a summary, not 20 rows of inputs', async () => {
  const m = await e.as(U.manager)
  await show(e, m, {
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
  await checkModes(e, m, {
    route: '/pkg-manager/settings/index',
    ready: '.settings-save',
    title: '系统设置',
    shows: ['小区与地点', '管理处名称', '保存设置'],
    name: 'page-settings-estate',
  })
  for (const [tab, shows, name] of [
    [
      '部门与派单',
      ['派单规则', '投诉类别 → 承办部门', '清洁卫生', '保洁部', '值班表', '紧急情况识别规则', '保存设置'],
      'page-settings-routing',
    ],
    ['时限与日历', ['处理时限', '派单时限', '工作日历', '正式日历至', '管理处停业日', '保存设置'], 'page-settings-deadlines'],
    [
      '通知',
      ['告警渠道状态', '紧急告警', '企业微信应用消息', '值班手机', '企业微信群提醒', '管理处（经理）', '发送失败的微信通知', '保存设置'],
      'page-settings-notifications',
    ],
    ['员工', ['员工与邀请', '邀请员工、查看员工名单'], 'page-settings-staff'],
  ] as const) {
    await m.locator('.settings-nav .nut-tabs-titles-item', { hasText: tab }).click()
    await expectShown(m, `设置 · ${tab}`, '系统设置', [...shows])
    await e.shot(m, name, true)
  }
  // A section is drawn when first opened: the holidays box measured itself visible, four lines tall
  // with its example, not one line cut to "例如：".
  await m.locator('.settings-nav .nut-tabs-titles-item', { hasText: '时限与日历' }).click()
  const box = await m.locator('.calendar-holidays-input textarea').evaluate((t) => t.getBoundingClientRect().height)
  expect(box).toBeGreaterThanOrEqual(80)
  await m.locator('.settings-nav .nut-tabs-titles-item', { hasText: '员工' }).click()
  // Staff are managed on their own page: nothing to save here.
  expect(await m.locator('.settings-save:visible').count()).toBe(0)
  await m.locator('.settings-staff .settings-link').click()
  await expectShown(m, 'staff from settings', '员工管理', ['邀请员工', '员工名单'])
}, 120_000)
