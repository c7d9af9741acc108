import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import './InfoRow.scss'

/** One "label: value" line of a record; renders nothing for an empty value. */
export default function InfoRow({ label, value, className }: { label: string; value: ReactNode; className?: string }) {
  if (value === undefined || value === null || value === '') return null
  return (
    <View className={`info-row ${className ?? ''}`}>
      <View className='info-row__label'>{label}</View>
      <View className='info-row__value'>{value}</View>
    </View>
  )
}
