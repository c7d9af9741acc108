import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useAlertBanner } from '@/hooks/useAlertBanner'
import './EmergencyBanner.scss'

/**
 * Issue 14, "never silent": on every page of the manager and customer service, the emergencies
 * nobody has acknowledged (接警) yet, in red; when no channel without per-message consent is
 * configured at all, it says so and where to configure one.
 */
export default function EmergencyBanner() {
  const status = useAlertBanner()
  if (!status?.open.length) return null
  const now = Date.now()
  return (
    <View className='emergency-banner'>
      <View className='emergency-banner__title'>紧急投诉无人接警（{status.open.length}）</View>
      {status.silent && (
        <View className='emergency-banner__silent'>
          未配置任何即时告警渠道：值班人员只能在小程序内看到。请管理处经理在“系统设置 →
          通知”中开启企业微信应用消息或短信，或配置部门群机器人。
        </View>
      )}
      {status.open.slice(0, 3).map((o) => (
        <View key={o.id} className='emergency-banner__item' onClick={() => Taro.navigateTo({ url: `/pages/detail/index?id=${o.id}` })}>
          <Text>
            {o.no} · {o.categoryLabel} · {o.location}
          </Text>
          <Text className='emergency-banner__meta'>
            {Math.max(0, Math.floor((now - o.raisedAt) / 60_000))} 分钟 · 已通知{o.stepLabel} ›
          </Text>
        </View>
      ))}
    </View>
  )
}
