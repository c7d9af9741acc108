/**
 * Naming the accused staff member (H2-S, G3-P5) on the 受理 form and the 代为登记 form: a department,
 * then one of its staff from staff.list, sent as `subjectStaff: { name, openid }`; the free-text
 * name only for someone who is not staff; and the repeat hint (A4-R4) above the 受理 form.
 */
import { waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Action from '@/pkg-staff/action'
import Register from '@/pkg-staff/register'
import { act, getComplaint, registerComplaint, repeatCandidates } from '@/services/complaint'
import { listStaff } from '@/services/people'
import { askConsent } from '@/services/subscription'
import type { UserView } from '@/services/types'
import { complaintView, HANDLER } from '../helpers/dom-fixtures'
import { $, $$, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/people')
jest.mock('@/services/subscription')
// NutUI's Signature looks for its canvas 1 s after mounting, which jsdom has not got; these tests do not sign.
jest.mock('@/components/SignaturePad', () => ({ __esModule: true, default: () => null }))

const AGENT: UserView = {
  openid: 'o-agent',
  role: 'agent',
  name: '林晓',
  departmentCode: 'customer_service',
  departmentName: '客户服务中心',
}
const SECURITY: UserView[] = [
  {
    openid: 'o-wq',
    role: 'handler',
    roleLabel: '承办人',
    name: '王强',
    departmentCode: 'security',
    departmentName: '秩序维护部',
    active: true,
  },
  {
    openid: 'o-md',
    role: 'handler',
    roleLabel: '承办人',
    name: '马东',
    departmentCode: 'security',
    departmentName: '秩序维护部',
    active: true,
  },
]

// The action page titles itself after the action; the shared Taro fake has no navigation bar.
Object.assign(Taro, { setNavigationBarTitle: jest.fn(() => Promise.resolve()) })

beforeEach(async () => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  jest.mocked(repeatCandidates).mockResolvedValue([])
  jest.mocked(listStaff).mockResolvedValue(SECURITY)
  await signIn(AGENT)
})

/** Opens the 受理 form of a new security complaint. */
async function openAccept() {
  jest
    .mocked(getComplaint)
    .mockResolvedValue(
      complaintView({ id: 'c7', no: 'TS20261130-0007', status: 'submitted', statusLabel: '待受理', category: 'security' }, [
        'accept',
        'refuse',
      ]),
    )
  const { container } = renderPage(<Action />, { id: 'c7', action: 'accept' })
  await shows('TS20261130-0007')
  await waitFor(() => expect(container.querySelector('.subject-picker')).not.toBeNull())
  return container
}

const chip = (page: HTMLElement, selector: string, text: string) =>
  $$(page, `${selector} .chip`).find((c) => c.textContent?.includes(text))!

it('given a department and one of its staff chosen, accepting sends subjectStaff with the name and openid', async () => {
  const page = await openAccept()
  expect($(page, '.subject-picker').textContent).toContain('该员工将看不到投诉人信息，也不能承办此投诉')
  tap($(page, '.subject-dept-select .chip-security'))
  await waitFor(() => expect($$(page, '.subject-staff-select .chip')).toHaveLength(2))
  expect(listStaff).toHaveBeenCalledWith('security')
  tap(chip(page, '.subject-staff-select', '马东'))
  await waitFor(() => expect($(page, '.subject-picker__picked').textContent).toContain('马东'))
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c7' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(act).toHaveBeenCalledTimes(1))
  expect(jest.mocked(act).mock.calls[0][2]).toMatchObject({ subjectStaff: { name: '马东', openid: 'o-md' } })
})

it('given nobody named, accepting sends no subjectStaff; a department without a person chosen is named as unfinished', async () => {
  const page = await openAccept()
  tap($(page, '.subject-dept-select .chip-security'))
  await waitFor(() => expect($$(page, '.subject-staff-select .chip')).toHaveLength(2))
  tap($(page, '.submit-button'))
  await shows('请选择被投诉的员工，或再次点击部门取消选择')
  expect(act).not.toHaveBeenCalled()
  tap($(page, '.subject-dept-select .chip-security')) // tapping it again clears it
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c7' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(act).toHaveBeenCalledTimes(1))
  expect(jest.mocked(act).mock.calls[0][2]).toMatchObject({ subjectStaff: undefined })
})

it('given someone who is not staff, the labelled name field sends the name alone', async () => {
  const page = await openAccept()
  tap($(page, '.subject-picker__switch'))
  await waitFor(() => expect(page.querySelector('.subject-outsider-input')).not.toBeNull())
  expect($(page, '.subject-picker').textContent).toContain('非本处员工')
  typeInto($(page, '.subject-outsider-input'), ' 外包保洁 李某 ')
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c7' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(act).toHaveBeenCalledTimes(1))
  expect(jest.mocked(act).mock.calls[0][2]).toMatchObject({ subjectStaff: { name: '外包保洁 李某' } })
  expect((jest.mocked(act).mock.calls[0][2] as { subjectStaff: object }).subjectStaff).not.toHaveProperty('openid')
})

it('given an earlier answered complaint like this one, the 受理 form shows it with its answer and the reason', async () => {
  jest.mocked(repeatCandidates).mockResolvedValue([
    {
      ...complaintView({ id: 'old1', no: 'TS20261102-0003', status: 'closed', statusLabel: '已结案' }),
      resultSummary: '已调整夜班排班。',
      proposeRefusal: true,
      reason: '此前已处理答复，本次未见新事实',
    },
  ])
  const page = await openAccept()
  await waitFor(() => expect(page.querySelector('.repeat-hint')).not.toBeNull())
  expect($(page, '.repeat-hint').textContent).toContain('TS20261102-0003')
  expect($(page, '.repeat-hint').textContent).toContain('已调整夜班排班。')
  expect($(page, '.repeat-hint').textContent).toContain('此前已处理答复，本次未见新事实')
})

it('given a handler registering a complaint, the staff member is named by name (the server links them) without listing staff', async () => {
  await signIn(HANDLER)
  const { container: page } = renderPage(<Register />)
  await waitFor(() => expect(page.querySelector('.subject-outsider-input')).not.toBeNull())
  expect(listStaff).not.toHaveBeenCalled()
  tap($(page, '.channel-select .chip-phone'))
  typeInto($(page, '.complainant-name'), '陈先生')
  tap($(page, '.category-select .chip-cleaning'))
  typeInto($(page, '.location-input'), '3栋大堂')
  typeInto($(page, '.description-input'), '保洁员打扫时态度很差。')
  typeInto($(page, '.subject-outsider-input'), '张洁')
  jest.mocked(registerComplaint).mockResolvedValue(complaintView({ id: 'n1' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(registerComplaint).toHaveBeenCalledTimes(1))
  expect(jest.mocked(registerComplaint).mock.calls[0][0].subjectStaff).toEqual({ name: '张洁' })
})
