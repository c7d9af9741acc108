/**
 * Emergency detection at filing (issue 14, H1-E): the tricky cases — negation, past tense,
 * resolved, hypothetical, several triggers, the place carrying the facility, and the rules a
 * manager adds or turns off.
 */
import { detectEmergency, effectiveRules } from '@domain/triage/emergency'
import { DEFAULT_EMERGENCY_RULES, EMERGENCY_HINTS, emergencySettingsSchema } from '@domain/triage/rules'

describe('H1-E emergency detection', () => {
  it('given the issue 14 lift text with the 紧急 switch off, it flags 电梯困人 and quotes the words', () => {
    const r = detectEmergency('电梯困人半小时，按了警铃没人应，打物业电话也没人接，老人小孩都在里面！', {
      category: 'engineering',
      location: '5栋1单元电梯',
    })
    expect(r.emergency).toBe(true)
    expect(r.matched.map((m) => m.rule.id)).toEqual(['elevator_trapped'])
    expect(r.matched[0].words).toContain('电梯困人')
    expect(r.matched[0].excerpt).toContain('电梯困人半小时')
    expect(r.hints).toEqual([{ key: 'elevator_rescue', text: EMERGENCY_HINTS.elevator_rescue }])
    expect(r.reason).toBe('疑似紧急情况：电梯困人（提到“电梯困人”）')
  })

  it('given "上周电梯困人已解决", it is no emergency now and says the mention is past or resolved', () => {
    const r = detectEmergency('上周电梯困人已解决，但是物业到现在也没给个说法')
    expect(r.emergency).toBe(false)
    expect(r.negatedOrPast).toHaveLength(1)
    expect(r.negatedOrPast[0]).toMatchObject({ rule: { id: 'elevator_trapped' }, kind: 'resolved' })
    expect(r.reason).toContain('未判为紧急')
  })

  it('given a past time with nothing resolved ("昨天晚上电梯困人…"), it sets the mention aside as past', () => {
    const r = detectEmergency('昨天晚上电梯困人，我在里面待了40分钟才有人来，你们的应急响应太慢了')
    expect(r.emergency).toBe(false)
    expect(r.negatedOrPast[0]).toMatchObject({ kind: 'past', cue: '昨天' })
  })

  it('given a past time but a sign it is still going on, it stays an emergency', () => {
    expect(detectEmergency('昨晚开始水管爆了，现在还在往外喷水，楼下都淹了').emergency).toBe(true)
  })

  it('given "还没救出来", it does not read 救出来 as resolved', () => {
    expect(detectEmergency('电梯困人，已经半小时了还没救出来').emergency).toBe(true)
  })

  it.each([
    ['我检查过了，没有闻到煤气味，可能是下水道的味道', 'negated'],
    ['楼道里有焦味，但不是着火，是楼下在烧菜', 'negated'],
    ['今天电梯急停了一下，还好没有困人，但是吓了一跳', 'negated'],
    ['楼道里堆满了纸箱，万一起火怎么办？请尽快清理', 'hypothetical'],
    ['如果电梯困人了，应该打哪个电话？', 'hypothetical'],
    ['电线私拉乱接很普遍，存在触电隐患，建议物业排查', 'hypothetical'],
    ['听说隔壁小区燃气爆炸了，我们小区有没有排查', 'elsewhere'],
    ['小区门口烧烤摊的烟好大，熏得没法开窗', 'explained'],
  ])('given "%s", it is no emergency (%s)', (text, kind) => {
    const r = detectEmergency(text)
    expect(r.emergency).toBe(false)
    expect(r.negatedOrPast.map((d) => d.kind)).toContain(kind)
  })

  it.each(['热水器打不着火，是不是燃气没交费', '电梯里的广告屏声音太吵了，能不能调小一点', '请问电梯每个月什么时候维保？'])(
    'given the near miss "%s", it finds nothing at all',
    (text) => {
      const r = detectEmergency(text)
      expect(r).toMatchObject({ emergency: false, matched: [], negatedOrPast: [], reason: '未发现紧急情况的描述' })
    },
  )

  it('given a blocked exit and a feared fire in one text, it flags the exit and sets the fire aside as hypothetical', () => {
    const r = detectEmergency('安全出口的门被链条锁锁上了，万一着火根本跑不出去')
    expect(r.matched.map((m) => m.rule.id)).toEqual(['fire_lane_blocked'])
    expect(r.negatedOrPast).toEqual([
      expect.objectContaining({ rule: expect.objectContaining({ id: 'fire_smoke' }), kind: 'hypothetical' }),
    ])
  })

  it('given two triggers, it names both rules and both hints', () => {
    const r = detectEmergency('电梯里有人晕倒了，门关着打不开')
    expect(r.matched.map((m) => m.rule.id).sort()).toEqual(['elevator_trapped', 'injury'])
    expect(r.hints.map((h) => h.key).sort()).toEqual(['elevator_rescue', 'medical'])
  })

  it('given only "困住了，出不来" and the place "8栋2单元电梯", it reads the place as part of the text', () => {
    expect(detectEmergency('困住了，出不来，门也按不开，快来人').emergency).toBe(false)
    expect(detectEmergency('困住了，出不来，门也按不开，快来人', { location: '8栋2单元电梯' }).emergency).toBe(true)
  })

  it('given typos and traditional characters, it still finds the words and quotes them as typed', () => {
    const r = detectEmergency('聞到好大一股煤汽味儿，我不敢開燈')
    expect(r.emergency).toBe(true)
    expect(r.matched[0].words[0]).toBe('煤汽味')
  })

  it('given empty or missing text, it returns no emergency instead of throwing', () => {
    expect(detectEmergency('').emergency).toBe(false)
    expect(detectEmergency(undefined as unknown as string).emergency).toBe(false)
  })
})

describe('H1-E emergency rules in settings', () => {
  const custom = {
    id: 'water_outage',
    name: '整栋停水',
    terms: ['(整栋|全楼|整个小区)*停水'],
    hint: 'call_help',
    categories: ['engineering'],
  }

  it('given a rule the manager added, it fires on its terms and only for its categories', () => {
    const settings = emergencySettingsSchema.parse({ custom: [custom] })
    const rules = effectiveRules(settings)
    expect(detectEmergency('整栋楼停水一天了，老人没水喝', { category: 'engineering' }, rules).matched[0].rule).toEqual({
      id: 'water_outage',
      name: '整栋停水',
      hint: 'call_help',
    })
    expect(detectEmergency('整栋楼停水一天了', { category: 'cleaning' }, rules).emergency).toBe(false)
    expect(detectEmergency('整栋楼停水一天了', { category: 'engineering' }).emergency).toBe(false)
  })

  it('given a built-in rule turned off, it no longer fires, and the others still do', () => {
    const rules = effectiveRules(emergencySettingsSchema.parse({ disabled: ['fire_lane_blocked'] }))
    expect(detectEmergency('消防通道被一排电动车堵死了', {}, rules).emergency).toBe(false)
    expect(detectEmergency('楼道配电箱在冒烟', {}, rules).emergency).toBe(true)
    expect(rules).toHaveLength(DEFAULT_EMERGENCY_RULES.length - 1)
  })

  it('given extra terms for a built-in rule, it fires on them under that rule', () => {
    const rules = effectiveRules(emergencySettingsSchema.parse({ addedTerms: { gas_leak: ['沼气*味'] } }))
    expect(detectEmergency('化粪池那边沼气的味道特别冲', {}, rules).matched[0].rule.id).toBe('gas_leak')
  })

  it.each([
    [{ custom: [{ ...custom, terms: ['(停水'] }] }, '括号不成对'],
    [{ custom: [{ ...custom, terms: ['*停水'] }] }, '不能以 * 开头或结尾'],
    [{ custom: [{ ...custom, terms: ['a*b*c*d*e'] }] }, '最多含 3 个 *'],
    [{ custom: [{ ...custom, terms: ['(停水)'] }] }, '两个以上词语'],
    [{ custom: [{ ...custom, id: 'gas_leak' }] }, '已被使用'],
    [{ custom: [{ ...custom, hint: 'pray' }] }, ''],
    [{ disabled: ['no_such_rule'] }, '没有编号为 no_such_rule 的内置规则'],
  ])('given invalid settings %j, it rejects them with a Chinese message', (input, message) => {
    const r = emergencySettingsSchema.safeParse(input)
    expect(r.success).toBe(false)
    if (message) expect(r.error!.issues.map((i) => i.message).join(' ')).toContain(message)
  })

  it('given every built-in rule, it validates against the schema a manager rule must pass', () => {
    for (const rule of DEFAULT_EMERGENCY_RULES)
      expect(() => emergencySettingsSchema.parse({ custom: [{ ...rule, id: `copy_${rule.id}` }] })).not.toThrow()
  })
})

describe('rules v4 (issue 14, blind round 4)', () => {
  it('given a lift dropping floors, a gas alarm sounding, or a person pinned under a door, it fires', () => {
    expect(detectEmergency('电梯从十楼一下子掉到六楼，门打不开', { location: '2栋电梯' }).matched[0].rule.id).toBe('elevator_trapped')
    expect(detectEmergency('楼下那户的燃气报警器一直在叫，敲门没人开').matched[0].rule.id).toBe('gas_leak')
    expect(detectEmergency('车库卷帘门落下来把一个人压住了').matched[0].rule.id).toBe('injury')
  })

  it('given hearsay between the place and the words ("电梯：听说隔壁小区有人被困"), it is set aside as elsewhere', () => {
    const r = detectEmergency('听说隔壁小区有人被困电梯，我们小区的电梯多久检查一次', { location: '3栋电梯' })
    expect(r.emergency).toBe(false)
    expect(r.negatedOrPast[0]).toMatchObject({ kind: 'elsewhere', cue: '听说' })
  })
})
