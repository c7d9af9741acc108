/**
 * Issue 16, the company pages: the new-estate form's messages in Chinese (and a code already taken
 * shown under its field), the first manager's invite naming the estate, and the quality
 * department's comparison table — figures as the function gives them, sorting, drilling into one
 * estate's dashboard on the same period, and the export.
 */
import { waitFor } from '@testing-library/react'
import NewEstatePage from '@/pkg-company/new'
import EstatePage from '@/pkg-company/estate'
import ComparePage from '@/pkg-company/compare'
import { createEstate, estateQrCode, listEstates, switchEstate } from '@/services/estates'
import { createInvite } from '@/services/admin'
import { exportCompanyReport, getCompanyReport, type CompanyReport } from '@/services/company'
import { ApiError } from '@/services/api'
import type { UserView } from '@/services/types'
import { $, $$, renderPage, shows, signIn, tap, taroFake, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/estates')
jest.mock('@/services/admin')
jest.mock('@/services/company')
jest.mock('@/platform/files')

const ADMIN: UserView = { openid: 'o-admin', role: 'manager', name: '陈总', companyRole: 'admin' }
const QUALITY: UserView = { openid: 'o-quality', role: 'manager', name: '吴品', companyRole: 'quality' }

describe('the new-estate form', () => {
  beforeEach(() => signIn(ADMIN))

  it('given nothing filled, it says what each field needs and sends nothing', async () => {
    const { container } = renderPage(<NewEstatePage />)
    tap($(container, '.estate-create'))
    await shows('请填写小区编号')
    await shows('请填写小区名称')
    await shows('请填写小区地址')
    expect(createEstate).not.toHaveBeenCalled()
  })

  it('given a code with spaces or Chinese, it says what a code may hold; fixed, the message goes', async () => {
    const { container } = renderPage(<NewEstatePage />)
    typeInto($(container, '.estate-code'), '阳光 01')
    typeInto($(container, '.estate-name'), '阳光花园')
    typeInto($(container, '.estate-address'), '文三路 88 号')
    tap($(container, '.estate-create'))
    await shows('小区编号应为 3–12 位字母或数字')
    typeInto($(container, '.estate-code'), 'YG01')
    await waitFor(() => expect(container.textContent).not.toContain('小区编号应为'))
    expect(createEstate).not.toHaveBeenCalled()
  })

  it('given a code already taken, it shows the server’s message under the code', async () => {
    jest.mocked(createEstate).mockRejectedValue(new ApiError('CONFLICT', '小区编号已存在'))
    const { container } = renderPage(<NewEstatePage />)
    typeInto($(container, '.estate-code'), 'YG01')
    typeInto($(container, '.estate-name'), '阳光花园')
    typeInto($(container, '.estate-address'), '文三路 88 号')
    tap($(container, '.estate-create'))
    await waitFor(() => expect($(container, '.form-error').textContent).toBe('小区编号已存在'))
    expect(createEstate).toHaveBeenCalledWith({ code: 'YG01', name: '阳光花园', address: '文三路 88 号' })
  })

  it('given a valid form, it creates the estate and opens its page', async () => {
    jest.mocked(createEstate).mockResolvedValue({ code: 'LH02', name: '绿湖苑', address: '江南大道 6 号', households: 0 })
    const { container } = renderPage(<NewEstatePage />)
    typeInto($(container, '.estate-code'), ' LH02 ')
    typeInto($(container, '.estate-name'), '绿湖苑')
    typeInto($(container, '.estate-address'), '江南大道 6 号')
    tap($(container, '.estate-create'))
    await waitFor(() => expect(taroFake.navigations).toEqual([{ kind: 'redirectTo', url: '/pkg-company/estate/index?code=LH02' }]))
    expect(createEstate).toHaveBeenCalledWith({ code: 'LH02', name: '绿湖苑', address: '江南大道 6 号' })
  })
})

describe("an estate's page", () => {
  beforeEach(async () => {
    await signIn(ADMIN)
    jest.mocked(listEstates).mockResolvedValue([{ code: 'LH02', name: '绿湖苑', address: '江南大道 6 号', households: 800 }])
    jest.mocked(estateQrCode).mockResolvedValue({
      code: 'lh02',
      name: '绿湖苑',
      scene: 'e=lh02',
      page: 'pages/index/index',
      image: 'https://example.invalid/lh02.png',
    })
  })

  it('shows the estate, its QR code for residents, and invites its first manager naming the estate', async () => {
    const { container } = renderPage(<EstatePage />, { code: 'LH02' })
    await shows('房屋台账 800 户')
    await waitFor(() => expect($(container, '.estate-qr__img').getAttribute('src')).toBe('https://example.invalid/lh02.png'))
    expect(estateQrCode).toHaveBeenCalledWith('LH02')
    tap($(container, '.invite-manager'))
    await shows('请填写经理姓名')
    expect(createInvite).not.toHaveBeenCalled()
    jest.mocked(createInvite).mockResolvedValue({ code: '5FAB0E51CBCD', expiresAt: Date.parse('2026-12-13T02:00:00Z') })
    typeInto($(container, '.manager-name'), '周经理')
    tap($(container, '.invite-manager'))
    await shows('5FAB 0E51 CBCD')
    expect(createInvite).toHaveBeenCalledWith({ role: 'manager', departmentCode: 'customer_service', name: '周经理', estate: 'LH02' })
  })
})

const REPORT: CompanyReport = {
  period: { label: '2026年11月' },
  rows: [
    {
      estate: 'YG01',
      name: '阳光花园',
      households: 1200,
      complaints: 36,
      per100: 3,
      dispatchOnTime: 0.972,
      handlingOnTime: { value: 0.9 },
      satisfaction: 0.85,
      reopenRate: 0.028,
      openOverdue: 2,
    },
    {
      estate: 'LH02',
      name: '绿湖苑',
      households: 0,
      complaints: { value: 12 },
      per100: null,
      dispatchOnTime: 1,
      handlingOnTime: null,
      satisfaction: null,
      reopenRate: 0,
      openOverdue: { value: 5 },
    },
  ],
  total: {
    households: 1200,
    complaints: 48,
    per100: 4,
    dispatchOnTime: 0.979,
    handlingOnTime: 0.9,
    satisfaction: 0.85,
    reopenRate: 0.021,
    openOverdue: 7,
  },
}

describe('the comparison of estates', () => {
  beforeEach(() => signIn(QUALITY))

  const cells = (row: HTMLElement) => $$(row, '.compare-cell').map((c) => c.textContent)

  it('shows each estate’s figures and the total, rates as percentages and nothing to divide as —', async () => {
    jest.mocked(getCompanyReport).mockResolvedValue(REPORT)
    const { container } = renderPage(<ComparePage />, { period: 'month', date: '2026-11-15' })
    await shows('共 2 个小区')
    expect(getCompanyReport).toHaveBeenCalledWith({ period: 'month', date: '2026-11-15' })
    expect(cells($(container, '.compare-row--head'))).toEqual([
      '小区',
      '户数',
      '投诉',
      '每百户',
      '按时派单',
      '按时办结',
      '满意率',
      '重开率',
      '超期未结',
    ])
    expect(cells($(container, '.compare-estate-YG01'))).toEqual(['阳光花园', '1200', '36', '3', '97.2%', '90%', '85%', '2.8%', '2'])
    expect(cells($(container, '.compare-estate-LH02'))).toEqual(['绿湖苑', '0', '12', '—', '100%', '—', '—', '0%', '5'])
    expect(cells($(container, '.compare-row--total'))).toEqual(['合计', '1200', '48', '4', '97.9%', '90%', '85%', '2.1%', '7'])
  })

  it('given a heading tapped, it sorts the estates by it, highest first', async () => {
    jest.mocked(getCompanyReport).mockResolvedValue(REPORT)
    const { container } = renderPage(<ComparePage />)
    await shows('共 2 个小区')
    const order = () => $$(container, '.compare-row .compare-cell--name').map((c) => c.textContent)
    tap($(container, '.compare-head-openOverdue'))
    expect(order()).toEqual(['小区', '绿湖苑', '阳光花园', '合计'])
    tap($(container, '.compare-head-complaints'))
    expect(order()).toEqual(['小区', '阳光花园', '绿湖苑', '合计'])
  })

  it('given an estate tapped, it switches to that estate and opens its dashboard on the same period', async () => {
    jest.mocked(getCompanyReport).mockResolvedValue(REPORT)
    jest.mocked(switchEstate).mockResolvedValue(QUALITY)
    const { container } = renderPage(<ComparePage />, { period: 'quarter', date: '2026-10-01' })
    await shows('共 2 个小区')
    tap($(container, '.compare-estate-LH02'))
    await waitFor(() =>
      expect(taroFake.navigations).toEqual([{ kind: 'navigateTo', url: '/pkg-manager/dashboard/index?period=quarter&date=2026-10-01' }]),
    )
    expect(switchEstate).toHaveBeenCalledWith('LH02')
  })

  it('given the switch refused, it stays on the comparison and says why', async () => {
    jest.mocked(getCompanyReport).mockResolvedValue(REPORT)
    jest.mocked(switchEstate).mockRejectedValue(new ApiError('NOT_FOUND', '没有这个小区'))
    const { container } = renderPage(<ComparePage />, { period: 'quarter', date: '2026-10-01' })
    await shows('共 2 个小区')
    tap($(container, '.compare-estate-LH02'))
    await waitFor(() => expect(switchEstate).toHaveBeenCalled())
    expect(taroFake.navigations).toEqual([])
  })

  it('exports the comparison of the period shown', async () => {
    jest.mocked(getCompanyReport).mockResolvedValue(REPORT)
    jest.mocked(exportCompanyReport).mockResolvedValue({ fileID: 'f', url: 'u', fileName: '小区对比.xlsx', rows: 2 })
    const { container } = renderPage(<ComparePage />, { period: 'month', date: '2026-11-15' })
    await shows('共 2 个小区')
    tap($(container, '.compare-export'))
    await waitFor(() => expect(exportCompanyReport).toHaveBeenCalledWith({ period: 'month', date: '2026-11-15' }))
    await shows('已生成 2 条记录')
  })

  it('given the report refused, it shows the server’s message', async () => {
    jest.mocked(getCompanyReport).mockRejectedValue(new ApiError('FORBIDDEN', '仅公司品质部可查看各小区对比'))
    renderPage(<ComparePage />)
    await shows('仅公司品质部可查看各小区对比')
  })
})
