import { View } from '@tarojs/components'
import type { DeadlineSettings } from '@/services/admin'
import { NumberRows, numbersOf, type NumberRow } from './NumberRows'

/** The deadline settings, in the procedure's order (H1, H4, H3-EXT, F2, F4, V1, C2), each with what it measures. */
const ROWS: NumberRow<keyof DeadlineSettings>[] = [
  { key: 'dispatchWorkdays', label: '派单时限', unit: '个工作日', note: '受理后派给承办部门' },
  { key: 'generalWorkdays', label: '一般投诉处理时限', unit: '个工作日', note: '派单后办结' },
  { key: 'complexWorkdays', label: '复杂/重大投诉处理时限', unit: '个工作日', note: '派单后办结，或按批准的方案' },
  { key: 'extensionCapWorkdays', label: '延期上限', unit: '个工作日', note: '自受理起，含批准的延期' },
  { key: 'emergencyResponseHours', label: '紧急投诉响应时限', unit: '小时', note: '全天计时，含夜间和节假日' },
  { key: 'emergencyHandlingHours', label: '紧急投诉处理时限', unit: '小时', note: '全天计时，含夜间和节假日' },
  { key: 'returnVisitWorkdays', label: '回访时限', unit: '个工作日', note: '办结后未评价的，由客服回访' },
  { key: 'noResponseDays', label: '未评价自动结案', unit: '天', note: '办结后仍无评价的，按未评价结案' },
  { key: 'warnHoursBefore', label: '临期提醒', unit: '小时前', note: '到期前提醒承办人' },
  { key: 'emergencyWarnMinutesBefore', label: '紧急投诉临期提醒', unit: '分钟前', note: '到期前提醒承办人' },
  { key: 'urgeQuietHours', label: '无进展可催办', unit: '小时', note: '业主看不到新进展满该时长即可催办（期限临近时随时可催）' },
]

export type DeadlineDraft = Record<keyof DeadlineSettings, string>

/** The draft as the server takes it: numbers (an empty field is sent as it is, for the server to name). */
export function deadlinesOf(d: DeadlineDraft): Partial<DeadlineSettings> {
  return numbersOf(d) as unknown as Partial<DeadlineSettings>
}

/** The settings as editable text fields. */
export function draftOf(d: DeadlineSettings): DeadlineDraft {
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, String(v)])) as DeadlineDraft
}

/** Deadlines (H1, H4, F2, F4, V1, C2): the procedure's defaults, which the office may change. */
export default function DeadlinesForm({ value, onChange }: { value: DeadlineDraft; onChange: (v: DeadlineDraft) => void }) {
  return (
    <View className='card settings-card settings-deadlines'>
      <View className='card__title'>处理时限</View>
      <NumberRows rows={ROWS} prefix='deadline' value={value} onChange={onChange} />
      <View className='hint'>工作日按国家法定节假日及调休安排计算，并扣除下方登记的管理处停业日。</View>
    </View>
  )
}
