import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Badge } from '@nutui/nutui-react-taro'
import { Message } from '@nutui/icons-react-taro'
import { useLoad } from '@/hooks/useLoad'
import TaskQuota from '@/components/TaskQuota'
import CalendarWarning from '@/components/CalendarWarning'
import type { UserView } from '@/services/types'
import ManageGrid from './ManageGrid'
import { countsFor, entriesFor, type Count, type Entry } from './workbench'

const go = (url: string) => () => Taro.navigateTo({ url })

/** One entry's tile: its count (— when the count failed) and how many of them are overdue. */
function Tile({ e, count }: { e: Entry; count: Count | null | undefined }) {
  return (
    <View className={`workbench__tile entry-${e.key}`} onClick={go(e.url)}>
      <View className='row row--between'>
        <View className={`home__entry-icon tone-${e.tone}`}>{e.icon}</View>
        {e.scope && <View className='workbench__count'>{count === undefined ? '' : count === null ? '—' : count.total}</View>}
      </View>
      <View className='home__entry-title'>{e.title}</View>
      <View className='home__entry-desc'>{e.desc}</View>
      {!!count?.overdue && <View className='workbench__overdue tone-red'>{count.overdue} 件已超时</View>}
    </View>
  )
}

/** The messages tile, with the unread count. */
function MessagesTile({ unread }: { unread: number }) {
  return (
    <View className='workbench__tile entry-messages' onClick={go('/pages/messages/index')}>
      <View className='home__entry-icon tone-green'>
        <Badge value={unread || undefined} max={99}>
          <Message size={22} />
        </Badge>
      </View>
      <View className='home__entry-title'>消息通知</View>
      <View className='home__entry-desc'>{unread ? `${unread} 条未读` : '工单提醒与督办'}</View>
    </View>
  )
}

/**
 * The staff workbench: a missing holiday calendar first (the manager can enter it from here), the task-push quota (issue 4), one tile per entry with its count and
 * overdue count, and for supervisors and the manager the statistics and administration entries.
 */
export default function StaffHome({ user, unread }: { user: UserView; unread: number }) {
  const entries = entriesFor(user)
  const { data: counts } = useLoad(() => countsFor(entries), [user.role, user.departmentCode], { refreshOnShow: true })

  return (
    <View className='staff-home'>
      <View className='home__section-title'>工作台</View>
      <CalendarWarning onEnter={user.role === 'manager' ? go('/pkg-manager/settings/index?focus=calendar') : undefined} />
      <TaskQuota />
      <View className='workbench'>
        {entries.map((e) => (
          <Tile key={e.key} e={e} count={counts?.[e.key]} />
        ))}
        <MessagesTile unread={unread} />
      </View>
      <ManageGrid user={user} />
    </View>
  )
}
