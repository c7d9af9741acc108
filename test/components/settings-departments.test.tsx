/**
 * The settings page's 部门与派单 section: the office's departments as settings hold them — with
 * their supervisors (staff invited with that role) and what is live in them — renamed, added,
 * deactivated and removed in the draft and sent by 保存设置 as the whole list; customer service is
 * renamed only; a department with open complaints or active staff is not removed; routing offers
 * active, saved departments and marks a category still routed to one being deactivated (H1).
 */
import { waitFor } from '@testing-library/react'
import { act } from '@testing-library/react'
import Settings from '@/pkg-manager/settings'
import Staff from '@/pkg-manager/staff'
import { createInvite, getSettings, saveSettings, type SettingsData } from '@/services/admin'
import { getMeta } from '@/services/meta'
import { loadSession } from '@/store/session'
import { DEFAULT_SETTINGS } from '@domain/settings'
import { META } from '../helpers/dom-fixtures'
import { $, $$, answerDialog, renderPage, shows, signIn, tap, taroFake, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/admin')

const LIVE: Record<string, { supervisors: string[]; activeStaff: number; openComplaints: number }> = {
  customer_service: { supervisors: ['黄敏'], activeStaff: 3, openComplaints: 0 },
  engineering: { supervisors: ['孙志远'], activeStaff: 2, openComplaints: 4 },
}
const DATA: SettingsData = {
  settings: DEFAULT_SETTINGS,
  calendar: { packageYears: { first: 2004, last: 2026 }, lastKnownYear: 2026 },
  emergencyRules: { builtIn: [], hints: {} },
  departments: DEFAULT_SETTINGS.departments.map((d) => ({
    ...d,
    ...(LIVE[d.code] ?? { supervisors: [], activeStaff: 0, openComplaints: 0 }),
  })),
}

beforeEach(async () => {
  await signIn({ openid: 'o-manager', role: 'manager', name: '周经理', departmentCode: 'customer_service' })
  jest.mocked(getSettings).mockResolvedValue(DATA)
  jest.mocked(saveSettings).mockResolvedValue(DATA)
})

/** The settings page opened on 部门与派单. */
async function openDepartments() {
  const { container } = renderPage(<Settings />)
  await waitFor(() => expect(container.querySelector('.settings-save')).not.toBeNull())
  const tab = $$(container, '.settings-nav .nut-tabs-titles-item').find((t) => t.textContent?.includes('部门与派单'))!
  tap(tab)
  await waitFor(() => expect(container.querySelector('.settings-departments')).not.toBeNull())
  return container
}

/** What 保存设置 sent as the department list. */
async function savedDepartments(page: HTMLElement) {
  tap($(page, '.settings-save'))
  await waitFor(() => expect(saveSettings).toHaveBeenCalledTimes(1))
  return jest.mocked(saveSettings).mock.calls[0][0].departments
}

it('lists the departments with their supervisors and what is live in them; one without a supervisor links to inviting one', async () => {
  const page = await openDepartments()
  expect($$(page, '.department-row__name input').map((i) => (i as HTMLInputElement).value)).toEqual([
    '客户服务中心',
    '保洁部',
    '绿化部',
    '秩序维护部',
    '工程部',
    '车辆管理组',
  ])
  expect($(page, '.department-engineering .department-row__facts').textContent).toBe('主管：孙志远 · 在岗 2 人 · 未办结 4 件')
  // Customer service accepts and dispatches: no 停用, no 删除.
  expect($(page, '.department-customer_service').textContent).toContain('受理与派单')
  expect(page.querySelector('.department-customer_service .department-toggle, .department-customer_service .department-remove')).toBeNull()
  tap($(page, '.department-parking .department-invite'))
  expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pkg-manager/staff/index?dept=parking&role=supervisor' })
})

it('given nothing changed there, 保存设置 sends no department list', async () => {
  const page = await openDepartments()
  expect(await savedDepartments(page)).toBeUndefined()
})

it('given a department added and one renamed, 保存设置 sends the whole list — the new one without a code, for the server to give it one', async () => {
  const page = await openDepartments()
  typeInto($(page, '.department-add__name'), '电梯维保组')
  tap($(page, '.department-add__button'))
  expect($(page, '.department-new .department-row__facts').textContent).toContain('保存后可在派单规则中选择')
  typeInto($(page, '.department-parking .department-row__name'), '停车场管理组')
  const sent = await savedDepartments(page)
  expect(sent).toHaveLength(7)
  expect(sent!.find((d) => d.code === 'parking')).toEqual({ code: 'parking', name: '停车场管理组', active: true })
  expect(sent!.at(-1)).toEqual({ name: '电梯维保组', active: true })
})

it('given a name already listed, adding it says so and adds nothing', async () => {
  const page = await openDepartments()
  typeInto($(page, '.department-add__name'), '保洁部')
  tap($(page, '.department-add__button'))
  await shows('已有同名部门')
  expect($$(page, '.department-row')).toHaveLength(6)
})

it('H1 given a department deactivated that a category still routes to, routing marks it; saving sends it inactive', async () => {
  const page = await openDepartments()
  tap($(page, '.department-engineering .department-toggle'))
  expect($(page, '.department-engineering').className).toContain('is-inactive')
  expect($(page, '.department-engineering .department-toggle').textContent).toBe('启用')
  expect($(page, '.routing-engineering').textContent).toContain('工程部（已停用，请改派）')
  const sent = await savedDepartments(page)
  expect(sent!.find((d) => d.code === 'engineering')).toEqual({ code: 'engineering', name: '工程部', active: false })
})

it('given a department with open complaints and staff, 删除 says it can only be deactivated and keeps it', async () => {
  const page = await openDepartments()
  tap($(page, '.department-engineering .department-remove'))
  await shows('工程部还有 4 件未办结的投诉、2 名在岗员工，不能删除，可以停用')
  expect(page.querySelector('.department-engineering')).not.toBeNull()
})

it('given a department with nothing live in it, 删除 asks first, then leaves it out of the list 保存设置 sends', async () => {
  const page = await openDepartments()
  tap($(page, '.department-landscaping .department-remove'))
  expect(await answerDialog('ok')).toContain('删除绿化部？')
  await waitFor(() => expect(page.querySelector('.department-landscaping')).toBeNull())
  const sent = await savedDepartments(page)
  expect(sent!.map((d) => d.code)).toEqual(['customer_service', 'cleaning', 'security', 'engineering', 'parking'])
})

it('given 邀请主管 followed, the invite opens with that department and the supervisor role; only active departments are offered', async () => {
  jest.mocked(getMeta).mockResolvedValue({
    ...META,
    departments: [
      ...META.departments,
      { code: 'dept_1', name: '电梯维保组', active: true },
      { code: 'dept_2', name: '旧部门', active: false },
    ],
  })
  await act(async () => {
    await loadSession(true)
  })
  jest.mocked(createInvite).mockResolvedValue({ code: '5FAB0E51CBCD', expiresAt: Date.now() + 86_400_000 })
  const { container } = renderPage(<Staff />, { dept: 'dept_1', role: 'supervisor' })
  await waitFor(() => expect(container.querySelector('.invite-dept')).not.toBeNull())
  expect($$(container, '.invite-dept .chip').map((c) => c.textContent)).toEqual([
    '客户服务中心',
    '保洁部',
    '绿化部',
    '秩序维护部',
    '工程部',
    '车辆管理组',
    '电梯维保组',
  ])
  typeInto($(container, '.invite-name'), '梁主管')
  tap($(container, '.invite-create'))
  await waitFor(() =>
    expect(createInvite).toHaveBeenCalledWith({ role: 'supervisor', departmentCode: 'dept_1', name: '梁主管', phone: '' }),
  )
})
