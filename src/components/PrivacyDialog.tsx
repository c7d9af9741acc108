import { View, Text, Button } from '@tarojs/components'
import { agreeButtonProps, openPrivacyContract } from '@/platform/privacy'
import { answerPrivacyDialog, usePrivacyDialog } from '@/store/privacy'
import './PrivacyDialog.scss'

/**
 * Our privacy dialog (issue 15), drawn by every page while it is open: what is collected and why,
 * the full guide (openPrivacyContract), and 同意 — on WeChat a button with
 * `open-type="agreePrivacyAuthorization"`, whose id WeChat checks — or 拒绝, after which the app
 * stays usable without photos and voice.
 */
export default function PrivacyDialog() {
  const { open } = usePrivacyDialog()
  if (!open) return null
  return (
    <View className='privacy-dialog'>
      <View className='privacy-dialog__mask' />
      <View className='privacy-dialog__box'>
        <View className='privacy-dialog__title'>用户隐私保护提示</View>
        <View className='privacy-dialog__text'>
          选择照片、拍照或录音前，请您阅读并同意
          <Text className='privacy-dialog__contract' onClick={openPrivacyContract}>
            《用户隐私保护指引》
          </Text>
          。我们只为处理您的投诉收集您的姓名、房号、电话、投诉内容、照片和微信标识，不会用于其他目的；您可以随时查看、导出、更正或删除。
        </View>
        <View className='privacy-dialog__hint'>不同意也可以继续使用文字投诉，只是无法上传照片或录音。</View>
        <View className='privacy-dialog__actions'>
          <Button className='privacy-dialog__button privacy-refuse' onClick={() => answerPrivacyDialog(false)}>
            拒绝
          </Button>
          <Button className='privacy-dialog__button privacy-agree' {...agreeButtonProps(() => answerPrivacyDialog(true))}>
            同意
          </Button>
        </View>
      </View>
    </View>
  )
}
