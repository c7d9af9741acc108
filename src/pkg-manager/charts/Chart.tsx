import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { VChartSimple } from '@visactor/taro-vchart'
import type { ISpec, IVChart } from '@visactor/vchart'
import type { VChart } from './vchart'
import { loadVChart } from './load'
import './Chart.scss'

interface Props {
  /** Unique on the page: names the canvases (`chart-<id>`) and the stable class for tests. */
  id: string
  spec: ISpec
  height: number
  /** A tap on a bar or a slice, with that mark's datum. */
  onPick?: (datum: Record<string, unknown>) => void
}

/** The chart library once loaded (load.ts: on WeChat it comes from its own subpackages), or whether that failed. */
function useVChart(): { ctor?: typeof VChart; failed?: boolean } {
  const [state, setState] = useState<{ ctor?: typeof VChart; failed?: boolean }>({})
  useEffect(() => {
    let live = true
    loadVChart().then(
      (ctor) => live && setState({ ctor }),
      () => live && setState({ failed: true }),
    )
    return () => {
      live = false
    }
  }, [])
  return state
}

/**
 * One chart of @visactor/taro-vchart: canvas 2d on WeChat, a DOM canvas on H5. Taps on a mark
 * reach `onPick` (drill-down); the latest callback is used, so a re-render needs no re-binding.
 * Until the chart library is there the card keeps its height and says so.
 */
export default function Chart({ id, spec, height, onPick }: Props) {
  const pick = useRef(onPick)
  pick.current = onPick
  const { ctor, failed } = useVChart()
  const bind = (chart: IVChart) => {
    chart.on('click', (e: { datum?: unknown }) => {
      const d = Array.isArray(e.datum) ? e.datum[0] : e.datum
      if (d && typeof d === 'object') pick.current?.(d as Record<string, unknown>)
    })
  }
  return (
    <View className={`chart chart-${id}`} style={{ height: `${height}px` }}>
      {ctor ? (
        <VChartSimple
          chartConstructor={ctor as never}
          canvasId={`chart_${id}`}
          spec={spec}
          style={{ width: '100%', height: `${height}px` }}
          onChartInit={bind}
        />
      ) : (
        <View className='chart__state muted'>{failed ? '图表加载失败，请下拉刷新重试' : '图表加载中…'}</View>
      )}
    </View>
  )
}
