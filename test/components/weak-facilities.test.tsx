/**
 * Issue 18: the weak points page shows the facility kinds report.weakPoints answers (按设施类型) —
 * the kind, its count against the previous period, the categories and the exact places, each
 * place opening its complaints — and says so when there are none.
 */
import { waitFor } from '@testing-library/react'
import WeakPoints from '@/pkg-manager/weakpoints'
import { getWeakPoints, type WeakPoints as WeakPointsData } from '@/services/report'
import { $, renderPage, shows, signIn, tap, taroFake } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/report')

const period = { kind: 'month', key: '2026-11', label: '2026年11月', start: 0, end: 1 } as unknown as WeakPointsData['period']
const DATA: WeakPointsData = {
  period,
  previous: { ...period, key: '2026-10', label: '2026年10月' },
  scope: { departmentCode: null, departmentName: '全部部门' },
  pairs: [],
  departments: [],
  handlers: [],
  facilityKinds: [
    {
      facilityKind: 'elevator',
      label: '电梯',
      count: { value: 3, previous: 1, change: 2, changePct: 2 },
      placeCount: 2,
      places: [
        { location: '10栋2单元电梯', n: 2 },
        { location: '5栋1单元电梯', n: 1 },
      ],
      categories: [
        { category: 'engineering', categoryLabel: '工程维修', n: 2 },
        { category: 'cleaning', categoryLabel: '清洁卫生', n: 1 },
      ],
    },
  ],
}

beforeEach(async () => {
  await signIn({ openid: 'o-manager', role: 'manager', name: '周经理', departmentCode: 'customer_service' })
})

it('given lifts of two buildings complained of, it shows one lift row with its count, categories and places', async () => {
  jest.mocked(getWeakPoints).mockResolvedValue(DATA)
  const { container } = renderPage(<WeakPoints />, { period: 'month', date: '2026-11-30' })
  await shows('按设施类型')
  const row = $(container, '.weak-facility-elevator')
  expect(row.textContent).toContain('电梯')
  expect(row.textContent).toContain('2 处')
  expect(row.textContent).toContain('本期投诉 3（上期 1）')
  expect(row.textContent).toContain('工程维修 2、清洁卫生 1')
  expect(row.textContent).toContain('10栋2单元电梯 2')
  tap($(row, '.weak-place'))
  await waitFor(() => expect(taroFake.navigations).toHaveLength(1))
  const url = decodeURIComponent(taroFake.navigations[0].url)
  expect(url).toContain('/pkg-manager/drill/index?title=10栋2单元电梯')
  expect(url).toContain('"location":"10栋2单元电梯"')
})

it('given no facility kind recurring, the card says so while other weak points show', async () => {
  jest.mocked(getWeakPoints).mockResolvedValue({
    ...DATA,
    facilityKinds: [],
    pairs: [
      {
        kind: 'location_category',
        key: 'cleaning:3栋大堂',
        label: '3栋大堂 · 清洁卫生',
        location: '3栋大堂',
        category: 'cleaning',
        categoryLabel: '清洁卫生',
        count: { value: 2, previous: 0, change: 2, changePct: null },
      },
    ],
  })
  const { container } = renderPage(<WeakPoints />, { period: 'month', date: '2026-11-30' })
  await shows('本期没有同类设施多次被投诉')
  expect($(container, '.weak-pairs').textContent).toContain('3栋大堂')
})
