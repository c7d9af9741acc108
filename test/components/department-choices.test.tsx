/**
 * H1 on the action forms: the departments customer service and supervisors choose from are the
 * office's as settings hold them (meta.get) — by their names there, the active ones only, a new
 * department among them — and the routing table's is proposed; a transfer never offers the
 * department the complaint is already in.
 */
import { act as settle, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Action from '@/pkg-staff/action'
import { act, getComplaint, repeatCandidates } from '@/services/complaint'
import { getMeta } from '@/services/meta'
import { askConsent } from '@/services/subscription'
import { loadSession } from '@/store/session'
import { complaintView, META } from '../helpers/dom-fixtures'
import { $, $$, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/complaint')
jest.mock('@/services/people')
jest.mock('@/services/subscription')

Object.assign(Taro, { setNavigationBarTitle: jest.fn(() => Promise.resolve()) })

/** Settings that renamed 工程部, added 电梯维保组 (routed 工程维修) and deactivated 车辆管理组. */
const DEPARTMENTS = [
  ...META.departments.map((d) =>
    d.code === 'engineering' ? { ...d, name: '工程维修中心' } : d.code === 'parking' ? { ...d, active: false } : d,
  ),
  { code: 'dept_1', name: '电梯维保组', active: true },
]

beforeEach(async () => {
  jest.mocked(askConsent).mockResolvedValue(undefined)
  jest.mocked(repeatCandidates).mockResolvedValue([])
  await signIn({ openid: 'o-agent', role: 'agent', name: '林晓', departmentCode: 'customer_service', departmentName: '客户服务中心' })
  jest.mocked(getMeta).mockResolvedValue({ ...META, departments: DEPARTMENTS, routing: { ...META.routing, engineering: 'dept_1' } })
  await settle(async () => {
    await loadSession(true)
  })
})

/** The form of `action` on a complaint in `status`, its department `departmentCode`. */
async function openForm(action: string, over: Record<string, unknown>) {
  jest
    .mocked(getComplaint)
    .mockResolvedValue(complaintView({ id: 'c9', no: 'TS20261130-0009', category: 'engineering', ...over }, [action as never]))
  const { container } = renderPage(<Action />, { id: 'c9', action })
  await shows('TS20261130-0009')
  await waitFor(() => expect(container.querySelector('.department-select')).not.toBeNull())
  return container
}
const chips = (page: HTMLElement) => $$(page, '.department-select .chip').map((c) => c.textContent)

it('H1 given the office’s departments, dispatch offers the active ones by their names, proposing the routing table’s new department', async () => {
  const page = await openForm('dispatch', {
    status: 'accepted',
    statusLabel: '已受理',
    departmentCode: undefined,
    departmentName: undefined,
  })
  expect(chips(page)).toEqual(['客户服务中心', '保洁部', '绿化部', '秩序维护部', '工程维修中心', '电梯维保组'])
  expect($(page, '.department-select .chip-dept_1').className).toContain('is-active')
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c9' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(act).toHaveBeenCalledTimes(1))
  expect(jest.mocked(act).mock.calls[0][2]).toMatchObject({ departmentCode: 'dept_1' })
})

it('H1 given a complaint with 电梯维保组, a transfer offers every other active department', async () => {
  const page = await openForm('transfer', { status: 'dispatched', departmentCode: 'dept_1', departmentName: '电梯维保组' })
  expect(chips(page)).toEqual(['客户服务中心', '保洁部', '绿化部', '秩序维护部', '工程维修中心'])
  tap($(page, '.department-select .chip-engineering'))
  typeInto($(page, '.text-field textarea, textarea'), '属于电梯外的机电问题')
  jest.mocked(act).mockResolvedValue(complaintView({ id: 'c9' }))
  tap($(page, '.submit-button'))
  await waitFor(() => expect(act).toHaveBeenCalledTimes(1))
  expect(jest.mocked(act).mock.calls[0][2]).toMatchObject({ departmentCode: 'engineering', reason: '属于电梯外的机电问题' })
})
