/**
 * Accounts and roles: residents keep a profile; staff bind their WeChat identity with a
 * one-time invite code the manager issues (department + role).
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')

it('a new WeChat user has no account until they save a resident profile, which they can update', async () => {
  expect(await h.as('demo-new-1')('me.get')).toMatchObject({ openid: 'demo-new-1', user: null })
  expect((await h.raw('demo-new-1')('me.saveProfile', { name: '李雷', room: '', phone: '13912345678' })).error).toMatchObject({
    code: 'INVALID_INPUT',
    message: '请填写房号',
  })
  expect((await h.raw('demo-new-1')('me.saveProfile', { name: '李雷', room: '2栋', phone: '12345' })).error.message).toContain(
    '联系电话格式不正确',
  )
  expect(
    (await h.raw('demo-new-1')('me.saveProfile', { name: '李雷', room: '15栋1单元201', phone: '13912345678', role: 'manager' })).error,
  ).toEqual({ code: 'INVALID_INPUT', message: '不支持的字段：role' })
  expect(await h.docs('users', { openid: 'demo-new-1' })).toEqual([])
  const u = await h.as('demo-new-1')('me.saveProfile', { name: '李雷', room: '15栋1单元201', phone: '13912345678' })
  expect(u).toMatchObject({ role: 'resident', roleLabel: '业主/住户', room: '15栋1单元201' })
  expect((await h.as('demo-new-1')('me.saveProfile', { name: '李雷', room: '15栋1单元202', phone: '13912345678' })).room).toBe(
    '15栋1单元202',
  )
  expect(await h.docs('users', { openid: 'demo-new-1' })).toHaveLength(1)
})

it('the manager issues a one-time invite; the new staff member binds it and gets that role and department', async () => {
  expect((await h.raw(U.agent)('invite.create', { role: 'handler', departmentCode: 'cleaning', name: '新保洁' })).error.code).toBe(
    'FORBIDDEN',
  )
  const { code } = await h.as(U.manager)('invite.create', {
    role: 'handler',
    departmentCode: 'cleaning',
    name: '刘保洁',
    phone: '13700000000',
  })
  expect(code).toMatch(/^[0-9A-F]{12}$/)
  const bound = await h.as('demo-new-2')('me.bindInvite', { code: code.toLowerCase() })
  expect(bound).toMatchObject({ role: 'handler', departmentName: '保洁部', name: '刘保洁' })
  expect((await h.raw('demo-new-3')('me.bindInvite', { code })).error).toMatchObject({
    code: 'INVITE_INVALID',
    message: expect.stringContaining('已使用'),
  })
  expect((await h.as(U.manager)('invite.list'))[0]).toMatchObject({ code, usedBy: 'demo-new-2' })
  // The bound handler now sees the cleaning department's tasks.
  const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '大堂脏。' })
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  expect((await h.as('demo-new-2')('complaint.list', { scope: 'tasks' })).items.map((x: any) => x.id)).toEqual([c.id])
})

it('an invite expires after 7 days and a malformed code is refused', async () => {
  const { code } = await h.as(U.manager)('invite.create', { role: 'agent', departmentCode: 'customer_service', name: '新客服' })
  setNow('2026-12-08T02:00:01Z')
  expect((await h.raw('demo-new-4')('me.bindInvite', { code })).error.code).toBe('INVITE_INVALID')
  expect((await h.raw('demo-new-4')('me.bindInvite', { code: 'x' })).error).toMatchObject({
    code: 'INVITE_INVALID',
    message: expect.stringContaining('邀请码格式不正确'),
  })
})

it('staff accounts are not changed through the resident profile, and roles come from invites only', async () => {
  expect((await h.raw(U.agent)('me.saveProfile', { name: '林晓', room: '1栋', phone: '13911110001' })).error.code).toBe('FORBIDDEN')
})

it("settings are the manager's: others may read them, only the manager changes them, with checked values", async () => {
  expect((await h.as(U.agent)('settings.get')).settings.deadlines.generalWorkdays).toBe(3)
  expect((await h.raw(U.agent)('settings.save', { deadlines: { generalWorkdays: 5 } })).error.code).toBe('FORBIDDEN')
  expect((await h.raw(U.manager)('settings.save', { deadlines: { generalWorkdays: 0 } })).error.message).toContain('不能小于 1')
  const saved = await h.as(U.manager)('settings.save', { deadlines: { generalWorkdays: 5 } })
  expect(saved.settings.deadlines).toMatchObject({ generalWorkdays: 5, complexWorkdays: 7 })
  expect((await h.raw(U.wangli)('settings.get')).error.code).toBe('FORBIDDEN')
})

it('staff.list gives supervisors their own department and the manager any, for assigning; handlers may not list', async () => {
  expect((await h.as(U.csSupervisor)('staff.list', { departmentCode: 'cleaning' })).map((u: any) => u.name).sort()).toEqual(
    ['张洁', '何静'].sort(),
  )
  const own = await h.as(U.securitySupervisor)('staff.list', { departmentCode: 'cleaning' })
  expect(own.map((u: any) => u.name).sort()).toEqual(['郭勇', '王强', '马东'].sort())
  const cleaning = await h.as(U.manager)('staff.list', { departmentCode: 'cleaning' })
  expect(cleaning.map((u: any) => [u.name, u.role])).toEqual(
    expect.arrayContaining([
      ['张洁', 'handler'],
      ['何静', 'supervisor'],
    ]),
  )
  expect((await h.raw(U.cleaning)('staff.list', {})).error.code).toBe('FORBIDDEN')
  expect((await h.raw(U.wangli)('staff.list', {})).error.code).toBe('FORBIDDEN')
})

it('G3-P5 residents.find lets customer service find a complainant by room, masked, and logs the lookup', async () => {
  const found = await h.as(U.agent)('residents.find', { room: '3栋2单元1502' })
  expect(found).toEqual([{ openid: U.wangli, name: '王丽', maskedName: '王*', room: '3栋2单元1502', phone: '138****1111' }])
  expect(await h.docs('access_log', { purpose: 'resident_lookup' })).toEqual([
    expect.objectContaining({ room: '3栋2单元1502', viewer: expect.objectContaining({ openid: U.agent }) }),
  ])
  expect((await h.raw(U.cleaning)('residents.find', { room: '3栋2单元1502' })).error.code).toBe('FORBIDDEN')
  expect((await h.raw(U.agent)('residents.find', { room: ' ' })).error).toMatchObject({ code: 'INVALID_INPUT', message: '请输入房号' })
})

it("the manager sees each invite's status and who bound it, and can revoke an open one", async () => {
  const a = await h.as(U.manager)('invite.create', { role: 'handler', departmentCode: 'cleaning', name: '甲' })
  const b = await h.as(U.manager)('invite.create', { role: 'agent', departmentCode: 'customer_service', name: '乙' })
  await h.as('demo-new-5')('me.bindInvite', { code: a.code })
  await h.as(U.manager)('invite.revoke', { code: b.code })
  const list = await h.as(U.manager)('invite.list')
  expect(list.map((i: any) => [i.name, i.status, i.usedByName])).toEqual(
    expect.arrayContaining([
      ['甲', 'used', '甲'],
      ['乙', 'revoked', null],
    ]),
  )
  expect((await h.raw('demo-new-6')('me.bindInvite', { code: b.code })).error.code).toBe('INVITE_INVALID')
  expect((await h.raw(U.manager)('invite.revoke', { code: a.code })).error.code).toBe('INVALID_INPUT')
  expect((await h.raw(U.agent)('invite.revoke', { code: b.code })).error.code).toBe('FORBIDDEN')
})

it('the manager may list every staff member, of every role', async () => {
  const all = await h.as(U.manager)('staff.list', { all: true })
  expect(new Set(all.map((u: any) => u.role))).toEqual(new Set(['agent', 'handler', 'supervisor', 'manager']))
  const supervisorView = await h.as(U.securitySupervisor)('staff.list', { all: true })
  expect(supervisorView.every((u: any) => u.role === 'handler' || u.role === 'supervisor')).toBe(true)
})

it('the manager deactivates a staff member who left: they can no longer act, get no tasks, and can be restored', async () => {
  const c = await h.as(U.wangli)('complaint.submit', { category: 'cleaning', location: '3栋', description: '脏。' })
  const off = await h.as(U.manager)('staff.deactivate', { openid: U.cleaning })
  expect(off).toMatchObject({ name: '张洁', active: false })
  await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'cleaning' })
  expect((await h.raw(U.cleaning)('complaint.act', { id: c.id, action: 'take' })).error.code).toBe('UNAUTHENTICATED')
  expect((await h.as(U.manager)('staff.list', { all: true })).find((u: any) => u.openid === U.cleaning)).toMatchObject({ active: false })
  expect((await h.as(U.cleaningSupervisor)('staff.list', {})).map((u: any) => u.openid)).not.toContain(U.cleaning)
  expect((await h.raw(U.manager)('staff.deactivate', { openid: U.manager })).error.message).toBe('不能停用自己的账号')
  expect((await h.raw(U.agent)('staff.deactivate', { openid: U.cleaning })).error.code).toBe('FORBIDDEN')
  await h.as(U.manager)('staff.reactivate', { openid: U.cleaning })
  expect((await h.as(U.cleaning)('complaint.act', { id: c.id, action: 'take' })).status).toBe('investigating')
})

describe('A2 the estate: buildings and public areas the manager lists, rooms checked against them', () => {
  it('A2 meta.get gives everyone the estate for the place picker', async () => {
    const m = await h.as(U.wangli)('meta.get')
    expect(m.estate.buildings).toContainEqual(expect.objectContaining({ name: '3', units: 2 }))
    expect(m.estate.buildings).toContainEqual(expect.objectContaining({ name: '8', units: 0 }))
    expect(m.estate.areas).toContain('中心花园')
  })

  it("A2 a resident's room must name a building of the estate, with a unit exactly when it has units", async () => {
    const save = (room: string) => h.raw('demo-new-2')('me.saveProfile', { name: '韩梅', room, phone: '13912345679' })
    expect((await save('99栋101')).error).toEqual({ code: 'INVALID_INPUT', message: '本小区没有99栋，请核对楼栋' })
    expect((await save('3栋1502')).error.message).toBe('请填写3栋的单元（1–2）')
    expect((await save('8栋1单元601')).error.message).toBe('8栋不分单元，请去掉单元')
    expect(await h.docs('users', { openid: 'demo-new-2' })).toEqual([])
    expect((await h.as('demo-new-2')('me.saveProfile', { name: '韩梅', room: '3号楼2单元1503', phone: '13912345679' })).room).toBe(
      '3栋2单元1503',
    )
  })

  it('A2 staff registering for someone not yet in the app get the same check on the room they type', async () => {
    const r = await h.raw(U.agent)('complaint.register', {
      channel: 'phone',
      category: 'cleaning',
      location: '3栋大堂',
      description: '大堂地面湿滑。',
      complainant: { name: '陈先生', room: '30栋101', phone: '13900001234' },
    })
    expect(r.error).toEqual({ code: 'INVALID_INPUT', message: '本小区没有30栋，请核对楼栋' })
    expect(await h.docs('complaints')).toEqual([])
  })

  it('A2 the manager edits the estate; bad lists are refused with a Chinese message and change nothing', async () => {
    expect((await h.raw(U.agent)('settings.save', { estate: { areas: ['东门'] } })).error.code).toBe('FORBIDDEN')
    const bad = async (estate: unknown) => (await h.raw(U.manager)('settings.save', { estate })).error
    expect(
      await bad({
        buildings: [
          { name: '1', units: 2 },
          { name: '1栋', units: 0 },
        ],
      }),
    ).toEqual({ code: 'INVALID_INPUT', message: '楼栋名称有重复' })
    expect((await bad({ buildings: [{ name: '1', units: 21 }] })).message).toBe('单元数不能大于 20')
    expect((await bad({ buildings: [{ name: '1', units: null }] })).message).toBe('单元数应为数字')
    expect((await bad({ areas: ['东门', '东门'] })).message).toBe('公共区域名称有重复')
    expect((await h.as(U.manager)('meta.get')).estate.buildings).toHaveLength(20)

    const saved = await h.as(U.manager)('settings.save', {
      estate: {
        buildings: [
          { name: 'A座', units: 0 },
          { name: 'b', units: 2 },
        ],
      },
    })
    expect(saved.settings.estate.buildings).toEqual([
      { name: 'A座', units: 0, code: expect.stringMatching(/^b\d+$/) },
      { name: 'B', units: 2, code: expect.stringMatching(/^b\d+$/) },
    ])
    expect(saved.settings.estate.areas).toContain('中心花园') // areas untouched by a buildings-only save
    expect((await h.as('demo-new-3')('me.saveProfile', { name: '李娜', room: 'b栋1单元101', phone: '13912345670' })).room).toBe(
      'B栋1单元101',
    )
    expect((await h.raw('demo-new-4')('me.saveProfile', { name: '王五', room: '3栋2单元101', phone: '13912345671' })).error.message).toBe(
      '本小区没有3栋，请核对楼栋',
    )
  })
})

it('an invite code typed as the staff page shows it, grouped with spaces or dashes, binds', async () => {
  const { code } = await h.as(U.manager)('invite.create', { role: 'handler', departmentCode: 'parking', name: '新车管' })
  const grouped = `${code.slice(0, 4)} ${code.slice(4, 8)}-${code.slice(8)}`.toLowerCase()
  expect(await h.as('demo-new-grouped')('me.bindInvite', { code: grouped })).toMatchObject({ role: 'handler', departmentCode: 'parking' })
})

it('A2 a mobile number typed short is not a phone number: refused on invites and profiles alike', async () => {
  const invite = await h.raw(U.manager)('invite.create', { role: 'handler', departmentCode: 'parking', name: '新车管', phone: '1391234' })
  expect(invite.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('联系电话格式不正确') })
  const profile = await h.raw('demo-new-short')('me.saveProfile', { name: '李雷', room: '8栋601', phone: '1391234' })
  expect(profile.error.message).toContain('联系电话格式不正确')
  // A local landline without its area code is still a number.
  expect((await h.as('demo-new-short')('me.saveProfile', { name: '李雷', room: '8栋601', phone: '8765432' })).phone).toBe('8765432')
})

it('an invite code with the letter O typed for a 0 binds; a wrong one says what codes are made of', async () => {
  const { code } = await h.as(U.manager)('invite.create', { role: 'handler', departmentCode: 'parking', name: '新车管' })
  const bad = await h.raw('demo-new-o')('me.bindInvite', { code: 'XYZ' })
  expect(bad.error).toEqual({ code: 'INVITE_INVALID', message: '邀请码格式不正确：应为 12 位，由数字 0–9 和字母 A–F 组成' })
  expect(await h.as('demo-new-o')('me.bindInvite', { code: code.replace(/0/g, 'o') })).toMatchObject({ role: 'handler' })
})

it('A2 a phone typed with spaces is stored without them', async () => {
  expect((await h.as('demo-new-sp')('me.saveProfile', { name: '李雷', room: '8栋601', phone: '139 1234 5678' })).phone).toBe('13912345678')
})

it('A1 looking up residents by a room in a building the estate does not have says so at once', async () => {
  const r = await h.raw(U.agent)('residents.find', { room: '99栋101' })
  expect(r.error).toEqual({ code: 'INVALID_INPUT', message: '本小区没有99栋，请核对楼栋' })
  expect((await h.as(U.agent)('residents.find', { room: '3号楼2单元1502' })).map((x: any) => x.room)).toEqual(['3栋2单元1502'])
})
