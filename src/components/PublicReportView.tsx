import { View, Text } from '@tarojs/components'
import type { PublicRate, PublicReport } from '@/services/report'
import { formatTime } from '@/utils/time'
import './PublicReportView.scss'

/** A rate as residents read it: "96.2%（共 52 件）", or why it is not shown. */
function rateText(r: PublicRate): string {
  if (r.suppressed) return '件数较少，不公布'
  if (r.value === null) return '本月无'
  return `${(r.value * 100).toFixed(1).replace(/\.0$/, '')}%（共 ${r.base} 件）`
}

function Row({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <View className={`public-row ${className ?? ''}`}>
      <Text className='public-row__label'>{label}</Text>
      <Text className='public-row__value'>{value}</Text>
    </View>
  )
}

/**
 * S4: one month's public report (公示) — figures only, as the report function froze them; a category
 * with fewer than `minCount` complaints shows "少于 n 件" so no household can be recognised.
 */
export default function PublicReportView({ report: r }: { report: PublicReport }) {
  return (
    <View className='public-report'>
      <View className='card public-report__head'>
        <View className='public-report__title'>
          {r.officeName} · {r.label}服务公示
        </View>
        <View className='muted'>发布于 {formatTime(r.publishedAt)}</View>
        <View className='public-report__total'>
          本月共收到投诉 <Text className='public-report__number'>{r.total}</Text> 件
        </View>
      </View>
      <View className='card public-report__categories'>
        <View className='card__title'>按类别</View>
        {r.byCategory.map((c) => (
          <Row
            key={c.key}
            className={`public-category-${c.key}`}
            label={c.label}
            value={c.suppressed ? `少于 ${r.minCount} 件或已合并` : `${c.count} 件`}
          />
        ))}
        {r.suppressedCount > 0 && (
          <View className='hint'>
            标注“少于 {r.minCount} 件或已合并”的类别合计 {r.suppressedCount} 件，为保护业主隐私不逐项公布。
          </View>
        )}
      </View>
      <View className='card public-report__service'>
        <View className='card__title'>服务情况</View>
        <Row className='public-dispatch' label='按时派单率' value={rateText(r.dispatchOnTime)} />
        <Row className='public-handling' label='按时办结率' value={rateText(r.handlingOnTime)} />
        <Row className='public-satisfaction' label='满意率' value={rateText(r.satisfaction)} />
        <Row
          className='public-actions'
          label='完成整改措施'
          value={`${r.actionsCompleted.total} 项（纠正 ${r.actionsCompleted.corrective}，预防 ${r.actionsCompleted.preventive}）`}
        />
      </View>
      <View className='hint public-report__note'>本公示只含统计数字，不含任何业主的姓名、房号、电话、地点或投诉内容。</View>
    </View>
  )
}
