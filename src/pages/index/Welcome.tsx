import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'

const go = (url: string) => () => Taro.navigateTo({ url })

/**
 * A first-time WeChat user: choose the estate they live in (issue 16; a scanned estate code does it
 * for them) and complete the profile to complain, or bind as staff with an invite code.
 */
export default function Welcome() {
  return (
    <View className='card home__welcome'>
      <View className='card__title'>完善资料后即可在线投诉</View>
      <View className='hint'>请先选择您居住的小区，再填写姓名、房号和联系电话，方便我们核实情况、及时联系您。</View>
      <Button className='entry-estates' block onClick={go('/pages/estates/index')}>
        选择小区
      </Button>
      <Button className='entry-profile' type='primary' block onClick={go('/pages/profile/index')}>
        完善资料
      </Button>
      <View className='home__staff-link' onClick={go('/pages/profile/index?tab=staff')}>
        <Text>我是物业工作人员，使用邀请码绑定</Text>
      </View>
    </View>
  )
}
