import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import FilterTabs from '@/components/FilterTabs'
import InviteForm from './InviteForm'
import Invites from './Invites'
import StaffList from './StaffList'
import '@/components/form/form.scss'
import '@/components/tags.scss'
import './index.scss'

const TABS = [
  { value: 'invite', title: '邀请员工' },
  { value: 'invites', title: '邀请记录' },
  { value: 'staff', title: '员工名单' },
]

/**
 * Staff and invites (manager): issue a one-time invite code, follow the invites, and manage every
 * staff account. `?dept=<code>&role=supervisor` opens the invite for a department's supervisor (from settings).
 */
export default function Staff() {
  const { params } = useRouter()
  const [tab, setTab] = useState('invite')
  const [version, setVersion] = useState(0)
  return (
    <PageShell className='staff-page'>
      <FilterTabs tabs={TABS} value={tab} onChange={setTab} />
      {tab === 'invite' && <InviteForm dept={params.dept} role={params.role} onCreated={() => setVersion((v) => v + 1)} />}
      {tab === 'invites' && <Invites version={version} />}
      {tab === 'staff' && <StaffList />}
    </PageShell>
  )
}
