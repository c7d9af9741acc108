import { View, Text } from '@tarojs/components'
import type { PeriodReport } from '@/services/report'
import Figure from '../components/Figure'
import { openDrill, type DrillBase } from '../components/drill'
import { countChange, percent, rateChange } from '../format'

/** C2: the urge rate of each department that had complaints, each row opening its urged complaints. */
function UrgeRows({ report, base }: { report: PeriodReport; base: DrillBase }) {
  const rows = report.figures.urges.byDepartment.filter((d) => d.rate.denominator > 0)
  return (
    <>
      {rows.map((d) => {
        const filter = d.key === 'none' ? { unassigned: true } : { departmentCode: d.key }
        return (
          <View
            key={d.key}
            className={`refusal-row urge-row urge-${d.key}`}
            onClick={() => openDrill(`催办 · ${d.label}`, [{ title: d.label, filter: { ...base, ...filter, urged: true } }])}
          >
            <Text className='refusal-row__text'>{d.label}</Text>
            <Text className='refusal-row__count'>
              {percent(d.rate.value)}
              <Text className='muted'>
                {' '}
                {d.rate.numerator}/{d.rate.denominator} · 多次 {d.repeated.value}
              </Text>
            </Text>
          </View>
        )
      })}
    </>
  )
}

/**
 * C2, C3: how often residents urged (催办率, by department, and complaints urged more than once) and
 * how many withdrew — withdrawals are counted apart: neither handled nor in satisfaction.
 */
export default function ResidentFigures({ report, base }: { report: PeriodReport; base: DrillBase }) {
  const { urges, withdrawals } = report.figures
  const only = (title: string, filter: object) => () => openDrill(title, [{ title, filter: { ...base, ...filter } }])
  return (
    <View className='card dashboard-card dashboard-resident'>
      <View className='card__title'>催办与撤销</View>
      <View className='figure-grid'>
        <Figure
          name='urge-rate'
          label='催办率'
          value={percent(urges.rate.value)}
          sub={urges.rate.denominator ? `${urges.rate.numerator} / ${urges.rate.denominator}` : '暂无可统计的投诉'}
          change={rateChange(urges.rate, 'up-bad')}
          onTap={urges.rate.numerator ? only('被催办的投诉', { urged: true }) : undefined}
        />
        <Figure
          name='urged-again'
          label='多次催办'
          value={String(urges.repeated.value)}
          unit='件'
          change={countChange(urges.repeated, 'up-bad')}
          onTap={urges.repeated.value ? only('多次催办的投诉', { urgedAgain: true }) : undefined}
        />
        <Figure
          name='withdrawn'
          label='业主撤销'
          value={String(withdrawals.total.value)}
          unit='件'
          sub={
            withdrawals.byReason
              .filter((r) => r.value)
              .map((r) => `${r.label} ${r.value}`)
              .join('，') || undefined
          }
          change={countChange(withdrawals.total, 'up-bad')}
          onTap={withdrawals.total.value ? only('业主撤销的投诉', { withdrawn: true }) : undefined}
        />
      </View>
      <UrgeRows report={report} base={base} />
      <View className='hint'>撤销的投诉单独统计，不计入办结、及时率和满意率。</View>
    </View>
  )
}
