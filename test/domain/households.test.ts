/**
 * Issue 16: the roster's rows (domain/households.ts) — each bad input refused with its own reason,
 * the roster's one spelling of a room — and the room bindings' rules (domain/room-bindings.ts).
 */
import fc from 'fast-check'
import { checkHousehold, checkRows, type TypedHousehold } from '../../cloudfunctions/complaint/domain/households'
import { checkNewRequest, complaintRoom, decision, verifiesAtOnce } from '../../cloudfunctions/complaint/domain/room-bindings'
import { roomKeyOf } from '../../shared/households'
import { parseRoom } from '../../shared/place'

const BUILDINGS = [
  { name: '1', units: 3 },
  { name: '2', units: 0 },
  { name: 'A', units: 2 },
]
const ok: TypedHousehold = { building: '1', unit: '2', room: '1502', area: '', ownerName: '王丽', ownerPhone: '13800001111' }
const problems = (t: Partial<TypedHousehold>) => {
  const r = checkHousehold({ ...ok, ...t }, BUILDINGS)
  return 'problems' in r ? r.problems : []
}

describe('checkHousehold', () => {
  it('given a good row in any usual spelling, it gives the roster’s one spelling', () => {
    for (const t of [
      ok,
      { ...ok, building: '1栋', unit: '2单元', room: '1502室' },
      { ...ok, building: '1号楼', unit: '２', ownerPhone: '138-0000-1111' },
    ]) {
      expect(checkHousehold(t, BUILDINGS)).toEqual({
        household: { building: '1', unit: '2', room: '1502', roomKey: '1栋2单元1502', ownerName: '王丽', ownerPhone: '13800001111' },
      })
    }
    expect(checkHousehold({ ...ok, building: 'a幢', unit: '1', area: '89.456' }, BUILDINGS)).toMatchObject({
      household: { roomKey: 'A栋1单元1502', area: 89.46 },
    })
  })

  it.each([
    [{ building: '' }, '请填写楼栋'],
    [{ building: '9' }, '没有这栋楼（9栋）'],
    [{ unit: '' }, '请填写单元（1栋有 1–3 单元）'],
    [{ unit: '4' }, '没有这个单元（1栋只有 3 个单元）'],
    [{ unit: '0' }, '没有这个单元（1栋只有 3 个单元）'],
    [{ building: '2', unit: '1' }, '2栋不分单元'],
    [{ room: '' }, '请填写房号'],
    [{ room: '15 02号' }, '房号格式不对（如 1502）'],
    [{ area: '-3' }, '面积格式不对（0–10000 的数字）'],
    [{ area: '很大' }, '面积格式不对（0–10000 的数字）'],
    [{ ownerName: '  ' }, '请填写业主姓名'],
    [{ ownerName: '名'.repeat(21) }, '业主姓名不能超过 20 个字'],
    [{ ownerPhone: '' }, '请填写业主电话'],
    [{ ownerPhone: '1380000111' }, '手机号格式不对（11 位手机号）'],
    [{ ownerPhone: '12800001111' }, '手机号格式不对（11 位手机号）'],
    [{ ownerPhone: '021-12345678' }, '手机号格式不对（11 位手机号）'],
  ])('given %j, it refuses: %s', (t, reason) => {
    expect(problems(t)).toEqual([reason])
  })

  it('names every problem of a row', () => {
    expect(problems({ building: '9', ownerName: '', ownerPhone: 'x' })).toEqual([
      '没有这栋楼（9栋）',
      '请填写业主姓名',
      '手机号格式不对（11 位手机号）',
    ])
  })
})

describe('checkRows', () => {
  const row = (n: number, t: Partial<TypedHousehold> = {}) => ({ row: n, cells: { ...ok, ...t } })
  const empty = { building: '', unit: '', room: '', area: '', ownerName: '', ownerPhone: '' }

  it('skips and reports empty rows, refuses a room a row before gave, and counts rooms the roster has as updates', () => {
    const out = checkRows(
      [row(2), row(3, { room: '1502室', ownerName: '另一人' }), row(4, empty), row(5, { room: '1503' }), row(6, { building: '9' })],
      BUILDINGS,
      new Set(['1栋2单元1503']),
    )
    expect(out.accepted.map((a) => [a.row, a.roomKey])).toEqual([
      [2, '1栋2单元1502'],
      [5, '1栋2单元1503'],
    ])
    expect([out.added, out.updated]).toEqual([1, 1])
    expect(out.refused).toEqual([
      { row: 3, reason: '重复的房号（1栋2单元1502 与第 2 行相同）' },
      { row: 4, reason: '空行（已跳过）', empty: true },
      { row: 6, reason: '没有这栋楼（9栋）' },
    ])
  })

  it('property: every row is either accepted or refused, once, and accepted rooms are distinct', () => {
    const cell = fc.constantFrom('1', '2', 'A', '9', '', '1栋', '3')
    const rowArb = fc.record({
      building: cell,
      unit: fc.constantFrom('', '1', '2', '4'),
      room: fc.constantFrom('101', '102', '', 'x y'),
      area: fc.constantFrom('', '80', '-1'),
      ownerName: fc.constantFrom('', '王丽'),
      ownerPhone: fc.constantFrom('', '13800001111', '123'),
    })
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (cells) => {
        const rows = cells.map((c, i) => ({ row: i + 2, cells: c }))
        const out = checkRows(rows, BUILDINGS, new Set())
        const seen = [...out.accepted.map((a) => a.row), ...out.refused.map((r) => r.row)].sort((a, b) => a - b)
        expect(seen).toEqual(rows.map((r) => r.row))
        expect(new Set(out.accepted.map((a) => a.roomKey)).size).toBe(out.accepted.length)
        expect(out.added + out.updated).toBe(out.accepted.length)
      }),
    )
  })

  it('property: a roomKey is a room shared/place.ts reads back into its parts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 101, max: 3499 }), (b, u, r) => {
        const key = roomKeyOf(`${b}号楼`, u ? `${u}单元` : '', `${r}室`)
        expect(parseRoom(key)).toEqual({ building: String(b), unit: u ? String(u) : '', no: String(r) })
      }),
    )
  })
})

describe('room bindings', () => {
  const by = { openid: 'cs', name: '林晓', role: 'agent' as const }

  it('verifies at once only on the roster’s owner phone', () => {
    expect(verifiesAtOnce({ ownerPhone: '13800001111' }, '13800001111')).toBe(true)
    expect(verifiesAtOnce({ ownerPhone: '13800001111' }, '13800001112')).toBe(false)
    expect(verifiesAtOnce({ ownerPhone: '' }, '')).toBe(false)
  })

  it('refuses a second request while one waits or is verified; a refused one may be asked again', () => {
    expect(() => checkNewRequest([{ status: 'pending' }])).toThrow('这个房屋的绑定申请正在审核，请耐心等待')
    expect(() => checkNewRequest([{ status: 'verified' }])).toThrow('您已绑定这个房屋')
    expect(() => checkNewRequest([{ status: 'refused' }])).not.toThrow()
  })

  it('decides a waiting request once; a refusal needs its reason', () => {
    expect(decision({ status: 'pending' }, true, '', by, 5)).toEqual({ status: 'verified', decidedAt: 5, decidedBy: by })
    expect(decision({ status: 'pending' }, false, '不符', by, 5)).toEqual({
      status: 'refused',
      reason: '不符',
      decidedAt: 5,
      decidedBy: by,
    })
    expect(() => decision({ status: 'pending' }, false, '', by, 5)).toThrow('请填写不通过的原因，住户会收到')
    expect(() => decision({ status: 'refused' }, true, '', by, 5)).toThrow('这个申请已审核（未通过），不能再次审核')
    expect(() => decision({ status: 'verified' }, false, 'x', by, 5)).toThrow('这个申请已审核（已核验），不能再次审核')
  })

  it('gives a complaint the verified room (the picked one, the profile’s, or the first), else an unverified one', () => {
    const bs = [
      { roomKey: '8栋601', status: 'verified' as const },
      { roomKey: '3栋2单元1502', status: 'verified' as const },
      { roomKey: '2栋1101', status: 'pending' as const },
      { roomKey: '2栋1102', status: 'refused' as const },
    ]
    expect(complaintRoom(bs, '3栋2单元1502')).toEqual({ room: '3栋2单元1502', roomVerified: true })
    expect(complaintRoom(bs, '')).toEqual({ room: '8栋601', roomVerified: true })
    expect(complaintRoom(bs, '', '2栋1101')).toEqual({ room: '2栋1101', roomVerified: false })
    expect(() => complaintRoom(bs, '', '2栋1102')).toThrow('请选择您已绑定的房屋')
    expect(complaintRoom([bs[2]], '5栋1单元302')).toEqual({ room: '2栋1101', roomVerified: false })
    expect(complaintRoom([], '5栋1单元302')).toEqual({ room: '5栋1单元302', roomVerified: false })
  })
})
