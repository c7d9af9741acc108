import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLES, label } from '@shared/vocabulary'
import type { UserView } from '@/services/types'
import { isCompanyOnly, isStaffUser } from '@/store/session'

/** The company roles as the banner names them (issue 16). */
const COMPANY_ROLE_LABELS: Record<string, string> = { admin: '公司管理员', quality: '品质部' }
import EstateSwitcher from '@/components/EstateSwitcher'

/** Under the greeting: a staff member's post and department, a resident's room, or a welcome. */
function subtitleOf(user: UserView | null | undefined): string {
  if (!user) return '欢迎使用线上投诉服务'
  if (isCompanyOnly(user)) return COMPANY_ROLE_LABELS[user.companyRole ?? ''] ?? '公司'
  if (isStaffUser(user)) return [label(ROLES, user.role), user.departmentName ?? user.departmentCode].filter(Boolean).join(' · ')
  return user.room ? `${user.room} 业主/住户` : '业主/住户'
}

/** The home page's banner: the office, who is greeted, the estate they are in (issue 16) and the way to their profile. */
export default function HomeHeader({ office, user }: { office?: string; user?: UserView | null }) {
  return (
    <View className='home__header'>
      <View className='home__office'>{office ?? '物业管理处'}</View>
      <View className='home__hello'>{user ? `您好，${user.name}` : '您好'}</View>
      <View className='home__subtitle'>{subtitleOf(user)}</View>
      {user && !isCompanyOnly(user) && <EstateSwitcher user={user} />}
      {user && (
        <View className='home__profile-link' onClick={() => Taro.navigateTo({ url: '/pages/profile/index' })}>
          {isStaffUser(user) ? '我的信息' : '修改资料'}
        </View>
      )}
    </View>
  )
}
