/**
 * The manager's settings page (H4, A2), in sections: "保存设置" saves the estate and the rest, but a year's
 * holidays only through their own checked button — typed but unsaved dates are named before the
 * manager can believe they were saved; the estate's batch row reports buildings it left alone.
 */
import { waitFor } from '@testing-library/react'
import Settings from '@/pkg-manager/settings'
import { getSettings, saveSettings, type SettingsData } from '@/services/admin'
import { DEFAULT_SETTINGS } from '@domain/settings'
import { $, $$, answerDialog, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/admin')
jest.mock('@/services/alerts')

const DATA: SettingsData = {
  settings: {
    ...DEFAULT_SETTINGS,
    officeName: '阳光花园物业管理处',
    estate: {
      buildings: [
        { name: '19', units: 0 },
        { name: '20', units: 0 },
      ],
      areas: ['东门'],
    },
  },
  calendar: { packageYears: { first: 2004, last: 2026 }, lastKnownYear: 2026 },
  emergencyRules: { builtIn: [], hints: {} },
  departments: DEFAULT_SETTINGS.departments.map((d) => ({ ...d, supervisors: [], activeStaff: 0, openComplaints: 0 })),
}

beforeEach(async () => {
  await signIn({ openid: 'o-manager', role: 'manager', name: '周经理', departmentCode: 'customer_service' })
  jest.mocked(getSettings).mockResolvedValue(DATA)
  jest.mocked(saveSettings).mockResolvedValue(DATA)
})

async function openSettings() {
  const { container } = renderPage(<Settings />)
  await waitFor(() => expect(container.querySelector('.settings-save')).not.toBeNull())
  return container
}

/** Opens one of the page's sections by its tab (小区与地点, 时限与日历 …). */
function openSection(page: HTMLElement, title: string) {
  const tab = $$(page, '.settings-nav .nut-tabs-titles-item').find((t) => t.textContent?.includes(title))
  if (!tab) throw new Error(`no section tab ${title}`)
  tap(tab)
}

it('H4 given 2027 dates typed but not saved, 保存设置 says so; "去保存安排" saves nothing, "先保存其他" saves the rest without them', async () => {
  const page = await openSettings()
  openSection(page, '时限与日历')
  await waitFor(() => expect(page.querySelector('.calendar-holidays-input')).not.toBeNull())
  typeInto($(page, '.calendar-holidays-input'), '2027-01-01')
  tap($(page, '.settings-save'))
  expect(await answerDialog('cancel')).toContain('2027 年放假安排尚未保存')
  expect(saveSettings).not.toHaveBeenCalled()
  tap($(page, '.settings-save'))
  await answerDialog('ok')
  await waitFor(() => expect(saveSettings).toHaveBeenCalledTimes(1))
  expect(jest.mocked(saveSettings).mock.calls[0][0].calendar).toEqual({ closures: [] })
})

it('A2 given nothing typed in the calendar, 保存设置 saves at once, with the estate', async () => {
  const page = await openSettings()
  tap($(page, '.settings-save'))
  // Saved without any dialog being answered.
  await waitFor(() => expect(saveSettings).toHaveBeenCalledTimes(1))
  expect(jest.mocked(saveSettings).mock.calls[0][0].estate).toEqual({
    buildings: [
      { name: '19', units: 0 },
      { name: '20', units: 0 },
    ],
    areas: ['东门'],
  })
})

it('A2 given a range over buildings already listed, it adds the others and says which it left alone', async () => {
  const page = await openSettings()
  typeInto($(page, '.estate-range__from'), '19')
  typeInto($(page, '.estate-range__to'), '21')
  typeInto($(page, '.estate-range__units'), '2')
  tap($(page, '.estate-range__add'))
  await shows('已添加 1 栋；19、20栋已在列表中，单元数未改动，可在上方修改')
  tap($(page, '.settings-save'))
  await waitFor(() => expect(saveSettings).toHaveBeenCalledTimes(1))
  expect(jest.mocked(saveSettings).mock.calls[0][0].estate!.buildings).toEqual([
    { name: '19', units: 0 },
    { name: '20', units: 0 },
    { name: '21', units: 2 },
  ])
})

it('H4 given 2027 dates typed and another section open, "去保存安排" brings the manager back to the calendar with the dates kept', async () => {
  const page = await openSettings()
  openSection(page, '时限与日历')
  await waitFor(() => expect(page.querySelector('.calendar-holidays-input')).not.toBeNull())
  typeInto($(page, '.calendar-holidays-input'), '2027-01-01')
  openSection(page, '小区与地点')
  await waitFor(() => expect($(page, '.settings-section-deadlines').className).toContain('settings-section--hidden'))
  tap($(page, '.settings-save'))
  await answerDialog('cancel')
  await waitFor(() => expect($(page, '.settings-section-deadlines').className).not.toContain('settings-section--hidden'))
  expect($(page, '.settings-section-estate').className).toContain('settings-section--hidden')
  expect(($(page, '.calendar-holidays-input textarea') as HTMLTextAreaElement).value).toBe('2027-01-01')
  expect(saveSettings).not.toHaveBeenCalled()
})
