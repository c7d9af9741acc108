import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ROLES, label } from '@shared/vocabulary'
import InfoRow from '@/components/InfoRow'
import type { UserView } from '@/services/types'

/** A staff member's own record: read only, the office keeps it. */
export default function StaffCard({ user }: { user: UserView }) {
  return (
    <View className='card staff-card'>
      <View className='card__title'>员工信息</View>
      <InfoRow label='姓名' value={user.name} />
      <InfoRow label='岗位' value={label(ROLES, user.role)} />
      <InfoRow label='部门' value={user.departmentName ?? user.departmentCode} />
      <InfoRow label='电话' value={user.phone} />
      <View className='hint'>员工信息由管理处维护，如需修改请联系管理处经理。</View>
      <View className='privacy-card__link privacy-notice' onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}>
        隐私保护指引
      </View>
    </View>
  )
}
