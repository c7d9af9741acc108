/**
 * Estates as records of their own (issue 16): the company administrator creates them and invites
 * each one's first manager; people belong to estates (staff by invite, residents by joining) and
 * switch between them; settings are each estate's own, the calendar's official years the
 * company's. Each bad input gets a Chinese message and changes nothing.
 */
import { harnessPerTest, U } from '../helpers/emulator'

const h = harnessPerTest()
const ADMIN = 'demo-company-admin'
const QUALITY = 'demo-quality'
const LAKE_MANAGER = 'demo-lakeside-manager'

/** Calls `action` as `who`, expecting `code` and a Chinese message matching `message`, and nothing stored changed. */
async function refused(who: string, action: string, payload: Record<string, unknown>, code: string, message: RegExp) {
  const before = h.snapshot()
  const r = await h.raw(who)(action, payload)
  expect([r.ok, r.error?.code]).toEqual([false, code])
  expect(r.error.message).toMatch(message)
  expect(h.snapshot()).toEqual(before)
}

describe('estate.list', () => {
  it('given the company’s roles, it lists every estate; given staff or a resident, their own with their role', async () => {
    const all = ['default', 'lakeside', 'maple']
    expect((await h.as(ADMIN)('estate.list')).map((e: any) => e.code)).toEqual(all)
    expect((await h.as(QUALITY)('estate.list')).map((e: any) => e.code)).toEqual(all)
    expect(await h.as(LAKE_MANAGER)('estate.list')).toEqual([
      { code: 'lakeside', name: '湖畔雅苑', address: '示例市示例区湖滨大道 88 号', households: 0, role: 'manager' },
    ])
    expect(await h.as(U.wangli)('estate.list')).toEqual([expect.objectContaining({ code: 'default', name: '阳光花园', role: 'resident' })])
    expect((await h.as(U.stranger)('estate.list', { all: true })).map((e: any) => [e.code, e.role])).toEqual(all.map((c) => [c, undefined]))
  })
})

describe('estate.create', () => {
  it('the company administrator creates an estate; its code is taken from then on (CONFLICT 小区编号已存在)', async () => {
    const made = await h.as(ADMIN)('estate.create', { code: 'Pine01', name: '松园', address: '示例市松林路 1 号' })
    expect(made).toEqual({ code: 'pine01', name: '松园', address: '示例市松林路 1 号', households: 0 })
    expect((await h.docs('estates', { _id: 'pine01' }))[0]).toMatchObject({ code: 'pine01', createdBy: { openid: ADMIN } })
    await refused(ADMIN, 'estate.create', { code: 'pine01', name: '另一个', address: '某地' }, 'CONFLICT', /小区编号已存在/)
  })

  it('anyone else is FORBIDDEN; a bad code or an empty name is INVALID_INPUT; nothing is created', async () => {
    await refused(U.manager, 'estate.create', { code: 'abc', name: '小区', address: '某地' }, 'FORBIDDEN', /权限/)
    await refused(QUALITY, 'estate.create', { code: 'abc', name: '小区', address: '某地' }, 'FORBIDDEN', /权限/)
    await refused(ADMIN, 'estate.create', { code: 'a-b', name: '小区', address: '某地' }, 'INVALID_INPUT', /小区编号应为 3–12 位字母或数字/)
    await refused(ADMIN, 'estate.create', { code: 'abcd', name: '  ', address: '某地' }, 'INVALID_INPUT', /请填写小区名称/)
  })
})

describe('people per estate', () => {
  it('the administrator invites a new estate’s first manager; binding makes them its manager, who may invite only into it', async () => {
    await h.as(ADMIN)('estate.create', { code: 'pine01', name: '松园', address: '示例市松林路 1 号' })
    const invite = await h.as(ADMIN)('invite.create', {
      estate: 'pine01',
      role: 'manager',
      departmentCode: 'customer_service',
      name: '松经理',
    })
    expect(invite.estate).toBe('pine01')
    const me = await h.as('o-pine-manager')('me.bindInvite', { code: invite.code })
    expect(me.role).toBe('manager')
    const account = (await h.as('o-pine-manager')('me.get')).user
    expect(account).toMatchObject({
      role: 'manager',
      estate: { code: 'pine01', name: '松园' },
      estates: [{ code: 'pine01', name: '松园', role: 'manager' }],
    })
    await h.as('o-pine-manager')('invite.create', { role: 'agent', departmentCode: 'customer_service', name: '松客服' })
    await refused(
      'o-pine-manager',
      'invite.create',
      { estate: 'lakeside', role: 'agent', departmentCode: 'customer_service', name: '越权' },
      'FORBIDDEN',
      /权限/,
    )
    expect((await h.as('o-pine-manager')('invite.list')).map((i: any) => i.name).sort()).toEqual(['松客服', '松经理'].sort())
    expect((await h.as(U.manager)('invite.list')).map((i: any) => i.name)).not.toContain('松客服')
  })

  it('a staff member of two estates switches between them, with their role in each', async () => {
    const phone = (await h.as(U.cleaning)('me.get')).user.phone
    expect(phone).toMatch(/^1\d{10}$/)
    const invite = await h.as(LAKE_MANAGER)('invite.create', { role: 'supervisor', departmentCode: 'cleaning', name: '张洁' })
    await h.as(U.cleaning)('me.bindInvite', { code: invite.code })
    // The second estate's invite named no phone: the one they have is kept.
    expect((await h.as(U.cleaning)('me.get')).user).toMatchObject({ estate: { code: 'lakeside' }, role: 'supervisor', phone })
    const back = await h.as(U.cleaning)('estate.switch', { code: 'default' })
    expect(back).toMatchObject({ estate: { code: 'default', name: '阳光花园' }, role: 'handler', departmentCode: 'cleaning' })
    expect(back.estates.map((e: any) => [e.code, e.role])).toEqual([
      ['default', 'handler'],
      ['lakeside', 'supervisor'],
    ])
    await refused(U.cleaning, 'estate.switch', { code: 'maple' }, 'FORBIDDEN', /不是该小区/)
    await refused(U.cleaning, 'estate.switch', { code: 'nowhere' }, 'NOT_FOUND', /没有这个小区/)
  })

  it('a staff member of two estates reads both estates’ messages in one list, each of the other estate named (issue 16)', async () => {
    const invite = await h.as(LAKE_MANAGER)('invite.create', { role: 'agent', departmentCode: 'customer_service', name: '林晓' })
    await h.as(U.agent)('me.bindInvite', { code: invite.code })
    await h.as(U.agent)('estate.switch', { code: 'default' })
    const there = await h.as('demo-resident-21')('complaint.submit', {
      category: 'cleaning',
      location: '1栋大堂',
      description: '大堂地面很脏，无人清扫。',
    })
    await h.emu.fireTimer()
    const items = (await h.as(U.agent)('messages.list', {})).items
    const about = items.find((m: any) => m.complaintId === there.id)
    expect(about).toMatchObject({ estate: 'lakeside', estateName: '湖畔雅苑', complaintNo: there.no })
    // Opening it means switching there first: in 阳光花园 the complaint does not exist.
    expect((await h.raw(U.agent)('complaint.get', { id: there.id })).error.code).toBe('NOT_FOUND')
    await h.as(U.agent)('estate.switch', { code: 'lakeside' })
    expect((await h.as(U.agent)('complaint.get', { id: there.id })).no).toBe(there.no)
    const inLakeside = (await h.as(U.agent)('messages.list', {})).items.find((m: any) => m.complaintId === there.id)
    expect(inLakeside.estateName).toBeUndefined()
  })

  it('a WeChat user scans an estate’s code before having a profile; their profile then makes them its resident', async () => {
    const joined = await h.as('o-newcomer')('estate.join', { scene: 'e=lakeside' })
    expect(joined).toMatchObject({ active: false, estate: { code: 'lakeside', name: '湖畔雅苑' } })
    expect((await h.as('o-newcomer')('me.get')).user).toBeNull()
    await h.as('o-newcomer')('me.saveProfile', { name: '新住户', room: '3栋1单元502', phone: '13800009999' })
    expect((await h.as('o-newcomer')('me.get')).user).toMatchObject({ role: 'resident', estate: { code: 'lakeside' } })
    const c = await h.as('o-newcomer')('complaint.submit', { category: 'cleaning', location: '3栋大堂', description: '地面很脏。' })
    expect((await h.docs('complaints', { _id: c.id }))[0].estate).toBe('lakeside')
  })

  it('an unknown estate or scene is NOT_FOUND 没有这个小区; staff cannot join another estate as residents', async () => {
    await refused(U.wangli, 'estate.join', { code: 'nowhere' }, 'NOT_FOUND', /没有这个小区/)
    await refused(U.wangli, 'estate.join', { scene: 'p=12' }, 'NOT_FOUND', /没有这个小区/)
    await refused(U.agent, 'estate.join', { code: 'maple' }, 'FORBIDDEN', /邀请码/)
  })
})

describe('estate.qrcode', () => {
  it('the estate’s manager and the administrator get its code (scene e=<code>); another estate’s manager is FORBIDDEN', async () => {
    const code = await h.as(LAKE_MANAGER)('estate.qrcode', { code: 'lakeside' })
    expect(code).toMatchObject({ code: 'lakeside', name: '湖畔雅苑', scene: 'e=lakeside', page: 'pages/index/index' })
    expect(code.image).toBeTruthy()
    expect((await h.as(ADMIN)('estate.qrcode', { code: 'maple' })).scene).toBe('e=maple')
    await refused(U.manager, 'estate.qrcode', { code: 'lakeside' }, 'FORBIDDEN', /权限/)
  })
})

describe('settings per estate', () => {
  it('a save changes the caller’s estate only; the official years entered are every estate’s', async () => {
    const before = (await h.as(U.manager)('settings.get')).settings
    await h.as(LAKE_MANAGER)('settings.save', {
      officeName: '湖畔雅苑物业服务中心（新）',
      calendar: { years: { 2027: { holidays: ['2027-01-01'], workdays: [], source: '国办发明电' } }, closures: ['2026-12-31'] },
    })
    const sunny = (await h.as(U.manager)('settings.get')).settings
    expect(sunny.officeName).toBe(before.officeName)
    expect(sunny.calendar.closures).toEqual(before.calendar.closures)
    expect(Object.keys(sunny.calendar.years)).toContain('2027')
    const lake = (await h.as(LAKE_MANAGER)('settings.get')).settings
    expect([lake.officeName, lake.calendar.closures]).toEqual(['湖畔雅苑物业服务中心（新）', ['2026-12-31']])
  })

  it('staff who do not manage the estate they are in cannot save its settings: FORBIDDEN, nothing changed', async () => {
    await refused('demo-lakeside-agent', 'settings.save', { officeName: '越权' }, 'FORBIDDEN', /权限/)
    await refused(QUALITY, 'settings.save', { officeName: '越权' }, 'UNAUTHENTICATED', /./)
  })
})
