import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ComplaintView } from '@domain/view'
import InfoRow from '@/components/InfoRow'
import { formatTime } from '@/utils/time'

/**
 * Issue 14, H1-E: what the complainant is told at once — it is treated as urgent, what to do now,
 * whom to call (the office's duty phone, 119/110/120 or the lift rescue line as the office set
 * them) — and that someone responds within the response time (H4-3).
 */
export function EmergencyNoticeCard({ c }: { c: ComplaintView }) {
  const n = c.emergencyNotice
  if (!n) return null
  return (
    <View className='card emergency-notice'>
      <View className='emergency-notice__title'>{n.title}</View>
      {n.respondBy && <View className='emergency-notice__promise'>工作人员将于 {formatTime(n.respondBy)} 前响应（紧急投诉 2 小时内）</View>}
      {n.hints.map((h, i) => (
        <View key={i} className='emergency-notice__hint'>
          {h}
        </View>
      ))}
      <View className='emergency-notice__calls'>
        {n.calls.map((call) => (
          <View
            key={call.number}
            className='emergency-notice__call'
            onClick={() => Taro.makePhoneCall({ phoneNumber: call.number }).catch(() => undefined)}
          >
            {call.label} {call.number}
          </View>
        ))}
      </View>
    </View>
  )
}

/** H1: after any filing, the complainant sees by when it will be accepted and dispatched. */
export function ExpectationNote({ c }: { c: ComplaintView }) {
  const e = c.expectation
  if (!e?.acceptBy || c.emergencyNotice) return null
  return <View className='notice expectation-note'>我们将于 {formatTime(e.acceptBy)} 前受理并派单给负责部门。</View>
}

/** The alert chain as staff see it: how it was flagged, on which words, the step reached, who acknowledged or cleared it. */
export function AlertSection({ c }: { c: ComplaintView }) {
  const a = c.alert
  if (!a) return null
  const status = a.state === 'open' ? `${a.stateLabel}（已通知${a.stepLabel}）` : a.stateLabel
  return (
    <View className={`card alert-section ${a.state === 'open' ? 'alert-section--open' : ''}`}>
      <View className='card__title'>紧急告警</View>
      <InfoRow label='状态' value={status} />
      <InfoRow label='来源' value={a.sourceLabel} />
      {a.rules.map((r) => (
        <InfoRow key={r.name} label='识别依据' value={`${r.name}：${r.words.map((w) => `“${w}”`).join('、')}`} />
      ))}
      {a.setAside.map((s, i) => (
        <InfoRow key={i} label='已排除' value={s} />
      ))}
      <InfoRow label='受理时间' value={formatTime(a.raisedAt)} />
      {a.acknowledged && (
        <InfoRow label='接警' value={`${a.acknowledged.name} · ${formatTime(a.acknowledged.at)}（${a.acknowledged.minutes} 分钟）`} />
      )}
      <InfoRow
        label='客服判断'
        value={a.reviewed ? `${a.reviewLabel} · ${a.reviewed.name}${a.reviewed.reason ? `：${a.reviewed.reason}` : ''}` : a.reviewLabel}
      />
      {a.state === 'open' && (
        <Text className='hint'>请值班人员立即接警；无人接警时每隔几分钟依次通知值班主管、管理处经理，直至有人接警。</Text>
      )}
    </View>
  )
}
