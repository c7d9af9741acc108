/**
 * A drill-down row opens its complaint for the estate's staff; issue 16: for the quality
 * department, which reads an estate's figures and rows but not its complaints, it opens nothing.
 */
import DrillItem from '@/pkg-manager/drill/DrillItem'
import type { DrillRow } from '@/services/report'
import type { UserView } from '@/services/types'
import { summary } from '../helpers/dom-fixtures'
import { $, renderPage, signIn, tap, taroFake } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')

const ROW = { ...summary({ id: 'c7' }), room: '3栋', phone: '138****1111', ratingLevel: 2, reopenCount: 1 } as unknown as DrillRow
const MANAGER: UserView = { openid: 'o-manager', role: 'manager', name: '周经理', departmentCode: 'customer_service' }
const QUALITY: UserView = {
  openid: 'o-quality',
  role: 'manager',
  name: '品质部小吴',
  companyRole: 'quality',
  estate: { code: 'lakeside', name: '湖畔雅苑' },
  estates: [{ code: '', name: '', role: 'manager' }],
}

it('given the estate’s manager, tapping a row opens its complaint', async () => {
  await signIn(MANAGER)
  const { container } = renderPage(<DrillItem c={ROW} />)
  tap($(container, '.complaint-card'))
  expect(taroFake.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/detail/index?id=c7' }])
})

it('given the quality department, the row shows its facts and opens nothing', async () => {
  await signIn(QUALITY)
  const { container } = renderPage(<DrillItem c={ROW} />)
  expect(container.textContent).toContain('重新处理 1 次')
  tap($(container, '.complaint-card'))
  expect(taroFake.navigations).toEqual([])
})
