import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Category, Feedback, ShieldCheck, Setting, UserAdd, Mail, Eye, Image } from '@nutui/icons-react-taro'
import type { UserView } from '@/services/types'

interface Item {
  key: string
  title: string
  url: string
  icon: ReactNode
  tone: string
}

const ITEM: Record<string, Item> = {
  dashboard: { key: 'dashboard', title: '统计分析', url: '/pkg-manager/dashboard/index', icon: <Category size={22} />, tone: 'blue' },
  weakpoints: { key: 'weakpoints', title: '薄弱环节', url: '/pkg-manager/weakpoints/index', icon: <Feedback size={22} />, tone: 'orange' },
  actions: { key: 'actions', title: '改进措施', url: '/pkg-manager/actions/index', icon: <ShieldCheck size={22} />, tone: 'green' },
  settings: { key: 'settings', title: '系统设置', url: '/pkg-manager/settings/index', icon: <Setting size={22} />, tone: 'grey' },
  staff: { key: 'staff', title: '员工与邀请', url: '/pkg-manager/staff/index', icon: <UserAdd size={22} />, tone: 'purple' },
  deadletters: { key: 'deadletters', title: '发送失败通知', url: '/pkg-manager/deadletters/index', icon: <Mail size={22} />, tone: 'red' },
  accesslog: { key: 'accesslog', title: '访问记录', url: '/pkg-manager/accesslog/index', icon: <Eye size={22} />, tone: 'blue' },
  content: { key: 'content', title: '内容安全', url: '/pkg-manager/content/index', icon: <Image size={22} />, tone: 'orange' },
}

/** Statistics and administration entries (navigation only: the server decides what each may see). */
function itemsFor(user: UserView): Item[] {
  if (user.role === 'manager')
    return [ITEM.dashboard, ITEM.weakpoints, ITEM.actions, ITEM.settings, ITEM.staff, ITEM.deadletters, ITEM.accesslog, ITEM.content]
  if (user.role === 'supervisor') return [ITEM.dashboard, ITEM.weakpoints, ITEM.actions]
  return []
}

/** The "统计与管理" grid under the workbench, for supervisors (their department) and the manager. */
export default function ManageGrid({ user }: { user: UserView }) {
  const items = itemsFor(user)
  if (!items.length) return null
  return (
    <View className='manage'>
      <View className='home__section-title manage__title'>{user.role === 'manager' ? '统计与管理' : '本部门统计'}</View>
      <View className='manage__grid'>
        {items.map((i) => (
          <View key={i.key} className={`manage__item entry-${i.key}`} onClick={() => Taro.navigateTo({ url: i.url })}>
            <View className={`manage__icon tone-${i.tone}`}>{i.icon}</View>
            <View className='manage__label'>{i.title}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
