/**
 * Issue 18, the 关联事项 section of the detail page: a complainant sees the shared progress and
 * nothing of the others; customer service sees the suggested matters with their reasons, links to
 * one, starts one, or unlinks — each through the services, the page showing the server's answer.
 */
import { waitFor } from '@testing-library/react'
import Detail from '@/pages/detail'
import { getComplaint, repeatCandidates } from '@/services/complaint'
import { linkMatter, matterCandidates, startMatter, unlinkMatter } from '@/services/matters'
import { askConsent } from '@/services/subscription'
import type { ComplaintView } from '@domain/view'
import { complaintView, RESIDENT } from '../helpers/dom-fixtures'
import { $, answerDialog, renderPage, shows, signIn, tap } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/matters')
jest.mock('@/services/subscription')

const AGENT = {
  openid: 'o-agent',
  role: 'agent' as const,
  name: '林晓',
  departmentCode: 'customer_service' as const,
  departmentName: '客服中心',
}

const progress = (over: Partial<NonNullable<ComplaintView['linkedMatter']>> = {}) => ({
  no: 'SX20261130-0001',
  status: 'open' as const,
  statusLabel: '处理中',
  count: 3,
  summary: '此问题已合并处理，共 3 位业主反映',
  stage: '调查中',
  notices: [{ text: '3栋 停水至 18:00', at: Date.parse('2026-11-30T03:00:00Z') }],
  ...over,
})

async function open(view: ComplaintView) {
  jest.mocked(getComplaint).mockResolvedValue(view)
  const page = renderPage(<Detail />, { id: view.id })
  await shows(view.no)
  return page.container
}

beforeEach(() => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  jest.mocked(repeatCandidates).mockResolvedValue([])
})

it('given a linked complaint, its complainant sees the count, the shared stage and the notices, and no matter to open or unlink', async () => {
  await signIn(RESIDENT)
  const page = await open(complaintView({ linkedMatter: progress() }))
  const section = $(page, '.section-linked-matter')
  expect(section.textContent).toContain('此问题已合并处理，共 3 位业主反映')
  expect(section.textContent).toContain('统一处理进度：调查中')
  expect(section.textContent).toContain('3栋 停水至 18:00')
  expect(section.querySelector('.matter-open')).toBeNull()
  expect(section.querySelector('.matter-unlink')).toBeNull()
  expect(matterCandidates).not.toHaveBeenCalled()
})

it('given customer service on an unlinked complaint, the suggested matter shows its reasons and 关联 links to it', async () => {
  await signIn(AGENT)
  jest.mocked(matterCandidates).mockResolvedValue({
    problem: null,
    items: [
      {
        id: 'm1',
        no: 'SX1',
        title: '3栋2单元电梯故障',
        location: '3栋2单元电梯',
        categoryLabel: '工程维修',
        count: 2,
        score: 7,
        reasons: ['同一地点“3栋2单元电梯”', '同为“工程维修”'],
        suggested: true,
      },
      {
        id: 'm2',
        no: 'SX2',
        title: '东门道闸',
        location: '东门',
        categoryLabel: '车辆管理',
        count: 1,
        score: 0,
        reasons: [],
        suggested: false,
      },
    ],
  })
  const linked = complaintView({
    mayLinkMatter: true,
    linkedMatter: progress({ id: 'm1', title: '3栋2单元电梯故障', lead: false, count: 3 }),
  })
  jest.mocked(linkMatter).mockResolvedValue(linked)
  const page = await open(complaintView({ mayLinkMatter: true }))
  await shows('系统建议（地点、类别、时间相近，请核实）')
  expect($(page, '.matter-candidate-m1').textContent).toContain('同一地点“3栋2单元电梯”；同为“工程维修”')
  expect($(page, '.matter-candidate-m1').classList.contains('is-suggested')).toBe(true)
  expect($(page, '.matter-candidate-m2').classList.contains('is-suggested')).toBe(false)
  tap($(page, '.matter-candidate-m1 .matter-link'))
  await waitFor(() => expect(linkMatter).toHaveBeenCalledWith(linked.id, 'm1'))
  await shows('3栋2单元电梯故障')
  await waitFor(() => expect($(page, '.section-linked-matter').textContent).toContain('此问题已合并处理，共 3 位业主反映'))
})

it('given customer service, 以此投诉新建事项 starts a matter from the complaint', async () => {
  await signIn(AGENT)
  jest.mocked(matterCandidates).mockResolvedValue({ problem: null, items: [] })
  jest
    .mocked(startMatter)
    .mockResolvedValue(complaintView({ mayLinkMatter: true, linkedMatter: progress({ id: 'm9', title: '大堂', lead: true, count: 1 }) }))
  const page = await open(complaintView({ mayLinkMatter: true }))
  await waitFor(() => expect(page.querySelector('.matter-start')).not.toBeNull())
  tap($(page, '.matter-start'))
  await waitFor(() => expect(startMatter).toHaveBeenCalledWith(expect.any(String)))
  await shows('大堂（本投诉为主办）')
})

it('given a complaint that cannot join a matter, the server reason is shown instead of candidates', async () => {
  await signIn(AGENT)
  jest.mocked(matterCandidates).mockResolvedValue({ problem: '请先受理该投诉，再关联事项', items: [] })
  const page = await open(complaintView({ mayLinkMatter: true }))
  await shows('请先受理该投诉，再关联事项')
  expect(page.querySelector('.matter-start')).toBeNull()
})

it('given a linked complaint that is not the lead, customer service unlinks it after confirming', async () => {
  await signIn(AGENT)
  const view = complaintView({ mayLinkMatter: true, linkedMatter: progress({ id: 'm1', title: '电梯故障', lead: false }) })
  jest.mocked(unlinkMatter).mockResolvedValue(complaintView({ mayLinkMatter: true }))
  jest.mocked(matterCandidates).mockResolvedValue({ problem: null, items: [] })
  const page = await open(view)
  tap($(page, '.matter-unlink'))
  expect(await answerDialog('ok')).toContain('已有的处理记录保留')
  await waitFor(() => expect(unlinkMatter).toHaveBeenCalledWith(view.id))
  await waitFor(() => expect(page.querySelector('.matter-start')).not.toBeNull())
})

it('given the lead complaint, no unlink is offered', async () => {
  await signIn(AGENT)
  const page = await open(complaintView({ mayLinkMatter: true, linkedMatter: progress({ id: 'm1', title: '电梯故障', lead: true }) }))
  expect($(page, '.section-linked-matter').textContent).toContain('电梯故障（本投诉为主办）')
  expect(page.querySelector('.matter-unlink')).toBeNull()
})
