import { View, Text } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { ROLES, DEPARTMENTS, label } from '@shared/vocabulary'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { loadSession, useSession, isStaffUser } from '@/store/session'
import ResidentHome from './ResidentHome'
import StaffHome from './StaffHome'
import './index.scss'

/**
 * Home: who you are decides the entries you see — a resident files and follows complaints; staff
 * get their workbench with counts; a first-time user completes a profile first.
 */
export default function Index() {
  const { me, meta, loading, error } = useSession()

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

  const user = me.user
  const staff = isStaffUser(user)
  const subtitle = !user
    ? '欢迎使用线上投诉服务'
    : staff
      ? [label(ROLES, user.role), user.departmentName ?? label(DEPARTMENTS, user.departmentCode)].filter(Boolean).join(' · ')
      : user.room
        ? `${user.room} 业主/住户`
        : '业主/住户'

  return (
    <PageShell className='home'>
      <View className='home__header'>
        <View className='home__office'>{meta?.officeName ?? '物业管理处'}</View>
        <View className='home__hello'>{user ? `您好，${user.name}` : '您好'}</View>
        <View className='home__subtitle'>{subtitle}</View>
        {user && (
          <View className='home__profile-link' onClick={() => Taro.navigateTo({ url: '/pages/profile/index' })}>
            {staff ? '我的信息' : '修改资料'}
          </View>
        )}
      </View>

      {!user && (
        <View className='card home__welcome'>
          <View className='card__title'>完善资料后即可在线投诉</View>
          <View className='hint'>请填写姓名、房号和联系电话，方便我们核实情况、及时联系您。</View>
          <Button className='entry-profile' type='primary' block onClick={() => Taro.navigateTo({ url: '/pages/profile/index' })}>
            完善资料
          </Button>
          <View className='home__staff-link' onClick={() => Taro.navigateTo({ url: '/pages/profile/index?tab=staff' })}>
            <Text>我是物业工作人员，使用邀请码绑定</Text>
          </View>
        </View>
      )}

      {user && !staff && <ResidentHome unread={me.unreadMessages} />}
      {user && staff && <StaffHome user={user} unread={me.unreadMessages} />}
    </PageShell>
  )
}
