/**
 * Emergency rules as data (issue 14, H1-E: personal safety and major facility failures). The
 * built-in list below is the default; a manager adds terms to a built-in rule, turns one off or
 * adds rules of the same shape in settings (`emergencySettingsSchema`). Terms use the pattern
 * language of `terms.ts`. Each rule names what the resident should do now (`hint`).
 */
import * as z from 'zod/mini'
import { CATEGORIES, type Category } from '@shared/vocabulary'
import { termProblem } from './terms'
import { EMERGENCY_HINTS, type HintKey } from './hints'

export { EMERGENCY_HINTS, type HintKey } from './hints'

const HINT_KEYS = Object.keys(EMERGENCY_HINTS) as [HintKey, ...HintKey[]]
const CATEGORY_KEYS = Object.keys(CATEGORIES) as [Category, ...Category[]]

const termField = z.string().check(
  z.superRefine((t, ctx) => {
    const problem = termProblem(t)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }),
)

/** A rule's stable identifier — a format, so the content check (domain/free-text.ts) never takes it for text. */
const ruleId = z.string().check(z.regex(/^[a-z][a-z0-9_]{1,39}$/, '规则编号只能用小写字母、数字和下划线（2–40 个字符）'))

/** One emergency rule, built in or added by the manager. */
export const emergencyRuleSchema = z.strictObject({
  /** Stable identifier: lower-case letters, digits and `_`. */
  id: ruleId,
  /** Chinese name staff see on the alert (电梯困人). */
  name: z.string().check(z.trim(), z.minLength(1, '请填写规则名称'), z.maxLength(20, '规则名称最多 20 个字')),
  /** Any one of these found, and not negated, past, resolved or hypothetical, raises the emergency. */
  terms: z.array(termField).check(z.minLength(1, '至少填写一个触发词'), z.maxLength(80, '触发词最多 80 个')),
  /** Phrases that contain a trigger but are no emergency ("打不着火" for 着火). */
  exclude: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))).check(z.maxLength(40)), []),
  /** Words in the same sentence that explain a mention away ("烧烤" for 烟): that mention does not count. */
  unless: z._default(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))).check(z.maxLength(40)), []),
  /** What the resident should do now. */
  hint: z.enum(HINT_KEYS),
  /** Only complaints of these categories; empty or absent: all. */
  categories: z.optional(z.array(z.enum(CATEGORY_KEYS))),
  enabled: z._default(z.boolean(), true),
})
export type EmergencyRule = z.output<typeof emergencyRuleSchema>

/** The manager's changes to the built-in list, as kept in settings. */
export const emergencySettingsSchema = z
  .strictObject({
    /** Rules the manager added. */
    custom: z._default(z.array(emergencyRuleSchema).check(z.maxLength(50)), []),
    /** Built-in rules turned off, by id. */
    disabled: z._default(z.array(ruleId), []),
    /** Extra terms for built-in rules, by rule id. */
    addedTerms: z._default(z.record(z.string(), z.array(termField).check(z.maxLength(40))), {}),
  })
  .check(
    z.superRefine((s, ctx) => {
      const builtIn = new Set(DEFAULT_EMERGENCY_RULES.map((r) => r.id))
      const seen = new Set<string>()
      for (const r of s.custom) {
        if (builtIn.has(r.id) || seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `规则编号 ${r.id} 已被使用`, path: ['custom'] })
        seen.add(r.id)
      }
      for (const id of [...s.disabled, ...Object.keys(s.addedTerms)])
        if (!builtIn.has(id)) ctx.addIssue({ code: 'custom', message: `没有编号为 ${id} 的内置规则`, path: ['disabled'] })
    }),
  )
export type EmergencySettings = z.output<typeof emergencySettingsSchema>

const rule = (r: Omit<EmergencyRule, 'enabled' | 'exclude' | 'unless'> & { exclude?: string[]; unless?: string[] }): EmergencyRule => ({
  enabled: true,
  exclude: [],
  unless: [],
  ...r,
})

const LIFT = '(电梯|轿厢|𨋢)'
const PERSON = '(人|小孩|孩子|老人|宝宝|婴儿|孙子|孙女|学生)'
/** What a lift does when it fails with people inside. */
const LIFT_FAULT = '(停|卡|不动|坏|故障|不开|打不开|没开|开不了|没反应|下坠|往下冲|往下掉|急停|哐当)'
/** Words that put people inside the lift. */
const INSIDE = '(在里面|在里头|在里边|人在里|被关|被困|困在|关在|出不来|出不去)'
/** Someone named inside the lift ("我在电梯里", "电梯里有小孩", "里面有个老太太"). */
const IN_LIFT = '(在电梯里|在轿厢里|电梯里有|电梯里面有|里面有个|里面有人|里面还有)'
const TROUBLE = '(不动|卡|出不|求救|拍门|困|扒|黑了|喊|停住|停在半|坏|滑|掉|坠|不开|打不开)'

/** The built-in rules (H1-E). Ids are stable: settings and alerts refer to them. */
export const DEFAULT_EMERGENCY_RULES: readonly EmergencyRule[] = [
  rule({
    id: 'elevator_trapped',
    name: '电梯困人',
    hint: 'elevator_rescue',
    terms: [
      `${LIFT}(困人|困住|困了)`,
      `${LIFT}*困`,
      `困*${LIFT}`,
      `关在*${LIFT}`,
      `${LIFT}*关(到|住|着)*(人|我|里)`,
      `${LIFT}里*(出不来|出不去|下不来|打不开|开不了门)`,
      `${LIFT}*(出不来|出不去)`,
      `${LIFT}*卡在*(中间|半空|半截|两层|层间)`,
      `${LIFT}*卡(住|着)*(人|我)`,
      `${LIFT}*(下坠|坠落|溜梯|溜车|冲顶|蹲底|往下掉|急坠|自由落体)`,
      // A lift dropping floors with people in it ("一下子掉到六楼", "直接往下冲到负一楼").
      `${LIFT}*(往下冲|一下子掉)`,
      `${LIFT}*(掉到|冲到)*楼`,
      `${LIFT}*夹(住|到|着|了)*(人|手|脚|腿|胳膊|小孩|孩子|老人)`,
      `${LIFT}*门开着*(走|升|跑|动)`,
      `${LIFT}*${LIFT_FAULT}*${INSIDE}`,
      `${LIFT}*${INSIDE}*${LIFT_FAULT}`,
      `${IN_LIFT}*${TROUBLE}`,
      `${LIFT}*${TROUBLE}*${IN_LIFT}`,
    ],
    exclude: ['困难', '困扰', '困惑', '犯困'],
  }),
  rule({
    id: 'gas_leak',
    name: '燃气泄漏',
    hint: 'gas',
    terms: [
      '(燃气|煤气|天然气|液化气|瓦斯)*(泄漏|泄露|漏气|漏了|在漏|外泄|味|着了|起火|着火|爆炸|炸了)',
      '闻到*(燃气|煤气|天然气|液化气)',
      '(燃气|煤气|天然气|液化气)*(嗤嗤|嘶嘶|呲呲|滋滋|呛|刺鼻|冲鼻|熏人)',
      '(燃气|煤气|天然气|液化气)(灶|阀)*(开着|没关)',
      '臭鸡蛋味',
      '漏气*(声|味)',
      '(燃气|煤气|天然气)报警器*(响|叫|鸣|报警)',
    ],
    exclude: ['燃气费', '燃气公司', '燃气表读数'],
  }),
  rule({
    id: 'electrical',
    name: '漏电/电线冒烟',
    hint: 'power_off',
    terms: [
      '漏电',
      '触电',
      '电到人',
      '电人',
      '被电(了|得|到|一下)',
      '(麻手|手麻|电麻|带电|过电|麻麻的)',
      '(高压线|电线|电缆|线路)*(刮断|断了|搭在|掉下来|垂下来)',
      '(冒火花|打火花|火花四溅|冒火星)',
      '(电线|线头|电缆|插座|插头|电箱|配电箱|电表箱|电闸|开关|变压器|配电柜|充电桩|电门)*(冒烟|冒火|火花|火星|打火|烧焦|烧起来|着火|起火|滋滋|噼里啪啦|噼啪|烧黑)',
      '(电线|电缆)*(掉|垂|断)*(地上|地面|下来)',
      '(变压器|配电房|配电箱|配电柜|电箱)*(轰|爆|炸|冒烟|有烟|着火)',
    ],
    exclude: ['充电人', '用电人', '防触电', '防漏电', '漏电保护', '漏电开关'],
  }),
  rule({
    id: 'fire_smoke',
    name: '起火/烟雾',
    hint: 'fire',
    terms: [
      '起火',
      '着火',
      '失火',
      '火灾',
      '火警',
      '着起来',
      '烧起来',
      '火苗',
      '明火',
      '火光',
      '浓烟',
      '黑烟',
      '烟雾',
      '(冒烟|冒白烟|冒黑烟|冒浓烟|冒大烟|冒青烟)',
      '(都是|全是|满是|到处是|好大的|很浓的)烟',
      '(电池|电瓶|电动车|充电宝)*(炸了|爆炸|爆了)',
      '(车|房子|屋子|垃圾桶|电瓶|电池|沙发|窗帘)着了',
      '(烧着|冒火|往外冒火|大火|火势|火很大|火好大)',
      '火*(越来越大|冲天|窜)',
      '烟*(呛|看不见|弥漫|熏得|往外冒|冒出来)',
      '(好大的|很大的|浓浓的|滚滚)烟',
      '(叫|打|拨|报)*(119|消防车|火警)',
      '(看见|看到|能看见|一片)火',
      '(还有|有|好多|都是)烟',
    ],
    unless: ['烧烤', '炒菜', '做饭', '烟花', '鞭炮', '香烟', '抽烟', '烧纸', '油烟', '电焊'],
    exclude: ['打不着火', '点不着火', '打不着', '烟雾报警器', '烟味', '火灾报警器', '油烟', '抽烟', '吸烟', '烟头'],
  }),
  rule({
    id: 'water_burst',
    name: '水管爆裂/漏水淹',
    hint: 'water_valve',
    terms: [
      '(水管|管道|管子|消防管|暖气管|暖气片|暖气|水箱|水表|阀门|水龙头)*(爆|裂开|爆裂|喷水|喷出|溢水|往外喷)',
      '爆管',
      '(水漫|漫水|漫到|淹了|被淹|水淹|倒灌|往下灌|往里灌|灌进)',
      '(户|家|屋|车库|地库|地下室|电梯井|配电房)*进水',
      '积水*(一米|半米|膝盖|齐腰|没过)',
      '(水|热水|污水)*(往外喷|哗哗)',
      '(水管|主水管|管子|管道|自来水管)*(破了|断了|裂了|爆了)',
      '水*(止不住|停不下来|关不住|像河|像下雨|像瀑布|往外冒|冒出来)',
      '(泡在水里|泡水了|全泡|都泡)',
      '(粪水|污水|粪便|化粪池|黑水)*(冒|溢|流到|倒灌|漫|涌)',
      '(冒出|涌出|涌上来|一直在喷水|喷水|反水|往上涨|没过|淹到)',
    ],
    exclude: ['爆满', '防水', '淹没在', '进水管', '进水口', '进水阀', '喷水池', '冒出来一', '没过多久', '没过几天', '没过一会'],
  }),
  rule({
    id: 'fire_lane_blocked',
    name: '消防通道堵塞',
    hint: 'clear_exit',
    terms: [
      '(消防通道|消防车道|安全出口|疏散通道|安全通道|消防门|逃生通道)*(堵|占|锁|堆满|停满|封死|挡住|过不去|进不来)',
      '(堵|占用|锁住|堆满|停满|封死|挡住)*(消防通道|消防车道|安全出口|疏散通道|逃生通道)',
      '(消防通道|消防车道|安全出口|疏散通道|安全通道|消防门|逃生通道)*(停了|停着|缠|焊死|出不去)',
      '(消防车|救护车)*进不来',
      '(堆在|停在|放在|挡在|堵在)*(消防通道|消防车道|安全出口|疏散通道|逃生通道)',
      '(消防通道|消防车道|安全出口|疏散通道|逃生通道)*(挡死|堵死|推不开|打不开)',
    ],
  }),
  rule({
    id: 'injury',
    name: '有人受伤',
    hint: 'medical',
    terms: [
      '受伤',
      '受了伤',
      '流血',
      '出血',
      '骨折',
      '晕倒',
      '昏倒',
      '昏迷',
      '不省人事',
      '叫不醒',
      '抽搐',
      '摔*(起不来|爬不起来|不能动|动不了|晕|昏)',
      '(狗|犬)*咬(了|伤|到)',
      '(咬伤|砸伤|烫伤|摔伤|撞伤|割伤|划伤)',
      `(压住|压倒|砸到|砸中|撞倒)*${PERSON}`,
      `把*${PERSON}*(压住|压在|砸中|夹住)`,
      '被带倒',
      '(被车撞|被撞|撞了)*(躺|倒|起不来|流血|不动)',
      '(躺在地上|倒在地上|头破|站不起来|腿不能动|喘不过气|呼吸困难|没意识|没气了)',
      '摔了一跤*(不能动|动不了|起不来|站不起来)',
      '(叫|打|拨)*(120|救护车)',
      '(晕过去|昏过去|晕了|不醒|夹伤|摔断|骨头断)',
      '头*破了',
    ],
  }),
  rule({
    id: 'falling_object',
    name: '高空坠物',
    hint: 'keep_away',
    terms: [
      '(高空抛物|高空坠物|坠物)',
      '(往下|往楼下|从楼上|从窗户|从阳台)*(扔|抛|丢|掉)',
      '(瓷砖|外墙|墙砖|玻璃|花盆|广告牌|招牌|空调外机|窗户|窗框|吊顶|晾衣杆|灯罩)*(往下掉|掉下来|掉下|坠落|脱落|砸|塌|摇摇晃晃|摇摇欲坠)',
      '天花板*(塌|掉下来一块)',
      '(大树|树)*(倒|断)*(压|砸)',
      '(差点砸|砸在|砸到)',
      '(碎片|玻璃|碎玻璃|砖头|石块)*(往下落|往下掉|掉下来|落下来)',
      '(外机|空调外机|招牌|广告牌)*(吊在|晃|断了|掉)',
      '(推下来|扔下来|丢下来|砸下来|推下去)',
      '吊在半空',
      '(刮下来|吹下来|砸下来|整个掉)',
      '(悬着|悬在半空|摇摇欲坠)',
    ],
  }),
  rule({
    id: 'violence',
    name: '打架斗殴/持刀',
    hint: 'police',
    terms: [
      '打架',
      '斗殴',
      '打群架',
      '持刀',
      '拿刀',
      '拿着刀',
      '动刀',
      '砍人',
      '要砍',
      '行凶',
      '捅人',
      '(正在|在)打人',
      '(撬门|撬锁|入室)',
      '(砍刀|菜刀|刀|棍子|棒子|铁棍)*(追|砍|捅|挥)',
      '(追人|砸东西|耍酒疯|发酒疯)',
      '(打了|打伤|殴打)*(邻居|老人|孩子|保安|路人)',
      '(打|拨)110',
      '(打起来|打人|动手打)',
    ],
  }),
  rule({
    id: 'open_pit',
    name: '井盖缺失/地面塌陷',
    hint: 'keep_away',
    terms: [
      '(井盖|篦子|盖板)*(不见|没了|丢|缺|掀|翻|破|碎|塌|坏|掉|偷)',
      '(没有|没)井盖',
      '塌陷',
      '天坑',
      '(掉|摔)进*(坑|井|洞)',
      '塌*(洞|坑)',
    ],
  }),
  rule({
    id: 'person_trapped',
    name: '人员被困',
    hint: 'police',
    terms: [
      `${PERSON}*(反锁|锁在|困在|关在)*(车|屋|房|家|里)`,
      '(被困|困在)*(楼顶|天台|车库|车里|屋里|家里)',
      '(不应|不接|没反应|没人应|不开门)*反锁',
      '(独居|一个人住|老人)*(没出门|没露面|没见人|不应|没人应|没反应)',
      '(锁在|困在|关在)*(天台|楼顶|屋顶|车里|屋里|家里|地下室)',
      '反锁*(进不去|叫不应|不答应|没反应)',
      '(上不去|下不来)*(哭|喊|求救)',
    ],
    exclude: ['门外', '锁在外面'],
  }),
  rule({
    id: 'cry_for_help',
    name: '呼救',
    hint: 'call_help',
    terms: ['救命', '出人命', '要出人命', '快报警', '有危险'],
  }),
]
