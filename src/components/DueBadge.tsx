import { View } from '@tarojs/components'
import type { ComplaintSummary } from '@domain/view'
import { dueHint, formatDue } from '@/utils/time'
import { CLOCK_LABELS } from '@/utils/status'
import './tags.scss'

/**
 * The deadline supervision watches now: "办结 11月30日 17:00 前 · 剩余 5 小时", red when overdue,
 * orange within a day; "（暂定）" after the date while next year's holidays are not entered (H4).
 * Compact mode keeps only the relative hint for tight rows.
 */
export default function DueBadge({ due, compact }: { due: NonNullable<ComplaintSummary['due']>; compact?: boolean }) {
  const hint = dueHint(due.at)
  const level = due.overdue ? 'overdue' : due.near ? 'near' : hint.level
  const tone = level === 'overdue' ? 'red' : level === 'near' ? 'orange' : 'grey'
  const provisional = due.provisional ? '（暂定）' : ''
  return (
    <View className={`due-badge due-${level} tone-${tone}${due.provisional ? ' due-provisional' : ''}`}>
      {compact ? `${hint.text}${provisional}` : `${CLOCK_LABELS[due.kind] ?? ''}期限 ${formatDue(due.at)}${provisional} · ${hint.text}`}
    </View>
  )
}
