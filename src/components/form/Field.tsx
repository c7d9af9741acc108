import type { PropsWithChildren, ReactNode } from 'react'
import { View } from '@tarojs/components'
import './form.scss'

interface Props {
  label: string
  required?: boolean
  hint?: ReactNode
  extra?: ReactNode
  className?: string
}

/** A labelled form block: label (with a required mark), the control, and a hint line below. */
export default function Field({ label, required, hint, extra, className, children }: PropsWithChildren<Props>) {
  return (
    <View className={`field ${className ?? ''}`}>
      <View className='field__label'>
        <View className={required ? 'required' : ''}>{label}</View>
        {extra && <View className='field__extra'>{extra}</View>}
      </View>
      <View className='field__control'>{children}</View>
      {hint && <View className='hint'>{hint}</View>}
    </View>
  )
}
