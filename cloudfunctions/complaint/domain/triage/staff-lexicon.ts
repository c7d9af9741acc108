/**
 * The words behind the about-staff suggestion (issue 18, H2-S): the staff roles residents name,
 * with the service category each works in, and the conduct words that make a complaint one about a
 * staff member. Terms use the pattern language of `terms.ts`. Data, no logic.
 */
import type { Category } from '@shared/vocabulary'

/** Staff roles residents name (H2-S): Chinese label, the service category they work in, the words for them. */
export const STAFF_ROLES = {
  security_guard: {
    label: '保安',
    category: 'security',
    terms: ['保安', '门岗', '门卫', '巡逻员', '秩序维护员', '安保', '(巡逻|站岗|看门|守门)的'],
  },
  cleaner: {
    label: '保洁',
    category: 'cleaning',
    terms: [
      '保洁',
      '清洁工',
      '打扫卫生的',
      '扫地的',
      '保洁员',
      '(扫地|打扫|拖地|保洁)*(阿姨|大姐|大妈|大爷)',
      '(阿姨|大姐|大妈)*(扫地|打扫|拖地)',
    ],
  },
  customer_service: {
    label: '客服',
    category: 'customer_service',
    terms: ['客服', '前台', '管家', '接电话的', '服务中心*(女的|男的|小姑娘|工作人员|那个人|的人)'],
  },
  technician: {
    label: '维修工',
    category: 'engineering',
    terms: ['维修工', '维修师傅', '维修人员', '修理工', '电工', '水电工', '工程部的', '师傅', '修(电梯|水管|马桶|空调|门禁)的', '来修的'],
  },
  gardener: { label: '绿化工', category: 'landscaping', terms: ['绿化工', '园丁', '绿化工人', '花工', '剪草的', '修树的'] },
  parking_attendant: {
    label: '车管员',
    category: 'parking',
    terms: ['车管员', '停车场管理员', '停车管理员', '收费员', '车场管理员', '收费的', '(看车的|看车库的|看车场的)', '管停车的'],
  },
  manager: { label: '管理人员', category: 'customer_service', terms: ['物业经理', '经理', '主管', '物业领导', '项目负责人'] },
} as const satisfies Record<string, { label: string; category: Category; terms: readonly string[] }>
export type StaffRoleKind = keyof typeof STAFF_ROLES

/** Words that name someone other than staff ("快递师傅"): a role term inside them does not count. */
export const NOT_STAFF = ['快递师傅', '外卖师傅', '司机师傅', '装修师傅', '搬家师傅', '开锁师傅', '老师傅们']

/** Conduct of a person (H2-S): abuse, force, attitude, bribes, misconduct on duty. */
export const CONDUCT_TERMS = [
  '骂',
  '辱骂',
  '爆粗口',
  '说脏话',
  '推搡',
  '推了我',
  '推我',
  '推了*一把',
  '动手',
  '打人',
  '打了我',
  '打我',
  '态度(恶劣|很差|差|极差|不好|很凶|蛮横|冷淡)',
  '很凶',
  '大吼大叫',
  '吼我',
  '吼',
  '凶我',
  '甩脸色',
  '不耐烦',
  '(爱答不理|爱理不理|不理人|不理睬|半天不理)',
  '收了*红包',
  '(收红包|红包)',
  '收了*钱',
  '收钱',
  '(索要|好处费|回扣|吃拿卡要|私自收费|私收)',
  '(偷拿|顺走)',
  '(上班|值班|在岗|岗亭里|边)*(睡觉|玩手机|喝酒)',
  '(喝酒|酒后)',
  '(威胁|刁难|嘲笑|讥讽|挖苦|歧视|骚扰|偷拍|调戏|耍横|冷嘲热讽|摔门)',
  '态度*(恶劣|很差|极差|蛮横|很横|特别横|很凶)',
  '(翻白眼|阴阳怪气|推倒|敷衍|嫌活小|甩下一句|挂了电话|电话挂了|把电话挂)',
  '(顺手|偷偷|私自)*(拿走|拿了|顺走)',
  '(多收|乱收)',
  '刁民',
  '有本事你去告',
]

/** Someone other than staff doing the deed between a role and the conduct ("保安不管，有人在喝酒"). */
export const OTHER_ACTORS = ['有人', '邻居', '业主', '住户', '外卖员', '快递员', '别人', '他老婆', '她老公', '醉汉', '小孩', '陌生人']

/** Pronouns that carry a role named earlier in the sentence to a later clause ("……他还骂人"). */
export const PRONOUNS = ['他', '她', '对方', '这个人', '那人']
