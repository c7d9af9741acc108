/** S4 (issue 19): the residents' page of the public monthly report (公示) — figures as published, suppressed cells said so. */
import PublicReportPage from '@/pages/public-report'
import { getLatestPublicReport, type PublicReport } from '@/services/report'
import { RESIDENT } from '../helpers/dom-fixtures'
import { renderPage, shows, signIn } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/report')

const REPORT: PublicReport = {
  month: '2026-10',
  label: '2026年10月',
  officeName: '阳光花园物业管理处',
  publishedAt: Date.parse('2026-11-03T10:00:00+08:00'),
  revision: 1,
  total: 8,
  byCategory: [
    { key: 'cleaning', label: '清洁卫生', count: 4, suppressed: false },
    { key: 'parking', label: '车辆管理', count: null, suppressed: true },
  ],
  suppressedCount: 4,
  dispatchOnTime: { value: 1, base: 8, suppressed: false },
  handlingOnTime: { value: 0.875, base: 8, suppressed: false },
  satisfaction: { value: null, base: null, suppressed: true },
  actionsCompleted: { total: 2, corrective: 1, preventive: 1 },
  minCount: 3,
}

beforeEach(() => signIn(RESIDENT))

it('S4 shows the latest published month: total, categories with suppressed ones said so, rates, actions completed', async () => {
  jest.mocked(getLatestPublicReport).mockResolvedValue(REPORT)
  renderPage(<PublicReportPage />)
  await shows('阳光花园物业管理处 · 2026年10月服务公示')
  for (const text of [
    '本月共收到投诉 8 件',
    '清洁卫生4 件',
    '车辆管理少于 3 件或已合并',
    '合计 4 件',
    '按时派单率100%（共 8 件）',
    '按时办结率87.5%（共 8 件）',
    '满意率件数较少，不公布',
    '2 项（纠正 1，预防 1）',
  ])
    await shows(text)
})

it('S4 before the first publication, the page says none was published yet', async () => {
  jest.mocked(getLatestPublicReport).mockResolvedValue(null)
  renderPage(<PublicReportPage />)
  await shows('管理处尚未发布服务公示')
})
