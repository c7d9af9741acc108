/**
 * The complainant's own part on the page (C1–C4): 补充信息 and 撤销投诉 open their panel on the
 * detail page (never a staff form), 催办 confirms then runs and says whom it reached, the
 * conversation page shows the thread with read state, asks the complainant's consent for replies,
 * keeps a staff reply as a draft until sent, and shows masked staff the staff's messages only.
 */
import { waitFor } from '@testing-library/react'
import Detail from '@/pages/detail'
import Conversation from '@/pages/conversation'
import { act, getComplaint } from '@/services/complaint'
import { getConversation, markConversationRead, sendMessage, type ThreadView } from '@/services/conversation'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { complaintView, HANDLER, META, RESIDENT, resolvedView } from '../helpers/dom-fixtures'
import { $, answerDialog, renderPage, shows, signIn, tap, taroFake, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/conversation')
jest.mock('@/services/subscription')

beforeEach(async () => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  jest.mocked(markConversationRead).mockResolvedValue({ marked: 'staff' })
  await signIn(RESIDENT)
})

async function openDetail(view: ReturnType<typeof complaintView>) {
  jest.mocked(getComplaint).mockResolvedValue(view)
  const page = renderPage(<Detail />, { id: view.id })
  await shows(view.no)
  return page.container
}

describe('C1 补充信息', () => {
  it('given add_info allowed, it opens its panel in place and sends the text; the new view shows the addition', async () => {
    const page = await openDetail(complaintView({ id: 'c7' }, ['add_info', 'withdraw']))
    tap($(page, '.action-add_info'))
    expect(taroFake.navigations).toEqual([])
    typeInto($(page, '.add-info-text'), '今天又漏了')
    jest
      .mocked(act)
      .mockResolvedValue(
        complaintView({ id: 'c7', additions: [{ id: 'a1', text: '今天又漏了', photos: [], at: Date.now(), isNew: false }] }, ['add_info']),
      )
    tap($(page, '.add-info-send'))
    await waitFor(() => expect(page.querySelector('.section-additions')?.textContent).toContain('今天又漏了'))
    expect(act).toHaveBeenCalledWith('c7', 'add_info', { text: '今天又漏了', photos: [] })
    expect(page.querySelector('.add-info-panel')).toBeNull()
  })

  it('C1, F3: given the result was given, the panel asks to handle it again or only add; handling again asks consent first', async () => {
    const page = await openDetail(resolvedView({ id: 'c8', allowedActions: ['rate', 'add_info'] }))
    tap($(page, '.action-add_info'))
    expect($(page, '.add-info-panel').textContent).toContain('视为对本次处理结果不满意')
    expect(page.querySelector('.add-info-send')).toBeNull()
    typeInto($(page, '.add-info-text'), '又漏了')
    jest.mocked(act).mockResolvedValue(complaintView({ id: 'c8', status: 'reopened', statusLabel: '重新处理' }))
    tap($(page, '.add-info-reopen'))
    await waitFor(() => expect(act).toHaveBeenCalledWith('c8', 'add_info', { text: '又漏了', photos: [], reopen: true }))
    expect(askConsent).toHaveBeenCalledWith(META.subscribe.rate, CONSENT_PURPOSE.rate)
  })
})

it('C2 催办: it confirms, urges, and says whom it reached by role', async () => {
  const page = await openDetail(complaintView({ id: 'c7' }, ['urge']))
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c7', urges: [{ at: Date.now(), toLabel: '承办人' }] }))
  tap($(page, '.action-urge'))
  expect(await answerDialog('ok')).toContain('每天可催办一次')
  await shows('已催办，已通知承办人')
  expect(act).toHaveBeenCalledWith('c7', 'urge')
  expect($(page, '.section-urges').textContent).toContain('已通知承办人')
})

it('C3 撤销投诉: 其他 needs words; with a reason it confirms and withdraws', async () => {
  const page = await openDetail(complaintView({ id: 'c7' }, ['withdraw']))
  tap($(page, '.action-withdraw'))
  tap($(page, '.withdraw-reason .chip-other'))
  tap($(page, '.withdraw-send'))
  await shows('选择“其他”时请说明撤销原因')
  expect(act).not.toHaveBeenCalled()
  tap($(page, '.withdraw-reason .chip-mistaken'))
  jest.mocked(act).mockResolvedValue(
    complaintView({
      id: 'c7',
      status: 'withdrawn',
      statusLabel: '已撤销',
      withdrawal: { reason: 'mistaken', reasonLabel: '误提交', text: '', at: Date.now() },
    }),
  )
  tap($(page, '.withdraw-send'))
  expect(await answerDialog('ok')).toContain('不能恢复')
  await waitFor(() => expect(act).toHaveBeenCalledWith('c7', 'withdraw', { reason: 'mistaken', text: '' }))
  await shows('问题再次出现？重新投诉')
  tap($(page, '.refile-link'))
  expect(taroFake.navigations.at(-1)).toEqual({ kind: 'navigateTo', url: '/pages/submit/index?refersTo=c7' })
})

it('C1: given new additions for the handler, opening the complaint marks them seen', async () => {
  await signIn(HANDLER)
  await openDetail(
    complaintView({ id: 'c9', newInfo: 1, additions: [{ id: 'a1', text: '补充', photos: [], at: Date.now(), isNew: true }] }),
  )
  await waitFor(() => expect(markConversationRead).toHaveBeenCalledWith('c9'))
})

describe('C4 the conversation page', () => {
  const thread = (over: Partial<ThreadView> = {}): ThreadView => ({
    access: 'full',
    side: 'complainant',
    unread: 1,
    canPost: true,
    messages: [
      { id: 'm1', side: 'complainant', mine: true, author: '我', text: '几点来？', photos: [], at: Date.now() - 60_000, read: true },
      { id: 'm2', side: 'staff', mine: false, author: '张洁（承办人）', text: '下午两点。', photos: [], at: Date.now() },
    ],
    ...over,
  })

  it('shows the thread with read state, marks it read, and asks the complainant’s consent for replies before sending', async () => {
    jest.mocked(getConversation).mockResolvedValue(thread())
    const { container } = renderPage(<Conversation />, { id: 'c7' })
    await shows('下午两点。')
    expect($(container, '.bubble-row--mine').textContent).toContain('已读')
    await waitFor(() => expect(markConversationRead).toHaveBeenCalledWith('c7'))
    typeInto($(container, '.conversation-text'), '好的')
    jest.mocked(sendMessage).mockResolvedValue(thread({ unread: 0 }))
    tap($(container, '.conversation-send'))
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith('c7', '好的', []))
    expect(askConsent).toHaveBeenCalledWith(META.subscribe.reply, CONSENT_PURPOSE.reply)
  })

  it('keeps a staff reply as a draft until it is sent', async () => {
    await signIn(HANDLER)
    jest.mocked(getConversation).mockResolvedValue(thread({ side: 'staff' }))
    const first = renderPage(<Conversation />, { id: 'c7' })
    await shows('下午两点。')
    typeInto($(first.container, '.conversation-text'), '我们明天再去一次')
    first.unmount()
    const again = renderPage(<Conversation />, { id: 'c7' }, { keepStorage: true })
    await shows('下午两点。')
    expect((again.container.querySelector('.conversation-text textarea') as HTMLTextAreaElement).value).toBe('我们明天再去一次')
    expect(askConsent).not.toHaveBeenCalled()
  })

  it('shows a masked viewer the staff’s messages with no box to write in', async () => {
    await signIn(HANDLER)
    jest
      .mocked(getConversation)
      .mockResolvedValue(thread({ access: 'staff_only', side: null, unread: 0, canPost: false, messages: [thread().messages[1]] }))
    const { container } = renderPage(<Conversation />, { id: 'c9' })
    await shows('投诉人的留言仅对处理本投诉的人员可见')
    expect(container.querySelector('.conversation-composer')).toBeNull()
    expect(markConversationRead).not.toHaveBeenCalledWith('c9')
  })
})
