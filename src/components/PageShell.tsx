import { useState, type PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { Dialog, Toast } from '@nutui/nutui-react-taro'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { CONSENT_DIALOG_ID, DIALOG_ID, TOAST_ID, showReturnToast } from '@/utils/ui'
import { ELDERLY_CLASS, useElderly } from '@/store/display'
import EmergencyBanner from './EmergencyBanner'
import PrivacyDialog from './PrivacyDialog'

interface Props {
  className?: string
  /** Leaves room for a fixed bottom action bar. */
  withBar?: boolean
}

/**
 * Every page's root: background, the red banner of emergencies nobody acknowledged (issue 14), the
 * shared Toast and Dialogs that utils/ui opens, the privacy dialog (issue 15), and the elderly-mode
 * class the mode's CSS variables hang on (issue 19, elderly.scss).
 */
export default function PageShell({ className, withBar, children }: PropsWithChildren<Props>) {
  // Pages below the current one stay mounted: only the page on screen draws the privacy dialog.
  const [onScreen, setOnScreen] = useState(true)
  // After its Toast is back on screen (a tick), so the message shows on this page, not the one that left.
  useDidShow(() => {
    setOnScreen(true)
    setTimeout(showReturnToast, 50)
  })
  useDidHide(() => setOnScreen(false))
  const elderly = useElderly()
  return (
    <View className={`page ${withBar ? 'page--with-bar' : ''} ${elderly ? ELDERLY_CLASS : ''} ${className ?? ''}`}>
      <EmergencyBanner />
      {children}
      <Toast id={TOAST_ID} />
      <Dialog id={DIALOG_ID} />
      <Dialog id={CONSENT_DIALOG_ID} />
      {onScreen && <PrivacyDialog />}
    </View>
  )
}
