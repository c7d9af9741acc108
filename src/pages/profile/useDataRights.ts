import { useState } from 'react'
import Taro from '@tarojs/taro'
import { ApiError } from '@/services/api'
import { deleteAccount, withdrawConsents } from '@/services/privacy'
import { loadSession, setQuota } from '@/store/session'
import { confirm, toast, toastError, toastOnReturn } from '@/utils/ui'

/** What a deletion refused for open complaints means, and where to go next. */
async function explainRefusal(e: ApiError): Promise<void> {
  const toMine = !(await confirm({ title: '暂不能注销', content: e.message, confirmText: '知道了', cancelText: '查看我的投诉' }))
  if (toMine) Taro.navigateTo({ url: '/pages/mine/index' })
}

/**
 * The resident's data rights on the profile page (PIPL, issue 15): withdrawing consent to
 * notifications, and deleting the account (注销) after a confirmation that says what happens; then
 * nothing of the account is kept on the phone either, and the app starts over.
 */
export function useDataRights() {
  const [busy, setBusy] = useState<'consents' | 'delete' | null>(null)

  const withdraw = async () => {
    if (busy) return
    setBusy('consents')
    try {
      const r = await withdrawConsents()
      setQuota(r.quota)
      toast(r.withdrawn ? '已撤回通知授权，之后不再通过微信给您发送通知' : '您目前没有待发送的通知授权', 'success')
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(null)
    }
  }

  const remove = async () => {
    if (busy) return
    const ok = await confirm({
      title: '注销账号？',
      content:
        '注销后：您的账号、消息和通知授权将被删除；已办结的投诉保留为记录，其中您的姓名、房号、电话和微信标识以化名代替，照片删除。进行中的投诉需先撤回或办结。此操作不可恢复。',
      confirmText: '确认注销',
      cancelText: '再想想',
    })
    if (!ok) return
    setBusy('delete')
    try {
      await deleteAccount()
      Taro.clearStorageSync()
      await loadSession(true)
      toastOnReturn('账号已注销')
      Taro.reLaunch({ url: '/pages/index/index' })
    } catch (e) {
      if (e instanceof ApiError && e.code === 'INVALID_STATE') await explainRefusal(e)
      else toastError(e)
    } finally {
      setBusy(null)
    }
  }

  return { busy, withdraw, remove }
}
