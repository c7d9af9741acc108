import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
// Icons the home page's other grid already draws: a new one would add its picture to the main package.
import { Setting, Category } from '@nutui/icons-react-taro'
import type { UserView } from '@/services/types'

/** The company pages (pkg-company), each for the company role that uses it. */
const ITEMS = [
  { key: 'estates', title: '小区管理', url: '/pkg-company/estates/index', icon: <Setting size={22} />, tone: 'blue', roles: ['admin'] },
  {
    key: 'compare',
    title: '小区对比',
    url: '/pkg-company/compare/index',
    icon: <Category size={22} />,
    tone: 'purple',
    roles: ['admin', 'quality'],
  },
]

/**
 * Issue 16: the company administrator's and the quality department's entries (estates, their
 * comparison) on the home page, whatever their role in the current estate. Navigation only: the
 * server decides what each may see.
 */
export default function CompanyGrid({ user }: { user: UserView }) {
  const role = user.companyRole
  const items = ITEMS.filter((i) => role && i.roles.includes(role))
  if (!items.length) return null
  return (
    <View className='manage company-grid'>
      <View className='home__section-title manage__title'>{role === 'admin' ? '公司管理' : '品质管理'}</View>
      <View className='manage__grid'>
        {items.map((i) => (
          <View key={i.key} className={`manage__item entry-company-${i.key}`} onClick={() => Taro.navigateTo({ url: i.url })}>
            <View className={`manage__icon tone-${i.tone}`}>{i.icon}</View>
            <View className='manage__label'>{i.title}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
