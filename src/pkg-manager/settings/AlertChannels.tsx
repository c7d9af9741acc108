import { View, Text } from '@tarojs/components'
import { useLoad } from '@/hooks/useLoad'
import { getAlertStatus } from '@/services/alerts'

/**
 * Issue 14, "never silent": whether an emergency can reach a person now, channel by channel, and
 * what is missing — asked of the alert function as the page opens.
 */
export default function AlertChannels() {
  const { data, error } = useLoad(() => getAlertStatus(true), [])
  if (error) return <View className='card settings-card notice notice--warning'>无法读取告警渠道状态：{error}</View>
  if (!data) return null
  return (
    <View className={`card settings-card alert-channels ${data.silent ? 'alert-channels--silent' : ''}`}>
      <View className='card__title'>告警渠道状态</View>
      {data.silent && <View className='notice notice--danger alert-silent'>没有任何可用的即时告警渠道：紧急投诉只能在小程序内看到。</View>}
      {data.channels.map((c) => (
        <View key={c.key} className={`alert-channel alert-channel-${c.key}`}>
          <View className='row row--between'>
            <Text>{c.label}</Text>
            <Text className={c.on ? 'tone-green' : 'tone-red'}>{c.on ? '可用' : '不可用'}</Text>
          </View>
          {c.problems.map((p) => (
            <View key={p} className='hint'>
              {p}
            </View>
          ))}
        </View>
      ))}
      {data.problems.map((p) => (
        <View key={p} className='hint alert-problem'>
          {p}
        </View>
      ))}
    </View>
  )
}
