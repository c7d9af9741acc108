import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { LIMITS, PHONE_PATTERN, charCount, phoneOf } from '@shared/limits'
import Field from '@/components/form/Field'
import RoomInput from '@/components/form/RoomInput'
import { saveProfile } from '@/services/me'
import type { UserView } from '@/services/types'
import { setUser } from '@/store/session'
import { toast, toastError, toastOnReturn } from '@/utils/ui'

interface Form {
  name: string
  room: string
  phone: string
}

/** What is wrong with the form, in Chinese; null when it can be saved. */
function problemOf(form: Form): string | null {
  const name = form.name.trim()
  if (!name) return '请填写姓名'
  if (charCount(name) > LIMITS.name) return `姓名不能超过 ${LIMITS.name} 个字`
  if (!form.room) return '请填写楼栋和房号'
  if (!PHONE_PATTERN.test(phoneOf(form.phone))) return '请填写正确的联系电话（手机号 11 位，或带区号的固话）'
  return null
}

/** A2: the resident's name, room and phone (the first save creates the account), then back where they came from. */
export default function ResidentForm({ user }: { user?: UserView | null }) {
  const [form, setForm] = useState<Form>({ name: '', room: '', phone: '' })
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (user) setForm({ name: user.name, room: user.room ?? '', phone: user.phone ?? '' })
  }, [user])

  const save = async () => {
    if (busy) return
    const problem = problemOf(form)
    if (problem) return toast(problem)
    setBusy(true)
    try {
      setUser(await saveProfile({ name: form.name.trim(), room: form.room, phone: phoneOf(form.phone) }))
      toastOnReturn('资料已保存')
      Taro.navigateBack().catch(() => Taro.reLaunch({ url: '/pages/index/index' }))
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View>
      <View className='form-card'>
        <Field label='姓名' required>
          <Input
            className='name-input'
            value={form.name}
            placeholder='请输入您的姓名'
            maxLength={LIMITS.name}
            onChange={(v) => setForm({ ...form, name: v })}
          />
        </Field>
        <Field label='房号' required hint='没有单元的楼栋可不填单元'>
          <RoomInput value={form.room} onChange={(room) => setForm({ ...form, room })} />
        </Field>
        <Field label='联系电话' required>
          <Input
            className='phone-input'
            type='tel'
            value={form.phone}
            placeholder='手机号或带区号的固定电话'
            maxLength={13}
            onChange={(v) => setForm({ ...form, phone: v })}
          />
        </Field>
      </View>
      <View className='hint profile-note'>您的信息仅用于处理您的投诉和联系您，工作人员查看完整联系方式时会留下记录。</View>
      <View className='profile-actions'>
        <Button className='save-profile' type='primary' block loading={busy} disabled={busy} onClick={save}>
          保存
        </Button>
      </View>
    </View>
  )
}
