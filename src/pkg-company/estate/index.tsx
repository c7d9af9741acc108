import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { listEstates } from '@/services/estates'
import EstateCode from './EstateCode'
import FirstManager from './FirstManager'
import '../company.scss'

/**
 * Issue 16: one estate for the company administrator (`?code=`): its facts, its QR code for
 * residents to join, and the invite of its first manager.
 */
export default function EstatePage() {
  const code = String(useRouter().params.code ?? '')
  const { data, error, loading, reload } = useLoad(() => listEstates(), [])
  const estate = data?.find((e) => e.code === code)
  return (
    <PageShell className='company-page estate-page'>
      <StateView loading={loading} error={error} empty={!loading && !error && !estate} emptyText='没有这个小区' onRetry={() => reload()} />
      {estate && (
        <>
          <View className='card estate-facts no-print'>
            <View className='card__title'>
              <Text>{estate.name}</Text>
              <Text className='card__extra'>编号 {estate.code}</Text>
            </View>
            <View className='muted'>{estate.address || '未填写地址'}</View>
            <View className='muted'>房屋台账 {estate.households} 户</View>
          </View>
          <EstateCode code={estate.code} name={estate.name} />
          <FirstManager estate={estate.code} estateName={estate.name} />
        </>
      )}
    </PageShell>
  )
}
