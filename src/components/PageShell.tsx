import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { Dialog, Toast } from '@nutui/nutui-react-taro'
import { CONSENT_DIALOG_ID, DIALOG_ID, TOAST_ID } from '@/utils/ui'

interface Props {
  className?: string
  /** Leaves room for a fixed bottom action bar. */
  withBar?: boolean
}

/** Every page's root: background, the shared Toast and Dialogs that utils/ui opens. */
export default function PageShell({ className, withBar, children }: PropsWithChildren<Props>) {
  return (
    <View className={`page ${withBar ? 'page--with-bar' : ''} ${className ?? ''}`}>
      {children}
      <Toast id={TOAST_ID} />
      <Dialog id={DIALOG_ID} />
      <Dialog id={CONSENT_DIALOG_ID} />
    </View>
  )
}
