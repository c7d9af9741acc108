import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { loadSession, useSession, isCompanyOnly, isStaffUser } from '@/store/session'
import { useEstateEntry } from '@/hooks/useEstateEntry'
import type { UserView } from '@/services/types'
import HomeHeader from './HomeHeader'
import Welcome from './Welcome'
import ResidentHome from './ResidentHome'
import StaffHome from './StaffHome'
import CompanyGrid from './CompanyGrid'
import './index.scss'

/**
 * Home: who you are decides the entries you see — a resident files and follows complaints; staff
 * get their workbench with counts; a first-time user completes a profile first. An estate's QR
 * code opens here (issue 16, useEstateEntry); the lists below are drawn afresh for each estate, so
 * switching estates reloads them.
 */
export default function Index() {
  const { me, meta, loading, error } = useSession()
  useEstateEntry(me)

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
  return (
    <PageShell className='home'>
      <HomeHeader office={meta?.officeName} user={me.user} />
      {me.user ? <Entries key={me.user.estate?.code ?? ''} user={me.user} unread={me.unreadMessages} /> : <Welcome />}
    </PageShell>
  )
}

/** A signed-in user's entries, drawn afresh (lists reloaded) for each estate they switch to (issue 16). */
function Entries({ user, unread }: { user: UserView; unread: number }) {
  return (
    <>
      {isCompanyOnly(user) ? null : isStaffUser(user) ? <StaffHome user={user} unread={unread} /> : <ResidentHome unread={unread} />}
      {user.companyRole && <CompanyGrid user={user} />}
    </>
  )
}
