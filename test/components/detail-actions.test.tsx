/**
 * The detail page renders exactly the server's `allowedActions` as buttons and its `blockedActions`
 * as disabled buttons with their reason, and nothing else; it re-implements no rule of its own.
 * Also its loading and error states.
 */
import { waitFor } from '@testing-library/react'
import Detail from '@/pages/detail'
import { ACTION_LABELS } from '@shared/vocabulary'
import { schemas, type ActionName } from '@domain/validation'
import { act, getComplaint, repeatCandidates } from '@/services/complaint'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { ApiError } from '@/services/api'
import { complaintView, deferred, HANDLER, META } from '../helpers/dom-fixtures'
import { $, $$, isDisabled, renderPage, shows, signIn, tap, taroFake } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/subscription')

/** Every action of the transition table a button could exist for. */
const ALL_ACTIONS = Object.keys(schemas) as ActionName[]

beforeEach(async () => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  await signIn(HANDLER)
})

/** Opens the detail of `view` (as the server answers complaint.get) and waits for it to render. */
async function openDetail(view: ReturnType<typeof complaintView>) {
  jest.mocked(getComplaint).mockResolvedValue(view)
  const page = renderPage(<Detail />, { id: view.id })
  await shows(view.no)
  return page.container
}

/** The action names the page shows as enabled buttons, and as blocked ones. */
function shownActions(page: HTMLElement) {
  const nameOf = (b: HTMLElement) => ALL_ACTIONS.find((a) => b.classList.contains(`action-${a}`))
  const buttons = $$(page, '.action-button')
  return {
    enabled: buttons
      .filter((b) => !b.classList.contains('is-blocked'))
      .map(nameOf)
      .sort(),
    blocked: buttons
      .filter((b) => b.classList.contains('is-blocked'))
      .map(nameOf)
      .sort(),
  }
}

describe.each<[string, ActionName[], { action: ActionName; reason: string }[]]>([
  ['customer service on a new complaint', ['accept', 'refuse', 'transfer'], []],
  [
    'a handler investigating, result blocked',
    ['add_note', 'record_statement', 'set_mode', 'request_extension', 'transfer'],
    [{ action: 'give_result', reason: '请先记录调查情况' }],
  ],
  ['a supervisor deciding a plan', ['approve_plan', 'return_plan'], [{ action: 'request_extension', reason: '方案审批期间不能申请延期' }]],
  ['someone who may only look', [], []],
  [
    'a handler with every action blocked',
    [],
    [
      { action: 'take', reason: '已由其他承办人接单' },
      { action: 'transfer', reason: '只有主管可以转派' },
    ],
  ],
])('given the server allows %s', (_who, allowed, blocked) => {
  it('shows a button for each allowed action, a disabled one with its reason for each blocked action, and no other', async () => {
    const page = await openDetail(complaintView({ id: 'c7', no: 'TS20261130-0007' }, allowed, blocked))
    expect(shownActions(page)).toEqual({ enabled: [...allowed].sort(), blocked: blocked.map((b) => b.action).sort() })
    for (const a of allowed) {
      const button = $(page, `.action-${a}`)
      expect(button.textContent).toBe(ACTION_LABELS[a])
      expect(isDisabled(button)).toBe(false)
    }
    for (const b of blocked) {
      const button = $(page, `.action-${b.action}.is-blocked`)
      expect(button.textContent).toBe(ACTION_LABELS[b.action])
      expect(isDisabled(button)).toBe(true)
      expect(button.parentElement?.textContent).toContain(b.reason)
    }
  })
})

it('given a blocked action tapped, nothing is sent and nothing opens', async () => {
  const page = await openDetail(complaintView({}, ['add_note'], [{ action: 'give_result', reason: '请先记录调查情况' }]))
  tap($(page, '.action-give_result'))
  await new Promise((r) => setTimeout(r, 20))
  expect(act).not.toHaveBeenCalled()
  expect(taroFake.navigations).toEqual([])
})

it('given "take" allowed, tapping it asks consent for task messages, sends it and shows the server\'s new view', async () => {
  const page = await openDetail(complaintView({ id: 'c7', status: 'dispatched', statusLabel: '已派单' }, ['take']))
  jest
    .mocked(act)
    .mockResolvedValue(complaintView({ id: 'c7', status: 'investigating', statusLabel: '调查中' }, ['add_note', 'give_result']))
  tap($(page, '.action-take'))
  await waitFor(() => expect(page.querySelector('.status-investigating')).not.toBeNull())
  // Staff are told what staff will receive, not the resident's wording.
  expect(askConsent).toHaveBeenCalledWith(META.subscribe.staff, CONSENT_PURPOSE.staff)
  expect(CONSENT_PURPOSE.staff).toBe('新的工单、审批和超时提醒将通过微信服务通知发给您')
  expect(act).toHaveBeenCalledWith('c7', 'take', {})
  expect(shownActions(page).enabled).toEqual(['add_note', 'give_result'])
  await shows('已接单')
})

it('given an action with a form, tapping it opens that form for this complaint', async () => {
  const page = await openDetail(complaintView({ id: 'c7' }, ['accept', 'refuse']))
  tap($(page, '.action-refuse'))
  expect(taroFake.navigations).toEqual([{ kind: 'navigateTo', url: '/pkg-staff/action/index?id=c7&action=refuse' }])
  expect(act).not.toHaveBeenCalled()
})

it("given the server refuses an action, it shows the server's message as it is and reloads the complaint", async () => {
  const page = await openDetail(complaintView({ id: 'c7' }, ['take']))
  jest.mocked(act).mockRejectedValue(new ApiError('CONFLICT', '该投诉已被其他承办人接单，请刷新后查看'))
  tap($(page, '.action-take'))
  await shows('该投诉已被其他承办人接单，请刷新后查看')
  await waitFor(() => expect(getComplaint).toHaveBeenCalledTimes(2))
})

it('given the complaint still loading, it shows the loading state and no actions', async () => {
  const answer = deferred<ReturnType<typeof complaintView>>()
  jest.mocked(getComplaint).mockReturnValue(answer.promise)
  const { container } = renderPage(<Detail />, { id: 'c7' })
  await waitFor(() => expect(container.querySelector('.state-loading')).not.toBeNull())
  expect($$(container, '.action-button')).toEqual([])
  answer.resolve(complaintView({ no: 'TS20261130-0009' }, ['add_note']))
  await shows('TS20261130-0009')
  expect(container.querySelector('.state-loading')).toBeNull()
})

it("given the server refuses to show it, it shows the server's message and reloads on retry", async () => {
  jest.mocked(getComplaint).mockRejectedValueOnce(new ApiError('FORBIDDEN', '您无权查看此投诉'))
  const { container } = renderPage(<Detail />, { id: 'c7' })
  await waitFor(() => expect(container.querySelector('.state-error')).not.toBeNull())
  expect($(container, '.state-error').textContent).toContain('您无权查看此投诉')
  jest.mocked(getComplaint).mockResolvedValueOnce(complaintView({ no: 'TS20261130-0010' }))
  tap($(container, '.retry-button'))
  await shows('TS20261130-0010')
  expect(getComplaint).toHaveBeenCalledTimes(2)
})

describe('the repeat-complaint hint (A4-R4)', () => {
  const earlier = {
    ...complaintView({ id: 'old1', no: 'TS20261102-0003', status: 'closed', statusLabel: '已结案' }),
    resultSummary: '已更换东门照明灯具并加强夜间巡查。',
    proposeRefusal: true,
    reason: '同一投诉人、同类别、同地点，此前已处理答复，本次未见新事实或新理由',
  }

  it('given customer service may accept a new complaint, it shows the earlier case with its number, answer and reason, and links to it', async () => {
    jest.mocked(repeatCandidates).mockResolvedValue([earlier])
    const page = await openDetail(complaintView({ id: 'c7', status: 'submitted', statusLabel: '待受理' }, ['accept', 'refuse']))
    await waitFor(() => expect(page.querySelector('.section-repeat')).not.toBeNull())
    expect(repeatCandidates).toHaveBeenCalledWith('c7')
    const hint = $(page, '.section-repeat')
    expect(hint.textContent).toContain('TS20261102-0003')
    expect(hint.textContent).toContain('已更换东门照明灯具并加强夜间巡查。')
    expect(hint.textContent).toContain(earlier.reason)
    tap($(hint, '.repeat-item__open'))
    expect(taroFake.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/detail/index?id=old1' }])
  })

  it('given a caller who does not decide acceptance, or a complaint past acceptance, it asks for no hint', async () => {
    jest.mocked(repeatCandidates).mockResolvedValue([earlier])
    await openDetail(complaintView({ id: 'c7', status: 'submitted', statusLabel: '待受理' }, []))
    await openDetail(complaintView({ id: 'c8', status: 'accepted', statusLabel: '已受理' }, ['dispatch']))
    await new Promise((r) => setTimeout(r, 20))
    expect(repeatCandidates).not.toHaveBeenCalled()
  })
})
