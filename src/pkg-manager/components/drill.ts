import Taro from '@tarojs/taro'
import type { DrillFilter } from '@/services/report'

/** What every drill-down of a statistics page shares: its period and (for the manager) department. */
export type DrillBase = Pick<DrillFilter, 'period' | 'date' | 'departmentCode'>

/** One view of a drill-down: the complaints behind a figure, or one side of a rate. */
export interface DrillTab {
  title: string
  filter: DrillFilter
}

/** Opens the complaints behind a figure (report.complaints); a rate may offer both of its sides as tabs. */
export function openDrill(title: string, tabs: DrillTab[]): void {
  const q = encodeURIComponent(JSON.stringify(tabs))
  Taro.navigateTo({ url: `/pkg-manager/drill/index?title=${encodeURIComponent(title)}&tabs=${q}` })
}
