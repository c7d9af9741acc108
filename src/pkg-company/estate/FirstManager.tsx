import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { CUSTOMER_SERVICE } from '@shared/departments'
import Field from '@/components/form/Field'
import { requirePrivacy } from '@/platform/privacy'
import { createInvite } from '@/services/admin'
import { formatTime } from '@/utils/time'
import { toast, toastError } from '@/utils/ui'

/** "5FAB0E51CBCD" → "5FAB 0E51 CBCD", grouped as the staff page shows it. */
const grouped = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ')

/** Mainland mobile numbers, as the server checks them. */
const PHONE = /^1\d{10}$/

/**
 * Issue 16: the company administrator invites the estate's first manager (管理处经理) — name and
 * phone — and reads out or copies the one-time code; the manager then invites the estate's staff.
 */
export default function FirstManager({ estate, estateName }: { estate: string; estateName: string }) {
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [error, setError] = useState<{ name?: string; phone?: string }>({})
  const [busy, setBusy] = useState(false)
  const [issued, setIssued] = useState<{ code: string; expiresAt: number; name: string }>()

  const create = async () => {
    if (busy) return
    const found = {
      name: name.trim() ? undefined : '请填写经理姓名',
      phone: !phone || PHONE.test(phone) ? undefined : '手机号应为 11 位数字',
    }
    setError(found)
    if (found.name || found.phone) return
    setBusy(true)
    try {
      const r = await createInvite({
        role: 'manager',
        departmentCode: CUSTOMER_SERVICE,
        name: name.trim(),
        phone: phone || undefined,
        estate,
      })
      setIssued({ ...r, name: name.trim() })
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  // The clipboard is a privacy API (issue 15); WeChat confirms a copy with its own toast.
  const copy = async () => {
    if (!issued) return
    if (!(await requirePrivacy())) return toast('未同意隐私保护指引，无法使用剪贴板，请手动抄写邀请码')
    Taro.setClipboardData({ data: issued.code }).catch(() => toast('复制失败，请手动抄写'))
  }

  if (issued)
    return (
      <View className='card first-manager invite-issued no-print'>
        <View className='card__title'>已为 {issued.name} 生成经理邀请码</View>
        <View className='invite-code' onClick={copy}>
          {grouped(issued.code)}
        </View>
        <View className='muted'>有效期至 {formatTime(issued.expiresAt)}，仅可使用一次</View>
        <Button className='invite-copy' type='primary' block onClick={copy}>
          复制邀请码
        </Button>
        <View className='hint'>
          请经理在微信中打开本小程序，首页点击“我是物业工作人员，使用邀请码绑定”，输入此邀请码，即成为{estateName}的管理处经理。
        </View>
      </View>
    )
  return (
    <View className='card first-manager no-print'>
      <View className='card__title'>邀请管理处经理</View>
      <Field label='经理姓名' required hint={error.name && <Text className='form-error'>{error.name}</Text>}>
        <Input className='manager-name' value={name} onChange={setName} maxLength={20} placeholder='与工牌一致的姓名' />
      </Field>
      <Field label='手机号' hint={error.phone && <Text className='form-error'>{error.phone}</Text>}>
        <Input className='manager-phone' type='tel' value={phone} onChange={setPhone} maxLength={11} placeholder='选填' />
      </Field>
      <Button className='invite-manager' type='primary' block loading={busy} disabled={busy} onClick={create}>
        生成邀请码
      </Button>
      <View className='hint'>邀请码 7 天内有效，只能绑定一个微信账号；经理绑定后可在“员工与邀请”中邀请本小区员工。</View>
    </View>
  )
}
