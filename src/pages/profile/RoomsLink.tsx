import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'

/** Issue 16: the way to 我的房屋 — bind a room of the roster and see whether it is verified. */
export default function RoomsLink() {
  return (
    <View className='card rooms-link'>
      <View className='card__title'>我的房屋</View>
      <View className='hint'>绑定您的房屋：手机号与物业登记的业主手机号一致即自动核验，否则由客服中心核验。投诉时会带上已核验的房屋。</View>
      <Button className='rooms-link__open' fill='outline' type='primary' onClick={() => Taro.navigateTo({ url: '/pages/rooms/index' })}>
        查看与绑定房屋
      </Button>
    </View>
  )
}
