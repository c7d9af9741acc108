import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { CAN_DICTATE } from '@/platform/recorder'
import { requirePrivacy } from '@/platform/privacy'
import { awaitDictation } from '@/store/dictation'
import { PRIVACY_REFUSED } from '@/store/privacy'
import { toast } from '@/utils/ui'
import './VoiceNotes.scss'

/** When the dictation page (its subpackage, its plugin) cannot be opened. */
export const DICTATION_UNAVAILABLE = '语音输入暂不可用，请直接输入文字'

/**
 * "说话输入" beside a description (issue 19): after privacy consent, opens the dictation page
 * (pkg-voice, where the 同声传译 plugin is declared) and hands the text kept there to `onText`.
 * Only in the mini-program; a subpackage that fails to download says so and typing goes on.
 */
export default function DictateButton({ onText, disabled }: { onText: (text: string) => void; disabled?: boolean }) {
  if (!CAN_DICTATE) return null
  const open = async () => {
    if (disabled) return
    if (!(await requirePrivacy())) return toast(PRIVACY_REFUSED)
    awaitDictation(onText)
    Taro.navigateTo({ url: '/pkg-voice/dictate/index', fail: () => toast(DICTATION_UNAVAILABLE) })
  }
  return (
    <View className='dictate-button' onClick={open}>
      说话输入文字
    </View>
  )
}
