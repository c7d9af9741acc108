import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Count, DrillFilter, RecurringPair, ResponsibilityPoint, WeakPointRef } from '@/services/report'
import { openDrill, type DrillBase, type DrillTab } from '../components/drill'

/** Opens the form for a corrective or preventive action against this weak point (S3). */
function improve(w: WeakPointRef, departmentCode?: string) {
  const q = `kind=${w.kind}&key=${encodeURIComponent(w.key)}&label=${encodeURIComponent(w.label)}${departmentCode && departmentCode !== 'none' ? `&dept=${departmentCode}` : ''}`
  Taro.navigateTo({ url: `/pkg-manager/improve/index?${q}` })
}

/** S2's "overdue" (late result, or still running past the deadline) and "dissatisfied", as drill-down tabs. */
export function problemTabs(scope: DrillFilter): DrillTab[] {
  return [
    { title: '超时办结', filter: { ...scope, clock: 'handling', onTime: false } },
    { title: '超时未办结', filter: { ...scope, openOverdue: true } },
    { title: '不满意', filter: { ...scope, dissatisfied: true } },
  ]
}

/** "超时 2（上期 0）": the period's count, red when there are any, and the previous period's. */
function Fact({ name, c, tone }: { name: string; c: Count; tone: string }) {
  return (
    <Text className={c.value ? tone : ''}>
      {name} {c.value}
      <Text className='weak-trend'>（上期 {c.previous}）</Text>
    </Text>
  )
}

/** A department or handler with overdue or dissatisfied complaints. */
export function PointRow({ p, onDrill }: { p: ResponsibilityPoint; onDrill: () => void }) {
  return (
    <View className={`weak-row weak-${p.kind}`}>
      <View className='weak-row__main' onClick={onDrill}>
        <View className='weak-row__title'>{p.label}</View>
        <View className='weak-row__facts'>
          <Text>投诉 {p.total.value} 件</Text>
          <Fact name='超时' c={p.overdue} tone='tone-text-red' />
          <Fact name='不满意' c={p.dissatisfied} tone='tone-text-orange' />
        </View>
      </View>
      <View className='weak-improve' onClick={() => improve(p, p.departmentCode)}>
        制定措施
      </View>
    </View>
  )
}

/** A place where the same kind of complaint keeps coming (S2): tapping lists them; 制定措施 starts an action. */
export function PairRow({ w, base }: { w: RecurringPair; base: DrillBase }) {
  return (
    <View className='weak-row weak-location_category'>
      <View
        className='weak-row__main'
        onClick={() => openDrill(w.label, [{ title: w.label, filter: { ...base, location: w.location, category: w.category as never } }])}
      >
        <View className='weak-row__title'>
          {w.location}
          <Text className='weak-row__tag'>{w.categoryLabel}</Text>
        </View>
        <View className='weak-row__facts'>
          <Fact name='本期投诉' c={w.count} tone='tone-text-red' />
        </View>
      </View>
      <View className='weak-improve' onClick={() => improve(w, base.departmentCode)}>
        制定措施
      </View>
    </View>
  )
}
