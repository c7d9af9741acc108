import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Input } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { joinEstate, listEstates, switchEstate, type EstateView } from '@/services/estates'
import { loadSession, setUser, useSession } from '@/store/session'
import { confirm, toastError, toastOnReturn } from '@/utils/ui'
import { matching } from './matching'
import './index.scss'

/** Back to the page below (the home page), or to the home page when this one was opened first. */
const back = () => Taro.navigateBack({ delta: 1 }).catch(() => Taro.reLaunch({ url: '/pages/index/index' }))

/**
 * Issue 16: a resident chooses the estate they live in — searched by name or address — and joins
 * it (or switches to one they joined before); the home page then shows that estate. Scanning the
 * estate's QR code does the same without this page (useEstateEntry).
 */
export default function EstatesPage() {
  const user = useSession().me?.user
  const { data, error, loading, reload } = useLoad(() => listEstates(true), [])
  const [query, setQuery] = useState('')
  const [busy, setBusy] = useState(false)
  const joined = new Set((user?.estates ?? []).map((e) => e.code))
  const current = user?.estate?.code
  const shown = matching(data ?? [], query)

  const choose = async (e: EstateView) => {
    if (busy) return
    if (e.code === current) return back()
    const known = joined.has(e.code)
    if (
      !known &&
      !(await confirm({ title: '加入小区', content: `确认您居住在「${e.name}」？加入后可向该小区物业投诉。`, confirmText: '加入' }))
    )
      return
    setBusy(true)
    try {
      const now = await (known ? switchEstate(e.code) : joinEstate({ code: e.code }))
      // A WeChat user without a profile yet has joined, inactive until the profile is saved: they fill it in next.
      if (!user) {
        toastOnReturn(`已选择${e.name}，请完善资料`)
        await loadSession(true)
        Taro.redirectTo({ url: '/pages/profile/index' })
        return
      }
      setUser(now)
      toastOnReturn(known ? `已切换到${e.name}` : `已加入${e.name}`)
      loadSession(true)
      back()
    } catch (err) {
      toastError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell className='estates-page'>
      <View className='estates-search'>
        <Input className='estates-search__input' value={query} onChange={setQuery} placeholder='输入小区名称或地址搜索' clearable />
      </View>
      <View className='hint estates-hint'>也可以扫描小区物业张贴的二维码直接加入。</View>
      <StateView
        loading={loading}
        error={error}
        empty={!loading && !error && !shown.length}
        emptyText={query.trim() ? `没有名称或地址包含“${query.trim()}”的小区` : '暂无可加入的小区'}
        onRetry={() => reload()}
      />
      {!loading &&
        shown.map((e) => (
          <View key={e.code} className={`card estate-row estate-${e.code}`} role='button' onClick={() => choose(e)}>
            <View className='estate-row__main'>
              <Text className='estate-row__name'>{e.name}</Text>
              {!!e.address && <Text className='estate-row__address'>{e.address}</Text>}
            </View>
            <Text className={`estate-row__state ${joined.has(e.code) ? 'is-joined' : ''}`}>
              {e.code === current ? '当前' : joined.has(e.code) ? '已加入' : '加入 ›'}
            </Text>
          </View>
        ))}
    </PageShell>
  )
}
