import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { HAS_WECHAT_CONTRACT, openPrivacyContract, privacyAgreed, requirePrivacy } from '@/platform/privacy'
import { toast } from '@/utils/ui'

/** Whether the user agreed to the guide, and the dialog again for one who refused (or to re-read WeChat's copy). */
export default function ConsentCard() {
  const [agreed, setAgreed] = useState<boolean | null>(null)
  useEffect(() => {
    privacyAgreed().then(setAgreed)
  }, [])
  const reopen = async () => {
    if (agreed) return toast('您已同意隐私保护指引')
    const ok = await requirePrivacy()
    setAgreed(ok)
    toast(ok ? '已同意，现在可以上传照片' : '您未同意，仍可提交文字投诉')
  }
  return (
    <View className='card privacy-consent'>
      <View className='card__title'>同意情况</View>
      <View className={`privacy-consent__state ${agreed ? 'is-agreed' : 'is-pending'}`}>
        {agreed === null ? '…' : agreed ? '您已同意《用户隐私保护指引》' : '您尚未同意《用户隐私保护指引》，暂时无法上传照片'}
      </View>
      <View className='privacy-consent__actions'>
        {!agreed && (
          <Button className='privacy-reopen' type='primary' size='small' onClick={reopen}>
            查看并同意
          </Button>
        )}
        {HAS_WECHAT_CONTRACT && (
          <Button className='privacy-contract' size='small' onClick={openPrivacyContract}>
            微信中的完整指引
          </Button>
        )}
      </View>
    </View>
  )
}
