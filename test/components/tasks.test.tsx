/**
 * The handler's task list (pkg-staff/tasks): the server's order kept as it is, overdue and
 * near-deadline badges from each item's `due`, the tabs that filter them, and the loading, empty
 * and error states.
 */
import { waitFor } from '@testing-library/react'
import Tasks from '@/pkg-staff/tasks'
import { listComplaints } from '@/services/complaint'
import { ApiError } from '@/services/api'
import type { ComplaintSummary, Page } from '@/services/types'
import { deferred, HANDLER, summary } from '../helpers/dom-fixtures'
import { $, $$, firePageEvent, renderPage, shows, signIn, tap } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/subscription')

const HOUR = 3_600_000
const now = Date.now()

/** The server's answer: these items, in this order. */
const pageOf = (items: ComplaintSummary[]): Page<ComplaintSummary> => ({ items, total: items.length, page: 1, pageSize: 50 })

const overdue = summary({ id: 'a', no: 'TS20261130-0003', due: { kind: 'handling', at: now - 2 * HOUR, overdue: true, near: false } })
const near = summary({ id: 'b', no: 'TS20261130-0001', due: { kind: 'dispatch', at: now + 5.5 * HOUR, overdue: false, near: true } })
const later = summary({ id: 'c', no: 'TS20261130-0004', due: { kind: 'handling', at: now + 72 * HOUR, overdue: false, near: false } })
const undated = summary({
  id: 'd',
  no: 'TS20261130-0002',
  status: 'plan_pending',
  statusLabel: '方案待审批',
  due: undefined,
  pendingApproval: true,
})

beforeEach(async () => {
  await signIn(HANDLER)
})

/** Renders the task list and waits until the loading state is gone. */
async function openTasks() {
  const { container } = renderPage(<Tasks />)
  await waitFor(() => expect(container.querySelector('.state-loading')).toBeNull())
  return container
}

const numbers = (page: HTMLElement) => $$(page, '.complaint-card .complaint-card__no').map((n) => n.textContent)
const card = (page: HTMLElement, no: string) => $$(page, '.complaint-card').find((c) => c.textContent?.includes(no))!

it("given the server's order, it lists the tasks in exactly that order, asking for the tasks scope", async () => {
  jest.mocked(listComplaints).mockResolvedValue(pageOf([overdue, near, later, undated]))
  const page = await openTasks()
  expect(numbers(page)).toEqual(['TS20261130-0003', 'TS20261130-0001', 'TS20261130-0004', 'TS20261130-0002'])
  expect(listComplaints).toHaveBeenCalledWith({ scope: 'tasks', page: 1, pageSize: 50 })

  // A refresh shows the new order the server gives, not one of its own.
  jest.mocked(listComplaints).mockResolvedValue(pageOf([later, undated, near]))
  await firePageEvent('pullDown')
  await waitFor(() => expect(numbers(page)).toEqual(['TS20261130-0004', 'TS20261130-0002', 'TS20261130-0001']))
})

it("given each item's due, it marks the overdue one red, the near one orange, and the others neither", async () => {
  jest.mocked(listComplaints).mockResolvedValue(pageOf([overdue, near, later, undated]))
  const page = await openTasks()
  expect(card(page, overdue.no).classList).toContain('is-overdue')
  expect($(card(page, overdue.no), '.due-badge').className).toMatch(/\bdue-overdue\b.*\btone-red\b/)
  expect($(card(page, overdue.no), '.due-badge').textContent).toMatch(/已超时 2 小时( \d+ 分钟)?/)
  expect($(card(page, near.no), '.due-badge').className).toMatch(/\bdue-near\b.*\btone-orange\b/)
  expect($(card(page, near.no), '.due-badge').textContent).toMatch(/^派单期限 .* · 剩余 5 小时 2\d 分钟$/)
  expect($(card(page, later.no), '.due-badge').className).toMatch(/\bdue-normal\b/)
  expect(card(page, later.no).classList).not.toContain('is-overdue')
  expect(card(page, undated.no).querySelector('.due-badge')).toBeNull()
})

it('given the tabs, they count the overdue and near tasks and filter the list to them', async () => {
  jest.mocked(listComplaints).mockResolvedValue(pageOf([overdue, near, later, undated]))
  const page = await openTasks()
  const tab = (title: string) => $$(page, '.nut-tabs-titles-item').find((t) => t.textContent?.startsWith(title))!
  expect(tab('已超时').textContent).toBe('已超时 1')
  expect(tab('临期').textContent).toBe('临期 1')
  expect(tab('审批中').textContent).toBe('审批中 1')
  tap(tab('已超时'))
  await waitFor(() => expect(numbers(page)).toEqual([overdue.no]))
  tap(tab('临期'))
  await waitFor(() => expect(numbers(page)).toEqual([near.no]))
})

it('given the list still loading, it shows the loading state and no cards', async () => {
  const answer = deferred<Page<ComplaintSummary>>()
  jest.mocked(listComplaints).mockReturnValue(answer.promise)
  const { container } = renderPage(<Tasks />)
  await waitFor(() => expect(container.querySelector('.state-loading')).not.toBeNull())
  expect($$(container, '.complaint-card')).toEqual([])
  answer.resolve(pageOf([later]))
  await waitFor(() => expect(numbers(container)).toEqual([later.no]))
})

it('given no tasks, it shows the empty state with its text', async () => {
  jest.mocked(listComplaints).mockResolvedValue(pageOf([]))
  const page = await openTasks()
  expect($(page, '.state-empty').textContent).toContain('暂无待办任务')
  expect($$(page, '.complaint-card')).toEqual([])
})

it("given the server fails, it shows the server's message and loads again on retry", async () => {
  jest.mocked(listComplaints).mockRejectedValueOnce(new ApiError('FORBIDDEN', '仅工作人员可以查看任务列表'))
  const page = await openTasks()
  expect($(page, '.state-error').textContent).toContain('仅工作人员可以查看任务列表')
  jest.mocked(listComplaints).mockResolvedValueOnce(pageOf([near]))
  tap($(page, '.retry-button'))
  await waitFor(() => expect(numbers(page)).toEqual([near.no]))
  await shows('临期 1')
})
