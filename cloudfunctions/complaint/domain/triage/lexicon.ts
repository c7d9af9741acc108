/**
 * The words behind the suggestions for customer service (issue 18): what each service category
 * (G2) is about, the staff roles residents name, and the conduct words that make a complaint one
 * about a staff member (H2-S). Terms use the pattern language of `terms.ts`. Data, no logic.
 */
import type { Category } from '@shared/vocabulary'

/** Category words by weight: 3 names the service outright, 2 is typical of it, 1 leans to it. */
export const CATEGORY_TERMS: Record<Category, Record<1 | 2 | 3, string[]>> = {
  cleaning: {
    3: ['保洁', '打扫', '清扫', '清洁', '卫生', '垃圾桶', '垃圾房', '垃圾分类', '厨余', '清运', '消杀', '灭鼠', '蟑螂', '老鼠'],
    2: ['垃圾', '拖地', '狗屎', '粪便', '小广告', '污渍', '积灰', '烟头', '苍蝇', '蚊子', '发臭', '臭', '脏', '吐了', '泥水', '灰'],
    1: ['没人清', '没人扫', '运走', '扫'],
  },
  landscaping: {
    3: ['绿化', '草坪', '修剪', '灌木', '园丁', '绿化工', '补种', '浇水', '浇花', '打药', '除虫', '割草'],
    2: ['树枝', '大树', '树', '草', '花都', '枯', '竹子', '毛毛虫', '虫子', '农药', '种菜', '桂花', '落叶'],
    1: ['花', '挡光', '潮湿'],
  },
  security: {
    3: ['保安', '门岗', '巡逻', '安保', '监控', '被偷', '小偷', '失窃', '门卫', '岗亭'],
    2: ['陌生人', '外来人员', '推销', '外卖', '快递被', '遛狗', '牵绳', '大狗', '宠物', '装修', '砸墙', '噪音', '扰民', '唱歌', '广场舞', '群租', '鸽子', '充电', '堆满', '喝酒', '打架', '邻居', '吵'],
    1: ['门禁卡', '随便进', '晚上', '半夜', '横冲直撞', '过不去', '家具', '纸箱', '进进出出'],
  },
  engineering: {
    3: ['维修', '报修', '漏水', '渗水', '水管', '管道', '电梯', '路灯', '声控灯', '门禁', '对讲', '闭门器', '防水', '水压', '消防栓', '水泵', '排水', '下水道', '停水', '停电', '维修工', '维修师傅'],
    2: ['坏了', '坏', '不亮', '灯', '天花板', '外墙', '发霉', '空调', '漏', '堵了', '故障', '刷卡', '门铃', '修', '积水', '噪音很大', '嗡嗡'],
    1: ['没水', '热水', '不制冷', '关不上', '没反应'],
  },
  parking: {
    3: ['车位', '停车', '道闸', '车牌', '月卡', '车管员', '停车场', '车库', '地库', '僵尸车', '车棚', '电动车棚', '停车费'],
    2: ['占车位', '划车', '划了', '挪车', '外来车辆', '开闸', '坡道', '打滑', '停满车', '停在', '车门', '停到'],
    1: ['车', '电动车', '出入', '人行道'],
  },
  customer_service: {
    3: ['客服', '前台', '管家', '物业电话', '物业费', '发票', '收费明细', '账目', '公示', '服务中心', '回电话', '装修手续', '缴费', '交物业费'],
    2: ['没人接', '回复', '没消息', '通知', '处理这个人', '态度', '办事', '手续', '投诉的问题', '反映的问题', '没结果', '支付', '小程序', '关门', '红包'],
    1: ['物业', '催了', '跑好几趟', '没人管', '没人来处理'],
  },
  other: {
    3: ['快递柜', '会所', '健身房', '游泳池', '泳池', '班车', '活动室', '活动中心', '直饮水', '信报箱', '图书角', '食堂', '洗衣机', '洗衣房'],
    2: ['器械', '年费', '滤芯', '遥控器', '饭菜', '老年', '快递员'],
    1: ['开放', '怪味', '浑浊'],
  },
}

/** Staff roles residents name (H2-S), with their Chinese label and the words for them. */
export const STAFF_ROLES = {
  security_guard: { label: '保安', terms: ['保安', '门岗', '门卫', '巡逻员', '秩序维护员', '安保'] },
  cleaner: { label: '保洁', terms: ['保洁', '清洁工', '打扫卫生的', '扫地的', '保洁员'] },
  customer_service: { label: '客服', terms: ['客服', '前台', '管家', '接电话的'] },
  technician: { label: '维修工', terms: ['维修工', '维修师傅', '维修人员', '修理工', '电工', '水电工', '工程部的人', '师傅'] },
  gardener: { label: '绿化工', terms: ['绿化工', '园丁', '绿化工人', '花工'] },
  parking_attendant: { label: '车管员', terms: ['车管员', '停车场管理员', '停车管理员', '收费员', '车场管理员'] },
  manager: { label: '管理人员', terms: ['物业经理', '经理', '主管', '物业领导', '项目负责人'] },
} as const
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
  '刁民',
  '有本事你去告',
]

/** Someone other than staff doing the deed between a role and the conduct ("保安不管，有人在喝酒"). */
export const OTHER_ACTORS = ['有人', '邻居', '业主', '住户', '外卖员', '快递员', '别人', '他老婆', '她老公', '醉汉', '小孩', '陌生人']

/** Pronouns that carry a role named earlier in the sentence to a later clause ("……他还骂人"). */
export const PRONOUNS = ['他', '她', '对方', '这个人', '那人']
