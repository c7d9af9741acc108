import { View, Text } from '@tarojs/components'
import './SuggestionChips.scss'

/** One suggestion as a chip: what it proposes, why, and what tapping it fills in. */
export interface SuggestionChip {
  /** Stable key, also the chip's class (`suggestion-chip-<key>`). */
  key: string
  /** What it proposes, e.g. "承办部门：秩序维护部". */
  label: string
  /** The server's reason, quoting the resident's words ("提到“推了我一把”…"). */
  reason: string
  /** Fills the form field; never sends anything. Absent: the chip only informs. */
  onApply?: () => void
  /** Whether the field already holds what the chip proposes. */
  applied?: boolean
}

/**
 * Issue 18: the server's suggestions from the complaint's text above the 受理 / 不予受理 form, each
 * with its reason. Tapping one fills the form's field; the staff member still checks and sends the
 * form, so nothing is decided automatically. Renders nothing when there is no suggestion.
 */
export default function SuggestionChips({ items }: { items: SuggestionChip[] }) {
  if (!items.length) return null
  return (
    <View className='card suggestion-chips'>
      <View className='card__title'>
        <Text>系统建议</Text>
        <Text className='card__extra'>根据投诉内容自动提示，仅供参考，请核实后决定</Text>
      </View>
      {items.map((s) => (
        <View
          key={s.key}
          className={`suggestion-chip suggestion-chip-${s.key} ${s.applied ? 'is-applied' : ''} ${s.onApply ? 'is-tappable' : ''}`}
          onClick={s.onApply && !s.applied ? s.onApply : undefined}
        >
          <View className='suggestion-chip__head'>
            <Text className='suggestion-chip__label'>{s.label}</Text>
            {s.onApply && <Text className='suggestion-chip__action'>{s.applied ? '✓ 已填入' : '点此填入'}</Text>}
          </View>
          <View className='suggestion-chip__reason'>{s.reason}</View>
        </View>
      ))}
    </View>
  )
}
