import { View, Text } from '@tarojs/components'
import type { DrillFilter, PeriodReport } from '@/services/report'
import { openDrill, type DrillBase } from '../components/drill'

/**
 * A4: refusals of the period against the previous one, by ground — each named as the procedure
 * words it, never by its clause code — each opening the refused complaints behind it.
 */
export default function Refusals({ report, base }: { report: PeriodReport; base: DrillBase }) {
  const { total, byGround } = report.figures.refusals
  const grounds = byGround.filter((g) => g.value > 0 || g.previous > 0)
  return (
    <View className='card dashboard-card dashboard-refusals'>
      <View className='card__title'>
        <Text>不予受理理由</Text>
        <Text
          className='card__extra dashboard-figure-refusals'
          onClick={() => openDrill('不予受理', [{ title: '不予受理', filter: { ...base, refused: true } }])}
        >
          共 {total.value} 件（上期 {total.previous}）›
        </Text>
      </View>
      {!grounds.length && <View className='dashboard-empty muted'>本期没有不予受理的投诉</View>}
      {grounds.map((g) => (
        <View
          key={g.key}
          className={`refusal-row refusal-${g.key}`}
          onClick={() =>
            openDrill(`不予受理 · ${g.label}`, [{ title: g.label, filter: { ...base, ground: g.key as DrillFilter['ground'] } }])
          }
        >
          <Text className='refusal-row__text'>{g.label}</Text>
          <Text className='refusal-row__count'>
            {g.value}
            <Text className='muted'> / 上期 {g.previous}</Text>
          </Text>
        </View>
      ))}
    </View>
  )
}
