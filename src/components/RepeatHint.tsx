import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RepeatCandidate } from '@/services/complaint'
import { formatTime } from '@/utils/time'
import './RepeatHint.scss'

interface Props {
  items: RepeatCandidate[]
  /** When given, each earlier case can be chosen (the refusal links the one it repeats). */
  selected?: string
  onSelect?: (id: string | undefined) => void
  className?: string
}

/**
 * A4-R4 for customer service: earlier complaints this one may repeat, each with its number, its
 * answer and the server's reason, and a link to open it. The system only proposes; staff decide.
 */
export default function RepeatHint({ items, selected, onSelect, className }: Props) {
  if (!items.length) return null
  const open = (id: string) => Taro.navigateTo({ url: `/pages/detail/index?id=${id}` })
  return (
    <View className={`card repeat-hint ${className ?? ''}`}>
      <View className='card__title'>
        <Text>可能的重复投诉</Text>
        <Text className='card__extra'>系统提示，请核实后决定</Text>
      </View>
      {items.map((r) => (
        <View
          key={r.id}
          className={`repeat-item repeat-item-${r.id} ${r.proposeRefusal ? 'is-proposed' : ''} ${onSelect ? 'is-selectable' : ''} ${selected === r.id ? 'is-active' : ''}`}
          onClick={onSelect ? () => onSelect(selected === r.id ? undefined : r.id) : undefined}
        >
          <View className='repeat-item__head'>
            <Text className='repeat-item__no'>{r.no}</Text>
            <Text className='muted'>
              {r.statusLabel} · {formatTime(r.createdAt)}
            </Text>
          </View>
          <View className='repeat-item__text'>{r.preview}</View>
          <View className='repeat-item__answer'>
            <Text className='repeat-item__label'>处理答复：</Text>
            {r.resultSummary || '尚未答复'}
          </View>
          <View className={`repeat-item__reason ${r.proposeRefusal ? 'tone-orange' : 'tone-grey'}`}>{r.reason}</View>
          <View className='repeat-item__foot'>
            {onSelect && <Text className='repeat-item__pick'>{selected === r.id ? '✓ 已关联为原投诉' : '点此关联为原投诉'}</Text>}
            <Text
              className='link repeat-item__open'
              onClick={(e) => {
                e.stopPropagation()
                open(r.id)
              }}
            >
              查看原投诉 ›
            </Text>
          </View>
        </View>
      ))}
    </View>
  )
}
