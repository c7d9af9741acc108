/**
 * The words behind a suggested refusal ground (A4): matters outside the office's duties and the
 * body that handles them (A4-R1), matters already before a court, arbitration or administrative
 * review (A4-R3), and texts with no facts (A4-R2). A4-R4 (repeat) is proposed by `repeat.ts`
 * from earlier complaints, and A4-R5 (false accusation) only after checking — never from text.
 */
import type { Category } from '@shared/vocabulary'

/** Bodies a resident can be referred to, with what staff tell the resident. */
export const REFERRAL_BODIES = {
  ecology: '生态环境部门（油烟、噪音、污染），可拨打 12345',
  urban_management: '城市管理综合执法部门（城管），可拨打 12345',
  mediation: '社区居委会或人民调解委员会（邻里、家庭纠纷）',
  police: '公安机关（派出所，紧急时拨打 110）',
  telecom: '通信运营商（宽带、电话、有线电视）',
  developer: '开发商或不动产登记中心（交房承诺、产权证）',
  transport: '交通运输部门或公交公司，可拨打 12345',
  market_regulation: '市场监督管理部门，可拨打 12315',
  utility: '供水、供电或燃气公司',
  court: '人民法院',
  education: '教育行政部门（学区、学校），可拨打 12345',
} as const
export type ReferralBody = keyof typeof REFERRAL_BODIES

/** One kind of matter outside the office's duties (A4-R1): its terms and where it belongs. */
export interface OutsideMatter {
  id: string
  /** Chinese description used in the reason ("商铺油烟和噪音"). */
  what: string
  /** Any one of these (not negated) suggests the ground. */
  terms: string[]
  bodies: ReferralBody[]
  /** The service category the complaint is filed under when it is recorded (G2). */
  category: Category
}

/** A4-R1 matters, most specific first. */
export const OUTSIDE_MATTERS: OutsideMatter[] = [
  {
    id: 'shop_fumes_noise',
    what: '商铺、餐馆的油烟和噪音',
    terms: ['(烧烤|饭店|餐馆|餐厅|大排档|小吃店|火锅店|夜宵|KTV|酒吧|商铺)*(油烟|噪音|吵|排烟|异味)'],
    bodies: ['ecology', 'urban_management'],
    category: 'other',
  },
  {
    id: 'education',
    what: '学区划分和入学',
    terms: ['(学区|入学|上学名额|划片)'],
    bodies: ['education'],
    category: 'other',
  },
  {
    id: 'street_vendors',
    what: '小区外的占道经营和流动摊贩',
    terms: ['(流动摊贩|占道经营|摆摊|摊贩|夜市|路边摊)'],
    bodies: ['urban_management'],
    category: 'security',
  },
  {
    id: 'outside_construction',
    what: '小区外工地的施工噪音',
    terms: ['(对面|外面|附近|隔壁|小区外)*(工地|施工|打桩)', '工地*(噪音|吵|打桩|半夜|凌晨)'],
    bodies: ['ecology', 'urban_management'],
    category: 'security',
  },
  {
    id: 'private_debt',
    what: '邻里之间的借款和私人财物纠纷',
    terms: ['(借|欠)*钱*(不还|没还)'],
    bodies: ['mediation'],
    category: 'other',
  },
  {
    id: 'private_dispute',
    what: '邻里之间的私人纠纷',
    terms: [
      '(闹矛盾|吵架|打架的事|纠纷)*(邻居|他家|她家|群里)',
      '(邻居|对门|楼上|楼下)*(闹矛盾|吵架|纠纷|欠我)',
      '(跟|和)(他|她|他们|邻居|对门)*(吵过|吵了|吵架|闹翻)',
    ],
    bodies: ['mediation'],
    category: 'security',
  },
  {
    id: 'domestic',
    what: '家庭纠纷和家庭暴力',
    terms: ['家暴', '(老公|丈夫|老婆|妻子|前夫)*(打我|动手|家暴)', '离婚'],
    bodies: ['police', 'mediation'],
    category: 'security',
  },
  {
    id: 'telecom',
    what: '宽带、电话和有线电视',
    terms: [
      '(宽带|网络|断网|信号|有线电视)*(电信|移动|联通|广电|运营商|断|推)',
      '(电信|移动|联通|广电)*(宽带|网络|断网|信号)',
      '(手机信号|没有信号|没信号|一点信号|基站)',
    ],
    bodies: ['telecom'],
    category: 'other',
  },
  {
    id: 'developer',
    what: '开发商的交房承诺和产权办理',
    terms: ['开发商', '房产证', '不动产证', '产权证', '交房时承诺'],
    bodies: ['developer'],
    category: 'other',
  },
  {
    id: 'public_transport',
    what: '小区外的公交和市政交通',
    terms: ['(公交站|公交车|公交线路|地铁站)', '红绿灯'],
    bodies: ['transport'],
    category: 'other',
  },
  {
    id: 'utility_billing',
    what: '供水、供电、燃气公司的收费和服务',
    terms: ['(自来水公司|供水公司|电力公司|供电局|供电公司|燃气公司|热力公司)'],
    bodies: ['utility', 'market_regulation'],
    category: 'other',
  },
]

/** Words before a mention that make it staff sending the resident elsewhere, not the matter ("让我自己去找开发商"). */
export const SENT_ELSEWHERE = /(?:让我|叫我|要我|推给|推到)[^，。！？,]*$/u

/** A4-R3: the matter is before a court, arbitration or administrative review. */
export const IN_PROCEEDINGS = [
  '(起诉|立案|开庭|仲裁|行政复议|打官司|诉讼|判决|上诉|裁决|传票)',
  '(法院|仲裁委|仲裁庭)*(立案|受理|判|裁决|开庭|审理)',
]
/** Words that make proceedings a threat or a plan, not a fact ("再不修好我就去法院告你们"). */
export const NOT_YET = /(?:再不|否则|不然|要不|就去|我就|会去|准备|打算|考虑|要去|将会|保留|咨询过?|可以)[^。！？]*$/u

/** Words that vent without a fact (A4-R2): a text made only of these says nothing to act on. */
export const VENT_WORDS = [
  '什么破物业',
  '简直不像话',
  '不像话',
  '简直',
  '有问题',
  '问题',
  '服务',
  '烦死了',
  '烦死',
  '烦',
  '破物业',
  '垃圾物业',
  '黑心物业',
  '物业',
  '你们',
  '我要',
  '投诉',
  '差评',
  '太差劲',
  '差劲',
  '太差',
  '太烂',
  '管不管事',
  '管不管',
  '不满意',
  '无语',
  '服了',
  '气死',
  '坑人',
  '骗子',
  '垃圾',
  '什么',
  '到底',
  '真是',
  '太',
  '了',
  '啊',
  '吗',
  '呢',
  '吧',
  '的',
  '我',
  '真',
]
