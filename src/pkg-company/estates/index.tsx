import { View, Text } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { listEstates } from '@/services/estates'
import '../company.scss'

const go = (url: string) => () => Taro.navigateTo({ url })

/**
 * Issue 16: the company's estates for the company administrator — each with its code, address and
 * households, opening its QR code and first-manager invite — and the way to create one.
 */
export default function EstatesAdmin() {
  const { data, error, loading, reload } = useLoad(() => listEstates(), [], { refreshOnShow: true })
  usePullDownRefresh(async () => {
    await reload(true)
    Taro.stopPullDownRefresh()
  })
  return (
    <PageShell className='company-page estates-admin'>
      <View className='company-actions'>
        <Button className='estate-new' type='primary' block onClick={go('/pkg-company/new/index')}>
          新建小区
        </Button>
      </View>
      <StateView
        loading={loading}
        error={error}
        empty={!loading && !error && !data?.length}
        emptyText='还没有小区'
        onRetry={() => reload()}
      />
      {!loading && !!data?.length && <View className='company-count muted'>共 {data.length} 个小区</View>}
      {!loading &&
        data?.map((e) => (
          <View
            key={e.code}
            className={`card company-estate company-estate-${e.code}`}
            role='button'
            onClick={go(`/pkg-company/estate/index?code=${encodeURIComponent(e.code)}`)}
          >
            <View className='company-estate__main'>
              <View className='company-estate__name'>{e.name}</View>
              <View className='company-estate__facts'>
                编号 {e.code} · {e.households} 户
              </View>
              {!!e.address && <View className='company-estate__facts'>{e.address}</View>}
            </View>
            <Text className='company-estate__more'>二维码与邀请 ›</Text>
          </View>
        ))}
    </PageShell>
  )
}
