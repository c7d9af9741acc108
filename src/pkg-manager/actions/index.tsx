import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import FilterTabs from '@/components/FilterTabs'
import { useLoad } from '@/hooks/useLoad'
import { listActions, type ActionStatus, type ActionView } from '@/services/report'
import ActionCard, { STATUS_LABEL } from './ActionCard'
import FollowUp from './FollowUp'
import '@/components/tags.scss'
import './index.scss'

const TABS = [{ value: '', title: '全部' }, ...Object.entries(STATUS_LABEL).map(([value, title]) => ({ value, title }))]

/**
 * Corrective and preventive actions (S3, action.list): each with its weak point, owner, deadline,
 * the follow-up notes and the weak point's figure in the months since it was created.
 */
export default function Actions() {
  const [tab, setTab] = useState('')
  const [following, setFollowing] = useState<ActionView | null>(null)
  const { data, setData, error, loading, reload } = useLoad(() => listActions((tab || undefined) as ActionStatus | undefined), [tab], {
    refreshOnShow: true,
  })
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  const items = data?.items ?? []
  const saved = (a: ActionView) => {
    const keep = !tab || a.status === tab
    setData({ items: items.flatMap((x) => (x.id === a.id ? (keep ? [a] : []) : [x])) })
  }
  return (
    <PageShell className='actions-page'>
      <FilterTabs tabs={TABS} value={tab} onChange={setTab} />
      <StateView
        loading={loading}
        error={error}
        onRetry={() => reload()}
        empty={!items.length}
        emptyText={tab ? '没有此状态的措施' : '还没有改进措施：可在“薄弱环节”中针对问题制定'}
        emptyAction={tab ? undefined : { text: '查看薄弱环节', onClick: () => Taro.navigateTo({ url: '/pkg-manager/weakpoints/index' }) }}
      />
      {!loading && !error && items.map((a) => <ActionCard key={a.id} a={a} onFollow={() => setFollowing(a)} />)}
      <FollowUp action={following} onClose={() => setFollowing(null)} onSaved={saved} />
    </PageShell>
  )
}
