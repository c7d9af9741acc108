/**
 * The rating panel on the detail page (F2/F3): five levels and a comment, shown only while the
 * server allows `rate`; a dissatisfied rating is sent as it is, and whatever the page does next
 * follows the server's answer (its error message, or the view it returns).
 */
import { cleanup, waitFor } from '@testing-library/react'
import Detail from '@/pages/detail'
import { SATISFACTION } from '@shared/vocabulary'
import { act, getComplaint } from '@/services/complaint'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { ApiError } from '@/services/api'
import { complaintView, META, resolvedView, RESIDENT } from '../helpers/dom-fixtures'
import { taroFake } from '../helpers/dom-taro'
import { $, $$, isDisabled, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/subscription')

beforeEach(async () => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  await signIn(RESIDENT)
})

/** Opens the detail of a resolved complaint and waits for the rating panel. */
async function openRating(view = resolvedView({ id: 'c9' })) {
  jest.mocked(getComplaint).mockResolvedValue(view)
  const { container } = renderPage(<Detail />, { id: view.id })
  await waitFor(() => expect(container.querySelector('.rate-panel')).not.toBeNull())
  return container
}

/** Taps the n-th star (1–5). */
function chooseLevel(page: HTMLElement, n: number) {
  tap($$(page, '.rate-input .nut-rate-item')[n - 1])
}

it('given a resolved complaint the server lets the resident rate, it offers five levels, each with its label', async () => {
  const page = await openRating()
  expect($$(page, '.rate-input .nut-rate-item')).toHaveLength(5)
  expect(isDisabled($(page, '.submit-rating'))).toBe(true) // nothing chosen yet
  for (const n of [1, 2, 3, 4, 5] as const) {
    chooseLevel(page, n)
    await waitFor(() => expect($(page, '.rate-panel__label').textContent).toBe(SATISFACTION[n]))
  }
  expect(isDisabled($(page, '.submit-rating'))).toBe(false)
  // The button names the level, so a mis-tapped star is seen before it is sent.
  expect($(page, '.submit-rating').textContent).toBe('提交评价：非常满意')
})

it('F3 given a half-written comment and the page left, it is still there on return, and gone once the rating is accepted', async () => {
  let page = await openRating()
  typeInto($(page, '.rate-comment'), '垃圾桶还是满的')
  cleanup()
  jest.mocked(getComplaint).mockResolvedValue(resolvedView({ id: 'c9' }))
  page = renderPage(<Detail />, { id: 'c9' }, { keepStorage: true }).container
  await waitFor(() => expect(page.querySelector('.rate-panel')).not.toBeNull())
  expect(($(page, '.rate-comment textarea') as HTMLTextAreaElement).value).toBe('垃圾桶还是满的')
  chooseLevel(page, 2)
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c9', status: 'reopened', statusLabel: '重新处理' }))
  tap($(page, '.submit-rating'))
  await waitFor(() => expect(act).toHaveBeenCalledWith('c9', 'rate', { level: 2, comment: '垃圾桶还是满的' }))
  // Reopened: its progress and new result follow, so consent to them was asked in the tap.
  expect(askConsent).toHaveBeenCalledWith(META.subscribe.rate, CONSENT_PURPOSE.rate)
  await shows('已收到，我们将重新处理')
  expect(taroFake.storage.has('draft:c9:rate:comment')).toBe(false)
})

it('given a level and a comment, submitting sends them with consent asked first, and shows the closed complaint the server returns', async () => {
  const page = await openRating()
  chooseLevel(page, 4)
  typeInto($(page, '.rate-comment'), '  处理及时，谢谢！ ')
  jest
    .mocked(act)
    .mockResolvedValue(complaintView({ id: 'c9', status: 'closed', statusLabel: '已结案', closure: 'satisfied', closureLabel: '满意结案' }))
  tap($(page, '.submit-rating'))
  await waitFor(() => expect(page.querySelector('.status-closed')).not.toBeNull())
  expect(askConsent).not.toHaveBeenCalled() // closed: nothing follows a satisfied rating to consent to
  expect(act).toHaveBeenCalledWith('c9', 'rate', { level: 4, comment: '处理及时，谢谢！' })
  expect(page.querySelector('.rate-panel')).toBeNull() // the server no longer allows rate
  await shows('感谢您的评价')
})

it("given a dissatisfied level without a reason, the page sends it and shows the server's demand for a reason as it is", async () => {
  const page = await openRating()
  chooseLevel(page, 2)
  jest.mocked(act).mockRejectedValue(new ApiError('INVALID_INPUT', '请说明不满意的原因，以便重新处理'))
  tap($(page, '.submit-rating'))
  await shows('请说明不满意的原因，以便重新处理')
  expect(act).toHaveBeenCalledWith('c9', 'rate', { level: 2, comment: '' })
  // The server's view is reloaded: still resolved, still to rate.
  await waitFor(() => expect(getComplaint).toHaveBeenCalledTimes(2))
  expect(page.querySelector('.rate-panel')).not.toBeNull()
})

it('given a server that takes a dissatisfied rating without a reason, the page follows it and shows the reopened complaint', async () => {
  const page = await openRating()
  chooseLevel(page, 1)
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c9', status: 'reopened', statusLabel: '重新处理', reopenCount: 1 }))
  tap($(page, '.submit-rating'))
  await waitFor(() => expect(page.querySelector('.status-reopened')).not.toBeNull())
  expect(act).toHaveBeenCalledWith('c9', 'rate', { level: 1, comment: '' })
  await shows('重新处理 1 次')
})

it('given a resolved complaint the server does not let this caller rate, no rating panel is shown', async () => {
  jest.mocked(getComplaint).mockResolvedValue({ ...resolvedView({ id: 'c9', no: 'TS20261130-0019' }), allowedActions: [] })
  const { container } = renderPage(<Detail />, { id: 'c9' })
  await shows('TS20261130-0019')
  expect(container.querySelector('.rate-panel')).toBeNull()
  expect(container.querySelector('.submit-rating')).toBeNull()
})

it('given a first dissatisfied level, the hint says the complaint is handled again under the department supervisor', async () => {
  const page = await openRating(resolvedView({ id: 'c9', reopenCount: 0 }))
  chooseLevel(page, 2)
  await waitFor(() => expect($(page, '.rate-panel__hint').textContent).toContain('部门主管'))
  expect($(page, '.rate-panel__hint').textContent).not.toContain('经理')
})

it('given a complaint the server reports reopened once, a dissatisfied level says it goes to the office manager, with other recourse', async () => {
  const page = await openRating(resolvedView({ id: 'c9', reopenCount: 1 }))
  chooseLevel(page, 1)
  await waitFor(() => expect($(page, '.rate-panel__hint').textContent).toContain('管理处经理'))
  expect($(page, '.rate-panel__hint').textContent).toContain('其他反映途径')
  expect($(page, '.rate-panel__hint').textContent).not.toContain('部门主管')
  // A satisfied level needs no hint.
  chooseLevel(page, 4)
  await waitFor(() => expect(page.querySelector('.rate-panel__hint')).toBeNull())
})
