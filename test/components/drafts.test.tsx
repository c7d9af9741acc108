/**
 * Typed text is not lost when a staff member leaves a form (a phone call, WeChat killing the
 * mini-program): the handler's result (F1), and the 代为登记 form (A1/A2), come back as they were
 * left, and are cleared once the server accepted them — but not when it refused them.
 */
import { cleanup, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Action from '@/pkg-staff/action'
import Register from '@/pkg-staff/register'
import { act, getComplaint, registerComplaint } from '@/services/complaint'
import { askConsent } from '@/services/subscription'
import { ApiError } from '@/services/api'
import { complaintView, HANDLER } from '../helpers/dom-fixtures'
import { $, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/people')
jest.mock('@/services/subscription')
// NutUI's Signature looks for its canvas 1 s after mounting, which jsdom has not got; these tests do not sign.
jest.mock('@/components/SignaturePad', () => ({ __esModule: true, default: () => null }))

Object.assign(Taro, { setNavigationBarTitle: jest.fn(() => Promise.resolve()) })

beforeEach(async () => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  await signIn(HANDLER)
})

const AGAIN = { keepStorage: true }

async function openResult(opts = AGAIN) {
  jest
    .mocked(getComplaint)
    .mockResolvedValue(
      complaintView({ id: 'c9', no: 'TS20261130-0009', status: 'handling', statusLabel: '处理中', modeLabel: '立即整改' }, ['give_result']),
    )
  const { container } = renderPage(<Action />, { id: 'c9', action: 'give_result' }, opts)
  await shows('TS20261130-0009')
  return container
}

const valueOf = (page: HTMLElement, selector: string) =>
  ($(page, `${selector} textarea, ${selector} input, textarea${selector}, input${selector}`) as HTMLTextAreaElement).value

it('F1 given a result typed and the page left, opening the form again shows the text; the server refusing it keeps it; success clears it', async () => {
  let page = await openResult({ keepStorage: false })
  typeInto($(page, '.result-input'), '已更换损坏的路灯灯泡。')
  cleanup() // the handler leaves the page
  page = await openResult()
  expect(valueOf(page, '.result-input')).toBe('已更换损坏的路灯灯泡。')

  jest.mocked(act).mockRejectedValueOnce(new ApiError('STATE_CHANGED', '投诉状态已变化，请刷新后重试'))
  tap($(page, '.submit-button'))
  await shows('投诉状态已变化，请刷新后重试')
  cleanup()
  page = await openResult()
  expect(valueOf(page, '.result-input')).toBe('已更换损坏的路灯灯泡。')

  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c9' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(act).toHaveBeenCalledWith('c9', 'give_result', expect.objectContaining({ summary: '已更换损坏的路灯灯泡。' })))
  cleanup()
  page = await openResult()
  expect(valueOf(page, '.result-input')).toBe('')
})

it("F1 a draft belongs to its complaint: another complaint's result form opens empty", async () => {
  const page = await openResult({ keepStorage: false })
  typeInto($(page, '.result-input'), '已处理。')
  cleanup()
  jest
    .mocked(getComplaint)
    .mockResolvedValue(
      complaintView({ id: 'c10', no: 'TS20261130-0010', status: 'handling', statusLabel: '处理中', modeLabel: '立即整改' }, [
        'give_result',
      ]),
    )
  const { container } = renderPage(<Action />, { id: 'c10', action: 'give_result' }, AGAIN)
  await shows('TS20261130-0010')
  expect(valueOf(container, '.result-input')).toBe('')
})

it('A2 given a registration half typed and the page left, the matter and the complainant come back; sending it clears them', async () => {
  let { container: page } = renderPage(<Register />)
  await waitFor(() => expect(page.querySelector('.description-input')).not.toBeNull())
  tap($(page, '.channel-select .chip-phone'))
  typeInto($(page, '.complainant-name'), '陈先生')
  tap($(page, '.category-select .chip-cleaning'))
  typeInto($(page, '.location-input'), '3栋大堂')
  typeInto($(page, '.description-input'), '大堂地面湿滑，没有放警示牌。')
  cleanup()
  page = renderPage(<Register />, {}, AGAIN).container
  await waitFor(() => expect(page.querySelector('.description-input')).not.toBeNull())
  expect(valueOf(page, '.description-input')).toBe('大堂地面湿滑，没有放警示牌。')
  expect(valueOf(page, '.complainant-name')).toBe('陈先生')
  expect($(page, '.channel-select .chip-phone').className).toMatch(/is-selected|active|checked/)

  jest.mocked(registerComplaint).mockResolvedValue(complaintView({ id: 'n1' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(registerComplaint).toHaveBeenCalledTimes(1))
  expect(jest.mocked(registerComplaint).mock.calls[0][0]).toMatchObject({
    channel: 'phone',
    category: 'cleaning',
    location: '3栋大堂',
    complainant: { name: '陈先生' },
  })
  cleanup()
  page = renderPage(<Register />, {}, AGAIN).container
  await waitFor(() => expect(page.querySelector('.description-input')).not.toBeNull())
  expect(valueOf(page, '.description-input')).toBe('')
})
