import { useRef } from 'react'
import { View } from '@tarojs/components'
import { VChartSimple } from '@visactor/taro-vchart'
import type { ISpec, IVChart } from '@visactor/vchart'
import { VChart } from './vchart'
import './Chart.scss'

interface Props {
  /** Unique on the page: names the canvases (`chart-<id>`) and the stable class for tests. */
  id: string
  spec: ISpec
  height: number
  /** A tap on a bar or a slice, with that mark's datum. */
  onPick?: (datum: Record<string, unknown>) => void
}

/**
 * One chart of @visactor/taro-vchart: canvas 2d on WeChat, a DOM canvas on H5. Taps on a mark
 * reach `onPick` (drill-down); the latest callback is used, so a re-render needs no re-binding.
 */
export default function Chart({ id, spec, height, onPick }: Props) {
  const pick = useRef(onPick)
  pick.current = onPick
  const bind = (chart: IVChart) => {
    chart.on('click', (e: { datum?: unknown }) => {
      const d = Array.isArray(e.datum) ? e.datum[0] : e.datum
      if (d && typeof d === 'object') pick.current?.(d as Record<string, unknown>)
    })
  }
  return (
    <View className={`chart chart-${id}`} style={{ height: `${height}px` }}>
      <VChartSimple
        chartConstructor={VChart as never}
        canvasId={`chart_${id}`}
        spec={spec}
        style={{ width: '100%', height: `${height}px` }}
        onChartInit={bind}
      />
    </View>
  )
}
