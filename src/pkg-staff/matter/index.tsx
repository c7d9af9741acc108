import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { MatterRow } from '@domain/matter-view'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { getMatter } from '@/services/matters'
import { formatTime } from '@/utils/time'
import NoticeForm from './NoticeForm'
import './index.scss'

/** One linked complaint as the server disclosed it to this caller (masked, or only its outline). */
function Row({ r }: { r: MatterRow }) {
  const open = () => r.opens && Taro.navigateTo({ url: `/pages/detail/index?id=${r.id}` })
  return (
    <View className={`matter-row matter-row-${r.id} ${r.opens ? 'is-open' : ''}`} onClick={open}>
      <View className='matter-row__head'>
        <Text>
          {r.no}
          {r.lead ? '（主办）' : ''}
        </Text>
        <Text className='muted'>{r.statusLabel}</Text>
      </View>
      <View className='muted matter-row__who'>
        {[r.complainantName, r.room, r.location].filter(Boolean).join(' · ') || '—'} · {formatTime(r.createdAt)}
      </View>
    </View>
  )
}

/**
 * One matter for staff (issue 18): handled once on its lead complaint — its state and result are
 * the matter's progress —, every linked complaint as the confidentiality policy shows it to this
 * caller, the notices sent, and for customer service and the manager the notice form.
 */
export default function MatterPage() {
  const { params } = useRouter()
  const id = String(params.id ?? '')
  const { data: m, error, loading, reload } = useLoad(() => getMatter(id), [id], { refreshOnShow: true })
  if (!m) {
    return (
      <PageShell>
        <StateView loading={loading} error={error ?? (loading ? undefined : '事项不存在或您无权查看')} onRetry={() => reload()} />
      </PageShell>
    )
  }
  return (
    <PageShell className='matter-page'>
      <View className='card matter-head'>
        <View className='card__title'>
          <Text>{m.title}</Text>
          <Text className='card__extra'>{m.statusLabel}</Text>
        </View>
        <View className='muted'>
          {m.no} · {m.categoryLabel} · {m.location}
        </View>
        <View className='matter-summary'>{m.summary}</View>
        <View>统一处理进度：{m.stage}</View>
        {m.result && <View className='matter-result'>处理结果：{m.result}</View>}
      </View>
      <View className='card matter-complaints'>
        <View className='card__title'>关联投诉（{m.count}）</View>
        {m.complaints.map((r) => (
          <Row key={r.id} r={r} />
        ))}
      </View>
      {m.notices.length > 0 && (
        <View className='card matter-notices'>
          <View className='card__title'>已发通知</View>
          {m.notices.map((n) => (
            <View key={`${n.at}-${n.text}`} className='matter-notice'>
              <View>{n.text}</View>
              <View className='muted'>
                {formatTime(n.at)} · {n.by} · {n.building ? `含${n.building}住户，` : ''}共 {n.recipients} 人
              </View>
            </View>
          ))}
        </View>
      )}
      {m.manage && <NoticeForm id={m.id} onSent={() => reload(true)} />}
    </PageShell>
  )
}
