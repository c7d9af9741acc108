import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useDataRights } from './useDataRights'

const go = (url: string) => () => Taro.navigateTo({ url })

/** "我的数据与隐私": see and export one's data, the privacy guide, withdraw notification consent, delete the account. */
export default function PrivacyCard() {
  const r = useDataRights()
  return (
    <View className='card privacy-card'>
      <View className='card__title'>我的数据与隐私</View>
      <View className='privacy-card__links'>
        <View className='privacy-card__link privacy-my-data' onClick={go('/pages/mydata/index')}>
          查看和导出我的数据
        </View>
        <View className='privacy-card__link privacy-notice' onClick={go('/pages/privacy/index')}>
          隐私保护指引
        </View>
      </View>
      <View className='privacy-card__actions'>
        <Button className='withdraw-consents' size='small' loading={r.busy === 'consents'} disabled={!!r.busy} onClick={r.withdraw}>
          撤回通知授权
        </Button>
        <Button
          className='delete-account'
          size='small'
          type='danger'
          fill='outline'
          loading={r.busy === 'delete'}
          disabled={!!r.busy}
          onClick={r.remove}
        >
          注销账号
        </Button>
      </View>
    </View>
  )
}
