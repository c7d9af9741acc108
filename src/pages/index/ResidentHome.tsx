import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Edit, Order, Message, ArrowRight } from '@nutui/icons-react-taro'
import { Badge } from '@nutui/nutui-react-taro'
import ComplaintCard from '@/components/ComplaintCard'
import { listComplaints } from '@/services/complaint'
import { useLoad } from '@/hooks/useLoad'
import { OPEN_STATUSES, RATING_STATUSES } from '@/utils/status'

const go = (url: string) => () => Taro.navigateTo({ url })

const FLOW = ['提交投诉', '受理', '派单处理', '反馈结果', '评价']

/** The procedure in five steps, and when to switch on 紧急投诉. */
function FlowCard() {
  return (
    <View className='card'>
      <View className='card__title'>处理流程</View>
      <View className='home__flow'>
        {FLOW.map((s, i) => (
          <View key={s} className='home__flow-step'>
            <View className='home__flow-no'>{i + 1}</View>
            <Text className='home__flow-text'>{s}</Text>
          </View>
        ))}
      </View>
      <View className='hint'>涉及人身安全或重大设施设备故障时，请在提交时打开“紧急投诉”，我们会立即通知相关部门处置。</View>
    </View>
  )
}

/** The resident's home: file a complaint, follow their complaints, read messages. */
export default function ResidentHome({ unread }: { unread: number }) {
  const { data } = useLoad(() => listComplaints({ scope: 'mine', pageSize: 50 }), [], { refreshOnShow: true })
  const items = data?.items ?? []
  const open = items.filter((i) => OPEN_STATUSES.includes(i.status)).length
  const toRate = items.filter((i) => RATING_STATUSES.includes(i.status)).length
  const mineText = data
    ? [open && `${open} 件处理中`, toRate && `${toRate} 件待评价`].filter(Boolean).join(' · ') || '查看进度与结果'
    : '查看进度与结果'

  return (
    <View className='resident-home'>
      <View className='home__primary entry-submit' onClick={go('/pages/submit/index')}>
        <View className='home__primary-icon'>
          <Edit size={26} color='#fff' />
        </View>
        <View className='home__primary-text'>
          <View className='home__primary-title'>我要投诉</View>
          <View className='home__primary-desc'>环境卫生、秩序、维修、停车等物业服务问题</View>
        </View>
        <ArrowRight size={16} color='#fff' />
      </View>

      <View className='home__entries'>
        <View className='home__entry entry-mine' onClick={go('/pages/mine/index')}>
          <View className='home__entry-icon tone-blue'>
            <Order size={22} />
          </View>
          <View className='home__entry-title'>我的投诉</View>
          <View className='home__entry-desc'>{mineText}</View>
        </View>
        <View className='home__entry entry-messages' onClick={go('/pages/messages/index')}>
          <View className='home__entry-icon tone-green'>
            <Badge value={unread || undefined} max={99}>
              <Message size={22} />
            </Badge>
          </View>
          <View className='home__entry-title'>消息通知</View>
          <View className='home__entry-desc'>{unread ? `${unread} 条未读` : '受理、进度与结果通知'}</View>
        </View>
      </View>

      {toRate > 0 && (
        <View className='notice notice--warning' onClick={go('/pages/mine/index?tab=rate')}>
          您有 {toRate} 件投诉已处理完毕，请对处理结果进行评价。
        </View>
      )}

      <View className='card home__public entry-public-report' onClick={go('/pages/public-report/index')}>
        <View className='row row--between'>
          <Text>服务公示</Text>
          <Text className='muted'>每月投诉处理情况 ›</Text>
        </View>
      </View>

      <FlowCard />

      {items.length > 0 && (
        <View className='home__recent'>
          <View className='home__section-title row row--between'>
            <Text>最近投诉</Text>
            <Text className='home__more' onClick={go('/pages/mine/index')}>
              查看全部
            </Text>
          </View>
          {items.slice(0, 3).map((i) => (
            <ComplaintCard key={i.id} item={i} />
          ))}
        </View>
      )}
    </View>
  )
}
