import { useState } from 'react'
import { View, Picker } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useLoad } from '@/hooks/useLoad'
import { getLatestPublicReport, publishPublicReport } from '@/services/report'
import { shanghai } from '@/utils/time'
import { confirm, toast, toastError } from '@/utils/ui'

/** Last month in Shanghai, `YYYY-MM`: the latest month that may be published. */
const lastMonth = () => shanghai(Date.now()).subtract(1, 'month').format('YYYY-MM')

/**
 * S4: the manager publishes a finished month's figures to residents (服务公示). Publishing freezes
 * them; publishing a month again replaces its figures. Residents read the latest month published.
 */
export default function PublishCard() {
  const [month, setMonth] = useState(lastMonth())
  const [busy, setBusy] = useState(false)
  const { data: latest, reload } = useLoad(() => getLatestPublicReport(), [])
  const publish = async () => {
    const [y, m] = month.split('-')
    const ok = await confirm({
      title: `发布${y}年${Number(m)}月服务公示`,
      content: '发布后全体业主可在小程序中查看该月的统计数字（不含任何个人信息）；再次发布同一月份将以新的统计替换。',
      confirmText: '发布',
    })
    if (!ok) return
    setBusy(true)
    try {
      await publishPublicReport(month)
      toast('已发布', 'success')
      await reload(true)
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='card dashboard-card dashboard-publish'>
      <View className='card__title'>服务公示</View>
      <View className='muted publish-latest'>{latest ? `已发布：${latest.label}（第 ${latest.revision} 版）` : '尚未发布过服务公示'}</View>
      <View className='row row--between'>
        <Picker mode='date' fields='month' value={month} end={lastMonth()} onChange={(e) => setMonth(String(e.detail.value).slice(0, 7))}>
          <View className='date-value publish-month'>{month}</View>
        </Picker>
        <Button className='publish-button' type='primary' size='small' loading={busy} disabled={busy} onClick={publish}>
          发布公示
        </Button>
      </View>
    </View>
  )
}
