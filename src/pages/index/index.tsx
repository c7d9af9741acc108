import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { loadSession, useSession, isStaffUser } from '@/store/session'
import HomeHeader from './HomeHeader'
import Welcome from './Welcome'
import ResidentHome from './ResidentHome'
import StaffHome from './StaffHome'
import './index.scss'

/**
 * Home: who you are decides the entries you see — a resident files and follows complaints; staff
 * get their workbench with counts; a first-time user completes a profile first.
 */
export default function Index() {
  const { me, meta, loading, error } = useSession()

  useDidShow(() => {
    if (me) loadSession(true)
  })
  usePullDownRefresh(async () => {
    await loadSession(true)
    Taro.stopPullDownRefresh()
  })

  if (!me) {
    return (
      <PageShell>
        <StateView loading={loading || !error} error={error} onRetry={() => loadSession(true)} />
      </PageShell>
    )
  }
  const user = me.user
  return (
    <PageShell className='home'>
      <HomeHeader office={meta?.officeName} user={user} />
      {!user && <Welcome />}
      {user && !isStaffUser(user) && <ResidentHome unread={me.unreadMessages} />}
      {user && isStaffUser(user) && <StaffHome user={user} unread={me.unreadMessages} />}
    </PageShell>
  )
}
