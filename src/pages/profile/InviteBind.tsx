import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { inviteCodeOf } from '@shared/limits'
import Field from '@/components/form/Field'
import { bindInvite } from '@/services/me'
import { setUser } from '@/store/session'
import { toast, toastError, toastOnReturn } from '@/utils/ui'

/** "5FAB0E51CBCD" → "5FAB 0E51 CBCD", grouped as the manager's page shows it. */
const grouped = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ')

/** Staff bind this WeChat account with the manager's one-time invite code, then start from the home page. */
export default function InviteBind({ hasAccount }: { hasAccount: boolean }) {
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)

  const bind = async () => {
    if (busy) return
    if (!code.trim()) return toast('请输入邀请码')
    setBusy(true)
    try {
      setUser(await bindInvite(code.trim()))
      toastOnReturn('绑定成功')
      Taro.reLaunch({ url: '/pages/index/index' })
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View>
      <View className='form-card'>
        <Field label='邀请码' required hint='邀请码由管理处经理发放，7 天内有效，只能使用一次。'>
          <Input
            className='invite-input'
            value={grouped(code)}
            placeholder='请输入 12 位邀请码'
            maxLength={16}
            onChange={(v) => setCode(inviteCodeOf(v).slice(0, 12))}
          />
        </Field>
      </View>
      {hasAccount && <View className='notice notice--warning'>绑定后，本微信号将切换为员工账号。</View>}
      <View className='profile-actions'>
        <Button className='bind-invite' type='primary' block loading={busy} disabled={busy} onClick={bind}>
          绑定员工账号
        </Button>
      </View>
    </View>
  )
}
