/**
 * The words behind the category suggestion for customer service (issue 18): what each service
 * category (G2) is about, and the place words that name no service. Staff roles and conduct words
 * are in `staff-lexicon.ts`. Terms use the pattern language of `terms.ts`. Data, no logic.
 */
import type { Category } from '@shared/vocabulary'

/** A tier of terms written as one line, separated by spaces (terms have none). */
const words = (line: string) => line.split(' ')

/**
 * Words that name a place, not a service ("电梯口有一摊污水" is about cleaning, not the lift): a
 * category word inside one of them does not count. The place itself counts through its facility kind.
 */
export const PLACE_WORDS = ['单元门口', '电梯(间|口|厅|门口|旁边)', '(出|进|下|坐)电梯', '电梯里', '消防通道']

/** Category words by weight: 3 names the service outright, 2 is typical of it, 1 leans to it. */
export const CATEGORY_TERMS: Record<Category, Record<1 | 2 | 3, string[]>> = {
  cleaning: {
    3: words('保洁 打扫 清扫 清洁 卫生 垃圾桶 垃圾房 垃圾分类 厨余 清运 消杀 灭鼠 蟑螂 老鼠 没人擦 清理 粪便 死老鼠 垃圾车 外卖盒'),
    2: words('垃圾 拖地 狗屎 小广告 污渍 积灰 烟头 苍蝇 蚊子 发臭 臭 脏 吐了 泥水 灰 黏 洒了 污水 馊 手印 油污 黑乎乎 塑料袋 擦'),
    1: words('没人清 没人扫 运走 扫'),
  },
  landscaping: {
    3: words(
      '绿化 草坪 修剪 灌木 园丁 绿化工 补种 浇水 浇花 打药 除虫 割草 爬山虎 树木 香樟 银杏 杂草 喷头 草屑 蚜虫 修枝 砍树 喷药 绿化带',
    ),
    2: words('树枝 大树 树 草 花都 枯 竹子 毛毛虫 虫子 农药 种菜 桂花 落叶 小虫 树叶 藤 月季 果子 死了一半'),
    1: words('花 挡光 潮湿'),
  },
  security: {
    3: words(
      '保安 门岗 巡逻 安保 监控 被偷 小偷 失窃 门卫 岗亭 偷 电瓶 高空抛物 往下(倒|扔|泼) (发|塞)传单 摄像头 喧哗 不牵绳 盘问 推销 乱停乱放',
    ),
    2: words(
      '陌生人 外来人员 外卖 快递被 遛狗 牵绳 大狗 宠物 装修 砸墙 噪音 扰民 唱歌 广场舞 群租 鸽子 充电 堆满 喝酒 打架 邻居 吵 敲门 电钻 周末施工 闹到 猫 狗',
    ),
    1: words('门禁卡 随便进 晚上 半夜 横冲直撞 过不去 家具 纸箱 进进出出'),
  },
  engineering: {
    3: words(
      '维修 报修 漏水 渗水 水管 管道 电梯 路灯 声控灯 门禁 对讲 闭门器 防水 水压 消防栓 水泵 排水 下水道 停水 停电 维修工 维修师傅 下水 疏通 水龙头 黄水 墙皮 脱落 雨棚 门锁 锁坏 感应灯 热水器 冒水 天花板 单元门',
    ),
    2: words('坏了 坏 不亮 灯 外墙 发霉 空调 漏 堵了 故障 刷卡 门铃 修 积水 噪音很大 嗡嗡 松了 哐哐 夹到 感应 裂缝'),
    1: words('没水 热水 不制冷 关不上 没反应'),
  },
  parking: {
    3: words(
      '车位 停车 道闸 车牌 月卡 车管员 停车场 车库 地库 僵尸车 车棚 电动车棚 停车费 充电桩 抬杆 新能源车 燃油车 临时停车 月租车位 访客车辆 斜着停 外地牌照',
    ),
    2: words('占车位 划车 划了 挪车 外来车辆 开闸 打滑 停满车 停在 车门 停到 坡道 轮胎 挪'),
    1: words('车 电动车 出入 人行道'),
  },
  customer_service: {
    3: words(
      '客服 前台 管家 物业电话 物业费 发票 收费明细 账目 公示 服务中心 回电话 装修手续 缴费 交物业费 维修基金 收据 押金 回音 没人联系 没人回 处理中 收费依据 物业群 微信群',
    ),
    2: words(
      '没人接 回复 没消息 通知 处理这个人 态度 办事 手续 投诉的问题 反映的问题 没结果 支付 小程序 关门 红包 敷衍 派人来 挂了电话 答应 多扣',
    ),
    1: words('物业 催了 跑好几趟 没人管 没人来处理'),
  },
  other: {
    3: words(
      '快递柜 会所 健身房 游泳池 泳池 班车 活动室 活动中心 直饮水 信报箱 图书角 食堂 洗衣机 洗衣房 快递驿站 驿站 乒乓球 跑步机 健身区 滑梯 滑滑梯 游乐 业主食堂',
    ),
    2: words('器械 年费 滤芯 遥控器 饭菜 老年 快递员 取件 包裹 菜价 遮阳棚'),
    1: words('开放 怪味 浑浊'),
  },
}
