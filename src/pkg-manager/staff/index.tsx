import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import FilterTabs from '@/components/FilterTabs'
import { useLoad } from '@/hooks/useLoad'
import { listDepartmentStaff, listInvites, type Invite } from '@/services/admin'
import { DEPARTMENTS, ROLES, label } from '@domain/vocabulary'
import { formatTime } from '@/utils/time'
import InviteForm from './InviteForm'
import '@/components/form/form.scss'
import '@/components/tags.scss'
import './index.scss'

const TABS = [
  { value: 'invite', title: '邀请员工' },
  { value: 'invites', title: '邀请记录' },
  { value: 'staff', title: '员工名单' },
]
const DEPT_TABS = [{ value: '', title: '全部' }, ...Object.entries(DEPARTMENTS).map(([value, title]) => ({ value, title }))]

/** An invite's state as stored: used, past its expiry, or still open. */
function stateOf(i: Invite, now: number): { text: string; tone: string; key: string } {
  if (i.usedBy) return { text: `已使用 ${i.usedAt ? formatTime(i.usedAt) : ''}`, tone: 'green', key: 'used' }
  if (i.expiresAt < now) return { text: '已过期', tone: 'grey', key: 'expired' }
  return { text: `有效至 ${formatTime(i.expiresAt)}`, tone: 'blue', key: 'open' }
}

function Invites({ version }: { version: number }) {
  const { data, error, loading, reload } = useLoad(listInvites, [version], { refreshOnShow: true })
  const now = Date.now()
  return (
    <>
      <StateView loading={loading} error={error} onRetry={() => reload()} empty={!data?.length} emptyText='还没有发出邀请' />
      {!loading && !error && data?.map((i) => {
        const s = stateOf(i, now)
        return (
          <View key={i.code} className={`card invite-row invite-${s.key}`}>
            <View className='row row--between'>
              <Text className='invite-row__name'>{i.name}</Text>
              <Text className={`flag tone-${s.tone}`}>{s.key === 'open' ? '待使用' : s.key === 'used' ? '已使用' : '已过期'}</Text>
            </View>
            <View className='invite-row__facts muted'>
              {label(ROLES, i.role)} · {label(DEPARTMENTS, i.departmentCode)}
              {i.phone ? ` · ${i.phone}` : ''}
            </View>
            <View className='invite-row__facts muted'>
              邀请码 {i.code} · {s.text}
            </View>
          </View>
        )
      })}
    </>
  )
}

function StaffList() {
  const [dept, setDept] = useState('')
  const { data, error, loading, reload } = useLoad(() => listDepartmentStaff(dept || undefined), [dept])
  return (
    <>
      <FilterTabs className='staff-depts' tabs={DEPT_TABS} value={dept} onChange={setDept} />
      <StateView loading={loading} error={error} onRetry={() => reload()} empty={!data?.length} emptyText='该部门暂无已绑定的员工' />
      {!loading && !error && !!data?.length && (
        <View className='card staff-list'>
          {data.map((u) => (
            <View key={u.openid ?? u.name} className={`staff-row staff-${u.role}`}>
              <View className='staff-row__avatar'>{u.name.slice(0, 1)}</View>
              <View className='staff-row__text'>
                <View className='staff-row__name'>{u.name}</View>
                <View className='muted'>
                  {u.roleLabel ?? label(ROLES, u.role)} · {u.departmentName ?? label(DEPARTMENTS, u.departmentCode)}
                </View>
              </View>
              {u.phone && <Text className='muted'>{u.phone}</Text>}
            </View>
          ))}
          <View className='hint'>名单列出已绑定的承办人和部门主管。</View>
        </View>
      )}
    </>
  )
}

/** Staff and invites (manager): issue a one-time invite code, follow the invites, and see each department's staff. */
export default function Staff() {
  const [tab, setTab] = useState('invite')
  const [version, setVersion] = useState(0)
  return (
    <PageShell className='staff-page'>
      <FilterTabs tabs={TABS} value={tab} onChange={setTab} />
      {tab === 'invite' && <InviteForm onCreated={() => setVersion((v) => v + 1)} />}
      {tab === 'invites' && <Invites version={version} />}
      {tab === 'staff' && <StaffList />}
    </PageShell>
  )
}
