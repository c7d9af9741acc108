import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import ConsentCard from './ConsentCard'
import { COLLECTED, PERMISSIONS, RIGHTS } from './notice'
import './index.scss'

/**
 * The privacy notice (issue 15): whether the user agreed (and the dialog again), what is collected,
 * why, who sees it, how long it is kept and how to have it deleted, and the resident's rights.
 */
export default function Privacy() {
  return (
    <PageShell className='privacy-page'>
      <ConsentCard />
      <View className='card privacy-collected'>
        <View className='card__title'>我们收集的信息</View>
        {COLLECTED.map((c) => (
          <View key={c.what} className='privacy-item'>
            <View className='privacy-item__what'>{c.what}</View>
            <View className='privacy-item__row'>用途：{c.why}</View>
            <View className='privacy-item__row'>谁能看到：{c.who}</View>
            <View className='privacy-item__row'>保存期限：{c.kept}</View>
          </View>
        ))}
      </View>
      <View className='card privacy-rights'>
        <View className='card__title'>您的权利</View>
        {RIGHTS.map((r) => (
          <View key={r} className='privacy-item__row'>
            {r}
          </View>
        ))}
        <Text className='link privacy-to-data' onClick={() => Taro.navigateTo({ url: '/pages/mydata/index' })}>
          查看我的数据
        </Text>
      </View>
      <View className='card privacy-permissions'>
        <View className='card__title'>使用的系统权限</View>
        {PERMISSIONS.map((p) => (
          <View key={p} className='privacy-item__row'>
            {p}
          </View>
        ))}
        <View className='hint'>我们不会把您的信息提供给物业管理处以外的任何人，法律法规另有规定的除外。</View>
      </View>
    </PageShell>
  )
}
