import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { DEPARTMENTS, ROLES, label } from '@shared/vocabulary'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import FilterTabs from '@/components/FilterTabs'
import InfoRow from '@/components/InfoRow'
import Field from '@/components/form/Field'
import RoomInput from '@/components/form/RoomInput'
import { bindInvite, saveProfile } from '@/services/me'
import { isStaffUser, loadSession, setUser, useSession } from '@/store/session'
import { LIMITS, PHONE_PATTERN, charCount, inviteCodeOf, phoneOf } from '@shared/limits'
import { toast, toastError, toastOnReturn } from '@/utils/ui'
import '@/components/form/form.scss'
import './index.scss'

/** "5FAB0E51CBCD" → "5FAB 0E51 CBCD", grouped as the manager's page shows it. */
const grouped = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ')

/** A resident's name, room and phone (creates the account on first save); staff bind with an invite code. */
export default function Profile() {
  const { params } = useRouter()
  const { me, loading, error } = useSession()
  const user = me?.user
  const [tab, setTab] = useState(params.tab === 'staff' ? 'staff' : 'resident')
  const [form, setForm] = useState({ name: '', room: '', phone: '' })
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (user && !isStaffUser(user)) setForm({ name: user.name, room: user.room ?? '', phone: user.phone ?? '' })
  }, [user])

  if (!me)
    return (
      <PageShell>
        <StateView loading={loading || !error} error={error} onRetry={() => loadSession(true)} />
      </PageShell>
    )

  if (isStaffUser(user)) {
    return (
      <PageShell className='profile-page'>
        <View className='card staff-card'>
          <View className='card__title'>员工信息</View>
          <InfoRow label='姓名' value={user!.name} />
          <InfoRow label='岗位' value={label(ROLES, user!.role)} />
          <InfoRow label='部门' value={user!.departmentName ?? label(DEPARTMENTS, user!.departmentCode)} />
          <InfoRow label='电话' value={user!.phone} />
          <View className='hint'>员工信息由管理处维护，如需修改请联系管理处经理。</View>
        </View>
      </PageShell>
    )
  }

  const save = async () => {
    if (busy) return
    const name = form.name.trim()
    if (!name) return toast('请填写姓名')
    if (charCount(name) > LIMITS.name) return toast(`姓名不能超过 ${LIMITS.name} 个字`)
    if (!form.room) return toast('请填写楼栋和房号')
    const phone = phoneOf(form.phone)
    if (!PHONE_PATTERN.test(phone)) return toast('请填写正确的联系电话（手机号 11 位，或带区号的固话）')
    setBusy(true)
    try {
      setUser(await saveProfile({ name, room: form.room, phone }))
      toastOnReturn('资料已保存')
      Taro.navigateBack().catch(() => Taro.reLaunch({ url: '/pages/index/index' }))
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }

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
    <PageShell className='profile-page'>
      <FilterTabs
        tabs={[
          { value: 'resident', title: '业主/住户' },
          { value: 'staff', title: '物业员工' },
        ]}
        value={tab}
        onChange={setTab}
      />
      {tab === 'resident' ? (
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
      ) : (
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
          {user && <View className='notice notice--warning'>绑定后，本微信号将切换为员工账号。</View>}
          <View className='profile-actions'>
            <Button className='bind-invite' type='primary' block loading={busy} disabled={busy} onClick={bind}>
              绑定员工账号
            </Button>
          </View>
        </View>
      )}
    </PageShell>
  )
}
