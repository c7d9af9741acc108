import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import { bindWecom } from '@/services/alerts'
import type { UserView } from '@/services/types'
import { setUser } from '@/store/session'
import { toast, toastError } from '@/utils/ui'

/**
 * Issue 14: a staff member binds their WeCom (企业微信) account, so emergency alerts reach them as
 * WeCom application messages — no per-message consent, unlike WeChat's one-time pushes.
 */
export default function WecomBinding({ user }: { user: UserView }) {
  const [id, setId] = useState(user.wecomUserId ?? '')
  const [busy, setBusy] = useState(false)
  const save = async () => {
    if (busy) return
    setBusy(true)
    try {
      setUser(await bindWecom(id.trim()))
      toast(id.trim() ? '已绑定企业微信' : '已解除绑定', 'success')
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='card wecom-binding'>
      <View className='card__title'>紧急告警接收</View>
      <Field
        label='企业微信账号'
        hint='企业微信管理后台“通讯录”中您的账号（UserID）。绑定后，值班时的紧急投诉会以企业微信应用消息发给您，无需每次授权。'
      >
        <Input className='wecom-input' value={id} placeholder='未绑定' maxLength={64} onChange={setId} />
      </Field>
      <Button className='wecom-save' type='primary' size='small' loading={busy} disabled={busy} onClick={save}>
        保存
      </Button>
    </View>
  )
}
