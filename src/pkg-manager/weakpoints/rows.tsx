import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Count, DrillFilter, FacilityKindPoint, RecurringPair, ResponsibilityPoint, WeakPointRef } from '@/services/report'
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

/**
 * Issue 18: a kind of facility complained of at several places (电梯: 5栋1单元电梯, 10栋2单元电梯 …)
 * with its count against the previous period; tapping a place lists its complaints.
 */
function FacilityKindRow({ k, base }: { k: FacilityKindPoint; base: DrillBase }) {
  const more = k.placeCount - k.places.length
  return (
    <View className={`weak-row weak-facility weak-facility-${k.facilityKind}`}>
      <View className='weak-row__main'>
        <View className='weak-row__title'>
          {k.label}
          <Text className='weak-row__tag'>{k.placeCount} 处</Text>
        </View>
        <View className='weak-row__facts'>
          <Fact name='本期投诉' c={k.count} tone='tone-text-red' />
          <Text className='muted'>{k.categories.map((c) => `${c.categoryLabel} ${c.n}`).join('、')}</Text>
        </View>
        <View className='weak-places'>
          {k.places.map((pl) => (
            <Text
              key={pl.location}
              className='weak-place link'
              onClick={() => openDrill(pl.location, [{ title: pl.location, filter: { ...base, location: pl.location } }])}
            >
              {pl.location} {pl.n}
            </Text>
          ))}
          {more > 0 && <Text className='muted'>等 {k.placeCount} 处</Text>}
        </View>
      </View>
    </View>
  )
}

/** Issue 18: the card of facility kinds on the weak points page. */
export function FacilityKinds({ items, base }: { items: FacilityKindPoint[]; base: DrillBase }) {
  return (
    <View className='card weak-card weak-facilities'>
      <View className='card__title'>
        <Text>按设施类型</Text>
        <Text className='card__extra'>不同地点的同类设施合并统计</Text>
      </View>
      {!items.length && <View className='muted weak-none'>本期没有同类设施多次被投诉</View>}
      {items.map((k) => (
        <FacilityKindRow key={k.facilityKind} k={k} base={base} />
      ))}
    </View>
  )
}
