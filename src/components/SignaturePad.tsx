import { useEffect, useRef } from 'react'
import { View, Image } from '@tarojs/components'
import { Button, Signature } from '@nutui/nutui-react-taro'
import { mouseAsTouch } from '@/platform/mouse'
import { toast } from '@/utils/ui'
import './SignaturePad.scss'
import { altText } from '@/utils/a11y'

interface Props {
  /** Local path (or data URL in H5) of the captured signature; empty until signed. */
  value: string
  onChange: (path: string) => void
}

interface SignatureHandle {
  confirm: () => void
  clear: () => void
}

const CANVAS_ID = 'signature-canvas'

/** A3: the complainant signs on the staff member's phone to confirm what was recorded. */
export default function SignaturePad({ value, onChange }: Props) {
  const ref = useRef<SignatureHandle>(null)
  // NutUI's Signature listens to touch only; on H5 a mouse (a staff PC at the front desk) draws too.
  useEffect(() => (value ? undefined : mouseAsTouch(CANVAS_ID)), [value])
  if (value) {
    return (
      <View className='signature-pad is-signed'>
        <Image className='signature-pad__image' src={value} mode='aspectFit' {...altText('签名')} />
        <View className='signature-pad__actions'>
          <Button size='small' fill='outline' onClick={() => onChange('')}>
            重新签名
          </Button>
        </View>
      </View>
    )
  }
  return (
    <View className='signature-pad'>
      <View className='signature-pad__hint muted'>请投诉人在下方空白处签名</View>
      <Signature
        ref={ref}
        className='signature-canvas'
        canvasId={CANVAS_ID}
        type='png'
        lineWidth={3}
        strokeStyle='#1f2329'
        onConfirm={(path: string, signed?: boolean) => (signed && path ? onChange(path) : toast('请先签名'))}
      />
      <View className='signature-pad__actions'>
        <Button size='small' fill='outline' onClick={() => ref.current?.clear()}>
          清除
        </Button>
        <Button className='signature-confirm' size='small' type='primary' onClick={() => ref.current?.confirm()}>
          确认签名
        </Button>
      </View>
    </View>
  )
}
