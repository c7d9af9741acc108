/**
 * Issue 16: residents bound to rooms of the roster — verified at once when their mobile is the
 * roster's owner phone, else waiting for customer service, who approve or refuse with a reason the
 * resident is told; and complaints carrying the verified room (or saying it is not verified).
 */
import { harnessPerTest, U } from '../helpers/emulator'
import { importRows, roomsAs, roomsRaw } from '../helpers/households'

const h = harnessPerTest(undefined, ['complaint', 'export', 'households'])

const bind = { building: '3', unit: '2', room: '1502', relation: 'owner', phone: '13800001111', name: '王丽' }
const filing = { category: 'cleaning', location: '3栋大堂', description: '大堂地面很脏，无人清扫。' }

beforeEach(async () => {
  await importRows(h, U.manager, [
    ['3', '2', '1502', 89.5, '王丽', '13800001111'],
    ['8', '', '601', null, '刘洋', '13700003333'],
  ])
})

describe('room.bind', () => {
  it('given the roster’s owner phone, it verifies the binding at once', async () => {
    const b = await roomsAs(h, U.wangli)('room.bind', bind)
    expect(b).toMatchObject({ roomKey: '3栋2单元1502', status: 'verified', statusLabel: '已核验', relationLabel: '业主' })
    expect((await roomsAs(h, U.wangli)('room.mine')).items).toEqual([
      expect.objectContaining({ roomKey: '3栋2单元1502', status: 'verified' }),
    ])
  })

  it('given another phone, it waits for customer service; a room may have several residents', async () => {
    await roomsAs(h, U.wangli)('room.bind', bind)
    const family = await roomsAs(h, U.chen)('room.bind', {
      ...bind,
      room: '1502室',
      relation: 'family',
      phone: '13900002222',
      name: '陈建国',
    })
    expect(family).toMatchObject({ roomKey: '3栋2单元1502', status: 'pending', statusLabel: '待审核' })
    const queue = await roomsAs(h, U.agent)('room.requests', {})
    expect(queue.items).toEqual([
      expect.objectContaining({ id: family.id, name: '陈建国', phone: '13900002222', ownerName: '王丽', ownerPhone: '13800001111' }),
    ])
  })

  it('refuses a room not in the roster, and a second request while one waits or is verified', async () => {
    const before = h.snapshot()
    expect((await roomsRaw(h, U.wangli)('room.bind', { ...bind, room: '1509' })).error).toEqual({
      code: 'NOT_FOUND',
      message: '这个房号不在房屋台账中（3栋2单元1509），请核对楼栋、单元和房号，或联系客服中心',
    })
    expect(h.snapshot()).toEqual(before)
    await roomsAs(h, U.chen)('room.bind', { ...bind, phone: '13900002222' })
    expect((await roomsRaw(h, U.chen)('room.bind', { ...bind, phone: '13900002222' })).error.code).toBe('CONFLICT')
    await roomsAs(h, U.wangli)('room.bind', bind)
    expect((await roomsRaw(h, U.wangli)('room.bind', bind)).error).toEqual({ code: 'CONFLICT', message: '您已绑定这个房屋' })
  })

  it('does not see another estate’s roster: its room is not in this one', async () => {
    const { householdId } = await import('../../cloudfunctions/complaint/infra/repositories/households')
    const east = {
      estate: 'east',
      building: '1',
      unit: '',
      room: '101',
      roomKey: '1栋101',
      ownerName: '刘',
      ownerPhone: '13700003333',
      updatedAt: 1,
    }
    h.emu.store.insert('households', [{ _id: householdId('east', '1栋101'), ...east } as never])
    expect(
      (await roomsRaw(h, U.liu)('room.bind', { building: '1', room: '101', relation: 'owner', phone: '13700003333', name: '刘' })).error
        .code,
    ).toBe('NOT_FOUND')
    expect((await roomsAs(h, U.agent)('households.list', {})).items.map((x: { roomKey: string }) => x.roomKey)).not.toContain('1栋101')
  })

  it('refuses a bad phone or relation with a clear message', async () => {
    expect((await roomsRaw(h, U.wangli)('room.bind', { ...bind, phone: '1380000' })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '手机号格式不对（11 位手机号）',
    })
    expect((await roomsRaw(h, U.wangli)('room.bind', { ...bind, relation: 'friend' })).error.message).toBe('请选择您与房屋的关系')
  })
})

describe('room.decide', () => {
  it('approves a waiting request, and the resident is told in their messages', async () => {
    const b = await roomsAs(h, U.chen)('room.bind', { ...bind, relation: 'tenant', phone: '13900002222', name: '陈建国' })
    const d = await roomsAs(h, U.agent)('room.decide', { id: b.id, approve: true })
    expect(d).toMatchObject({ status: 'verified' })
    const inbox = await h.as(U.chen)('messages.list', {})
    expect(inbox.items[0]).toMatchObject({ title: '房屋绑定已通过', fields: ['房屋：3栋2单元1502', '身份：租户'] })
  })

  it('refuses with the reason told to the resident; a refused request is never decided again', async () => {
    const b = await roomsAs(h, U.chen)('room.bind', { ...bind, phone: '13900002222', name: '陈建国' })
    expect((await roomsRaw(h, U.agent)('room.decide', { id: b.id, approve: false })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '请填写不通过的原因，住户会收到',
    })
    await roomsAs(h, U.manager)('room.decide', { id: b.id, approve: false, reason: '与台账业主信息不符，请业主本人申请' })
    const mine = (await roomsAs(h, U.chen)('room.mine')).items
    expect(mine[0]).toMatchObject({ status: 'refused', statusLabel: '未通过', reason: '与台账业主信息不符，请业主本人申请' })
    const inbox = await h.as(U.chen)('messages.list', {})
    expect(inbox.items[0]).toMatchObject({ title: '房屋绑定未通过', detail: '与台账业主信息不符，请业主本人申请' })
    const before = h.snapshot()
    expect((await roomsRaw(h, U.agent)('room.decide', { id: b.id, approve: true })).error).toEqual({
      code: 'INVALID_STATE',
      message: '这个申请已审核（未通过），不能再次审核',
    })
    expect(h.snapshot()).toEqual(before)
    // Refused, the resident may ask again.
    expect((await roomsAs(h, U.chen)('room.bind', { ...bind, phone: '13900002222', name: '陈建国' })).status).toBe('pending')
    // PIPL art. 45: their requests, with the phone they gave and the refusal, are in their own data.
    const rooms = (await h.as(U.chen)('me.data')).rooms
    expect(rooms).toHaveLength(2)
    expect(rooms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ 房号: '3栋2单元1502', 关系: '业主', 登记电话: '13900002222', 状态: '待审核', 未通过原因: '' }),
        expect.objectContaining({ 房号: '3栋2单元1502', 状态: '未通过', 未通过原因: '与台账业主信息不符，请业主本人申请' }),
      ]),
    )
  })

  it('is for customer service and the manager only; another estate’s request does not exist here', async () => {
    const b = await roomsAs(h, U.chen)('room.bind', { ...bind, phone: '13900002222', name: '陈建国' })
    expect((await roomsRaw(h, U.cleaning)('room.decide', { id: b.id, approve: true })).error.code).toBe('FORBIDDEN')
    expect((await roomsRaw(h, U.wangli)('room.requests', {})).error.code).toBe('FORBIDDEN')
    h.emu.store.insert('room_bindings', [
      {
        _id: 'other-estate-req',
        estate: 'east',
        openid: U.liu,
        roomKey: '1栋101',
        building: '1',
        unit: '',
        room: '101',
        relation: 'owner',
        name: '刘',
        phone: '13700003333',
        status: 'pending',
        createdAt: 1,
      } as never,
    ])
    expect((await roomsAs(h, U.agent)('room.requests', {})).items.map((x: { id: string }) => x.id)).toEqual([b.id])
    expect((await roomsRaw(h, U.agent)('room.decide', { id: 'other-estate-req', approve: true })).error).toEqual({
      code: 'NOT_FOUND',
      message: '绑定申请不存在',
    })
  })
})

describe('complaints carry the verified room', () => {
  it('given a verified room, the complaint carries it as verified; staff see roomVerified', async () => {
    await roomsAs(h, U.wangli)('room.bind', bind)
    const c = await h.as(U.wangli)('complaint.submit', filing)
    const stored = (await h.docs('complaints', { _id: c.id }))[0]
    expect(stored).toMatchObject({ complainant: { room: '3栋2单元1502' }, roomVerified: true })
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).roomVerified).toBe(true)
  })

  it('given several verified rooms, the complaint carries the one picked; a room not theirs is refused', async () => {
    await roomsAs(h, U.wangli)('room.bind', bind)
    await roomsAs(h, U.wangli)('room.bind', { building: '8', room: '601', relation: 'family', phone: '13800001111', name: '王丽' })
    await roomsAs(h, U.agent)('room.decide', { id: (await roomsAs(h, U.agent)('room.requests', {})).items[0].id, approve: true })
    const c = await h.as(U.wangli)('complaint.submit', { ...filing, room: '8栋601' })
    expect((await h.docs('complaints', { _id: c.id }))[0]).toMatchObject({ complainant: { room: '8栋601' }, roomVerified: true })
    expect((await h.raw(U.wangli)('complaint.submit', { ...filing, room: '9栋901' })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '请选择您已绑定的房屋',
    })
  })

  it('given only a pending binding, an emergency is filed all the same, marked unverified', async () => {
    await roomsAs(h, U.chen)('room.bind', { ...bind, phone: '13900002222', name: '陈建国' })
    const c = await h.as(U.chen)('complaint.submit', { ...filing, emergency: true, description: '电梯困人，请马上来！' })
    expect((await h.docs('complaints', { _id: c.id }))[0]).toMatchObject({ complainant: { room: '3栋2单元1502' }, roomVerified: false })
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).roomVerified).toBe(false)
  })

  it('given no binding, the profile’s room is kept, unverified, and me.saveProfile still works', async () => {
    await h.as(U.liu)('me.saveProfile', { name: '刘洋', room: '8栋601', phone: '13700003333' })
    const c = await h.as(U.liu)('complaint.submit', filing)
    expect((await h.docs('complaints', { _id: c.id }))[0]).toMatchObject({ complainant: { room: '8栋601' }, roomVerified: false })
  })
})

describe('注销', () => {
  it('removes the resident’s binding requests', async () => {
    await roomsAs(h, U.chen)('room.bind', { ...bind, phone: '13900002222', name: '陈建国' })
    await h.as(U.chen)('me.delete', { confirm: '注销' })
    expect(await h.docs('room_bindings', { openid: U.chen })).toEqual([])
  })
})
