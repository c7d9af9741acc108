/**
 * Issue 18: the desk's suggestions from the text, through the built complaint function. Customer
 * service and the manager, deciding acceptance, see them in the complaint view with a reason for
 * each — category and department by the office's routing, the staff member it is about, a refusal
 * ground, a likely repeat; nothing is applied. The complainant, a handler who sees the complaint
 * masked, the staff member it is about (G3-P5, H2-S) and anyone once acceptance is decided never get them.
 */
import { harnessPerTest, setNow, U } from '../helpers/emulator'

const h = harnessPerTest('2026-11-30T02:00:00Z')

const GUARD_TEXT = '东门值班的保安推了我一把，还骂我，就因为我没带门禁卡'
const submitGuard = () => h.as(U.wangli)('complaint.submit', { category: 'security', location: '东门', description: GUARD_TEXT })

describe('issue 18 suggestions for the desk', () => {
  it('given a complaint about a guard, customer service sees category, department, the staff member and why — and nothing is applied', async () => {
    const c = await submitGuard()
    const v = await h.as(U.agent)('complaint.get', { id: c.id })
    expect(v.suggestions.category).toMatchObject({ value: 'security', department: 'security', departmentLabel: '秩序维护部' })
    expect(v.suggestions.category.reason).toContain('按分派表由秩序维护部处理')
    expect(v.suggestions.aboutStaff).toMatchObject({ role: 'security_guard', label: '保安', department: 'security' })
    expect(v.suggestions.aboutStaff.reason).toContain('提到“保安推了我一把”')
    expect(v.suggestions.refusal).toBeNull()
    // A suggestion is not a decision: the complaint is still waiting, about nobody yet.
    expect(v).toMatchObject({ status: 'submitted', subjectStaffName: undefined })
    const [stored] = await h.docs('complaints', { _id: c.id })
    expect(stored.subjectStaff).toBeUndefined()
    expect((await h.as(U.manager)('complaint.get', { id: c.id })).suggestions.aboutStaff.role).toBe('security_guard')
  })

  it('given the routing table in settings sends 公共秩序维护 elsewhere, the suggestion names that department', async () => {
    const settings = await h.as(U.manager)('settings.get')
    await h.as(U.manager)('settings.save', { routing: { ...settings.routing, security: 'customer_service' } })
    const c = await submitGuard()
    const v = await h.as(U.agent)('complaint.get', { id: c.id })
    expect(v.suggestions.category).toMatchObject({ value: 'security', department: 'customer_service', departmentLabel: '客户服务中心' })
  })

  it("given a shop's cooking fumes, it suggests A4-R1 with the body to refer to", async () => {
    const c = await h.as(U.chen)('complaint.submit', {
      category: 'other',
      location: '沿街商铺',
      description: '楼下烧烤店的油烟天天往我家窗户里灌，窗户都不敢开',
    })
    const v = await h.as(U.agent)('complaint.get', { id: c.id })
    expect(v.suggestions.refusal).toMatchObject({ ground: 'A4-R1', referTo: [{ body: 'ecology' }, { body: 'urban_management' }] })
    expect(v.suggestions.refusal.reason).toContain('提到“烧烤店的油烟”')
  })

  it('A4-R4 given the same complainant, place and category answered recently, it suggests the likely repeat with its number', async () => {
    const first = await h.as(U.liu)('complaint.submit', {
      category: 'cleaning',
      location: '5栋垃圾收集点',
      description: '垃圾桶满了两天没人清',
    })
    await h.as(U.agent)('complaint.act', { id: first.id, action: 'accept', departmentCode: 'cleaning' })
    await h.as(U.cleaning)('complaint.act', { id: first.id, action: 'take' })
    await h.as(U.cleaning)('complaint.act', { id: first.id, action: 'give_result', summary: '已清运并增加清运次数', mode: 'rectification' })
    setNow('2026-12-10T02:00:00Z')
    const again = await h.as(U.liu)('complaint.submit', {
      category: 'cleaning',
      location: '5栋垃圾收集点',
      description: '垃圾桶满了两天没人清',
    })
    const v = await h.as(U.agent)('complaint.get', { id: again.id })
    expect(v.suggestions.repeat).toMatchObject({ id: first.id, no: first.no, proposeRefusal: true })
    expect(v.suggestions.repeat.reason).toContain(`与 10 天前的投诉 ${first.no} 相似`)
    // Months later it is no longer a likely repeat.
    setNow('2027-04-10T02:00:00Z')
    const late = await h.as(U.liu)('complaint.submit', {
      category: 'cleaning',
      location: '5栋垃圾收集点',
      description: '垃圾桶满了两天没人清',
    })
    expect((await h.as(U.agent)('complaint.get', { id: late.id })).suggestions.repeat).toBeNull()
  })

  it('G3-P5 the complainant never sees suggestions about their complaint', async () => {
    const c = await submitGuard()
    expect(c.suggestions).toBeUndefined()
    const v = await h.as(U.wangli)('complaint.get', { id: c.id })
    expect(v.suggestions).toBeUndefined()
    expect(JSON.stringify(v)).not.toContain('提到“')
  })

  it('H2-S the staff member a complaint is about never sees suggestions, even in a post that accepts complaints', async () => {
    // Registered by staff as a complaint about the customer service supervisor, who could otherwise accept it.
    const c = await h.as(U.agent)('complaint.register', {
      channel: 'phone',
      category: 'customer_service',
      location: '物业服务中心',
      description: '前台客服在电话里骂我是刁民，态度恶劣',
      complainant: { name: '郑凯', room: '7栋1单元401', phone: '13200008888' },
      subjectStaff: { name: '黄敏', openid: U.csSupervisor },
    })
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).suggestions.aboutStaff.role).toBe('customer_service')
    const v = await h.as(U.csSupervisor)('complaint.get', { id: c.id })
    expect(v.disclosure).toBe('accused')
    expect(v.suggestions).toBeUndefined()
    expect(JSON.stringify(v)).not.toContain('刁民')
  })

  it('given acceptance is decided, nobody gets suggestions any more; a handler who sees it masked never did', async () => {
    const c = await submitGuard()
    const accepted = await h.as(U.agent)('complaint.act', { id: c.id, action: 'accept', departmentCode: 'security' })
    expect(accepted.suggestions).toBeUndefined()
    expect((await h.as(U.agent)('complaint.get', { id: c.id })).suggestions).toBeUndefined()
    const handler = await h.as(U.security)('complaint.get', { id: c.id })
    expect(handler.disclosure).toBe('masked')
    expect(handler.suggestions).toBeUndefined()
  })
})
