import { View } from '@tarojs/components'
import { Switch } from '@nutui/nutui-react-taro'
import { setElderly, useElderly } from '@/store/display'

/**
 * The 长辈模式 switch (issue 19): larger type, larger buttons, higher contrast and a simpler filing
 * form on every page, remembered on this phone (store/display).
 */
export default function ElderlyCard() {
  const on = useElderly()
  return (
    <View className='card elderly-card'>
      <View className='elderly-card__row'>
        <View className='elderly-card__text'>
          <View className='elderly-card__title'>长辈模式</View>
          <View className='hint'>字更大、按钮更大、颜色更清楚，投诉步骤更简单。</View>
        </View>
        <Switch className='elderly-switch' checked={on} onChange={(v) => setElderly(v)} ariaLabel='长辈模式' />
      </View>
    </View>
  )
}
