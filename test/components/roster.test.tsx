/**
 * The duty roster page (issue 14) with the office's departments from settings (issue 13): shifts are
 * listed under each department's name as settings hold it, a new shift is for one of the active
 * departments — a department the manager added among them, a deactivated one not — and its people
 * are that department's staff or the manager; 保存值班表 sends the roster as edited.
 */
import { waitFor } from '@testing-library/react'
import RosterPage from '@/pkg-manager/roster'
import { getSettings, listAllStaff, saveSettings, type SettingsData } from '@/services/admin'
import { DEFAULT_SETTINGS } from '@domain/settings'
import { $, $$, renderPage, signIn, tap } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/admin')

const SHIFT = { weekdays: [1, 2, 3, 4, 5], dayType: 'workday' as const, start: '08:30', end: '17:30' }
const DATA: SettingsData = {
  settings: {
    ...DEFAULT_SETTINGS,
    departments: [
      ...DEFAULT_SETTINGS.departments.map((d) =>
        d.code === 'engineering' ? { ...d, name: '工程维修中心' } : d.code === 'parking' ? { ...d, active: false } : d,
      ),
      { code: 'dept_1', name: '电梯维保组', active: true },
    ],
    roster: {
      shifts: [{ ...SHIFT, departmentCode: 'engineering', openid: 'o-zhao', name: '赵工' }],
      swaps: [{ date: '2026-12-01', departmentCode: 'engineering', from: 'o-zhao', to: 'o-sun', toName: '孙志远' }],
    },
  },
  calendar: { packageYears: { first: 2004, last: 2026 }, lastKnownYear: 2026 },
  emergencyRules: { builtIn: [], hints: {} },
  departments: [],
}

beforeEach(async () => {
  await signIn({ openid: 'o-manager', role: 'manager', name: '周经理', departmentCode: 'customer_service' })
  jest.mocked(getSettings).mockResolvedValue(DATA)
  jest.mocked(saveSettings).mockImplementation(async (patch) => ({ ...DATA, settings: { ...DATA.settings, ...patch } }) as never)
  jest.mocked(listAllStaff).mockResolvedValue([
    { openid: 'o-zhao', role: 'handler', name: '赵工', departmentCode: 'engineering', active: true },
    { openid: 'o-wu', role: 'handler', name: '吴师傅', departmentCode: 'dept_1', active: true },
    { openid: 'o-manager', role: 'manager', name: '周经理', departmentCode: 'customer_service', active: true },
  ] as never)
})

const labels = (page: HTMLElement, selector: string) => $$(page, `${selector} .chip__label`).map((c) => c.textContent)

it('given departments renamed, added and deactivated in settings, the roster names them as settings do and a new shift offers the active ones', async () => {
  const { container: page } = renderPage(<RosterPage />)
  await waitFor(() => expect(page.querySelector('.roster-save')).not.toBeNull())
  expect($(page, '.roster-engineering .card__title').textContent).toBe('工程维修中心')
  expect($(page, '.roster-swap').textContent).toContain('工程维修中心')
  expect(labels(page, '.shift-department')).toEqual(['客户服务中心', '保洁部', '绿化部', '秩序维护部', '工程维修中心', '电梯维保组'])

  tap($(page, '.shift-department .chip-dept_1'))
  expect(labels(page, '.shift-person')).toEqual(['吴师傅', '周经理'])
  tap($(page, '.shift-person .chip-o-wu'))
  tap($(page, '.shift-add'))
  await waitFor(() => expect(page.querySelector('.roster-dept_1 .card__title')?.textContent).toBe('电梯维保组'))

  tap($(page, '.roster-save'))
  await waitFor(() => expect(saveSettings).toHaveBeenCalledTimes(1))
  expect(jest.mocked(saveSettings).mock.calls[0][0].roster!.shifts).toEqual([
    DATA.settings.roster.shifts[0],
    { ...SHIFT, departmentCode: 'dept_1', openid: 'o-wu', name: '吴师傅' },
  ])
})
