/**
 * Issue 16, the residents' page to choose an estate: estates searched by name or address, joining
 * one after confirming, switching to one joined before, and the server's refusal shown as it is.
 */
import { waitFor } from '@testing-library/react'
import EstatesPage from '@/pages/estates'
import { getMe } from '@/services/me'
import { joinEstate, listEstates, switchEstate, type EstateView } from '@/services/estates'
import { ApiError } from '@/services/api'
import type { UserView } from '@/services/types'
import { RESIDENT, meOf } from '../helpers/dom-fixtures'
import { $, $$, answerDialog, renderPage, shows, signIn, tap, taroFake, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/estates')

const ESTATES: EstateView[] = [
  { code: 'YG01', name: '阳光花园', address: '杭州市西湖区文三路 88 号', households: 1200 },
  { code: 'LH02', name: '绿湖苑', address: '杭州市滨江区江南大道 6 号', households: 800 },
  { code: 'JD03', name: '金地名郡', address: '杭州市西湖区古墩路 300 号', households: 650 },
]
const NEW_RESIDENT: UserView = { ...RESIDENT, estate: null, estates: [] }

async function open(user: UserView) {
  jest.mocked(listEstates).mockResolvedValue(ESTATES)
  await signIn(user)
  const { container } = renderPage(<EstatesPage />)
  await waitFor(() => expect($$(container, '.estate-row')).toHaveLength(3))
  return container
}

const names = (page: HTMLElement) => $$(page, '.estate-row__name').map((n) => n.textContent)

it('given words typed, it lists the estates whose name or address holds them all', async () => {
  const page = await open(NEW_RESIDENT)
  typeInto($(page, '.estates-search__input'), '绿湖')
  await waitFor(() => expect(names(page)).toEqual(['绿湖苑']))
  typeInto($(page, '.estates-search__input'), '西湖区 古墩')
  await waitFor(() => expect(names(page)).toEqual(['金地名郡']))
  typeInto($(page, '.estates-search__input'), '不存在的小区')
  await shows('没有名称或地址包含“不存在的小区”的小区')
})

it('given a resident who taps an estate and confirms, it joins it and goes back to the home page', async () => {
  const page = await open(NEW_RESIDENT)
  const joined = {
    ...RESIDENT,
    estate: { code: 'LH02', name: '绿湖苑' },
    estates: [{ code: 'LH02', name: '绿湖苑', role: 'resident' as const }],
  }
  jest.mocked(joinEstate).mockResolvedValue(joined)
  jest.mocked(getMe).mockResolvedValue(meOf(joined))
  tap($(page, '.estate-LH02'))
  expect(await answerDialog('ok')).toContain('确认您居住在「绿湖苑」？')
  await waitFor(() => expect(joinEstate).toHaveBeenCalledWith({ code: 'LH02' }))
  await waitFor(() => expect(taroFake.navigations.map((n) => n.kind)).toContain('navigateBack'))
})

it('given the confirmation cancelled, it joins nothing', async () => {
  const page = await open(NEW_RESIDENT)
  tap($(page, '.estate-YG01'))
  await answerDialog('cancel')
  expect(joinEstate).not.toHaveBeenCalled()
})

it('given an estate joined before, it is marked and a tap switches to it without asking', async () => {
  const user: UserView = {
    ...RESIDENT,
    estate: { code: 'YG01', name: '阳光花园' },
    estates: [
      { code: 'YG01', name: '阳光花园', role: 'resident' },
      { code: 'JD03', name: '金地名郡', role: 'resident' },
    ],
  }
  const page = await open(user)
  expect($$(page, '.estate-row__state').map((s) => s.textContent)).toEqual(['当前', '加入 ›', '已加入'])
  jest.mocked(switchEstate).mockResolvedValue({ ...user, estate: { code: 'JD03', name: '金地名郡' } })
  tap($(page, '.estate-JD03'))
  await waitFor(() => expect(switchEstate).toHaveBeenCalledWith('JD03'))
  expect(joinEstate).not.toHaveBeenCalled()
})

it('given the server refuses the join, it shows its message and stays on the page', async () => {
  const page = await open(NEW_RESIDENT)
  jest.mocked(joinEstate).mockRejectedValue(new ApiError('NOT_FOUND', '没有这个小区'))
  tap($(page, '.estate-JD03'))
  await answerDialog('ok')
  await shows('没有这个小区')
  expect(taroFake.navigations).toEqual([])
})

it('given a WeChat user without a profile who joins an estate, it goes on to the profile to complete it', async () => {
  jest.mocked(listEstates).mockResolvedValue(ESTATES)
  await signIn(null)
  const { container: page } = renderPage(<EstatesPage />)
  await waitFor(() => expect($$(page, '.estate-row')).toHaveLength(3))
  jest.mocked(joinEstate).mockResolvedValue({ ...NEW_RESIDENT, estate: { code: 'LH02', name: '绿湖苑' } })
  tap($(page, '.estate-LH02'))
  expect(await answerDialog('ok')).toContain('确认您居住在「绿湖苑」？')
  await waitFor(() => expect(taroFake.navigations).toContainEqual({ kind: 'redirectTo', url: '/pages/profile/index' }))
  expect(joinEstate).toHaveBeenCalledWith({ code: 'LH02' })
})
