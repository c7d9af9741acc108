import { View } from '@tarojs/components'
import type { DrillFilter, PeriodReport, Rate } from '@/services/report'
import Figure from '../components/Figure'
import { openDrill, type DrillTab, type DrillBase } from '../components/drill'
import { countChange, daysChange, percent, rateChange, workdays, type Sense } from '../format'

/** A rate's figure: the percentage, its fraction, its change; tapping lists both of its sides. */
function RateFigure({
  name,
  label,
  rate,
  sense,
  tabs,
  title,
}: {
  name: string
  label: string
  rate: Rate
  sense: Sense
  tabs: DrillTab[]
  title: string
}) {
  return (
    <Figure
      name={name}
      label={label}
      value={percent(rate.value)}
      sub={rate.denominator ? `${rate.numerator} / ${rate.denominator}` : '暂无可统计的投诉'}
      change={rateChange(rate, sense)}
      onTap={rate.denominator ? () => openDrill(title, tabs) : undefined}
    />
  )
}

interface Props {
  report: PeriodReport
  base: DrillBase
}

/** Drill-down helpers over the report's scope: one list, or a tab of a rate's side. */
function drills(base: DrillBase) {
  return {
    only: (title: string, filter: Partial<DrillFilter>) => () => openDrill(title, [{ title, filter: { ...base, ...filter } }]),
    tab: (title: string, filter: Partial<DrillFilter>): DrillTab => ({ title, filter: { ...base, ...filter } }),
  }
}

/** Volume: all complaints, emergencies, and those still open past their deadline. */
function Volume({ report, base }: Props) {
  const f = report.figures
  const { only } = drills(base)
  return (
    <View className='card dashboard-card'>
      <View className='figure-grid'>
        <Figure
          big
          name='total'
          label='投诉总数'
          value={String(f.total.value)}
          unit='件'
          change={countChange(f.total, 'up-bad')}
          onTap={only('本期全部投诉', {})}
        />
        <Figure
          name='emergency'
          label='紧急投诉'
          value={String(f.emergency.value)}
          unit='件'
          change={countChange(f.emergency, 'up-bad')}
          onTap={only('紧急投诉', { emergency: true })}
        />
        <Figure
          name='open-overdue'
          label='超时未办结'
          value={String(f.openOverdue.value)}
          unit='件'
          change={countChange(f.openOverdue, 'up-bad')}
          onTap={only('超时未办结', { openOverdue: true })}
        />
      </View>
    </View>
  )
}

/** Timeliness (H1, H4): dispatch and handling on time, and how long handling takes. */
function Timeliness({ report, base }: Props) {
  const f = report.figures
  const { only, tab } = drills(base)
  const handled = f.handlingDays.count.value
  return (
    <View className='card dashboard-card'>
      <View className='card__title'>时效</View>
      <View className='figure-grid'>
        <RateFigure
          name='dispatch-on-time'
          label='派单及时率'
          rate={f.dispatchOnTime}
          sense='up-good'
          title='派单时效'
          tabs={[
            { title: '超时派单', filter: { ...base, clock: 'dispatch', onTime: false } },
            { title: '按时派单', filter: { ...base, clock: 'dispatch', onTime: true } },
          ]}
        />
        <RateFigure
          name='handling-on-time'
          label='办结及时率'
          rate={f.handlingOnTime}
          sense='up-good'
          title='办结时效'
          tabs={[tab('超时办结', { clock: 'handling', onTime: false }), tab('按时办结', { clock: 'handling', onTime: true })]}
        />
        <Figure
          name='handling-median'
          label='处理时长中位数'
          value={workdays(f.handlingDays.median)}
          unit='个工作日'
          sub={`已办结 ${f.handlingDays.count.value} 件`}
          change={daysChange(f.handlingDays.median)}
          onTap={handled ? only('已办结投诉', { clock: 'handling' }) : undefined}
        />
        <Figure
          name='handling-p90'
          label='处理时长 90% 分位'
          value={workdays(f.handlingDays.p90)}
          unit='个工作日'
          sub={handled ? '九成投诉在此之内办结' : undefined}
          change={daysChange(f.handlingDays.p90)}
          onTap={handled ? only('已办结投诉', { clock: 'handling' }) : undefined}
        />
      </View>
    </View>
  )
}

/** Satisfaction and return visits (F2), repeats and reopenings (F3). */
function Satisfaction({ report, base }: Props) {
  const { tab } = drills(base)
  const f = report.figures
  return (
    <View className='card dashboard-card'>
      <View className='card__title'>满意度与回访</View>
      <View className='figure-grid'>
        <RateFigure
          name='satisfaction'
          label='满意率'
          rate={f.satisfaction}
          sense='up-good'
          title='满意度'
          tabs={[tab('一般及不满意', { satisfied: false }), tab('满意', { satisfied: true })]}
        />
        <RateFigure
          name='return-visit'
          label='回访覆盖率'
          rate={f.returnVisitCoverage}
          sense='up-good'
          title='回访情况'
          tabs={[tab('未回访', { covered: false }), tab('已回访', { covered: true })]}
        />
        <RateFigure
          name='repeat'
          label='重复投诉率'
          rate={f.repeatRate}
          sense='up-bad'
          title='重复投诉'
          tabs={[tab('重复投诉', { repeat: true })]}
        />
        <RateFigure
          name='reopen'
          label='重新处理率'
          rate={f.reopenRate}
          sense='up-bad'
          title='重新处理'
          tabs={[tab('重新处理', { reopened: true })]}
        />
      </View>
      {/* Without this, a reopened complaint's 不满意 seems to vanish from 满意率 (REPORTS.md). */}
      <View className='hint dashboard-rating-note'>
        满意率和满意度分布按每件投诉的最终评价统计：不满意后重新处理的投诉，待投诉人再次评价后计入。
      </View>
    </View>
  )
}

/** S1's headline figures: volume, timeliness (H1, H4), handling time, satisfaction and return visits (F2), repeats and reopenings. */
export default function Overview({ report, base }: Props) {
  return (
    <>
      <Volume report={report} base={base} />
      <Timeliness report={report} base={base} />
      <Satisfaction report={report} base={base} />
    </>
  )
}
