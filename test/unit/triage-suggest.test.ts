/**
 * Suggestions for customer service (issue 18): category and department by the routing table
 * (G2, H1), the staff member a complaint is about (H2-S), and a possible refusal ground with the
 * body to refer to (A4-R1, A4-R2, A4-R3) — each with a reason quoting the resident's words.
 */
import { suggest, suggestCategory, suggestRefusal } from '@domain/triage/suggest'
import { aboutStaffOf } from '@domain/triage/staff'
import { DEFAULT_ROUTING } from '@domain/settings'
import { DEFAULT_DEPARTMENTS } from '@shared/departments'

const ctx = { routing: DEFAULT_ROUTING, departments: DEFAULT_DEPARTMENTS }

describe('G2/H1 category and department', () => {
  it('given rubbish words, it suggests 清洁卫生 routed to 保洁部 and quotes the words', () => {
    const c = suggestCategory('垃圾桶满了两天没人清，旁边全是苍蝇', ctx)!
    expect(c).toMatchObject({ value: 'cleaning', department: 'cleaning', departmentLabel: '保洁部', confident: true })
    expect(c.reason).toBe('提到“垃圾桶”“没人清”“苍蝇”，属于“清洁卫生”，按分派表由保洁部处理')
  })

  it('given a routing table that sends 清洁卫生 elsewhere, it names that department', () => {
    const c = suggestCategory('楼道好几天没人打扫了，到处是泥脚印', {
      ...ctx,
      routing: { ...DEFAULT_ROUTING, cleaning: 'customer_service' },
    })!
    expect(c).toMatchObject({ value: 'cleaning', department: 'customer_service', departmentLabel: '客户服务中心' })
  })

  it('given a department the office added and renamed in settings, it names it as settings do', () => {
    const departments = [...DEFAULT_DEPARTMENTS, { code: 'dept_1', name: '外包保洁组', active: true }]
    const c = suggestCategory('楼道好几天没人打扫了，到处是泥脚印', { routing: { ...DEFAULT_ROUTING, cleaning: 'dept_1' }, departments })!
    expect(c).toMatchObject({ department: 'dept_1', departmentLabel: '外包保洁组' })
    expect(c.reason).toContain('按分派表由外包保洁组处理')
  })

  it('given "没人打扫", it counts the cleaning words (a missing service is the complaint, not a negation)', () => {
    expect(suggestCategory('电梯轿厢里有人吐了，到现在还没人打扫', { ...ctx, location: '2栋电梯' })!.value).toBe('cleaning')
  })

  it('given no category word, it keeps the chosen category and says so, or suggests none', () => {
    expect(suggestCategory('我要投诉', { ...ctx, chosenCategory: 'parking' })).toMatchObject({ value: 'parking', confident: false })
    expect(suggestCategory('昨天下午那件事到现在也没个说法', ctx)).toBeNull()
  })

  it('given venting and nothing else, it suggests 客户服务 without confidence and says there is no matter', () => {
    expect(suggestCategory('我要投诉你们！！！', ctx)).toMatchObject({
      value: 'customer_service',
      confident: false,
      reason: '内容只有情绪表达，没有具体事项，属于“客户服务”，按分派表由客户服务中心处理',
    })
  })

  it('given a word inside a place word ("电梯口"), it reads the matter, not the place', () => {
    expect(suggestCategory('负一层电梯口有一摊污水，散发着一股馊味', ctx)!.value).toBe('cleaning')
  })

  it('given a complaint about a staff member, the role leans the category to their service and is quoted', () => {
    const c = suggestCategory('保安收了外来车辆的钱就放进来停，小区车位本来就不够', ctx)!
    expect(c.value).toBe('security')
    expect(c.reason).toMatch(/^提到“保安”/)
  })

  it('given a matter outside the duties, its category is the one it is recorded under', () => {
    expect(suggestCategory('手机在家里一点信号都没有，是不是小区的基站有问题', ctx)).toMatchObject({
      value: 'other',
      department: 'customer_service',
    })
  })
})

describe('H2-S complaints about a staff member', () => {
  it('given "保安推了我一把", it names the guard and quotes the words', () => {
    expect(aboutStaffOf('保安推了我一把，就因为我没带门禁卡')).toEqual({
      role: 'security_guard',
      label: '保安',
      words: ['保安', '推了我一把'],
      reason: '提到“保安推了我一把”，是对保安言行的投诉（H2-S：结论前先听取当事员工的陈述）',
    })
  })

  it.each([
    ['前台的客服小姑娘边玩手机边接待我，爱答不理的', 'customer_service'],
    ['维修师傅上门修水管收了我200块钱，说是材料费，也没给票据', 'technician'],
    ['绿化工修剪树的时候把树枝扔在我车上，划了好几道，跟他说他还骂人', 'gardener'],
    ['报修了三次，维修工每次来看一眼就走，还说是我们自己弄坏的，态度很差', 'technician'],
    ['管家收了业主的红包，就优先给他家安排维修', 'customer_service'],
    ['门口巡逻的那个大个子跟我朋友动手，把人推倒在地', 'security_guard'],
    ['工程部的小王上门修马桶时顺手拿走了我家两包烟', 'technician'],
    ['停车收费的那个大叔多收了我二十块还不给小票', 'parking_attendant'],
    ['那个穿蓝衣服的阿姨扫地时把灰全扬到我身上，我说了她两句她还翻白眼', 'cleaner'],
    ['服务中心那个女的说话阴阳怪气，让我自己去找开发商', 'customer_service'],
  ])('given "%s", it names the role %s', (text, role) => {
    expect(aboutStaffOf(text)?.role).toBe(role)
  })

  it.each([
    ['保安大哥人很好，从来不骂人，就是晚上巡逻太少了', 'negated conduct'],
    ['半夜有人在楼下广场喝酒唱歌，保安巡逻从来不管', 'someone else drinks'],
    ['我和邻居因为孩子打架的事闹矛盾，他老婆天天在业主群里骂我', 'no staff role'],
    ['保洁阿姨每天都很辛苦，就是垃圾桶清得不够勤', 'a role but no conduct'],
    ['快递师傅态度很差，把包裹扔在门口', 'a courier, not staff'],
  ])('given "%s", it suggests no staff member (%s)', (text) => {
    expect(aboutStaffOf(text)).toBeNull()
  })
})

describe('A4 refusal grounds', () => {
  it("A4-R1 given a shop's cooking fumes, it suggests refusal with the bodies to refer to", () => {
    const r = suggestRefusal('小区外面那家烧烤店的油烟天天往我家窗户里灌，晚上还吵到凌晨')!
    expect(r.ground).toBe('A4-R1')
    expect(r.referTo.map((b) => b.body)).toEqual(['ecology', 'urban_management'])
    expect(r.reason).toContain('提到“烧烤店的油烟”')
    expect(r.reason).toContain('不属于物业管理处职责范围（A4-R1）')
  })

  it('A4-R1 given a private neighbour dispute, it refers to mediation', () => {
    expect(suggestRefusal('楼上邻居借了我两万块钱不还，物业帮我催一下')).toMatchObject({
      ground: 'A4-R1',
      referTo: [{ body: 'mediation' }],
    })
  })

  it('A4-R1 is not suggested when it is staff who sent the resident elsewhere ("让我自己去找开发商")', () => {
    expect(suggestRefusal('服务中心那个女的说话阴阳怪气，让我自己去找开发商')).toBeNull()
    expect(suggestRefusal('开发商交房时承诺的学校到现在都没建')?.ground).toBe('A4-R1')
  })

  it('A4-R1 given a school catchment question, it refers to the education authority', () => {
    expect(suggestRefusal('我们这栋楼的学区划分变了，孩子上学怎么办')).toMatchObject({ ground: 'A4-R1', referTo: [{ body: 'education' }] })
  })

  it('A4-R1 given neighbour noise, which the office coordinates (H3), it suggests no refusal', () => {
    expect(suggestRefusal('楼上邻居天天半夜拖椅子，跟他说了也没用')).toBeNull()
  })

  it('A4-R3 given a case already filed in court, it suggests refusal; given only a threat to sue, it does not', () => {
    expect(suggestRefusal('楼上漏水泡坏我家地板的事已经在法院立案了，我再向物业投诉一次赔偿')?.ground).toBe('A4-R3')
    expect(suggestRefusal('车位纠纷已经申请仲裁了，仲裁委还没裁决')?.ground).toBe('A4-R3')
    expect(suggestRefusal('再不给我修好，我就去法院起诉你们')).toBeNull()
    expect(suggestRefusal('我咨询过律师了，物业这样收停车费是违法的')).toBeNull()
  })

  it('A4-R2 given venting with no fact, it suggests asking for facts; a short factual text is fine', () => {
    for (const t of ['物业太差劲了', '投诉', '你们管不管事啊？？？', '什么破物业，垃圾']) expect(suggestRefusal(t)?.ground).toBe('A4-R2')
    expect(suggestRefusal('物业太差劲了')!.reason).toContain('内容只有“物业太差劲了”')
    for (const t of ['5栋电梯坏了', '路灯不亮']) expect(suggestRefusal(t)).toBeNull()
  })

  it('A4-R2 given a registration with no valid contact, it says so', () => {
    expect(suggestRefusal('5栋电梯坏了', { hasContact: false })).toMatchObject({ ground: 'A4-R2', words: [] })
  })
})

it('given one text, suggest returns all three suggestions together', () => {
  const s = suggest('客服在电话里骂我是刁民，我要求处理这个人', { ...ctx, location: '物业服务中心' })
  expect(s.category?.value).toBe('customer_service')
  expect(s.aboutStaff?.role).toBe('customer_service')
  expect(s.refusal).toBeNull()
})

it('given a complaint about a guard, the staff suggestion names the department the routing table gives their service', () => {
  const s = suggest('东门的保安看我是外地口音就一直盘问，还骂我乡巴佬', { ...ctx, routing: { ...DEFAULT_ROUTING, security: 'dept_9' } })
  expect(s.aboutStaff).toMatchObject({ role: 'security_guard', department: 'dept_9', departmentLabel: 'dept_9' })
  expect(s.aboutStaff!.reason).toContain('提到“保安”和“骂”')
})
