import { View, Text } from '@tarojs/components'
import { useLoad } from '@/hooks/useLoad'
import { getEmergencyReport, type PeriodQuery } from '@/services/report'

type Figures = Awaited<ReturnType<typeof getEmergencyReport>>['total']

const minutes = (m: number | null) => (m === null ? '—' : `${m} 分钟`)
const percent = (s: Figures['acknowledgedWithin']) => (s.value === null ? '—' : `${Math.round(s.value * 1000) / 10}%`)

/** One row of figures: the office's, or a department's. */
function Row({ f }: { f: Figures }) {
  return (
    <View className={`emergency-row emergency-${f.key}`}>
      <View className='row row--between'>
        <Text className='emergency-row__label'>{f.label}</Text>
        <Text>
          {f.count} 件{f.open ? `（${f.open} 件未接警）` : ''}
        </Text>
      </View>
      <View className='muted'>
        接警用时 中位 {minutes(f.minutes.median)} · P90 {minutes(f.minutes.p90)} · 最长 {minutes(f.minutes.worst)}
      </View>
    </View>
  )
}

/**
 * Issue 14: the period's emergencies — how many, how soon someone acknowledged (接警) them, the
 * share acknowledged within the escalation step and responded to within the response time, by department.
 */
export default function Emergencies({ query }: { query: PeriodQuery }) {
  const { data } = useLoad(() => getEmergencyReport(query), [JSON.stringify(query)])
  if (!data) return null
  const t = data.total
  return (
    <View className='card dashboard-card dashboard-emergencies'>
      <View className='card__title'>紧急投诉</View>
      <View className='row row--between'>
        <Text>{data.withinMinutes} 分钟内接警</Text>
        <Text className='emergency-within'>{percent(t.acknowledgedWithin)}</Text>
      </View>
      <View className='row row--between'>
        <Text>{data.responseHours} 小时内响应</Text>
        <Text className='emergency-responded'>{percent(t.respondedInTime)}</Text>
      </View>
      <Row f={t} />
      {data.byDepartment.length > 1 && data.byDepartment.map((f) => <Row key={f.key} f={f} />)}
    </View>
  )
}
