import { View, Text } from '@tarojs/components'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { listInvites, type Invite } from '@/services/admin'
import { ROLES, label } from '@shared/vocabulary'
import { useDepartments } from '@/hooks/useDepartments'
import { formatTime } from '@/utils/time'

/** An invite's state as the server reports it (used, revoked, expired, open), in words. */
function stateOf(i: Invite, now: number): { text: string; tone: string; key: string; label: string } {
  const status = i.status ?? (i.usedBy ? 'used' : i.expiresAt < now ? 'expired' : 'open')
  if (status === 'used')
    return {
      text: `${i.usedByName ?? ''} 已使用 ${i.usedAt ? formatTime(i.usedAt) : ''}`.trim(),
      tone: 'green',
      key: 'used',
      label: '已使用',
    }
  if (status === 'revoked') return { text: '已作废', tone: 'grey', key: 'revoked', label: '已作废' }
  if (status === 'expired') return { text: '已过期', tone: 'grey', key: 'expired', label: '已过期' }
  return { text: `有效至 ${formatTime(i.expiresAt)}`, tone: 'blue', key: 'open', label: '待使用' }
}

/** The invites issued, newest first, each with whom it was for and whether it was used, revoked or expired. */
export default function Invites({ version }: { version: number }) {
  const { data, error, loading, reload } = useLoad(listInvites, [version], { refreshOnShow: true })
  const { nameOf } = useDepartments()
  const now = Date.now()
  return (
    <>
      <StateView loading={loading} error={error} onRetry={() => reload()} empty={!data?.length} emptyText='还没有发出邀请' />
      {!loading &&
        !error &&
        data?.map((i) => {
          const s = stateOf(i, now)
          return (
            <View key={i.code} className={`card invite-row invite-${s.key}`}>
              <View className='row row--between'>
                <Text className='invite-row__name'>{i.name}</Text>
                <Text className={`flag tone-${s.tone}`}>{s.label}</Text>
              </View>
              <View className='invite-row__facts muted'>
                {label(ROLES, i.role)} · {nameOf(i.departmentCode)}
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
