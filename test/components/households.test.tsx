/**
 * Issue 16's forms: the manager's 房屋台账 (import with the refused rows shown one by one, add and
 * edit a household, delete after confirming), the resident's 我的房屋 (bind a room, see each
 * request's status and a refusal's reason) and customer service's 房屋绑定审核 (approve, or refuse
 * with the reason the resident is told).
 */
import { waitFor } from '@testing-library/react'
import HouseholdsPage from '@/pkg-manager/households'
import RoomsPage from '@/pages/rooms'
import BindingsPage from '@/pkg-staff/bindings'
import * as svc from '@/services/households'
import { pickSpreadsheet } from '@/platform/pickFile'
import { $, $$, answerDialog, renderPage, shows, signIn, tap, typeInto } from '../helpers/dom-page'

jest.mock('@/services/me')
jest.mock('@/services/meta')
jest.mock('@/services/households')
jest.mock('@/platform/pickFile')

const ROW = { building: '3', unit: '2', room: '1502', roomKey: '3栋2单元1502', area: 89.5, ownerName: '王丽', ownerPhone: '13800001111' }
const s = jest.mocked(svc)

describe('房屋台账 (manager)', () => {
  beforeEach(async () => {
    await signIn({ openid: 'o-manager', role: 'manager', name: '周经理', departmentCode: 'customer_service' })
    s.listHouseholds.mockResolvedValue({ items: [ROW], total: 1, page: 1, pageSize: 50 })
  })

  it('given an import with refused rows, it shows the counts and every refused row with its reason', async () => {
    jest.mocked(pickSpreadsheet).mockResolvedValue('blob:roster')
    s.importHouseholds.mockResolvedValue({
      applied: true,
      added: 2,
      updated: 1,
      removed: 0,
      households: 3,
      refused: [
        { row: 4, reason: '没有这栋楼（99栋）' },
        { row: 7, reason: '空行（已跳过）', empty: true },
      ],
    })
    const { container: page } = renderPage(<HouseholdsPage />)
    await shows('3栋2单元1502')
    tap($(page, '.households-import .chip-replace'))
    tap($(page, '.households-import__button'))
    await shows('已导入：新增 2 户，更新 1 户')
    expect(s.importHouseholds).toHaveBeenCalledWith('blob:roster', 'replace')
    expect($$(page, '.households-report__row').map((r) => r.textContent)).toEqual([
      '第 4 行：没有这栋楼（99栋）',
      '第 7 行：空行（已跳过）',
    ])
  })

  it('given a replacing import refused as a whole, it says nothing was changed', async () => {
    jest.mocked(pickSpreadsheet).mockResolvedValue('blob:roster')
    s.importHouseholds.mockResolvedValue({
      applied: false,
      added: 0,
      updated: 0,
      removed: 0,
      households: 1,
      refused: [{ row: 2, reason: '手机号格式不对（11 位手机号）' }],
    })
    const { container: page } = renderPage(<HouseholdsPage />)
    await shows('3栋2单元1502')
    tap($(page, '.households-import__button'))
    await shows('整表替换要求每一行都正确，本次未做任何修改')
    expect(page.textContent).toContain('第 2 行：手机号格式不对（11 位手机号）')
  })

  it('edits a household with its room as it was, and deletes one after confirming', async () => {
    s.saveHousehold.mockResolvedValue({ roomKey: '3栋2单元1503', households: 1 })
    s.deleteHousehold.mockResolvedValue({ households: 0 })
    const { container: page } = renderPage(<HouseholdsPage />)
    await shows('3栋2单元1502')
    tap($$(page, '.household__actions .nut-button')[0])
    typeInto($(page, '.household-form__room'), '1503')
    tap($(page, '.household-form__save'))
    await waitFor(() => expect(s.saveHousehold).toHaveBeenCalled())
    expect(s.saveHousehold.mock.calls[0][0]).toEqual({
      previous: '3栋2单元1502',
      building: '3',
      unit: '2',
      room: '1503',
      area: '89.5',
      ownerName: '王丽',
      ownerPhone: '13800001111',
    })
    tap($$(page, '.household__actions .nut-button')[1])
    expect(await answerDialog('ok')).toContain('3栋2单元1502')
    await waitFor(() => expect(s.deleteHousehold).toHaveBeenCalledWith('3栋2单元1502'))
  })
})

describe('我的房屋 (resident)', () => {
  beforeEach(async () => {
    await signIn({ openid: 'o-wangli', role: 'resident', name: '王丽', room: '3栋2单元1502', phone: '13800001111' } as never)
  })

  it('shows each request’s status and a refusal’s reason, and binds a room as typed', async () => {
    s.myRooms.mockResolvedValue({
      items: [
        {
          id: 'b1',
          roomKey: '8栋601',
          relation: 'tenant',
          relationLabel: '租户',
          status: 'refused',
          statusLabel: '未通过',
          reason: '租赁合同已到期',
          createdAt: 1,
        },
        {
          id: 'b2',
          roomKey: '3栋2单元1502',
          relation: 'owner',
          relationLabel: '业主',
          status: 'pending',
          statusLabel: '待审核',
          reason: '',
          createdAt: 2,
        },
      ],
    })
    s.bindRoom.mockResolvedValue({
      id: 'b3',
      roomKey: '5栋1单元302',
      relation: 'family',
      relationLabel: '家属',
      status: 'verified',
      statusLabel: '已核验',
      reason: '',
      createdAt: 3,
    })
    const { container: page } = renderPage(<RoomsPage />)
    await shows('未通过原因：租赁合同已到期')
    expect($(page, '.binding-status--pending').textContent).toBe('待审核')
    tap($(page, '.bind-form .chip-family'))
    typeInto($(page, '.bind-form__building'), '5')
    typeInto($(page, '.bind-form__unit'), '1')
    typeInto($(page, '.bind-form__room'), '302')
    typeInto($(page, '.bind-form__name'), '王丽')
    typeInto($(page, '.bind-form__phone'), '13800001111')
    tap($(page, '.bind-form__submit'))
    await shows('已绑定，手机号与房屋台账一致')
    expect(s.bindRoom).toHaveBeenCalledWith({
      building: '5',
      unit: '1',
      room: '302',
      name: '王丽',
      phone: '13800001111',
      relation: 'family',
    })
  })
})

describe('房屋绑定审核 (customer service)', () => {
  const REQ = {
    id: 'b1',
    roomKey: '3栋2单元1502',
    relation: 'family' as const,
    relationLabel: '家属',
    status: 'pending' as const,
    statusLabel: '待审核',
    reason: '',
    createdAt: 1,
    name: '陈建国',
    phone: '13900002222',
    ownerName: '王丽',
    ownerPhone: '13800001111',
  }

  beforeEach(async () => {
    await signIn({ openid: 'o-agent', role: 'agent', name: '林晓', departmentCode: 'customer_service' })
    s.roomRequests.mockResolvedValue({ items: [REQ] })
    s.decideRoom.mockResolvedValue({ ...REQ, status: 'refused', statusLabel: '未通过' })
  })

  it('shows the request beside the roster’s owner and refuses it with the reason typed', async () => {
    const { container: page } = renderPage(<BindingsPage />)
    await shows('台账业主：王丽')
    tap($(page, '.binding-request__refuse'))
    typeInto($(page, '.binding-request__reason'), '与台账业主不符')
    tap($(page, '.binding-request__refuse'))
    await waitFor(() => expect(s.decideRoom).toHaveBeenCalledWith('b1', false, '与台账业主不符'))
  })

  it('approves a request', async () => {
    const { container: page } = renderPage(<BindingsPage />)
    await shows('陈建国')
    tap($(page, '.binding-request__approve'))
    await waitFor(() => expect(s.decideRoom).toHaveBeenCalledWith('b1', true, undefined))
  })
})
