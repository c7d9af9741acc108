import { useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import FilterTabs from '@/components/FilterTabs'
import { isStaffUser, loadSession, useSession } from '@/store/session'
import StaffCard from './StaffCard'
import ResidentForm from './ResidentForm'
import InviteBind from './InviteBind'
import WecomBinding from './WecomBinding'
import PrivacyCard from './PrivacyCard'
import ElderlyCard from './ElderlyCard'
import RoomsLink from './RoomsLink'
import '@/components/form/form.scss'
import './index.scss'

const TABS = [
  { value: 'resident', title: '业主/住户' },
  { value: 'staff', title: '物业员工' },
]

/**
 * A resident's name, room and phone (creates the account on first save) and their data rights (see,
 * export, withdraw consent, delete the account); staff bind with an invite code and see their record.
 * Everyone can switch 长辈模式 on here (issue 19).
 */
export default function Profile() {
  const { params } = useRouter()
  const { me, loading, error } = useSession()
  const user = me?.user
  const [tab, setTab] = useState(params.tab === 'staff' ? 'staff' : 'resident')

  if (!me)
    return (
      <PageShell>
        <StateView loading={loading || !error} error={error} onRetry={() => loadSession(true)} />
      </PageShell>
    )
  if (isStaffUser(user))
    return (
      <PageShell className='profile-page'>
        <StaffCard user={user!} />
        <WecomBinding user={user!} />
        <ElderlyCard />
      </PageShell>
    )
  return (
    <PageShell className='profile-page'>
      <FilterTabs tabs={TABS} value={tab} onChange={setTab} />
      {/* Both stay mounted: what was typed in one tab is still there after a look at the other. */}
      <View className={tab === 'resident' ? '' : 'profile-tab--hidden'}>
        <ResidentForm user={user} />
        {user && <RoomsLink />}
        <ElderlyCard />
        {user && <PrivacyCard />}
      </View>
      <View className={tab === 'staff' ? '' : 'profile-tab--hidden'}>
        <InviteBind hasAccount={!!user} />
      </View>
    </PageShell>
  )
}
