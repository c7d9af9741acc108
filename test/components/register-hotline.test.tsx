/**
 * W1, W2 (issue 18): the registration form's hotline fields — shown for the 12345 channel only,
 * checked before sending (order number, a deadline ahead), and sent as complaint.register's
 * `hotline` with the deadline as a Shanghai instant.
 */
import { act, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Register from '@/pkg-staff/register'
import { registerComplaint } from '@/services/complaint'
import { askConsent } from '@/services/subscription'
import { complaintView, HANDLER } from '../helpers/dom-fixtures'
import { $, renderPage, shows, signIn, tap, taroFake, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/people')
jest.mock('@/services/subscription')

Object.assign(Taro, { setNavigationBarTitle: jest.fn(() => Promise.resolve()) })

beforeEach(async () => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  await signIn({ ...HANDLER, role: 'agent', name: '林晓', departmentCode: 'customer_service', departmentName: '客户服务中心' })
})

/** Chooses `value` in the system picker inside `box` (in jsdom the picker's own onChange, as WeChat calls it). */
function pick(box: Element, value: string) {
  const host = box.matches('.field') ? box.querySelector('.field__control > div')! : box
  const key = Object.keys(host).find((k) => k.startsWith('__reactFiber$'))!
  let fiber = (host as any)[key]
  while (fiber && !fiber.memoizedProps?.mode) fiber = fiber.return
  act(() => fiber.memoizedProps.onChange({ detail: { value } }))
}

/** A Shanghai day `days` from now, `YYYY-MM-DD`. */
const dayAhead = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)

async function fillMatter(page: HTMLElement) {
  await waitFor(() => expect(page.querySelector('.description-input')).not.toBeNull())
  tap($(page, '.channel-select .chip-hotline'))
  typeInto($(page, '.complainant-name'), '钱七')
  tap($(page, '.category-select .chip-cleaning'))
  typeInto($(page, '.location-input'), '5栋1单元电梯厅')
  typeInto($(page, '.description-input'), '12345转来：电梯厅垃圾三天没有清运。')
}

it('W1 W2: given the 12345 channel, the order number and the hotline deadline are asked for, checked, and sent as an instant', async () => {
  // The form opens on the channel last chosen (a draft): here 12345, so no on-site signature pad is drawn meanwhile.
  taroFake.storage.clear()
  taroFake.storage.set('draft:register:matter', { channel: 'hotline', location: '', description: '', emergency: false, involved: '' })
  const { container: page } = renderPage(<Register />, {}, { keepStorage: true })
  await fillMatter(page)
  expect(page.querySelector('.hotline-order')).not.toBeNull()

  tap($(page, '.submit-button'))
  await shows('请填写12345工单号')
  typeInto($(page, '.hotline-order'), '工单一号')
  tap($(page, '.submit-button'))
  await shows('12345工单号应为 4–40 位字母、数字或“-”')
  typeInto($(page, '.hotline-order'), ' gd 2026 1130 00123 ')
  tap($(page, '.submit-button'))
  await shows('请选择热线要求的办理时限')
  pick($(page, '.hotline-due-day'), dayAhead(-1))
  tap($(page, '.submit-button'))
  await shows('热线办理时限已过，请核对工单上的时限')
  expect(registerComplaint).not.toHaveBeenCalled()

  const day = dayAhead(2)
  pick($(page, '.hotline-due-day'), day)
  pick($(page, '.hotline-due-time'), '16:00')
  jest.mocked(registerComplaint).mockResolvedValue(complaintView({ id: 'n1' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(registerComplaint).toHaveBeenCalledTimes(1))
  expect(jest.mocked(registerComplaint).mock.calls[0][0]).toMatchObject({
    channel: 'hotline',
    complainant: { name: '钱七' },
    hotline: { orderNo: 'GD2026113000123', dueAt: Date.parse(`${day}T16:00:00+08:00`) },
  })
})

it('W1: given another channel, no hotline fields are shown and none is sent, even after they were filled', async () => {
  const { container: page } = renderPage(<Register />)
  await fillMatter(page)
  expect(page.querySelector('.hotline-order')).not.toBeNull()
  typeInto($(page, '.hotline-order'), 'GD2026113000123')
  tap($(page, '.channel-select .chip-letter'))
  expect(page.querySelector('.hotline-order')).toBeNull()
  jest.mocked(registerComplaint).mockResolvedValue(complaintView({ id: 'n2' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(registerComplaint).toHaveBeenCalledTimes(1))
  expect(jest.mocked(registerComplaint).mock.calls[0][0]).toMatchObject({ channel: 'letter', hotline: undefined })
})
