import { View } from '@tarojs/components'
import type { PeriodReport } from '@/services/report'
import Figure from '../components/Figure'
import { openDrill, type DrillBase } from '../components/drill'
import { countChange, percent, rateChange } from '../format'

/**
 * W3, W4: the 12345 work orders' line — how many came in, replies returned to the hotline by its
 * deadline, and the hotline's own satisfaction results. Hidden in a period with none before or now.
 */
export default function HotlineFigures({ report, base }: { report: PeriodReport; base: DrillBase }) {
  const h = report.figures.hotline
  if (!h || (!h.orders.value && !h.orders.previous)) return null
  const results = h.results
    .filter((r) => r.value)
    .map((r) => `${r.label} ${r.value}`)
    .join('，')
  return (
    <View className='card dashboard-card dashboard-hotline'>
      <View className='card__title'>12345热线工单</View>
      <View className='figure-grid'>
        <Figure
          name='hotline-orders'
          label='热线工单'
          value={String(h.orders.value)}
          unit='件'
          change={countChange(h.orders, 'neutral')}
          onTap={
            h.orders.value
              ? () => openDrill('12345热线工单', [{ title: '12345热线工单', filter: { ...base, channel: 'hotline' } }])
              : undefined
          }
        />
        <Figure
          name='hotline-on-time'
          label='按时回复热线'
          value={percent(h.repliedOnTime.value)}
          sub={h.repliedOnTime.denominator ? `${h.repliedOnTime.numerator} / ${h.repliedOnTime.denominator}` : '暂无应回复的工单'}
          change={rateChange(h.repliedOnTime, 'up-good')}
        />
        <Figure
          name='hotline-satisfaction'
          label='热线满意率'
          value={percent(h.satisfaction.value)}
          sub={results || '热线尚未反馈满意度'}
          change={rateChange(h.satisfaction, 'up-good')}
        />
      </View>
      <View className='hint'>按时回复：在热线办理时限前回复热线的工单，占已回复或已过时限工单的比例；满意率含“满意”和“基本满意”。</View>
    </View>
  )
}
