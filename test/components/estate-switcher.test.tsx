/**
 * Issue 16, the home page: it says which estate the caller is in; a resident or staff member in two
 * estates switches between them from a small list, and the home page's lists reload for the new
 * estate; a resident in none is asked to choose one; an estate QR code's scene joins the estate.
 */
import { waitFor } from '@testing-library/react'
import Index from '@/pages/index'
import { getMe } from '@/services/me'
import { listComplaints } from '@/services/complaint'
import { joinEstate, switchEstate } from '@/services/estates'
import { ApiError } from '@/services/api'
import type { UserView } from '@/services/types'
import { RESIDENT, HANDLER, meOf } from '../helpers/dom-fixtures'
import { $, $$, renderPage, shows, signIn, tap, taroFake } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/estates')
jest.mock('@/services/alerts')
jest.mock('@/services/subscription')

const YG = { code: 'YG01', name: '阳光花园' }
const LH = { code: 'LH02', name: '绿湖苑' }
const inYG: UserView = {
  ...RESIDENT,
  estate: YG,
  estates: [
    { ...YG, role: 'resident' },
    { ...LH, role: 'resident' },
  ],
}
const inLH: UserView = { ...inYG, estate: LH }

beforeEach(() => {
  jest.mocked(listComplaints).mockResolvedValue({ items: [], total: 0, page: 1, pageSize: 50 })
})

async function home(user: UserView | null, params: Record<string, string> = {}) {
  await signIn(user)
  const { container } = renderPage(<Index />, params)
  await waitFor(() => expect(container.querySelector('.home__header')).not.toBeNull())
  return container
}

it('given a resident in 阳光花园, the home page says so', async () => {
  const page = await home(inYG)
  expect($(page, '.estate-switcher__current').textContent).toBe('当前小区阳光花园切换小区 ▾')
})

it('given a resident in two estates who picks the other, it switches there and reloads the home page’s lists', async () => {
  const page = await home(inYG)
  await waitFor(() => expect(listComplaints).toHaveBeenCalled())
  const before = jest.mocked(listComplaints).mock.calls.length
  tap($(page, '.estate-switch'))
  expect($$(page, '.estate-switcher__choice').map((c) => c.textContent)).toEqual(['绿湖苑', '加入其他小区›'])
  jest.mocked(switchEstate).mockResolvedValue(inLH)
  jest.mocked(getMe).mockResolvedValue(meOf(inLH))
  tap($(page, '.estate-choice-LH02'))
  await waitFor(() => expect(switchEstate).toHaveBeenCalledWith('LH02'))
  await waitFor(() => expect($(page, '.estate-switcher__name').textContent).toBe('绿湖苑'))
  // The resident's list is loaded again, for the estate now current.
  await waitFor(() => expect(jest.mocked(listComplaints).mock.calls.length).toBeGreaterThan(before))
  await shows('已切换到绿湖苑')
})

it('given staff in two estates, the list names their role in the other; in one estate, there is nothing to switch', async () => {
  const staff: UserView = {
    ...HANDLER,
    estate: YG,
    estates: [
      { ...YG, role: 'handler' },
      { ...LH, role: 'supervisor' },
    ],
  }
  let page = await home(staff)
  tap($(page, '.estate-switch'))
  expect($$(page, '.estate-switcher__choice').map((c) => c.textContent)).toEqual(['绿湖苑部门主管'])
  page.remove()
  page = await home({ ...staff, estates: [{ ...YG, role: 'handler' }] })
  expect(page.querySelector('.estate-switch')).toBeNull()
  expect($(page, '.estate-switcher__name').textContent).toBe('阳光花园')
})

it('given a switch the server refuses, it says why and stays in the estate', async () => {
  const page = await home(inYG)
  tap($(page, '.estate-switch'))
  jest.mocked(switchEstate).mockRejectedValue(new ApiError('FORBIDDEN', '您不在该小区'))
  tap($(page, '.estate-choice-LH02'))
  await shows('您不在该小区')
  expect($(page, '.estate-switcher__name').textContent).toBe('阳光花园')
})

it('given a resident in no estate, it asks them to choose one and opens the list of estates', async () => {
  const page = await home({ ...RESIDENT, estate: null, estates: [] })
  await shows('您还没有选择所在小区')
  tap($(page, '.estate-join'))
  expect(taroFake.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/estates/index' }])
})

it('given the home page opened from an estate QR code (scene e%3DLH02), a resident joins that estate', async () => {
  // Once joined, me.get answers with the estate.
  jest.mocked(joinEstate).mockImplementation(async () => {
    jest.mocked(getMe).mockResolvedValue(meOf(inLH))
    return inLH
  })
  const page = await home({ ...RESIDENT, estate: null, estates: [] }, { scene: 'e%3DLH02' })
  await waitFor(() => expect(joinEstate).toHaveBeenCalledWith({ scene: 'e=LH02' }))
  await waitFor(() => expect($(page, '.estate-switcher__name').textContent).toBe('绿湖苑'))
  await shows('已进入绿湖苑')
})

it('given a scanned code of an estate that does not exist, it says so and the resident stays where they are', async () => {
  jest.mocked(joinEstate).mockRejectedValue(new ApiError('NOT_FOUND', '没有这个小区'))
  const page = await home(inYG, { scene: 'e%3DNOPE9' })
  await shows('没有这个小区')
  expect($(page, '.estate-switcher__name').textContent).toBe('阳光花园')
})

it('given a place code’s scene (not an estate), the home page joins nothing', async () => {
  await home(inYG, { scene: encodeURIComponent('b=3-2') })
  await waitFor(() => expect(listComplaints).toHaveBeenCalled())
  expect(joinEstate).not.toHaveBeenCalled()
  expect(switchEstate).not.toHaveBeenCalled()
})

it('given a back end without estates (no estate field on the caller), the home page says nothing about estates', async () => {
  const page = await home(RESIDENT)
  await waitFor(() => expect(listComplaints).toHaveBeenCalled())
  expect(page.querySelector('.estate-switcher')).toBeNull()
})

it('given the quality department with no post in the estate it is in, the home page shows the company’s pages, not an estate’s workbench', async () => {
  const quality: UserView = {
    openid: 'o-quality',
    role: 'manager',
    name: '品质部小吴',
    companyRole: 'quality',
    estate: YG,
    estates: [{ code: '', name: '', role: 'manager' }],
  }
  const page = await home(quality)
  expect($(page, '.home__subtitle').textContent).toBe('品质部')
  expect(page.querySelector('.entry-company-compare')).not.toBeNull()
  expect(page.querySelector('.manage:not(.company-grid)')).toBeNull()
  expect(page.querySelector('.estate-switcher')).toBeNull()
  expect(listComplaints).not.toHaveBeenCalled()
  page.remove()
  // Given a post in the estate too (a manager who is also the company administrator), both show.
  const both = await home({ ...quality, companyRole: 'admin', estates: [{ ...YG, role: 'manager' }] })
  expect($(both, '.home__subtitle').textContent).toContain('管理处经理')
  expect(both.querySelector('.entry-company-estates')).not.toBeNull()
})
